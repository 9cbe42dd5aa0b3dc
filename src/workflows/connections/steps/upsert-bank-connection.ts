import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { BANKING_MODULE, ConnectionStatus } from "../../../modules/banking"
import { FlinksProviderId } from "../../../types"
import type { IBankingModuleService } from "../../../types"
import { bankAccountFields } from "../utils/bank-account-fields"
import { VerifiedBankLogin } from "./verify-bank-login"

export type UpsertBankConnectionInput = {
  provider: FlinksProviderId
  actor_id: string | null
  consent_accepted_at: Date | string | null
  consent_version: string | null
  login: VerifiedBankLogin
}

type Undo =
  | { created: true; connection_id: string; account_ids: string[] }
  | {
      created: false
      connection: Record<string, unknown> & { id: string; status: ConnectionStatus; status_reason: string | null }
      accounts_before: Record<string, unknown>[]
      created_account_ids: string[]
    }

const CONNECTION_SNAPSHOT = [
  "id",
  "institution_name",
  "institution_id",
  "login_type",
  "status",
  "status_reason",
  "last_success_at",
  "last_attempt_at",
  "provider_refreshed_at",
  "consent_accepted_by",
  "consent_accepted_at",
  "consent_version",
] as const

/**
 * Stores the verified login and its accounts. The same bank login connected again updates its one
 * connection (and adds accounts the bank now shows) instead of making a second. Undone by deleting
 * what was created, or by restoring what was updated.
 */
export const upsertBankConnectionStep = createStep(
  "upsert-bank-connection",
  async (input: UpsertBankConnectionInput, { container }) => {
    const banking = container.resolve<IBankingModuleService>(BANKING_MODULE)
    const now = new Date()
    const connectionFields = {
      institution_name: input.login.institution_name,
      institution_id: input.login.institution_id,
      login_type: input.login.login_type,
      last_success_at: now,
      last_attempt_at: now,
      provider_refreshed_at: input.login.provider_refreshed_at,
    }
    // A reconnect carries no consent of its own: the one recorded at the first sign-in stays.
    const consentFields = input.consent_version
      ? {
          consent_accepted_by: input.actor_id ?? "unknown",
          consent_accepted_at: input.consent_accepted_at ? new Date(input.consent_accepted_at) : now,
          consent_version: input.consent_version,
        }
      : null
    const accounts = input.login.accounts.map((account, index) =>
      bankAccountFields(account, input.provider, now, index)
    )

    const [existing] = await banking.listBankConnections(
      { provider: input.provider, login_id_hash: input.login.login_id_hash },
      { select: [...CONNECTION_SNAPSHOT], relations: ["accounts"] }
    )

    if (!existing) {
      const connection = await banking.createBankConnections({
        ...connectionFields,
        ...(consentFields ?? {
          consent_accepted_by: input.actor_id ?? "unknown",
          consent_accepted_at: now,
          consent_version: "unknown",
        }),
        provider: input.provider,
        login_id_encrypted: input.login.login_id_encrypted,
        login_id_hash: input.login.login_id_hash,
        created_by: input.actor_id,
      })
      const created = await banking.createBankAccounts(
        accounts.map((account) => ({ ...account, connection_id: connection.id }))
      )
      const accountIds = created.map((account) => account.id)
      return new StepResponse({ connection_id: connection.id, created: true, account_ids: accountIds }, {
        created: true,
        connection_id: connection.id,
        account_ids: accountIds,
      } as Undo)
    }

    const known = new Map(existing.accounts.map((account) => [account.provider_account_id, account]))
    const accountsBefore = existing.accounts.map((account) => ({ ...account }))
    const { accounts: _accounts, ...connectionBefore } = existing
    await banking.updateBankConnections({ id: existing.id, ...connectionFields, ...consentFields })
    // The bank just let this login in: healthy again, whatever it said before.
    await banking.gateway.moveConnection(existing.id, "active", null)
    const toUpdate = accounts.filter((account) => known.has(account.provider_account_id))
    const toCreate = accounts.filter((account) => !known.has(account.provider_account_id))
    if (toUpdate.length) {
      await banking.updateBankAccounts(
        toUpdate.map((account) => ({ ...account, id: known.get(account.provider_account_id)!.id }))
      )
    }
    const created = toCreate.length
      ? await banking.createBankAccounts(toCreate.map((account) => ({ ...account, connection_id: existing.id })))
      : []
    return new StepResponse(
      {
        connection_id: existing.id,
        created: false,
        account_ids: [...toUpdate.map((a) => known.get(a.provider_account_id)!.id), ...created.map((a) => a.id)],
      },
      {
        created: false,
        connection: connectionBefore,
        accounts_before: accountsBefore,
        created_account_ids: created.map((account) => account.id),
      } as Undo
    )
  },
  async (undo, { container }) => {
    if (!undo) return
    const banking = container.resolve<IBankingModuleService>(BANKING_MODULE)
    if (undo.created) {
      await banking.deleteBankAccounts(undo.account_ids)
      await banking.deleteBankConnections(undo.connection_id)
      return
    }
    if (undo.created_account_ids.length) {
      await banking.deleteBankAccounts(undo.created_account_ids)
    }
    const { status, status_reason, ...fields } = undo.connection
    await banking.updateBankConnections(fields)
    await banking.gateway.restoreStatus(undo.connection.id, { status, status_reason })
    if (undo.accounts_before.length) {
      await banking.updateBankAccounts(undo.accounts_before)
    }
  }
)
