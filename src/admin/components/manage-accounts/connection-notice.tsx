import { Alert, Button, Text, toast } from "@medusajs/ui"
import { useCallback, useState } from "react"

/** What the last action on a connection said: success, a refusal, or a failure with a way forward. */
export type Notice = {
  variant: "success" | "warning" | "error"
  message: string
  /** e.g. "Try again" after a failure. */
  action?: { label: string; onClick: () => void }
  /** A refusal that holds only while a feed is linked ("Unlink the mapping first"). */
  whileLinked?: boolean
}

/** A refusal or failure stays up long enough to be read; a success goes by itself. */
const READING_TIME_MS = { success: 6_000, warning: 15_000, error: 15_000 } as const

/**
 * Every action's outcome on a connection, told the same way as on the other Banking screens: a
 * toast where the admin shows all of them (the card may be below the fold), named after the
 * connection. The card also keeps it, beside the accounts it is about, until the next action.
 */
export function useConnectionNotice(connectionName: string) {
  const [notice, setNotice] = useState<Notice | null>(null)
  const announce = useCallback(
    (next: Notice | null) => {
      setNotice(next)
      if (!next) return
      toast[next.variant](connectionName, {
        description: next.message,
        duration: READING_TIME_MS[next.variant],
        action: next.action && { label: next.action.label, altText: next.action.label, onClick: next.action.onClick },
      })
    },
    [connectionName]
  )
  return [notice, announce] as const
}

export function ConnectionNotice({ notice }: { notice: Notice }) {
  return (
    <div className="px-6 py-4">
      <Alert
        variant={notice.variant}
        role={notice.variant === "success" ? "status" : "alert"}
        data-testid="connection-notice"
      >
        <div className="flex flex-col items-start gap-y-2">
          <Text size="small">{notice.message}</Text>
          {notice.action && (
            <Button size="small" variant="secondary" onClick={notice.action.onClick}>
              {notice.action.label}
            </Button>
          )}
        </div>
      </Alert>
    </div>
  )
}
