import { StatusBadge, Tooltip } from "@medusajs/ui"
import { useAdminUser } from "../../hooks/api/statement-centre"
import { formatMoment, LINE_STATUS_WORDS } from "./labels"
import type { AdminBankTransaction } from "../../../types/http"

/** "Reconciled by Jane Doe on Jan 5, 2026, 2:05 PM": asked for only when the tooltip opens. */
function SettledBy({ line, label }: { line: AdminBankTransaction; label: string }) {
  const user = useAdminUser(line.reconciled_by)
  const person = user.data?.user
  const name = person ? [person.first_name, person.last_name].filter(Boolean).join(" ") || person.email : null
  const by = line.reconciled_by ? ` by ${name ?? (user.isError ? "a former user" : "…")}` : ""
  return (
    <span data-testid="line-status-record">
      {label}
      {by} on {formatMoment(line.reconciled_at)}
    </span>
  )
}

/** A line's reconciliation status; a reconciled or excluded line tells who did it and when. */
export function LineStatusBadge({ line }: { line: AdminBankTransaction }) {
  const words = LINE_STATUS_WORDS[line.status] ?? { label: line.status, color: "grey" as const }
  const badge = (
    <StatusBadge color={words.color} data-testid="line-status">
      {words.label}
    </StatusBadge>
  )
  if (line.status === "unreconciled" || !line.reconciled_at) return badge
  return (
    <Tooltip content={<SettledBy line={line} label={words.label} />} maxWidth={320}>
      {/* biome-ignore lint/a11y/noNoninteractiveTabindex: the keyboard reaches who settled the line, in the tooltip, by focusing its badge */}
      <span tabIndex={0} className="inline-flex rounded-md outline-none focus-visible:shadow-borders-focus">
        {badge}
      </span>
    </Tooltip>
  )
}
