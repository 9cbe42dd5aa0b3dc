import { model } from "@medusajs/framework/utils"
import BankAccount from "./bank-account"
import BankStatement from "./bank-statement"
import LedgerAccount from "./ledger-account"
import { calendarDateCheck } from "./calendar-date"
import { FEED_STATUSES } from "../../../types/module/constants"

const BankFeed = model
  .define("bank_feed", {
    id: model.id({ prefix: "bfeed" }).primaryKey(),
    bank_account: model.belongsTo(() => BankAccount, { mappedBy: "feeds" }),
    ledger_account: model.belongsTo(() => LedgerAccount, { mappedBy: "feeds" }),
    /** First bank date imported, "YYYY-MM-DD". */
    start_date: model.text(),
    status: model.enum([...FEED_STATUSES]).default("linked"),
    /** Latest bank date imported so far, "YYYY-MM-DD". */
    high_water_date: model.text().nullable(),
    last_import_at: model.dateTime().nullable(),
    linked_by: model.text().nullable(),
    linked_at: model.dateTime(),
    unlinked_at: model.dateTime().nullable(),
    statements: model.hasMany(() => BankStatement, { mappedBy: "feed" }),
  })
  .indexes([
    {
      name: "IDX_bank_feed_one_linked_per_account",
      on: ["bank_account_id"],
      unique: true,
      where: "status = 'linked' AND deleted_at IS NULL",
    },
  ])
  .checks([
    { name: "bank_feed_start_date_is_calendar_date", expression: calendarDateCheck("start_date") },
    {
      name: "bank_feed_high_water_date_is_calendar_date",
      expression: calendarDateCheck("high_water_date", true),
    },
  ])

export default BankFeed
