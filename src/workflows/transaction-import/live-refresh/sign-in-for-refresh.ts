import { MedusaContainer } from "@medusajs/framework/types"
import { BANKING_MODULE, QUESTION_LIFETIME_MS } from "../../../modules/banking"
import type { IBankingModuleService } from "../../../types"
import { authorizeStoredLogin } from "../../bank-login"
import { RunLease } from "../../run-lease"
import { awaitAnswer } from "./await-answer"

/** How often a refresh tries again while another session holds the login. */
const IN_USE_RETRY_MS = 15_000

/**
 * How Refresh Transactions goes on after its live sign-in:
 * - "live": the bank let the login in; this RequestId reads the fresh data at once;
 * - "cached": the question was answered in Connect (so Flinks' copy is fresh now) or closed
 *   unanswered (so it is what Flinks held): a cached Authorize reads it;
 * - "failed": the bank or Flinks refused; the run reports it.
 */
export type RefreshSignIn =
  | { read: "live"; request_id: string; bank_data_as_of: string | null }
  | { read: "cached" }
  | { read: "failed"; error: { code: string; message: string } }

/**
 * The live sign-in of a refresh a person started. When the bank asks, the run waits for the
 * merchant to answer on screen. When Flinks refuses because another session holds the login
 * (one per login) and it is not one of ours to take over, it waits for that session to end:
 * at most the 8 minutes an idle one lives.
 */
export async function signInForRefresh(
  container: MedusaContainer,
  run: { id: string; connection_id: string },
  lease: RunLease
): Promise<RefreshSignIn> {
  const banking = container.resolve<IBankingModuleService>(BANKING_MODULE)
  const giveUpAt = Date.now() + QUESTION_LIFETIME_MS + 60_000
  for (;;) {
    await lease.setPhase("signing_in")
    const bank = await authorizeStoredLogin(container, run.connection_id, true)
    if (bank.outcome === "active") {
      return { read: "live", request_id: bank.request_id, bank_data_as_of: bank.bank_data_as_of }
    }
    if (bank.outcome === "mfa") {
      // With a session to answer in, the merchant is asked and the run's row records how it ended.
      // Without one (Flinks only reported the question), its copy is all there is.
      if (bank.request_id) await awaitAnswer(banking, run.id)
      return { read: "cached" }
    }
    if (bank.outcome === "fault" && bank.code === "login_in_use" && Date.now() < giveUpAt) {
      await new Promise((resolve) => setTimeout(resolve, IN_USE_RETRY_MS))
      continue
    }
    return { read: "failed", error: { code: bank.code, message: bank.reason } }
  }
}
