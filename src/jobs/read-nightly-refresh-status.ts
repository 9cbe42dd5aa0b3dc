import { MedusaContainer } from "@medusajs/framework/types"
import { readNightlyRefreshStatus } from "../workflows/resume"

/**
 * Every minute, asks whether the daily read of Flinks' nightly refresh status (plugin option
 * `mfa.nightlyStatusSchedule`) is due.
 */
export default async function readNightlyRefreshStatusJob(container: MedusaContainer) {
  await readNightlyRefreshStatus(container)
}

export const config = {
  name: "banking-read-nightly-refresh-status",
  schedule: "* * * * *",
}
