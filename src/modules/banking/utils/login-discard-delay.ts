/**
 * How long to wait before the next try at deleting a refused login at Flinks, after `attempts`
 * failed tries. Flinks answers CARD_IN_USE while it still processes a fresh sign-in (typically the
 * first minute), so the first tries come soon; past that, something else is wrong (Flinks down, the
 * store's keys changed) and an hourly try is enough. Never gives up: the login must not stay.
 */
const DELAYS_MS = [30_000, 60_000, 2 * 60_000, 5 * 60_000, 15 * 60_000, 30 * 60_000]
const LONGEST_DELAY_MS = 60 * 60_000

export function loginDiscardDelayMs(attempts: number): number {
  return DELAYS_MS[Math.max(0, attempts - 1)] ?? LONGEST_DELAY_MS
}
