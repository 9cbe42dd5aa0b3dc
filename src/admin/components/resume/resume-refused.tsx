import { Alert, Button } from "@medusajs/ui"
import { Link } from "react-router-dom"

/**
 * The link cannot be used (already used, expired, replaced by a newer email...): the server's
 * words, and the way forward: a fresh sign-in through Edit Credentials in Manage Added Accounts.
 */
export function ResumeRefused({ message }: { message: string }) {
  return (
    <div className="flex max-w-2xl flex-col gap-y-3" data-testid="resume-refused">
      <Alert variant="error" role="alert">
        {message}
      </Alert>
      <div>
        <Button size="small" asChild>
          <Link to="/banking/accounts">Start a new sign-in</Link>
        </Button>
      </div>
    </div>
  )
}
