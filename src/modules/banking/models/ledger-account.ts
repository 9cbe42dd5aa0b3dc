import { model } from "@medusajs/framework/utils"
import BankFeed from "./bank-feed"

/** The kinds of account a chart of accounts holds; bank feeds post to asset or liability accounts. */
export const LEDGER_ACCOUNT_TYPES = ["asset", "liability", "equity", "revenue", "expense"] as const

/**
 * What a bank feed may post to: the account that stands for the bank account in the books, an
 * asset (chequing, savings) or a liability (credit card, line of credit). Sales or Bank Fees are
 * where a line ends up once reconciled, never the bank account itself.
 */
export const FEED_LEDGER_ACCOUNT_TYPES = [
  "asset",
  "liability",
] as const satisfies readonly (typeof LEDGER_ACCOUNT_TYPES)[number][]

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
