import { model } from "@medusajs/framework/utils"
import BankAccount from "./bank-account"
import BankFeed from "./bank-feed"
import BankTransaction from "./bank-transaction"
import { calendarDateCheck } from "./calendar-date"

/** What one import brought for one account: the header view of the Bank Statement Centre. */
const BankStatement = model
  .define("bank_statement", {
    id: model.id({ prefix: "bstmt" }).primaryKey(),
    bank_account: model.belongsTo(() => BankAccount, { mappedBy: "statements" }),
    feed: model.belongsTo(() => BankFeed, { mappedBy: "statements" }).nullable(),
    sync_run_id: model.text().nullable(),
    period_start: model.text(),
    period_end: model.text(),
    opening_balance: model.bigNumber().nullable(),
    closing_balance: model.bigNumber().nullable(),
    total_debits: model.bigNumber(),
    total_credits: model.bigNumber(),
    /** Lines this import brought. Deleting one leaves it as it was: live counts are read from the lines. */
    transaction_count: model.number(),
    currency_code: model.text(),
    transactions: model.hasMany(() => BankTransaction, { mappedBy: "statement" }),
  })
  .indexes([
    { name: "IDX_bank_statement_account_period", on: ["bank_account_id", "period_end"] },
    { name: "IDX_bank_statement_feed_period", on: ["feed_id", "period_end"], where: "deleted_at IS NULL" },
  ])
  .checks([
    { name: "bank_statement_period_start_is_calendar_date", expression: calendarDateCheck("period_start") },
    { name: "bank_statement_period_end_is_calendar_date", expression: calendarDateCheck("period_end") },
    { name: "bank_statement_period_in_order", expression: "period_start <= period_end" },
  ])

export default BankStatement
