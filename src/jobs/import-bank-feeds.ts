import { MedusaContainer } from "@medusajs/framework/types"
import { runScheduledImports } from "../workflows/sync"

/** Every minute, asks whether the merchant's import schedule (plugin option `sync.schedule`) is due. */
export default async function importBankFeedsJob(container: MedusaContainer) {
  await runScheduledImports(container)
}

export const config = {
  name: "banking-import-bank-feeds",
  schedule: "* * * * *",
}
