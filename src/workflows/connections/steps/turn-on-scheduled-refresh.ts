import { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { flinksErrorCodes } from "../../../lib/flinks"
import { BANKING_MODULE } from "../../../modules/banking"
import { FlinksProviderId, type IBankingModuleService } from "../../../types"

export const turnOnScheduledRefreshStepId = "turn-on-scheduled-refresh"

export type TurnOnScheduledRefreshInput = {
  provider: FlinksProviderId
  connection_id: string
  /** The stored form: only the module's gateway opens it, for the call. */
  login_id_encrypted: string
  /** Whether this sign-in created the connection; only then does undoing turn the refresh off. */
  created: boolean
}

type Undo = { provider: FlinksProviderId; connection_id: string; login_id_encrypted: string } | null

async function setScheduledRefresh(
  container: MedusaContainer,
  input: { provider: FlinksProviderId; connection_id: string; login_id_encrypted: string },
  activated: boolean
): Promise<boolean> {
  const banking = container.resolve<IBankingModuleService>(BANKING_MODULE)
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const turning = activated ? "turn on" : "turn off"
  try {
    const { offered } = await banking.gateway.setScheduledRefresh(input.provider, input.login_id_encrypted, activated)
    if (!offered) {
      logger.warn(
        `Banking: ${input.provider} does not offer Flinks' scheduled refresh; connection ${input.connection_id} relies on Connect's scheduleRefresh alone.`
      )
    }
    return offered
  } catch (error) {
    // The error's codes only: never the LoginId.
    const code = flinksErrorCodes(error)
    logger.warn(
      `Banking: could not ${turning} Flinks' scheduled refresh for connection ${input.connection_id} (${code}).`
    )
    return false
  }
}

/**
 * With the `scheduledRefresh` option, confirms to Flinks that the login just stored is to be
 * refreshed on schedule (Connect already asked with `scheduleRefresh=true`; this covers an
 * instance whose widget ignores it). Best effort: Flinks calls the feature no longer actively
 * supported, so a refusal or an instance without it is a warning, never a failed connection.
 * Undone, for a connection this sign-in created, by turning it off again, also best effort.
 */
export const turnOnScheduledRefreshStep = createStep(
  turnOnScheduledRefreshStepId,
  async (input: TurnOnScheduledRefreshInput, { container }) => {
    const banking = container.resolve<IBankingModuleService>(BANKING_MODULE)
    if (!banking.refreshOptions(input.provider).scheduledRefresh) {
      return new StepResponse({ requested: false, offered: false }, null as Undo)
    }
    const offered = await setScheduledRefresh(container, input, true)
    const undo: Undo =
      offered && input.created
        ? { provider: input.provider, connection_id: input.connection_id, login_id_encrypted: input.login_id_encrypted }
        : null
    return new StepResponse({ requested: true, offered }, undo)
  },
  async (undo, { container }) => {
    if (!undo) return
    await setScheduledRefresh(container, undo, false)
  }
)
