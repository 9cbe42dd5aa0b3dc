import { model } from "@medusajs/framework/utils"
import BankAccount from "./bank-account"
import BankStatement from "./bank-statement"
import { calendarDateCheck } from "./calendar-date"
import { TRANSACTION_STATUSES } from "../../../types/module/constants"

const BankTransaction = model
  .define("bank_transaction", {
    id: model.id({ prefix: "btxn" }).primaryKey(),
    bank_account: model.belongsTo(() => BankAccount, { mappedBy: "transactions" }),
    statement: model.belongsTo(() => BankStatement, { mappedBy: "transactions" }).nullable(),
    /** The feed whose import brought the line (its statement's feed), kept here so a feed's lines are one index range. */
    feed_id: model.text().nullable(),
    provider_transaction_id: model.text(),
    /** Hash of (account, date, amount, description, running balance): catches a re-keyed line. */
    fingerprint: model.text(),
    /** The bank's calendar date, "YYYY-MM-DD". */
    date: model.text(),
    description: model.text(),
    debit: model.bigNumber().nullable(),
    credit: model.bigNumber().nullable(),
    running_balance: model.bigNumber().nullable(),
    currency_code: model.text(),
    status: model.enum([...TRANSACTION_STATUSES]).default("unreconciled"),
    reconciled_at: model.dateTime().nullable(),
    reconciled_by: model.text().nullable(),
    raw: model.json().nullable(),
    /** Insertion order: lines are written oldest first, so it orders the lines of one day. */
    import_order: model.autoincrement(),
  })
  .indexes([
    // Deleted lines included: an import checks new lines against these two, and a line the
    // merchant deleted must not come back.
    {
      name: "IDX_bank_transaction_account_provider_id_unique",
      on: ["bank_account_id", "provider_transaction_id"],
      unique: true,
      where: null,
    },
    {
      name: "IDX_bank_transaction_account_fingerprint",
      on: ["bank_account_id", "fingerprint"],
      where: null,
    },
    {
      // Also finds the newest line stored, deleted or not, where a new running balance continues.
      name: "IDX_bank_transaction_account_date_order",
      on: ["bank_account_id", "date", "import_order"],
      where: null,
    },
    {
      name: "IDX_bank_transaction_feed_date_order",
      on: ["feed_id", "date", "import_order"],
      where: "deleted_at IS NULL",
    },
  ])
  .checks([
    { name: "bank_transaction_date_is_calendar_date", expression: calendarDateCheck("date") },
    {
      // Flinks sets exactly one of Debit and Credit on a real line.
      name: "bank_transaction_one_of_debit_credit",
      expression: "(debit IS NULL) <> (credit IS NULL)",
    },
  ])

export default BankTransaction
