import { model } from "@medusajs/framework/utils"
import BankFeed from "./bank-feed"
import { LEDGER_ACCOUNT_TYPES } from "../../../types/module/constants"

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
