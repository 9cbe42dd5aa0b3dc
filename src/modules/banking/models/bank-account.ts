import { model } from "@medusajs/framework/utils"
import BankConnection from "./bank-connection"
import BankFeed from "./bank-feed"
import BankStatement from "./bank-statement"
import BankTransaction from "./bank-transaction"

const BankAccount = model
  .define("bank_account", {
    id: model.id({ prefix: "bacct" }).primaryKey(),
    connection: model.belongsTo(() => BankConnection, { mappedBy: "accounts" }),
    provider_account_id: model.text(),
    title: model.text(),
    /** As the bank shows it; card numbers come masked (420024******4242). */
    account_number_masked: model.text().nullable(),
    last_four_digits: model.text().nullable(),
    transit_number: model.text().nullable(),
    institution_number: model.text().nullable(),
    /** Chequing, Savings, CreditCard, LineOfCredit, ... as the bank names it. */
    type: model.text(),
    /** Operations, Credits, Products or Other. */
    category: model.text(),
    /** The account's place in the bank's own list (Flinks' Accounts order): the screens keep it. */
    bank_order: model.number().default(0),
    holder_type: model.enum(["personal", "business"]).nullable(),
    currency_code: model.text(),
    balance_current: model.bigNumber().nullable(),
    balance_available: model.bigNumber().nullable(),
    balance_limit: model.bigNumber().nullable(),
    overdraft_limit: model.bigNumber().nullable(),
    balances_updated_at: model.dateTime().nullable(),
    feeds: model.hasMany(() => BankFeed, { mappedBy: "bank_account" }),
    transactions: model.hasMany(() => BankTransaction, { mappedBy: "bank_account" }),
    statements: model.hasMany(() => BankStatement, { mappedBy: "bank_account" }),
  })
  .indexes([
    {
      name: "IDX_bank_account_connection_provider_account_unique",
      on: ["connection_id", "provider_account_id"],
      unique: true,
      where: "deleted_at IS NULL",
    },
  ])

export default BankAccount
