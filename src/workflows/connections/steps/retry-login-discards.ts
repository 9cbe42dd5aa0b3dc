import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { BANKING_MODULE } from "../../../modules/banking"
import { type IBankingModuleService, LoginDiscardAttempt } from "../../../types"
import { withLoginLock } from "../login-lock"
import { DueLoginDiscard } from "./list-due-login-discards"

/**
 * One more try at deleting each due login at Flinks, one at a time and under the login's lock (a
 * sign-in with the same login may be completing). What Flinks did cannot be undone, and each row
 * records its own outcome, so there is nothing to undo; a login whose lock stays taken waits for
 * the next sweep.
 */
export const retryLoginDiscardsStep = createStep(
  "retry-login-discards",
  async (input: { discards: DueLoginDiscard[]; now: string }, { container }) => {
    const banking = container.resolve<IBankingModuleService>(BANKING_MODULE)
    const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
    const attempts: LoginDiscardAttempt[] = []
    for (const discard of input.discards) {
      try {
        attempts.push(
          await withLoginLock(container, discard, () => banking.attemptLoginDiscard(discard.id, new Date(input.now)))
        )
      } catch (error) {
        logger.warn(
          `Banking: refused Flinks login ${discard.id} is left for the next sweep: ${(error as Error)?.message ?? error}`
        )
      }
    }
    return new StepResponse(attempts)
  }
)
