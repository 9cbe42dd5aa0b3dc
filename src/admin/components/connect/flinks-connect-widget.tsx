import { Spinner } from "@medusajs/icons"
import { Alert, Text } from "@medusajs/ui"
import { ReactNode, useRef, useState } from "react"
import { useCompleteConnectSession } from "../../hooks/api/connect-sessions"
import { useFlinksConnectEvents } from "../../hooks/use-flinks-connect-events"
import { useOnExpiry } from "../../hooks/use-on-expiry"
import { ConnectEvent, readRedirect } from "../../lib/flinks-connect-events"
import {
  connectFailure,
  isConnectProgress,
  NO_LOGIN_REPORTED,
  SESSION_EXPIRED,
} from "../../lib/flinks-connect-failures"
import { TryAgain } from "./try-again"
import type { AdminCompleteConnectSessionResponse, AdminConnectSession } from "../../../types/http"

type Props = {
  session: AdminConnectSession
  /** What the merchant is to do in the widget, shown above it. */
  intro: ReactNode
  /** Below the widget, e.g. a way back. */
  footer?: ReactNode
  onCompleted: (result: AdminCompleteConnectSessionResponse) => void
  /** "Try again" after a failure that ends the session: the caller opens a new one. */
  onRestart: () => void
  /**
   * The widget's own Close (COMPONENT_CLOSE_SESSION). Without it, closing reads as a failure with
   * "Try again"; the bank's question of a waiting run takes it as the merchant declining.
   */
  onClosed?: () => void
}

/**
 * The Flinks Connect widget of one Connect session, and what it reports; used to connect a bank
 * and to edit a connection's credentials. Its REDIRECT is only a claim from the browser; the
 * server checks the login with Flinks against the session's state before storing it.
 */
export function FlinksConnectWidget({ session, intro, footer, onCompleted, onRestart, onClosed }: Props) {
  const frame = useRef<HTMLIFrameElement>(null)
  const complete = useCompleteConnectSession()
  // A retriable failure, shown above the widget while the merchant tries again inside it.
  const [notice, setNotice] = useState<string | null>(null)
  // A failure that ends this session: the widget is replaced by the message and "Try again".
  const [ended, setEnded] = useState<string | null>(null)
  // Set once the flow is completing or over: later events (a duplicate REDIRECT, a timer) are stale.
  const settled = useRef(false)
  const lastFailure = useRef<string | null>(null)

  const end = (message: string) => {
    if (settled.current) return
    settled.current = true
    setEnded(message)
  }

  const onEvent = ({ step, data }: ConnectEvent) => {
    if (settled.current) return
    if (step === "REDIRECT") {
      const redirect = readRedirect(data)
      if (!redirect) return end(NO_LOGIN_REPORTED.message)
      settled.current = true
      setNotice(null)
      complete.mutate(
        {
          state: session.state,
          login_id: redirect.loginId,
          institution: redirect.institution,
          account_ids: redirect.accountIds.length > 0 ? redirect.accountIds : undefined,
          request_id: redirect.requestId,
        },
        { onSuccess: onCompleted }
      )
      return
    }
    if (step === "COMPONENT_CLOSE_SESSION" && onClosed) {
      settled.current = true
      return onClosed()
    }
    const failure = connectFailure(step, lastFailure.current)
    if (failure) lastFailure.current = step
    if (failure?.ends) return end(failure.message)
    if (failure) return setNotice(failure.message)
    if (isConnectProgress(step)) setNotice(null)
  }

  useFlinksConnectEvents(frame, session.connect_origin, onEvent)
  useOnExpiry(session.expires_at, () => end(SESSION_EXPIRED.message))

  if (complete.isPending) {
    return (
      <div className="flex items-center gap-x-2 py-8" role="status">
        <Spinner className="animate-spin text-ui-fg-subtle" />
        <Text size="small">Checking the connection with your bank…</Text>
      </div>
    )
  }
  if (complete.isError) {
    return <TryAgain message={complete.error.message} onTryAgain={onRestart} />
  }
  if (ended) {
    return <TryAgain message={ended} onTryAgain={onRestart} />
  }

  return (
    <div className="flex flex-col gap-y-4">
      <Text size="small" className="text-ui-fg-subtle">
        {intro}
      </Text>
      {notice && (
        <Alert variant="warning" role="alert" data-testid="connect-notice">
          {notice}
        </Alert>
      )}
      <iframe
        ref={frame}
        title="Flinks Connect"
        src={session.connect_url}
        className="h-[640px] w-full rounded-lg border border-ui-border-base bg-ui-bg-base"
      />
      {footer}
    </div>
  )
}
