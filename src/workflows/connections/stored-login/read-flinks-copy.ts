import { MfaRequiredError, parseLastRefresh } from "../../../lib/flinks"
import type { IBankingModuleService } from "../../../types"
import { clearWaitingQuestion, saveWaitingQuestion } from "./waiting-question"

export type FlinksCopy = {
  request_id: string
  /** The last live attempt stopped at the bank's unanswered question: the copy is older. */
  mfa_pending: boolean
  /** How old the copy is (Login.LastRefresh), when Flinks says. */
  bank_data_as_of: Date | null
}

/**
 * A cached Authorize of the connection's stored login: Flinks' copy, the bank not contacted.
 * Records what it says of the login: the age of the copy on the connection; no earlier question
 * of ours lives on once Flinks gave this call the login's one session; and a cached call answered
 * with the question itself (seen on real instances) leaves that question for Resume and Edit
 * Credentials to open. Refusals are thrown as the Flinks client's errors.
 */
export async function readFlinksCopy(banking: IBankingModuleService, connectionId: string): Promise<FlinksCopy> {
  const [connection] = await banking.listBankConnections(
    { id: connectionId },
    { select: ["provider", "login_id_encrypted"] }
  )
  try {
    const cached = await banking
      .flinksClient(connection.provider)
      .authorizeCached(banking.decryptLoginId(connection.login_id_encrypted))
    const asOf = parseLastRefresh(
      cached.login?.lastRefresh ?? (cached.outcome === "mfa_pending" ? cached.lastRefresh : null)
    )
    await clearWaitingQuestion(banking, connectionId)
    if (asOf) await banking.updateBankConnections({ id: connectionId, provider_refreshed_at: asOf })
    return { request_id: cached.requestId, mfa_pending: cached.outcome === "mfa_pending", bank_data_as_of: asOf }
  } catch (error) {
    if (error instanceof MfaRequiredError && error.requestId) {
      await saveWaitingQuestion(banking, connectionId, error.requestId)
    }
    throw error
  }
}
