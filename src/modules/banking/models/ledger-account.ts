import { model } from "@medusajs/framework/utils"
import BankFeed from "./bank-feed"

/** The kinds of account a chart of accounts holds; bank feeds post to asset or liability accounts. */
export const LEDGER_ACCOUNT_TYPES = ["asset", "liability", "equity", "revenue", "expense"] as const

const LedgerAccount = model
  .define("ledger_account", {
    id: model.id({ prefix: "ledger" }).primaryKey(),
    code: model.text(),
    name: model.text(),
    type: model.enum([...LEDGER_ACCOUNT_TYPES]),
    currency_code: model.text(),
    description: model.text().nullable(),
    archived_at: model.dateTime().nullable(),
    feeds: model.hasMany(() => BankFeed, { mappedBy: "ledger_account" }),
  })
  .indexes([
    {
      name: "IDX_ledger_account_code_unique",
      on: ["code"],
      unique: true,
      where: "deleted_at IS NULL",
    },
  ])

export default LedgerAccount
