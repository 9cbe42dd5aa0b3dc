import { FLINKS_PRIVACY_STATEMENT } from "../../../src/modules/banking/privacy-statement"

/** Real rows the swept routes act on, made once for the whole sweep. */
export type SweepFixtures = {
  connectionId: string
  bankAccountId: string
  feedId: string
  statementId: string
  transactionId: string
  ledgerAccountId: string
  syncRunId: string
}

type Values<T> = (fixtures: SweepFixtures) => T

/**
 * What one route accepts, and the malformed values to try in its place. Each malformed case
 * changes one thing of an accepted request, so the refusal is about that thing only.
 */
export type RouteSweep = {
  /** The path's :id: a real one, and the prefix a well-formed id of that kind has. */
  id?: { real: Values<string>; prefix: string }
  /** A query the route accepts (GET: answered 2xx, checked before the malformed cases). */
  query?: Values<Record<string, string>>
  /** Per query field, values the route must refuse. */
  badQuery?: Record<string, string[]>
  /** Query fragments sent as they are (repeated or nested fields). */
  rawQuery?: string[]
  /** A body the route accepts; a route without one takes no body. */
  body?: Values<Record<string, unknown>>
  /** Per body field, values the route must refuse. */
  badBody?: Record<string, unknown[]>
  /** The word a refusal uses for a field when it is not the field's name (a merchant's sentence). */
  messageNames?: Record<string, string>
  /** The accepted request is not answered 2xx without state the sweep cannot make (a live state, an emailed token). */
  baselineRefused?: true
  /**
   * A browser lands on this route (Flinks' redirect): it answers with a page saying what went
   * wrong, never JSON, and never quotes the values it refused (they may be a LoginId or a state).
   */
  answersWithPage?: true
}

const tooLong = (max: number) => "x".repeat(max + 1)
/** PostgreSQL text cannot hold a NUL character: it must be refused before it reaches a query. */
const NUL = "a\u0000b"

/** Page sizes that are not a whole number in range: negative, zero, too big, huge, decimal, exponent, date, text. */
const limits = (max: number) => [
  "-1",
  "0",
  String(max + 1),
  "1e309",
  "1e2",
  "1.5",
  "2026-02-30",
  "",
  "ten",
  "0x10",
  " 5",
  "+5",
  "99999999999999999999",
]
const offsets = ["-1", "1.5", "1e3", "2026-02-30", "", "ten", "+1", "99999999999999999999"]
const page = (maxLimit: number) => ({ limit: limits(maxLimit), offset: offsets })
const PAGE_RAW = ["limit=1&limit=2", "limit[]=5", "offset[a]=1"]

const dates = ["2026-02-30", "yesterday", "20260101", "2026-1-1", "2026-01-01T00:00:00Z"]
const amounts = ["-5", "1e3", "1,000", "ten", "1.1234567"]
const ids = [5, "", tooLong(100), NUL, ["x"]]
const lineIds = ["btxn_x", [], [5], [tooLong(100)], [NUL], Array.from({ length: 501 }, (_, i) => `btxn_${i}`)]

const feedId = { real: (f: SweepFixtures) => f.feedId, prefix: "bfeed" }
const connectionId = { real: (f: SweepFixtures) => f.connectionId, prefix: "bconn" }
const ledgerAccountId = { real: (f: SweepFixtures) => f.ledgerAccountId, prefix: "ledger" }
const statementId = { real: (f: SweepFixtures) => f.statementId, prefix: "bstmt" }
const syncRunId = { real: (f: SweepFixtures) => f.syncRunId, prefix: "bsync" }

const ledgerAccountFields = {
  code: [5, "", tooLong(20), "bad code!", NUL],
  name: [5, "", tooLong(200), NUL],
  type: [5, "cash", ""],
  currency_code: [5, "CA", "CADX", ""],
  description: [5, tooLong(1000), NUL],
}

const lineFilters = {
  statement_id: [tooLong(100), NUL],
  date_from: dates,
  date_to: dates,
  amount_min: amounts,
  amount_max: amounts,
  status: ["paid", "reconciled,paid"],
  q: [tooLong(200), NUL],
  sort: ["balance", ""],
}

