import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { BANKING_MODULE } from "../../../modules/banking"
import type { IBankingModuleService } from "../../../types"

/**
 * A reconnect or resume must come back with the login it was started for: signing in as someone
 * else would silently swap the bank behind a connection and its feeds. Connect is the way to add
 * another login. Reads only.
 */
export const ensureSameLoginStep = createStep(
  "ensure-same-login",
  async (input: { connection_id: string | null; login_id_hash: string }, { container }) => {
    if (!input.connection_id) return new StepResponse(null)
    const banking = container.resolve<IBankingModuleService>(BANKING_MODULE)
    const [connection] = await banking.listBankConnections(
      { id: input.connection_id },
      { select: ["id", "status", "login_id_hash"] }
    )
    if (!connection || connection.status === "disconnected") {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, "This bank connection was deleted while you were signing in.")
    }
    if (connection.login_id_hash !== input.login_id_hash) {
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        "You signed in with a different bank login than this connection's. Sign in with the same username, " +
          "or add the other login from Connect Bank Accounts."
      )
    }
    return new StepResponse(connection.id)
  }
)
