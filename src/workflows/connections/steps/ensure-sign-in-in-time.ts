import { MedusaError } from "@medusajs/framework/utils"
import { createStep } from "@medusajs/framework/workflows-sdk"
import { START_AGAIN } from "./claim-connect-session"

/** A Connect session lives 15 minutes: a REDIRECT after that is refused. Reads only. */
export const ensureSignInInTimeStep = createStep("ensure-sign-in-in-time", async (input: { expires_at: string }) => {
  if (new Date(input.expires_at).getTime() <= Date.now()) {
    throw new MedusaError(
      MedusaError.Types.NOT_ALLOWED,
      `This bank sign-in took too long and has expired. ${START_AGAIN}`
    )
  }
})