/**
 * One entry per route file and method, keyed "METHOD /path" as admin-routes lists them (ids as
 * test_id). A route added without an entry here fails the sweep.
 */
export const ROUTE_SWEEPS: Record<string, RouteSweep> = {
  "POST /admin/banking/connect-sessions": {
    body: () => ({ provider: "flinks-ca", consent: { accepted: true, version: FLINKS_PRIVACY_STATEMENT.version } }),
    badBody: {
      provider: [5, "plaid", "", ["flinks-ca"]],
      consent: [
        "yes",
        [],
        null,
        { accepted: "true", version: "v" },
        { accepted: true, version: 5 },
        { accepted: true, version: tooLong(100) },
        { accepted: true, version: "v", extra: 1 },
      ],
      institution_id: [5, tooLong(100), NUL],
    },
    // Medusa names a nested unknown key ("extra") without its parent.
    messageNames: { consent: "" },
  },
  "POST /admin/banking/connect-sessions/complete": {
    body: () => ({ state: "s".repeat(40), login_id: "login" }),
    badBody: {
      state: [5, "short", tooLong(200), null, NUL.repeat(20)],
      login_id: [5, "", tooLong(200), NUL],
      institution: [5, tooLong(200)],
      account_ids: ["a", [5], [tooLong(200)], Array.from({ length: 101 }, (_, i) => `a${i}`)],
      request_id: [5, tooLong(200)],
    },
    baselineRefused: true,
  },
  "POST /admin/banking/connections/test_id/check": { id: connectionId },
  "POST /admin/banking/connections/test_id/reconnect": { id: connectionId },
  "DELETE /admin/banking/connections/test_id": {
    id: connectionId,
    query: () => ({ keep_transactions: "true" }),
    badQuery: { keep_transactions: ["maybe", "1", "", "TRUE"] },
  },
  "GET /admin/banking/connections": {
    query: () => ({}),
    badQuery: { ...page(500), fields: ["login_id_hash"], order: ["created_at"] },
    rawQuery: PAGE_RAW,
  },
  "GET /admin/banking/feeds/test_id/balances": { id: feedId, query: () => ({}) },
  "POST /admin/banking/feeds/test_id/refresh": { id: feedId },
  "GET /admin/banking/sync-runs/test_id": { id: syncRunId, query: () => ({}) },
  // The sweep's run is not waiting on the bank's question: opening it is refused, closing it is a no-op.
  "POST /admin/banking/sync-runs/test_id/question": { id: syncRunId, baselineRefused: true },
  "POST /admin/banking/sync-runs/test_id/question/decline": { id: syncRunId },
  "GET /admin/banking/feeds/test_id/statements": {
    id: feedId,
    query: () => ({}),
    badQuery: page(200),
    rawQuery: PAGE_RAW,
  },
  "GET /admin/banking/feeds/test_id/transactions/export": {
    id: feedId,
    query: () => ({ format: "csv" }),
    badQuery: { format: ["pdf", "", "csv,ofx"], ...lineFilters },
  },
  "GET /admin/banking/feeds/test_id/transactions": {
    id: feedId,
    query: () => ({}),
    badQuery: { ...page(200), ...lineFilters },
    rawQuery: PAGE_RAW,
  },
  "POST /admin/banking/feeds/test_id/unlink": { id: feedId },
  "GET /admin/banking/feeds/available-accounts": { query: () => ({}) },
  "GET /admin/banking/feeds": {
    query: () => ({ status: "all" }),
    badQuery: { status: ["paid", ""], q: ["", tooLong(100), NUL] },
  },
  "POST /admin/banking/feeds": {
    body: (f) => ({ bank_account_id: f.bankAccountId, ledger_account_id: f.ledgerAccountId, start_date: "2026-01-01" }),
    badBody: { bank_account_id: ids, ledger_account_id: ids, start_date: [...dates, 20260101, tooLong(100), NUL] },
  },
  "POST /admin/banking/ledger-accounts/test_id/archive": { id: ledgerAccountId },
  "POST /admin/banking/ledger-accounts/test_id": {
    id: ledgerAccountId,
    body: () => ({ name: "Renamed" }),
    badBody: ledgerAccountFields,
    messageNames: { currency_code: "currency" },
  },
  "POST /admin/banking/ledger-accounts/test_id/unarchive": { id: ledgerAccountId },
  "POST /admin/banking/ledger-accounts/import": {
    body: () => ({ csv: "code,name,type,currency\n1200,Savings,asset,CAD\n" }),
    badBody: {
      csv: [5, null, ["a"], `code,name,type,currency\n1200,Sav${NUL}ings,asset,CAD\n`, "x".repeat(1024 * 1024 + 1)],
    },
    messageNames: { csv: "" },
  },
  "GET /admin/banking/ledger-accounts": {
    query: () => ({}),
    badQuery: {
      ...page(500),
      q: [tooLong(100), NUL],
      currency_code: ["CA", "123"],
      include_archived: ["yes", "1"],
      feed_target: ["yes", "1"],
      order: ["code"],
      fields: ["id"],
    },
    rawQuery: PAGE_RAW,
    messageNames: { currency_code: "currency" },
  },
  "POST /admin/banking/ledger-accounts": {
    body: () => ({ code: "1300", name: "Petty cash", type: "asset", currency_code: "CAD" }),
    badBody: ledgerAccountFields,
    messageNames: { currency_code: "currency" },
  },
  "GET /admin/banking/providers/test_id/institutions": {
    id: { real: () => "flinks-ca", prefix: "flinks" },
    query: () => ({ q: "capital" }),
    badQuery: { q: [tooLong(100), NUL] },
  },
  "GET /admin/banking/providers": { query: () => ({}) },
  "POST /admin/banking/resume-sessions": {
    body: () => ({ token: "t".repeat(40) }),
    badBody: { token: [5, "short", tooLong(200), null, NUL.repeat(20), `${"t".repeat(30)} +/=`] },
    // A malformed link is refused with a sentence about the link, not the field (resume.spec.ts
    // reads it); a NUL is refused before, naming the field.
    messageNames: { token: "" },
    baselineRefused: true,
  },
  "GET /admin/banking/settings": { query: () => ({}) },
  "POST /admin/banking/settings": {
    body: () => ({ mfa_notification_recipients: "ops@example.com" }),
    badBody: {
      mfa_notification_recipients: [
        5,
        null,
        tooLong(2000),
        [5],
        ["x".repeat(321)],
        Array.from({ length: 51 }, (_, i) => `a${i}@example.com`),
        "not-an-address",
        `ops@example.com${NUL}`,
      ],
    },
    messageNames: { mfa_notification_recipients: "" },
  },
  "GET /admin/banking/statements/test_id/export": {
    id: statementId,
    query: () => ({ format: "csv" }),
    badQuery: { format: ["pdf", "", "csv,ofx"] },
  },
  "DELETE /admin/banking/statements/test_id": {
    id: statementId,
    query: () => ({ confirm_reconciled: "true" }),
    badQuery: { confirm_reconciled: ["yes", "1", ""] },
  },
  "POST /admin/banking/transactions/delete": {
    body: (f) => ({ ids: [f.transactionId], confirm_reconciled: true }),
    badBody: { ids: lineIds, confirm_reconciled: ["true", 1, null] },
  },
  "POST /admin/banking/transactions/status": {
    body: (f) => ({ ids: [f.transactionId], status: "reconciled" }),
    badBody: { ids: lineIds, status: ["paid", 5, null, ""] },
  },
  "GET /flinks/redirect": {
    query: () => ({ state: "s".repeat(40), loginId: "login" }),
    badQuery: {
      state: ["short", tooLong(200), NUL.repeat(20)],
      loginId: ["", tooLong(200), NUL],
      institution: [tooLong(200)],
      tag: [tooLong(200)],
      accountId: [tooLong(4000)],
    },
    baselineRefused: true,
    answersWithPage: true,
  },
}
