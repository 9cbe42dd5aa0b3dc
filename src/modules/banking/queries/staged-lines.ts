/** The staging table's columns, in the order COPY sends them (StagedImportLine with the run and account). */
export const STAGED_LINE_COLUMNS = [
  "sync_run_id",
  "account_index",
  "position",
  "id",
  "provider_transaction_id",
  "date",
  "description",
  "debit",
  "credit",
  "balance",
  "fingerprint_tail",
  "repeat_number",
  "raw",
] as const

export const COPY_STAGED_LINES = `COPY bank_import_line (${STAGED_LINE_COLUMNS.join(", ")}) FROM STDIN`

/** Medusa's exact form beside a bigNumber column (`raw_<column>`), for a numeric expression. */
const rawAmount = (expression: string) =>
  `case when ${expression} is null then null else jsonb_build_object('value', ${expression}::text, 'precision', 20) end`

/**
 * Writes one account's new staged lines to bank_transaction in one statement, and answers what it
 * found and wrote. All of it happens in PostgreSQL, against the account's stored lines (deleted ones
 * included), so an import never loads what is already stored, and its cost follows the window read.
 *
 * - `chrono`: the order the lines happened in. The answer is read backwards when it ran newest
 *   first; lines are written by date, the bank's order kept within a day.
 * - The fingerprint is sha256 of "<account>|<tail>", with "#n" for the n-th identical line of one
 *   day, in base64: the same value the import has always stored.
 * - A line already stored under its provider id (or twice in the answer) is skipped by ON CONFLICT
 *   on the account's unique provider-id index, which the insert checks anyway; one stored under
 *   another id with the same fingerprint (Flinks re-keyed it) is skipped by the anti-join, which only
 *   reads stored lines from the window's first date on, since the fingerprint holds the date.
 * - The statement is written by the same statement, only when lines were, with figures from the rows
 *   the INSERT returns (its foreign keys are checked at the end, when both are in). The running-balance
 *   gaps compare those rows with :previousBalance, the newest line stored before. Amounts are
 *   trim_scale'd: "12.5", never "12.50".
 *
 * Named bindings: syncRunId, accountIndex, newestFirst, windowStart, bankAccountId, startDate,
 * feedId, statementId, currencyCode, previousBalance.
 *
 * `numbered`: the importer numbered the repeats as the lines came (each date came in one run), so
 * PostgreSQL need not sort the lines by fingerprint to number them. `ordered`: the dates ran one way
 * through the answer, so the order they came in (read backwards when newest first) is already the
 * order they happened: no sort by date.
 */
export function writeStagedAccountSql(options: { numbered: boolean; ordered: boolean }): string {
  return numberedAndOrdered(WRITE_STAGED_ACCOUNT, options)
}

function numberedAndOrdered(sql: string, options: { numbered: boolean; ordered: boolean }): string {
  return sql
    .replace(
      "row_number() over (partition by st.fingerprint_tail order by st.chrono)",
      options.numbered ? "st.repeat_number" : "row_number() over (partition by st.fingerprint_tail order by st.chrono)"
    )
    .replace("order by k.date, k.chrono", options.ordered ? "order by k.chrono" : "order by k.date, k.chrono")
}

const KEYED_LINES = `
staged as (
  select s.*, case when :newestFirst then -s.position else s.position end as chrono
  from bank_import_line s
  where s.sync_run_id = :syncRunId and s.account_index = :accountIndex
), counted as (
  select st.*, row_number() over (partition by st.fingerprint_tail order by st.chrono) as occurrence
  from staged st
), keyed as (
  select c.*,
    encode(sha256(convert_to(:bankAccountId || '|' || c.fingerprint_tail ||
      case when c.occurrence = 1 then '' else '#' || c.occurrence end, 'UTF8')), 'base64') as fingerprint
  from counted c
  where c.date >= :startDate
`

/** The columns a new line is written with, in the order both write paths give them. */
export const WRITTEN_COLUMNS =
  "id, bank_account_id, feed_id, statement_id, provider_transaction_id, fingerprint, date, description, " +
  "debit, raw_debit, credit, raw_credit, running_balance, raw_running_balance, currency_code, status, raw"

