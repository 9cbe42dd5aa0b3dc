import { RefObject, useEffect, useRef } from "react"
import { ConnectEvent, readConnectEvent } from "../lib/flinks-connect-events"

/**
 * Calls `onEvent` for each step the Flinks Connect widget in `frame` posts. Any page can post to
 * this window, so a message counts only when it comes from the widget's origin and its frame.
 */
export function useFlinksConnectEvents(
  frame: RefObject<HTMLIFrameElement>,
  origin: string,
  onEvent: (event: ConnectEvent) => void
) {
  // The latest handler, so that re-renders do not re-subscribe (and drop events in between).
  const handler = useRef(onEvent)
  useEffect(() => {
    handler.current = onEvent
  })

  useEffect(() => {
    const listen = (message: MessageEvent) => {
      if (message.origin !== origin) return
      if (frame.current && message.source !== frame.current.contentWindow) return
      const event = readConnectEvent(message.data)
      if (event) handler.current(event)
    }
    window.addEventListener("message", listen)
    return () => window.removeEventListener("message", listen)
  }, [frame, origin])
}
