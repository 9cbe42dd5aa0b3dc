import { Alert, Button, Text } from "@medusajs/ui"

/** What the last action on a connection said: success, a refusal, or a failure with a way forward. */
export type Notice = {
  variant: "success" | "warning" | "error"
  message: string
  /** e.g. "Try again" after a failure. */
  action?: { label: string; onClick: () => void }
  /** A refusal that holds only while a feed is linked ("Unlink the mapping first"). */
  whileLinked?: boolean
}

export function ConnectionNotice({ notice }: { notice: Notice }) {
  return (
    <div className="px-6 py-4">
      <Alert variant={notice.variant} role={notice.variant === "success" ? "status" : "alert"} data-testid="connection-notice">
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
