import { StatusBadge, Table, Text } from "@medusajs/ui"
import type { AdminLedgerAccountImportResponse } from "../../../types/http"

/** What the import did with each row of the file; refused rows stand out, with the reason. */
export function ImportReport({ report }: { report: AdminLedgerAccountImportResponse }) {
  return (
    <div className="flex flex-col gap-y-3" data-testid="import-report">
      <Text size="small" weight="plus" data-testid="import-summary">
        {plural(report.created, "account")} created, {plural(report.refused, "row")} refused.
      </Text>
      {report.rows.length === 0 ? (
        <Text size="small" className="text-ui-fg-subtle">
          The file has a header row but no accounts under it.
        </Text>
      ) : (
        <div className="overflow-hidden rounded-lg border border-ui-border-base">
          <Table aria-label="Import report">
            <Table.Header>
              <Table.Row>
                <Table.HeaderCell>Line</Table.HeaderCell>
                <Table.HeaderCell>Code</Table.HeaderCell>
                <Table.HeaderCell>Result</Table.HeaderCell>
                <Table.HeaderCell>Reason</Table.HeaderCell>
              </Table.Row>
            </Table.Header>
            <Table.Body>
              {report.rows.map((row) => (
                <Table.Row
                  key={row.line}
                  data-testid="import-row"
                  data-status={row.status}
                  className={row.status === "refused" ? "bg-ui-tag-red-bg hover:bg-ui-tag-red-bg-hover" : undefined}
                >
                  <Table.Cell className="tabular-nums">{row.line}</Table.Cell>
                  <Table.Cell className="font-mono">{row.code || "—"}</Table.Cell>
                  <Table.Cell>
                    {row.status === "created" ? (
                      <StatusBadge color="green">Created</StatusBadge>
                    ) : (
                      <StatusBadge color="red">Refused</StatusBadge>
                    )}
                  </Table.Cell>
                  <Table.Cell className="h-auto whitespace-normal py-2 text-ui-fg-base">
                    {sentence(row.reason)}
                  </Table.Cell>
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
        </div>
      )}
    </div>
  )
}

/** The server's reasons are clauses ("code 1010 is already used"); on their own they read as sentences. */
const sentence = (reason?: string) => (reason ? reason[0].toUpperCase() + reason.slice(1) : "")

const plural = (count: number, noun: string) => `${count} ${noun}${count === 1 ? "" : "s"}`
