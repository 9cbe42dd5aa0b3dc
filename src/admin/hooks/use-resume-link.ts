import { useEffect, useRef } from "react"
import { useStartResumeSession } from "./api/resume-sessions"
import { forgetResumeToken } from "../lib/resume-token"
import type { AdminResumeSessionResponse } from "../../types/http"

/**
 * Sends the resume link's token to the server, once. The token works a single time: neither a
 * re-render nor React's strict mode (which runs effects twice in development) may send it again,
 * so a ref remembers that it went. Calls `onAnswer` or `onRefused` with the outcome.
 */
export function useResumeLink(
  token: string | null,
  onAnswer: (answer: AdminResumeSessionResponse) => void,
  onRefused: (error: unknown) => void
) {
  const start = useStartResumeSession()
  const sent = useRef(false)
  // The latest handlers, so that the effect below needs only the token.
  const handlers = useRef({ onAnswer, onRefused })
  useEffect(() => {
    handlers.current = { onAnswer, onRefused }
  })

  // biome-ignore lint/correctness/useExhaustiveDependencies: the link is sent once per token; the handlers are read from a ref
  useEffect(() => {
    if (!token || sent.current) return
    sent.current = true
    forgetResumeToken()
    // Awaited rather than given callbacks, which react-query skips for an observer it dropped
    // (strict mode unmounts and mounts again while the request runs).
    start.mutateAsync(token).then(
      (answer) => handlers.current.onAnswer(answer),
      (error) => handlers.current.onRefused(error)
    )
  }, [token])
}
