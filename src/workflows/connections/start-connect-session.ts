import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { institutionPreselection } from "../../lib/flinks"
import { FlinksProviderId } from "../../types"
import { createConnectSessionStep } from "../bank-login"
import { validateConnectConsentStep } from "./steps/validate-connect-consent"
import { validateConnectInstitutionStep } from "./steps/validate-connect-institution"

export type StartConnectSessionInput = {
  provider: FlinksProviderId
  actor_id: string
  consent: { accepted: boolean; version: string }
  /** The bank chosen in the admin: a key of the provider's list (e.g. FlinksCapital). */
  institution_id?: string
  redirect_url: string
}

/**
 * The merchant agreed to Flinks' privacy statement and picked a bank: open a Connect flow at that
 * bank's sign-in, without the widget asking for consent again.
 */
export const startConnectSessionWorkflow = createWorkflow(
  "banking-start-connect-session",
  (input: StartConnectSessionInput) => {
    validateConnectConsentStep(input.consent)
    validateConnectInstitutionStep(
      transform({ input }, ({ input }) => ({ provider: input.provider, institution_id: input.institution_id }))
    )
    const sessionInput = transform({ input }, ({ input }) => ({
      provider: input.provider,
      actor_id: input.actor_id,
      consent_version: input.consent.version,
      institution: input.institution_id ? institutionPreselection({ key: input.institution_id }) : undefined,
      redirect_url: input.redirect_url,
    }))
    return new WorkflowResponse(createConnectSessionStep(sessionInput))
  }
)
