import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { BANKING_MODULE, SealedLogin } from "../../../modules/banking"
import { FlinksProviderId } from "../../../types"
import type { IBankingModuleService } from "../../../types"
import { QueueLoginDiscardInput } from "../../../types"
import { withLoginLock } from "../login-lock"

export type HoldSignedInLoginInput = {
  provider: FlinksProviderId
  login: SealedLogin
  /** The connection an Edit Credentials or Resume must come back to; null for a new connection. */
  connection_id: string | null
  /** When the Connect session ends: until then the merchant may retry the same sign-in. */
  expires_at: string
}

type Held = Omit<QueueLoginDiscardInput, "due_at"> & { due_at: string | null }

/**
 * From here on the sign-in's login is this workflow's: when the workflow fails, Flinks still holds
 * a login (Connect created or refreshed it) that no connection may end up using, against what the
 * privacy statement promises. Undone by putting it on the list of logins to delete at Flinks, unless
 * a connection uses it, and trying once right away; a background sweep retries (Flinks answers
 * CARD_IN_USE while it still processes a fresh sign-in) without holding the merchant's request.
 *
 * A login of another bank user than the connection's is deleted at once. Any other refusal (Flinks'
 * check failed, the bank was unreachable) leaves the Connect session usable for a retry, so its login
 * is deleted only once the session has ended. Reads only; returns the login's keyed hash.
 */
export const holdSignedInLoginStep = createStep(
  "hold-signed-in-login",
  async (input: HoldSignedInLoginInput, { container }) => {
    const banking = container.resolve<IBankingModuleService>(BANKING_MODULE)
    const loginIdHash = input.login.login_id_hash
    const [connection] = input.connection_id
      ? await banking.listBankConnections({ id: input.connection_id }, { select: ["login_id_hash"] })
      : []
    // The connection gone, or another login than its own: nothing will ever want this sign-in.
    const anotherLogin = Boolean(input.connection_id) && connection?.login_id_hash !== loginIdHash
    const held: Held = {
      provider: input.provider,
      login_id_encrypted: input.login.login_id_encrypted,
      login_id_hash: loginIdHash,
      reason: anotherLogin ? "another_login" : "sign_in_refused",
      due_at: anotherLogin ? null : input.expires_at,
    }
    return new StepResponse({ login_id_hash: loginIdHash }, held)
  },
  async (held, { container }) => {
    if (!held) return
    const banking = container.resolve<IBankingModuleService>(BANKING_MODULE)
    const now = new Date()
    const due = held.due_at && new Date(held.due_at) > now ? new Date(held.due_at) : now
    try {
      await withLoginLock(container, held, async () => {
        const id = await banking.queueLoginDiscard({ ...held, due_at: due })
        if (id && due <= now) await banking.attemptLoginDiscard(id, now)
      })
    } catch (error) {
      // The merchant reads the sign-in's own refusal either way; this one is for whoever runs the store.
      container
        .resolve(ContainerRegistrationKeys.LOGGER)
        .error(
          `Banking: a refused Flinks login could not be queued for deletion: ${(error as Error)?.message ?? error}`
        )
    }
  }
)
