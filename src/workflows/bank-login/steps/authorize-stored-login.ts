import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { authorizeStoredLogin, StoredLoginOutcome } from "../utils/authorize-stored-login"

/** Edit Credentials and Resume: a live sign-in with the stored login; faults are the merchant's error. */
export const authorizeStoredLoginStep = createStep(
  "authorize-stored-login",
  async (input: { connection_id: string }, { container }) =>
    new StepResponse<StoredLoginOutcome>(await authorizeStoredLogin(container, input.connection_id))
)
