import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { BANKING_MODULE } from "../../../modules/banking"
import { FlinksProviderId, type IBankingModuleService } from "../../../types"

export type LoadedBankConnection = {
  id: string
  provider: FlinksProviderId
  institution_name: string
  institution_id: string | null
  status: string
  status_reason: string | null
  /** The privacy statement version the merchant agreed to when connecting. */
  consent_version: string
}

/** The connection a Manage Added Accounts action is about; 404 when it is gone. Reads only. */
export const loadBankConnectionStep = createStep(
  "load-bank-connection",
  async (input: { id: string }, { container }) => {
    const banking = container.resolve<IBankingModuleService>(BANKING_MODULE)
    const [connection] = await banking.listBankConnections(
      { id: input.id },
      { select: ["id", "provider", "institution_name", "institution_id", "status", "status_reason", "consent_version"] }
    )
    if (!connection || connection.status === "disconnected") {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, "This bank connection does not exist or was deleted.")
    }
    return new StepResponse(connection as LoadedBankConnection)
  }
)
