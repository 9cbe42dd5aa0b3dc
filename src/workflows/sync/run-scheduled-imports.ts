import { MedusaContainer } from "@medusajs/framework/types"
import { BANKING_MODULE } from "../../modules/banking"
import type { IBankingModuleService } from "../../types"
import { runScheduleTick, ScheduledTick } from "./runs/run-schedule-tick"

/**
 * The scheduled import: when the merchant's schedule (`sync.schedule`) is due, imports every
 * connection that has a linked feed, `sync.concurrency` at a time, never overlapping itself.
 */
export async function runScheduledImports(
  container: MedusaContainer,
  now = new Date(),
  force = false
): Promise<ScheduledTick> {
  const { schedule } = container.resolve<IBankingModuleService>(BANKING_MODULE).syncOptions()
  return runScheduleTick(container, {
    schedule,
    lockKey: "banking:scheduled-import",
    kind: "import",
    what: "scheduled import",
    now,
    force,
  })
}
