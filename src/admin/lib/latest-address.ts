/**
 * The address a screen last asked for, before the router shows it. React Router hands a
 * functional setSearchParams the address of the last render, and its navigation lands a moment
 * later: two changes in a row (From, then To) would both start from the old address, and the
 * second would drop the first. Changes start from here instead.
 */
export type LatestAddress = {
  /** The address every change starts from: the last one asked for, or the one shown since. */
  readonly current: string
  /** The router shows this address: one of ours arriving, or a navigation from elsewhere (Back, a link). */
  shown(address: string): void
  /** Asks for an address; false when it is already the latest (there is nowhere to go). */
  ask(address: string): boolean
}

export function latestAddress(initial: string): LatestAddress {
  let latest = initial
  let showing = initial
  // Asked for and not shown yet, oldest first. The router may skip some when one follows quickly.
  let asked: string[] = []
  return {
    get current() {
      return latest
    },
    shown(address) {
      // Shown again (a render for another reason): nothing has moved.
      if (address === showing) return
      showing = address
      const index = asked.indexOf(address)
      if (index === -1) {
        latest = address
        asked = []
      } else {
        asked = asked.slice(index + 1)
      }
    },
    ask(address) {
      if (address === latest) return false
      latest = address
      asked.push(address)
      return true
    },
  }
}
