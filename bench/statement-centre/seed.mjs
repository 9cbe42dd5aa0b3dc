// Seeds the Statement Centre benchmark straight in SQL: one connection, SEED.feeds bank accounts
// each with a ledger account and a linked feed, SEED.statementsPerFeed statements per feed and
// SEED.linesPerFeed lines per feed, spread evenly over the 365 days of 2025. Everything is derived
// from the row numbers (no random()), so two runs seed the same data.
//
// Lines are written as one import per statement period would write them: period by period, each
// feed's period (one statement, about a month) in one batch, oldest line first. A feed's lines are
// thus spread over the table as in a database used for a year, and import_order follows the date
// within each account. About 70% of lines are unreconciled, 20% reconciled, 8% excluded, 2%
// possible duplicates; 80% are debits. Descriptions combine a payment type, one of 30 merchants
// and a reference; "coffee" matches 2 merchants out of 30 (6.7% of lines, in two cases), "hydro" 1.

export const SEED = {
  feeds: 100,
  linesPerFeed: 10_000,
  statementsPerFeed: 12,
  firstDate: "2025-01-01",
  days: 365,
}

const PREFIXES = [
  "POS PURCHASE",
  "DEBIT CARD",
  "E-TRANSFER",
  "PREAUTHORIZED DEBIT",
  "BILL PAYMENT",
  "DEPOSIT",
  "INTERAC",
  "WIRE",
]
const MERCHANTS = [
  "Tim Hortons",
  "Second Cup Coffee",
  "Hydro-Quebec",
  "Bell Canada",
  "Rogers",
  "Costco Wholesale",
  "Loblaws",
  "Metro",
  "Shell",
  "Petro-Canada",
  "Amazon.ca",
  "Staples",
  "Home Depot",
  "Canadian Tire",
  "Payroll ADP",
  "Stripe Payout",
  "Shopify Payout",
  "Square Deposit",
  "Uber",
  "Air Canada",
  "Via Rail",
  "STARBUCKS COFFEE",
  "Desjardins Insurance",
  "Intact Insurance",
  "CRA Tax",
  "Revenu Quebec",
  "Videotron",
  "Telus",
  "Google Ads",
  "Meta Ads",
]

// A deterministic scramble of a bigint expression into 0 .. 2^31-2 (two multiplicative rounds modulo
// the Mersenne prime 2^31-1; every product stays inside bigint).
const mix = (expr) => `((((${expr}) % 2147483647) * 1103515245 % 2147483647 + 12345) * 48271 % 2147483647)`

const sqlArray = (values) => `array[${values.map((v) => `'${v.replace(/'/g, "''")}'`).join(", ")}]::text[]`

/** The feed ids and their accounts, as seeded: feed i (1-based) is bfeed_bench_###. */
export function feedIds(feeds = SEED.feeds) {
  return Array.from({ length: feeds }, (_, i) => {
    const k = String(i + 1).padStart(3, "0")
    return { feed_id: `bfeed_bench_${k}`, bank_account_id: `bacct_bench_${k}` }
  })
}

