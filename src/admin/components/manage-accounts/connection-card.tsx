import { Badge, Container, Heading } from "@medusajs/ui"
import { ReactNode } from "react"
import { BankDataAsOf, BankDataStale } from "../bank-data-freshness"
import { CheckNow } from "./check-now"
import { ConnectionAccountsTable } from "./connection-accounts-table"
import { ConnectionHealthBadge } from "./connection-health-badge"
import { ConnectionNotice, useConnectionNotice } from "./connection-notice"
import { DeleteConnection } from "./delete-connection"
import { EditCredentials } from "./edit-credentials"
import { accountsCount, formatMoment, lastAttemptLabel, linkedAccounts } from "./labels"
import type { AdminBankConnection } from "../../../types/http"

/** One connection: its bank, health, imports, accounts with their feeds, and what can be done with it. */
export function ConnectionCard({ connection }: { connection: AdminBankConnection }) {
  const name = connection.connection_name
  const [notice, setNotice] = useConnectionNotice(name)
  const linked = linkedAccounts(connection).length
  // "Unlink the mapping first" is stale once nothing is linked any more.
  const shown = notice?.whileLinked && linked === 0 ? null : notice

  return (
    <Container className="divide-y p-0" aria-label={name} role="region" data-testid="connection-card">
      <div className="flex flex-wrap items-start justify-between gap-4 px-6 py-4">
        <div className="flex flex-col gap-y-2">
          <div className="flex items-center gap-x-2">
            <Heading level="h2">{connection.institution_name}</Heading>
            <Badge size="2xsmall">{connection.provider_name}</Badge>
          </div>
          <ConnectionHealthBadge connection={connection} />
        </div>
        <div className="flex shrink-0 items-center gap-x-2">
          <CheckNow connection={connection} onNotice={setNotice} />
          <EditCredentials connection={connection} onNotice={setNotice} />
          <DeleteConnection connection={connection} onNotice={setNotice} />
        </div>
      </div>
      <dl className="grid grid-cols-1 gap-x-6 gap-y-2 px-6 py-4 sm:grid-cols-2 lg:grid-cols-4">
        <Fact
          term="Last successful import"
          value={formatMoment(connection.last_success_at)}
          testId="connection-last-success"
        >
          <BankDataAsOf bankData={connection.bank_data} testId="connection-bank-data-as-of" />
        </Fact>
        <Fact term="Last attempt" value={lastAttemptLabel(connection)} testId="connection-last-attempt" />
        <Fact term="Connected" value={formatMoment(connection.created_at)} />
        <Fact
          term="Bank feeds"
          value={`${linked} of ${accountsCount(connection.accounts.length)} linked`}
          testId="connection-feed-count"
        />
      </dl>
      <BankDataStale bankData={connection.bank_data} className="px-6 py-3" testId="connection-bank-data-stale" />
      {shown && <ConnectionNotice notice={shown} />}
      <ConnectionAccountsTable institution={name} accounts={connection.accounts} />
    </Container>
  )
}

/** One fact of the card; `children` say more about it, under its value. */
function Fact({
  term,
  value,
  testId,
  children,
}: {
  term: string
  value: string
  testId?: string
  children?: ReactNode
}) {
  return (
    <div className="flex flex-col">
      <dt className="txt-small text-ui-fg-subtle">{term}</dt>
      <dd className="txt-small text-ui-fg-base" data-testid={testId}>
        {value}
      </dd>
      {children && <dd className="mt-0.5">{children}</dd>}
    </div>
  )
}
