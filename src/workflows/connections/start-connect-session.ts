import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { FlinksProviderId } from "../../modules/banking/options"
import { createConnectSessionStep } from "./steps/create-connect-session"
import { validateConnectConsentStep } from "./steps/validate-connect-consent"

export type StartConnectSessionInput = {
  provider: FlinksProviderId
  actor_id: string
  consent: { accepted: boolean; version: string }
  institution_id?: string
  redirect_url: string
}

/** The merchant agreed to Flinks' privacy statement and picked a bank: open a Connect flow. */
export const startConnectSessionWorkflow = createWorkflow(
  "banking-start-connect-session",
  (input: StartConnectSessionInput) => {
    validateConnectConsentStep(input.consent)
    const sessionInput = transform({ input }, ({ input }) => ({
      provider: input.provider,
      actor_id: input.actor_id,
      consent_version: input.consent.version,
      institution_id: input.institution_id,
      redirect_url: input.redirect_url,
    }))
    return new WorkflowResponse(createConnectSessionStep(sessionInput))
  }
)
