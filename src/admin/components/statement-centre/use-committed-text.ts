import { useEffect, useRef, useState } from "react"
import { useDebouncedValue } from "../../hooks/use-debounced-value"

/**
 * A text field whose value lives in the address: typing shows at once, and the address follows
 * once typing pauses and the text is acceptable. A change of the address from elsewhere (Back, a
 * "Clear filters") replaces what the field shows.
 */
export function useCommittedText(
  committed: string,
  commit: (value: string) => void,
  accept: (value: string) => boolean = () => true
) {
  const [text, setText] = useState(committed)
  const debounced = useDebouncedValue(text, 300)
  const last = useRef(committed)
  const latest = useRef({ commit, accept })
  latest.current = { commit, accept }

  useEffect(() => {
    if (committed !== last.current) {
      last.current = committed
      setText(committed)
    }
  }, [committed])

  // Once the pause has caught up with the text. Watching the pause alone would miss text typed
  // back to what it was before a change from elsewhere: the paused value would not change.
  useEffect(() => {
    if (debounced !== text) return
    const value = text.trim()
    if (value === last.current || !latest.current.accept(value)) return
    last.current = value
    latest.current.commit(value)
  }, [debounced, text])

  return [text, setText] as const
}
