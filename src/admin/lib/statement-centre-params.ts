import { isCompleteBankDate } from "./bank-date"
import { decimalGreaterThan, isAmountFilter } from "./decimal-text"
import type {
  AdminBankFeedListStatus,
  AdminBankTransactionListParams,
  AdminBankTransactionOrder,
  AdminBankTransactionStatus,
} from "../../types/http"

/**
 * The Statement Centre's state lives in the address: the feed, the view, the feed search and the
 * line filters, so that a reload, the back button or a shared link open the same screen. Anything
 * in the address this screen cannot use is left out rather than sent to the server.
 */
export type CentreView = "header" | "detailed"

/** The orders the lines route takes: by date, amount (whatever its side) or description. */
export const LINE_ORDERS: readonly AdminBankTransactionOrder[] = [
  "-date",
  "date",
  "-amount",
  "amount",
  "description",
  "-description",
]

export const FILTER_STATUSES: AdminBankTransactionStatus[] = ["unreconciled", "reconciled", "excluded"]

export type CentreFilters = {
  date_from: string
  date_to: string
  amount_min: string
  amount_max: string
  status: AdminBankTransactionStatus[]
  q: string
  statement_id: string
  sort: AdminBankTransactionOrder
}

export type CentreState = {
  feed: string
  view: CentreView
  feedQuery: string
  feedStatus: AdminBankFeedListStatus
  filters: CentreFilters
  /** 1-based page of the Detailed View, and of the Header View. */
  page: number
  headerPage: number
}

export const NO_FILTERS: CentreFilters = {
  date_from: "",
  date_to: "",
  amount_min: "",
  amount_max: "",
  status: [],
  q: "",
  statement_id: "",
  sort: "-date",
}

const FEED_STATUSES: AdminBankFeedListStatus[] = ["linked", "unlinked", "all"]

function pageOf(value: string | null): number {
  const page = Number(value)
  return Number.isInteger(page) && page > 0 ? page : 1
}

export function readCentreState(params: URLSearchParams): CentreState {
  const text = (name: string) => params.get(name)?.trim() ?? ""
  const date = (name: string) => (isCompleteBankDate(text(name)) ? text(name) : "")
  const amount = (name: string) => (isAmountFilter(text(name)) ? text(name) : "")
  const sort = text("sort") as AdminBankTransactionOrder
  const feedStatus = text("feeds") as AdminBankFeedListStatus
  return {
    feed: text("feed"),
    view: text("view") === "detailed" ? "detailed" : "header",
    feedQuery: text("q"),
    feedStatus: FEED_STATUSES.includes(feedStatus) ? feedStatus : "linked",
    filters: {
      date_from: date("from"),
      date_to: date("to"),
      amount_min: amount("min"),
      amount_max: amount("max"),
      status: text("status")
        .split(",")
        .filter((status): status is AdminBankTransactionStatus =>
          FILTER_STATUSES.includes(status as AdminBankTransactionStatus)
        ),
      q: text("text"),
      statement_id: text("statement"),
      sort: LINE_ORDERS.includes(sort) ? sort : "-date",
    },
    page: pageOf(params.get("page")),
    headerPage: pageOf(params.get("hpage")),
  }
}

/** The address for a state: only what differs from the defaults, always in the same order. */
export function writeCentreState(state: CentreState): URLSearchParams {
  const { filters } = state
  const entries: [string, string][] = [
    ["feed", state.feed],
    ["view", state.view === "detailed" ? "detailed" : ""],
    ["q", state.feedQuery],
    ["feeds", state.feedStatus === "linked" ? "" : state.feedStatus],
    ["statement", filters.statement_id],
    ["from", filters.date_from],
    ["to", filters.date_to],
    ["min", filters.amount_min],
    ["max", filters.amount_max],
    ["status", filters.status.join(",")],
    ["text", filters.q],
    ["sort", filters.sort === "-date" ? "" : filters.sort],
    ["page", state.page > 1 ? String(state.page) : ""],
    ["hpage", state.headerPage > 1 ? String(state.headerPage) : ""],
  ]
  return new URLSearchParams(entries.filter(([, value]) => value !== ""))
}

/** The Detailed View's filters as the address writes them: statuses separated by commas. */
export type LineQuery = AdminBankTransactionListParams & { status?: string }

/** The filters as the lines route and the download take them. */
export function lineQuery(filters: CentreFilters): LineQuery {
  return {
    statement_id: filters.statement_id || undefined,
    date_from: filters.date_from || undefined,
    date_to: filters.date_to || undefined,
    amount_min: filters.amount_min || undefined,
    amount_max: filters.amount_max || undefined,
    status: filters.status.length ? filters.status.join(",") : undefined,
    q: filters.q || undefined,
    sort: filters.sort,
  }
}

/** Whether any filter narrows the lines (the order does not). */
export function hasLineFilters(filters: CentreFilters): boolean {
  const { sort: _sort, ...narrowing } = filters
  return Object.values(narrowing).some((value) => (Array.isArray(value) ? value.length > 0 : value !== ""))
}

/** Why the filters cannot select anything (the server would refuse them too), or null. */
export function filterProblem(filters: CentreFilters): string | null {
  if (filters.date_from && filters.date_to && filters.date_from > filters.date_to) {
    return "The from date is after the to date: no line can match."
  }
  if (filters.amount_min && filters.amount_max && decimalGreaterThan(filters.amount_min, filters.amount_max)) {
    return "The minimum amount is more than the maximum: no line can match."
  }
  return null
}
