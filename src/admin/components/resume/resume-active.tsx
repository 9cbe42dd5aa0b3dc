import { Alert, Button, Text } from "@medusajs/ui"
import { Link } from "react-router-dom"
import type { AdminBankConnection } from "../../../types/http"

type Props = {
  connection: AdminBankConnection
  /** Through the bank's question; otherwise the bank took the saved sign-in at once. */
  answered: boolean
}

/** The connection is healthy again: what came of it, and where to fetch what is missing. */
export function ResumeActive({ connection, answered }: Props) {
  const institution = connection.connection_name
  const linked = connection.accounts.filter((account) => account.feed)

  return (
    <div className="flex max-w-2xl flex-col gap-y-4" data-testid="resume-active">
      <Alert variant="success" role="status">
        {answered
          ? `${institution} accepted your answer: the connection is active again.`
          : `${institution} accepted the saved sign-in, with no question to answer: the connection is active again.`}
      </Alert>
      <Text size="small" className="text-ui-fg-subtle">
        The transactions that arrived while the bank waited come in with the next scheduled import. To fetch them now,
        open the feed in the Bank Statement Centre and use Refresh Transactions.
      </Text>
      {linked.length > 0 && (
        <ul className="flex flex-col gap-y-1" aria-label="Bank feeds of this connection">
          {linked.map((account) => (
            <li key={account.id}>
              <Link
                to={`/banking/statements?feed=${account.feed!.id}`}
                className="txt-small text-ui-fg-interactive hover:text-ui-fg-interactive-hover"
              >
                {account.title} · {account.feed!.ledger_account.code} {account.feed!.ledger_account.name}
              </Link>
            </li>
          ))}
        </ul>
      )}
      <div>
        <Button size="small" asChild>
          <Link to="/banking/statements">Open the Bank Statement Centre</Link>
        </Button>
      </div>
    </div>
  )
}
