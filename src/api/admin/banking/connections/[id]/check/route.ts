import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { checkConnectionForMfaWorkflow } from "../../../../../../workflows/resume"
import { isLockConflict } from "../../../lock-conflict"
import { readConnection } from "../../read-connection"

/**
 * Check Now: the background MFA check for one connection, on demand. A live sign-in with the
 * stored login; when the bank asks for MFA the recipients get the resume email as they would from
 * the schedule.
 */
export async function POST(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  try {
    const { result } = await checkConnectionForMfaWorkflow(req.scope).run({ input: { connection_id: req.params.id } })
    res.json({ ...result, connection: await readConnection(req.scope, req.params.id) })
  } catch (error) {
    if (isLockConflict(error)) {
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "Transactions of this bank connection are being imported right now. Try again when it has finished.")
    }
    throw error
  }
}