/**
 * A keyed line (`k`) as a bank_transaction row, in WRITTEN_COLUMNS' order. `typed`: the amounts and
 * the raw payload cast to their columns' types. COPY text leaves them untyped, since COPY FROM reads
 * each column's text into its type anyway: a cast would parse them twice, the raw JSON above all.
 */
const writtenValues = (typed: boolean) => {
  const as = (type: string) => (typed ? `::${type}` : "")
  return `k.id, :bankAccountId, :feedId, :statementId, k.provider_transaction_id, k.fingerprint,
    k.date, coalesce(k.description, ''),
    k.debit${as("numeric")}, ${rawAmount("k.debit")},
    k.credit${as("numeric")}, ${rawAmount("k.credit")},
    k.balance${as("numeric")}, ${rawAmount("k.balance")},
    :currencyCode, 'unreconciled', k.raw${as("jsonb")}`
}

/**
 * The statement's figures and the running-balance gaps, from `written` (the new rows) and
 * :previousBalance (NEWEST_STORED_BALANCE, read before they were written).
 */
const FIGURES = `previous as (
  select cast(:previousBalance as numeric) as running_balance
), checked as (
  select w.*,
    case when row_number() over (order by w.import_order) = 1 then (select running_balance from previous)
      else lag(w.running_balance) over (order by w.import_order) end as before
  from written w
), totals as (
  select count(*)::int as inserted, min(date) as period_start, max(date) as period_end,
    trim_scale(coalesce(sum(debit), 0)) as total_debits,
    trim_scale(coalesce(sum(credit), 0)) as total_credits,
    (select trim_scale(running_balance - coalesce(credit, 0) + coalesce(debit, 0))
      from checked order by import_order limit 1) as opening_balance,
    (select trim_scale(running_balance) from checked order by import_order desc limit 1) as closing_balance
  from checked
)`

/** What both write paths answer: StagedAccountWrite without the counts. */
const WRITE_ANSWER = `
select
  (select id from statement) as statement_id,
  totals.inserted,
  totals.period_end,
  (select coalesce(json_agg(json_build_object(
      'date', date,
      'expected', trim_scale(before + coalesce(credit, 0) - coalesce(debit, 0))::text,
      'found', trim_scale(running_balance)::text) order by import_order), '[]'::json)
    from checked
    where before is not null and running_balance is not null
      and before + coalesce(credit, 0) - coalesce(debit, 0) <> running_balance) as gaps
from totals
`

const WRITE_STAGED_ACCOUNT = `
with ${KEYED_LINES}), written as (
  insert into bank_transaction (${WRITTEN_COLUMNS})
  select ${writtenValues(true)}
  from keyed k
  where not exists (
    select 1 from bank_transaction t
    where t.bank_account_id = :bankAccountId and t.date >= :windowStart and t.fingerprint = k.fingerprint
  )
  order by k.date, k.chrono
  on conflict (bank_account_id, provider_transaction_id) do nothing
  returning date, debit, credit, running_balance, import_order
), ${FIGURES}, statement as (
  insert into bank_statement (id, bank_account_id, feed_id, sync_run_id, period_start, period_end,
    opening_balance, raw_opening_balance, closing_balance, raw_closing_balance,
    total_debits, raw_total_debits, total_credits, raw_total_credits, transaction_count, currency_code)
  select :statementId, :bankAccountId, :feedId, :syncRunId, t.period_start, t.period_end,
    t.opening_balance, ${rawAmount("t.opening_balance")}, t.closing_balance, ${rawAmount("t.closing_balance")},
    t.total_debits, ${rawAmount("t.total_debits")}, t.total_credits, ${rawAmount("t.total_credits")},
    t.inserted, :currencyCode
  from totals t
  where t.inserted > 0
  returning id
)${WRITE_ANSWER}`

/*
 * The COPY path, for an account that holds no line (deleted ones included) from the window's first
 * date on, as on a first import: no staged line can match a stored fingerprint, so the new lines are
 * the staged ones from the start date on, which PostgreSQL streams out (COPY ... TO) straight into
 * a COPY into bank_transaction, its fastest way in. A provider id the account already holds, or one
 * twice in the answer, makes that COPY fail on the unique index; the write then goes the
 * INSERT ... SELECT way, from a savepoint.
 */

/** Whether the account holds a line dated from the window's first date on. Named: bankAccountId, windowStart. */
export const STORED_IN_WINDOW = `
select exists (
  select 1 from bank_transaction t where t.bank_account_id = :bankAccountId and t.date >= :windowStart
) as stored
`

