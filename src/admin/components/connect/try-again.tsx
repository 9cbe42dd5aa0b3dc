import { Alert, Button } from "@medusajs/ui"

/** A failure in the merchant's words (shown as written) and the way forward: a new attempt. */
export function TryAgain({ message, onTryAgain }: { message: string; onTryAgain: () => void }) {
  return (
    <div className="flex max-w-2xl flex-col gap-y-3">
      <Alert variant="error" role="alert" data-testid="connect-error">
        {message}
      </Alert>
      <div>
        <Button size="small" onClick={onTryAgain}>
          Try again
        </Button>
      </div>
    </div>
  )
}
