import { clx, Table } from "@medusajs/ui"
import type { KeyboardEvent, MouseEvent } from "react"
import { BankAccountName } from "../bank-account-name"
import { FeedBadge } from "./feed-badge"
import type { AdminBankFeed } from "../../../types/http"

type Props = {
  feed: AdminBankFeed
  selected: boolean
  /** The one row of the list that Tab reaches; the arrows move to the others. */
  tabbable: boolean
  onSelect: (feed: AdminBankFeed) => void
}

const CONTROLS = "a, button, input, select, textarea, label, [role='button'], [role='menuitem'], [role='checkbox']"

const MOVES: Record<string, (row: HTMLElement) => Element | null | undefined> = {
  ArrowDown: (row) => row.nextElementSibling,
  ArrowUp: (row) => row.previousElementSibling,
  Home: (row) => row.parentElement?.firstElementChild,
  End: (row) => row.parentElement?.lastElementChild,
}

/**
 * One feed of the list. The whole row chooses it: a click anywhere in it, or Enter or Space once
 * it has the focus. A control placed in a cell keeps its own action.
 */
export function FeedRow({ feed, selected, tabbable, onSelect }: Props) {
  const onClick = (event: MouseEvent<HTMLTableRowElement>) => {
    if ((event.target as Element).closest(CONTROLS)) return
    onSelect(feed)
  }
  const onKeyDown = (event: KeyboardEvent<HTMLTableRowElement>) => {
    // Keys pressed in a control of the row are that control's.
    if (event.target !== event.currentTarget) return
    if (event.key === "Enter" || event.key === " ") {
      event.preventDefault()
      onSelect(feed)
    } else if (MOVES[event.key]) {
      event.preventDefault()
      const row = MOVES[event.key](event.currentTarget)
      if (row instanceof HTMLElement) row.focus()
    }
  }

  return (
    <Table.Row
      data-testid="centre-feed-row"
      aria-selected={selected}
      tabIndex={tabbable ? 0 : -1}
      onClick={onClick}
      onKeyDown={onKeyDown}
      className={clx(
        "cursor-pointer outline-none focus-visible:bg-ui-bg-base-hover focus-visible:shadow-borders-focus [&_td]:py-2",
        selected && "bg-ui-bg-highlight hover:bg-ui-bg-highlight-hover focus-visible:bg-ui-bg-highlight-hover"
      )}
    >
      <Table.Cell>
        <BankAccountName account={feed.bank_account} />
      </Table.Cell>
      <Table.Cell data-testid="centre-feed-ledger">
        {feed.ledger_account.code} {feed.ledger_account.name}
      </Table.Cell>
      <Table.Cell>
        <FeedBadge feed={feed} />
      </Table.Cell>
      <Table.Cell className="text-right tabular-nums">{feed.line_count}</Table.Cell>
    </Table.Row>
  )
}
