import type { Knex } from "@medusajs/framework/mikro-orm/knex"

/**
 * The account's balance at the end of each bank day, read from the running balance of the day's
 * last line (lines of a day are in import order). Days without a running balance are left out.
 */
export function balanceHistoryQuery(knex: Knex, input: { feed_id: string }): Knex.Raw {
  return knex.raw(
    `select distinct on (t.date) t.date, t.running_balance::text as balance
       from bank_transaction t
      where t.feed_id = ? and t.deleted_at is null and t.running_balance is not null
      order by t.date, t.import_order desc`,
    [input.feed_id]
  )
}