/** The running balance of the account's newest line, before the write adds newer ones. Named: bankAccountId. */
export const NEWEST_STORED_BALANCE = `
select t.running_balance::text as balance from bank_transaction t
where t.bank_account_id = :bankAccountId
order by t.date desc, t.import_order desc
limit 1
`

/**
 * The statement the copied lines point to, so that their foreign key holds when the COPY ends; its
 * figures follow once the lines are in (SETTLE_COPIED_STATEMENT).
 */
export const OPEN_COPIED_STATEMENT = `
insert into bank_statement (id, bank_account_id, feed_id, sync_run_id, period_start, period_end,
  total_debits, raw_total_debits, total_credits, raw_total_credits, transaction_count, currency_code)
values (:statementId, :bankAccountId, :feedId, :syncRunId, :startDate, :startDate,
  0, ${rawAmount("0")}, 0, ${rawAmount("0")}, 0, :currencyCode)
`

/** The staged lines to write, as bank_transaction rows in the order they happened (see writeStagedAccountSql). */
export function newLinesSelectSql(options: { numbered: boolean; ordered: boolean }): string {
  return numberedAndOrdered(
    `with ${KEYED_LINES})\nselect ${writtenValues(false)}\nfrom keyed k\norder by k.date, k.chrono`,
    options
  )
}

export const COPY_INTO_BANK_TRANSACTION = `COPY bank_transaction (${WRITTEN_COLUMNS}) FROM STDIN`

/*
 * The live path: on an account that holds no line at all, as on its first import, the lines go
 * into bank_transaction while the answer still streams in (see LiveCopy), the staged copy kept for
 * when the answer turns out not to allow it.
 */

/** Whether the account holds any line, deleted ones included. Named: bankAccountId. */
export const ACCOUNT_HOLDS_LINES = `
select exists (select 1 from bank_transaction t where t.bank_account_id = :bankAccountId) as stored
`

/**
 * A value of import_order's sequence, which the lines of an answer listed newest first count down
 * from: they come in the reverse of the order they happened, and later imports count up from it.
 */
export const TAKE_IMPORT_ORDER = `
select nextval(pg_get_serial_sequence('bank_transaction', 'import_order'))::int as base
`

/** COPY_INTO_BANK_TRANSACTION with each line's import_order given. */
export const COPY_INTO_BANK_TRANSACTION_ORDERED = `COPY bank_transaction (${WRITTEN_COLUMNS}, import_order) FROM STDIN`

/** The copied lines' statement gets its figures, or goes when no line came. */
export const SETTLE_COPIED_STATEMENT = `
with written as (
  select t.date, t.debit, t.credit, t.running_balance, t.import_order
  from bank_transaction t
  where t.statement_id = :statementId
), ${FIGURES}, statement as (
  update bank_statement s set
    period_start = t.period_start, period_end = t.period_end,
    opening_balance = t.opening_balance, raw_opening_balance = ${rawAmount("t.opening_balance")},
    closing_balance = t.closing_balance, raw_closing_balance = ${rawAmount("t.closing_balance")},
    total_debits = t.total_debits, raw_total_debits = ${rawAmount("t.total_debits")},
    total_credits = t.total_credits, raw_total_credits = ${rawAmount("t.total_credits")},
    transaction_count = t.inserted
  from totals t
  where s.id = :statementId and t.inserted > 0
  returning s.id
), emptied as (
  delete from bank_statement s where s.id = :statementId and (select inserted from totals) = 0
)${WRITE_ANSWER}`

/**
 * How many lines the answer held for the account, and how many from the start date on. Apart from
 * the write, so that each staged line is read by it once (a CTE read twice is materialized).
 */
export const COUNT_STAGED_ACCOUNT = `
select count(*)::int as fetched, (count(*) filter (where date >= :startDate))::int as in_window
from bank_import_line
where sync_run_id = :syncRunId and account_index = :accountIndex
`

/** Staged lines of runs that no longer run: a crash or a failure left them. */
export const DISCARD_ABANDONED_STAGING = `
delete from bank_import_line s
where not exists (select 1 from sync_run r where r.id = s.sync_run_id and r.status in ('queued', 'running'))
`