/** The seed as labelled SQL statements; run them in order on one connection. */
export function seedStatements({ feeds, linesPerFeed, statementsPerFeed, firstDate, days } = SEED) {
  const k = (expr) => `lpad((${expr})::text, 3, '0')`
  const day = (expr) => `to_char(date '${firstDate}' + (${expr})::int, 'YYYY-MM-DD')`
  // Statement m of a feed covers days ceil(m*days/S) .. ceil((m+1)*days/S)-1; a line on day d
  // belongs to statement floor(d*S/days).
  const steps = [
    // The window sum over a million lines sorts in memory rather than on disk.
    ["settings", `set work_mem = '256MB'`],
    [
      "accounts",
      `insert into bank_connection (id, provider, institution_name, institution_id, login_id_encrypted, login_id_hash,
       login_type, status, last_success_at, last_attempt_at, consent_accepted_by, consent_accepted_at, consent_version)
     values ('bconn_bench_001', 'flinks-ca', 'Bench Bank', '1', 'not-a-real-login', 'bench-login-hash',
       'business', 'active', now(), now(), 'benchmark', now(), 'benchmark')`,
    ],
    [
      "accounts",
      `insert into bank_account (id, connection_id, provider_account_id, title, account_number_masked, last_four_digits,
       transit_number, institution_number, type, category, holder_type, currency_code, balance_current, raw_balance_current)
     select 'bacct_bench_' || ${k("i")}, 'bconn_bench_001', 'bench-account-' || i, 'Chequing ' || i,
            '****' || lpad(i::text, 4, '0'), lpad(i::text, 4, '0'), '00011', '001', 'Chequing', 'Operations',
            'business', 'CAD', 50000, '{"value":"50000","precision":20}'::jsonb
       from generate_series(1, ${feeds}) i`,
    ],
    [
      "accounts",
      `insert into ledger_account (id, code, name, type, currency_code)
     select 'ledger_bench_' || ${k("i")}, 'B' || ${k("i")}, 'Bench bank ' || i, 'asset', 'CAD'
       from generate_series(1, ${feeds}) i`,
    ],
    [
      "accounts",
      `insert into bank_feed (id, bank_account_id, ledger_account_id, start_date, status, high_water_date,
       last_import_at, linked_by, linked_at)
     select 'bfeed_bench_' || ${k("i")}, 'bacct_bench_' || ${k("i")}, 'ledger_bench_' || ${k("i")},
            '${firstDate}', 'linked', ${day(days - 1)}, now(), 'benchmark', now()
       from generate_series(1, ${feeds}) i`,
    ],
    // Totals and counts are filled in from the lines below.
    [
      "statements",
      `insert into bank_statement (id, bank_account_id, feed_id, period_start, period_end, total_debits, total_credits,
       raw_total_debits, raw_total_credits, transaction_count, currency_code, created_at)
     select 'bstmt_bench_' || ${k("i")} || '_' || lpad(m::text, 2, '0'), 'bacct_bench_' || ${k("i")},
            'bfeed_bench_' || ${k("i")},
            ${day(`ceil(m * ${days}::numeric / ${statementsPerFeed})`)},
            ${day(`ceil((m + 1) * ${days}::numeric / ${statementsPerFeed}) - 1`)},
            0, 0, '{"value":"0","precision":20}'::jsonb, '{"value":"0","precision":20}'::jsonb, 0, 'CAD',
            timestamptz '${firstDate}' + make_interval(days => ceil((m + 1) * ${days}::numeric / ${statementsPerFeed})::int)
       from generate_series(1, ${feeds}) i, generate_series(0, ${statementsPerFeed - 1}) m`,
    ],
    [
      "lines",
      `insert into bank_transaction (id, bank_account_id, feed_id, statement_id, provider_transaction_id, fingerprint, date,
       description, debit, credit, running_balance, raw_debit, raw_credit, raw_running_balance, currency_code, status,
       reconciled_at, reconciled_by, raw)
     with line as (
       select f, n, d,
              ${mix("f * 1000003 + n * 7919 + 11")} as h1,
              ${mix("f * 7 + n * 131071 + 17")} as h2,
              ${mix("f * 31 + n * 524287 + 5")} as h3
         from generate_series(1::bigint, ${feeds}) f,
              generate_series(0::bigint, ${linesPerFeed - 1}) n,
              lateral (select (n * ${days} / ${linesPerFeed})::int as d) day
     ), money as (
       select *, h2 % 5 = 0 as is_credit,
              -- debits 0.01 to 2,500.00, credits 0.01 to 10,000.00: the balance drifts little
              ((1 + (h2 / 7) % (case when h2 % 5 = 0 then 1000000 else 250000 end)) / 100.0)::numeric(14, 2) as amount,
              (${sqlArray(PREFIXES)})[(1 + h1 % ${PREFIXES.length})::int] || ' ' ||
              (${sqlArray(MERCHANTS)})[(1 + (h1 / ${PREFIXES.length}) % ${MERCHANTS.length})::int] || ' ' ||
              lpad((h1 % 1000000)::text, 6, '0') as description,
              case when h3 % 100 < 70 then 'unreconciled' when h3 % 100 < 90 then 'reconciled'
                   when h3 % 100 < 98 then 'excluded' else 'possible_duplicate' end as status
         from line
     ), balance as (
       select *, 50000 + sum(case when is_credit then amount else -amount end)
                           over (partition by f order by n rows unbounded preceding) as running
         from money
     )
     select 'btxn_bench_' || ${k("f")} || '_' || lpad(n::text, 7, '0'), 'bacct_bench_' || ${k("f")}, 'bfeed_bench_' || ${k("f")},
            'bstmt_bench_' || ${k("f")} || '_' || lpad((d * ${statementsPerFeed} / ${days})::text, 2, '0'),
            'ptx-' || f || '-' || n, md5(f || ':' || n), ${day("d")}, description,
            case when is_credit then null else amount end, case when is_credit then amount else null end, running,
            case when is_credit then null else jsonb_build_object('value', amount::text, 'precision', 20) end,
            case when is_credit then jsonb_build_object('value', amount::text, 'precision', 20) else null end,
            jsonb_build_object('value', running::text, 'precision', 20), 'CAD', status,
            case when status = 'reconciled' then timestamptz '${firstDate}' + make_interval(days => d + 3) end,
            case when status = 'reconciled' then 'user_bench' end,
            jsonb_build_object('Id', 'ptx-' || f || '-' || n, 'Date', ${day("d")}, 'Code', null,
                               'Description', description,
                               'Debit', case when is_credit then null else amount end,
                               'Credit', case when is_credit then amount else null end, 'Balance', running)
       from balance
      order by d * ${statementsPerFeed} / ${days}, f, n`,
    ],
    [
      "statement totals",
      `update bank_statement s
        set total_debits = l.debits, total_credits = l.credits, transaction_count = l.lines,
            raw_total_debits = jsonb_build_object('value', l.debits::text, 'precision', 20),
            raw_total_credits = jsonb_build_object('value', l.credits::text, 'precision', 20),
            opening_balance = l.opening, closing_balance = l.closing,
            raw_opening_balance = jsonb_build_object('value', l.opening::text, 'precision', 20),
            raw_closing_balance = jsonb_build_object('value', l.closing::text, 'precision', 20)
       from (select statement_id, coalesce(sum(debit), 0) as debits, coalesce(sum(credit), 0) as credits,
                    count(*) as lines,
                    (array_agg(running_balance + coalesce(debit, 0) - coalesce(credit, 0) order by import_order))[1] as opening,
                    (array_agg(running_balance order by import_order desc))[1] as closing
               from bank_transaction group by statement_id) l
      where l.statement_id = s.id`,
    ],
    ...["bank_connection", "bank_account", "ledger_account", "bank_feed", "bank_statement", "bank_transaction"].map(
      (table) => ["vacuum analyze", `vacuum analyze ${table}`]
    ),
  ]
  return steps.map(([label, sql]) => ({ label, sql }))
}
