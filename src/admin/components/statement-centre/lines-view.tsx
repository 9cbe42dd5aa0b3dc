import { Button, Table, Text, toast } from "@medusajs/ui"
import { useEffect, useMemo, useState } from "react"
import { useDeleteLines, useFeedLines, useSetLineStatus } from "../../hooks/api/statement-centre"
import { merchantMessage } from "../../lib/merchant-message"
import { CentreFilters, filterProblem, hasLineFilters, lineQuery } from "../../lib/statement-centre-params"
import { LineDownloads } from "./line-downloads"
import { LineFilters } from "./line-filters"
import { LinesTable } from "./lines-table"
import { plural } from "./labels"
import { SelectionToolbar } from "./selection-toolbar"
import { StatementFilterNote } from "./statement-filter-note"
import { useConfirmedDelete } from "./use-confirmed-delete"
import type { AdminBankTransaction, AdminSetBankTransactionStatus } from "../../../types/http"

export const LINES_PAGE_SIZE = 50

type Props = {
  feedId: string
  filters: CentreFilters
  /** 1-based. */
  page: number
  onFilters: (change: Partial<CentreFilters>) => void
  onPage: (page: number) => void
}

const STATUS_DONE: Record<AdminSetBankTransactionStatus["status"], string> = {
  reconciled: "reconciled",
  excluded: "excluded",
  unreconciled: "back to unreconciled",
}

/** Detailed View: the feed's lines, filtered, sorted and paged by the server; select, mark, delete. */
export function LinesView({ feedId, filters, page, onFilters, onPage }: Props) {
  const problem = filterProblem(filters)
  // Where each page reached by Next or Previous starts: the server's cursor, which costs the same at
  // any depth. A page opened from the address alone (a bookmark of page 7) is read by its offset.
  const [cursors, setCursors] = useState<Record<number, { after?: string; before?: string }>>({})
  const filterKey = JSON.stringify([feedId, filters])
  // biome-ignore lint/correctness/useExhaustiveDependencies: another feed or filter makes every cursor stale
  useEffect(() => setCursors({}), [filterKey])
  const query = useMemo(() => {
    const cursor = page > 1 ? cursors[page] : undefined
    return {
      ...lineQuery(filters),
      limit: LINES_PAGE_SIZE,
      ...(cursor ?? { offset: (page - 1) * LINES_PAGE_SIZE }),
    }
  }, [filters, page, cursors])
  const lines = useFeedLines(feedId, query, !problem)
  const [selected, setSelected] = useState<Set<string>>(new Set())
  const setStatus = useSetLineStatus()
  const remove = useDeleteLines()
  const confirmDelete = useConfirmedDelete()

  // A selection is of the lines on screen: another page, filter or feed starts afresh.
  const queryKey = JSON.stringify([feedId, query])
  // biome-ignore lint/correctness/useExhaustiveDependencies: a new page, filter or feed is what clears the selection
  useEffect(() => setSelected(new Set()), [queryKey])

  const rows = lines.data?.transactions ?? []
  const count = lines.data?.count ?? 0
  const pageCount = Math.max(1, Math.ceil(count / LINES_PAGE_SIZE))
  const selectedLines = rows.filter((line) => selected.has(line.id))
  const busy = setStatus.isPending || remove.isPending

  const onSelect = (ids: string[], on: boolean) =>
    setSelected((current) => {
      const next = new Set(current)
      for (const id of ids) {
        if (on) next.add(id)
        else next.delete(id)
      }
      return next
    })

  const onStatus = (targets: AdminBankTransaction[], status: AdminSetBankTransactionStatus["status"]) =>
    setStatus.mutate(
      { ids: targets.map((line) => line.id), status },
      {
        onSuccess: ({ updated, unchanged }) =>
          toast.success(
            `${plural(updated, "line")} ${STATUS_DONE[status]}` +
              (unchanged ? ` (${unchanged} already ${unchanged === 1 ? "was" : "were"})` : "")
          ),
        onError: (error) => toast.error("Could not change the lines' status", { description: merchantMessage(error) }),
      }
    )

  const onDelete = async (targets: AdminBankTransaction[]) => {
    const deleted = await confirmDelete({
      what: targets.length === 1 ? `the line "${targets[0].description}"` : plural(targets.length, "line"),
      lines: targets.length,
      reconciled: targets.filter((line) => line.status === "reconciled").length,
      run: (confirm_reconciled) => remove.mutateAsync({ ids: targets.map((line) => line.id), confirm_reconciled }),
      done: `${plural(targets.length, "line")} deleted`,
    })
    if (deleted)
      onSelect(
        targets.map((line) => line.id),
        false
      )
  }

  return (
    <div className="flex flex-col">
      <div className="flex flex-col gap-y-3 px-6 py-4">
        <LineFilters filters={filters} onChange={onFilters} />
        {filters.statement_id && (
          <StatementFilterNote
            feedId={feedId}
            statementId={filters.statement_id}
            onClear={() => onFilters({ statement_id: "" })}
          />
        )}
        {problem && (
          <Text size="small" className="text-ui-fg-error" role="alert">
            {problem}
          </Text>
        )}
      </div>
      <div className="flex flex-wrap items-center justify-between gap-3 border-t border-ui-border-base px-6 py-3">
        <SelectionToolbar
          lines={selectedLines}
          busy={busy}
          onStatus={onStatus}
          onDelete={onDelete}
          onClear={() => setSelected(new Set())}
        />
        <LineDownloads feedId={feedId} filters={filters} disabled={Boolean(problem) || count === 0} />
      </div>
      {lines.isError && (
        <Text size="small" className="px-6 py-4 text-ui-fg-error" role="alert">
          Could not load the lines: {merchantMessage(lines.error)}
        </Text>
      )}
      {!problem && !lines.data && !lines.isError && (
        <Text size="small" className="px-6 py-4 text-ui-fg-subtle">
          Loading the lines…
        </Text>
      )}
      {!problem && lines.data && count === 0 && (
        <div className="flex items-center gap-x-2 px-6 py-4" data-testid="lines-empty">
          <Text size="small" className="text-ui-fg-subtle">
            {hasLineFilters(filters) ? "No line matches these filters." : "No line imported yet for this feed."}
          </Text>
        </div>
      )}
      {!problem && lines.data && count > 0 && (
        <div className={lines.isPlaceholderData ? "opacity-60 transition-opacity" : undefined}>
          <LinesTable
            lines={rows}
            selected={selected}
            onSelect={onSelect}
            busy={busy}
            onStatus={onStatus}
            onDelete={onDelete}
          />
          <Table.Pagination
            count={count}
            pageSize={LINES_PAGE_SIZE}
            pageIndex={page - 1}
            pageCount={pageCount}
            canPreviousPage={page > 1}
            canNextPage={page < pageCount}
            previousPage={() => {
              const prev = lines.data?.prev_cursor
              if (prev && page > 2) setCursors((known) => ({ ...known, [page - 1]: { before: prev } }))
              onPage(Math.max(1, page - 1))
            }}
            nextPage={() => {
              const next = lines.data?.next_cursor
              if (next) setCursors((known) => ({ ...known, [page + 1]: { after: next } }))
              onPage(page + 1)
            }}
          />
        </div>
      )}
      {problem && (
        <div className="px-6 pb-4">
          <Button
            size="small"
            variant="secondary"
            onClick={() => onFilters({ date_from: "", date_to: "", amount_min: "", amount_max: "" })}
          >
            Clear dates and amounts
          </Button>
        </div>
      )}
    </div>
  )
}
