import { MedusaContainer } from "@medusajs/framework/types"
import { BANKING_MODULE } from "../../modules/banking"
import type { IBankingModuleService } from "../../types"
import { runScheduleTick, ScheduledTick } from "./runs/run-schedule-tick"

/**
 * The background MFA check: when the `mfa.schedule` option is due, each connection with a linked
 * feed gets a live refresh (`sync.concurrency` at a time). Never overlaps itself; a connection that
 * is importing right now is checked at the next run.
 */
export async function runMfaDetection(
  container: MedusaContainer,
  now = new Date(),
  force = false
): Promise<ScheduledTick> {
  const { schedule } = container.resolve<IBankingModuleService>(BANKING_MODULE).mfaOptions()
  return runScheduleTick(container, {
    schedule,
    lockKey: "banking:mfa-detection",
    kind: "mfa_check",
    what: "MFA check",
    now,
    force,
  })
}
