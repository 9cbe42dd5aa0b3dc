import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import type { FeedStatementsInput, StatementReconciliation } from "../../../types/module/statement-centre"

/**
 * The feed's statements, newest first, with totals, counts and progress summed from their live
 * lines (so a deleted line leaves the header consistent with what remains; a statement whose lines
 * were all deleted is gone). The opening and closing balances are the bank's, as imported. The
 * lateral sum reads only each statement's own lines, through their index.
 */
export function feedStatementsQuery(knex: Knex, input: FeedStatementsInput): Knex.Raw {
  const bindings: Knex.RawBinding[] = [input.feed_id]
  let only = ""
  if (input.statement_ids) {
    only = "and s.id = any(?)"
    bindings.push(input.statement_ids)
  }
  let page = ""
  if (input.limit !== undefined) {
    page = "limit ? offset ?"
    bindings.push(input.limit, input.offset ?? 0)
  }
  return knex.raw(
    `select s.id, s.period_start, s.period_end, s.currency_code, s.created_at,
            s.opening_balance::text as opening_balance, s.closing_balance::text as closing_balance,
            l.total_debits, l.total_credits, l.transaction_count, l.reconciled_count, l.excluded_count,
            count(*) over ()::int as full_count
       from bank_statement s
       cross join lateral (
         select coalesce(sum(t.debit), 0)::text as total_debits,
                coalesce(sum(t.credit), 0)::text as total_credits,
                count(*)::int as transaction_count,
                (count(*) filter (where t.status = 'reconciled'))::int as reconciled_count,
                (count(*) filter (where t.status = 'excluded'))::int as excluded_count
           from bank_transaction t
          where t.statement_id = s.id and t.deleted_at is null
       ) l
      where s.feed_id = ? and s.deleted_at is null and l.transaction_count > 0 ${only}
      order by s.period_end desc, s.created_at desc
      ${page}`,
    bindings
  )
}

export function statementReconciliation(row: {
  transaction_count: number
  reconciled_count: number
  excluded_count: number
}): StatementReconciliation {
  const settled = row.reconciled_count + row.excluded_count
  if (settled === 0) return "unreconciled"
  return settled >= row.transaction_count ? "reconciled" : "in_progress"
}
