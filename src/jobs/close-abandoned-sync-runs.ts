import { MedusaContainer } from "@medusajs/framework/types"
import { closeAbandonedSyncRunsWorkflow } from "../workflows/sync"

/** Every minute: imports whose process died are closed as interrupted (the server does it at boot too). */
export default async function closeAbandonedSyncRunsJob(container: MedusaContainer) {
  await closeAbandonedSyncRunsWorkflow(container).run()
}

export const config = {
  name: "banking-close-abandoned-sync-runs",
  schedule: "* * * * *",
}
