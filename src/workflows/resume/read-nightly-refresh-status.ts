import { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { isFlinksError } from "../../lib/flinks"
import { BANKING_MODULE, NightlyRefreshLogin } from "../../modules/banking"
import { FLINKS_PROVIDERS, FlinksProviderId } from "../../types"
import type { IBankingModuleService } from "../../types"
import { runWhenDue } from "../shared/run-when-due"
import { openEpisodeFromNightlyStatusWorkflow } from "./open-episodes-from-nightly-status"
import { OPEN_MFA_STATUSES } from "../mfa-episodes"

/** What Flinks answered for one instance: read, not offered there (404/405), or a fault. */
export type NightlyStatusReading = "read" | "not_offered" | "fault"

/** What became of each connection a stuck card belongs to. */
export type NightlyStatusOutcome = "mfa_required" | "credentials_invalid" | "left_alone" | "failed"

export type NightlyStatusTick =
  | { ran: false; reason: "not_due" | "already_running" }
  | {
      ran: true
      instances: Partial<Record<FlinksProviderId, NightlyStatusReading>>
      outcomes: Record<string, NightlyStatusOutcome>
    }

const LOCK_KEY = "banking:nightly-refresh-status"

/** A status an import or a check in progress will overwrite, or a deleted connection. */
const BUSY_OR_GONE = ["refreshing", "disconnected"]

/**
 * The daily read of Flinks' GetNightlyRefreshStatus (option `mfa.nightlyStatusSchedule`), on each
 * instance with `scheduledRefresh` on. A login Flinks reports stuck at the bank's question opens
 * its connection's MFA episode at once, so the merchant hears of it hours before the background
 * check would have found it; a refused sign-in asks for Edit Credentials. Never overlaps itself.
 * An instance that does not offer the endpoint, or has nobody stuck, changes nothing; a Flinks
 * fault is logged and changes nothing either.
 */
export async function readNightlyRefreshStatus(
  container: MedusaContainer,
  now = new Date(),
  force = false
): Promise<NightlyStatusTick> {
  const banking = container.resolve<IBankingModuleService>(BANKING_MODULE)
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const due = {
    schedule: banking.mfaOptions().nightlyStatusSchedule,
    now,
    force,
    lockKey: LOCK_KEY,
    leaseSeconds: banking.syncOptions().leaseSeconds,
    what: "read of Flinks' nightly refresh status",
  }
  const tick = await runWhenDue(container, due, async () => {
    const instances: Partial<Record<FlinksProviderId, NightlyStatusReading>> = {}
    const outcomes: Record<string, NightlyStatusOutcome> = {}
    const configured = new Set(
      banking
        .listProviders()
        .filter((p) => p.configured)
        .map((p) => p.id)
    )
    for (const provider of FLINKS_PROVIDERS) {
      if (!configured.has(provider) || !banking.refreshOptions(provider).scheduledRefresh) continue
      let logins: NightlyRefreshLogin[]
      try {
        const status = await banking.gateway.readNightlyRefreshStatus(provider)
        instances[provider] = status.offered ? "read" : "not_offered"
        logins = status.logins
      } catch (error) {
        // The error's code and status only: its message never holds a key or a LoginId, and neither may this line.
        const what = isFlinksError(error) ? `${error.code}, HTTP ${error.httpStatus ?? "none"}` : "unexpected error"
        logger.warn(`Banking: could not read Flinks' nightly refresh status on ${provider} (${what}); nothing changed.`)
        instances[provider] = "fault"
        continue
      }
      for (const login of logins) {
        const [connection] = await banking.listBankConnections(
          { provider, login_id_hash: login.login_id_hash },
          { select: ["id", "status"] }
        )
        if (!connection) continue
        outcomes[connection.id] = await settle(container, connection, login.verdict)
      }
    }
    return { instances, outcomes }
  })
  return tick.ran ? { ran: true, ...tick.result } : tick
}

/**
 * One stuck connection. One with an MFA episode already open is left alone: the episode's
 * reminders belong to the background check, and a second email the same day would be noise.
 */
async function settle(
  container: MedusaContainer,
  connection: { id: string; status: string },
  verdict: "awaiting_answer" | "sign_in_refused"
): Promise<NightlyStatusOutcome> {
  const banking = container.resolve<IBankingModuleService>(BANKING_MODULE)
  if (BUSY_OR_GONE.includes(connection.status)) return "left_alone"
  if (verdict === "sign_in_refused" && connection.status === "credentials_invalid") return "left_alone"
  const open = await banking.listMfaRequests(
    { connection_id: connection.id, status: [...OPEN_MFA_STATUSES] },
    { select: ["id"], take: 1 }
  )
  if (open.length) return "left_alone"
  try {
    await openEpisodeFromNightlyStatusWorkflow(container).run({ input: { connection_id: connection.id, verdict } })
    return verdict === "awaiting_answer" ? "mfa_required" : "credentials_invalid"
  } catch (error) {
    const what = isFlinksError(error) ? error.code : ((error as Error)?.name ?? "error")
    container
      .resolve(ContainerRegistrationKeys.LOGGER)
      .warn(`Banking: connection ${connection.id} could not record what Flinks' nightly refresh met (${what}).`)
    return "failed"
  }
}
