import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { BANKING_MODULE } from "../../../modules/banking"
import type { IBankingModuleService, SyncRunKind, SyncTrigger } from "../../../types"

export type QueueSyncRunInput = {
  connection_id: string
  kind: SyncRunKind
  trigger: SyncTrigger
  /** Only these feeds (an import); all the connection's linked feeds when absent. */
  feed_ids?: string[]
  requested_by?: string | null
  /**
   * "live": sign in at the bank while the merchant is there (Refresh Transactions); "cached"
   * (default): read Flinks' copy (the schedule, a link).
   */
  sign_in?: "cached" | "live"
}

export type QueuedSyncRun = {
  id: string
  connection_id: string
  kind: SyncRunKind
  /** False when the same work was already queued or running: a second click joins the first. */
  created: boolean
}

/** Why another run cannot start now, by what the connection is busy with. */
const BUSY: Record<SyncRunKind, string> = {
  import: "An import of this bank connection is already running. Try again when it has finished.",
  mfa_check: "The bank of this connection is being checked right now (Check Now). Try again in a moment.",
}

/** The feeds an import covers, written on the run so each feed's screen finds its last import. */
async function feedsToImport(banking: IBankingModuleService, input: QueueSyncRunInput) {
  if (input.feed_ids?.length) return input.feed_ids
  const accounts = await banking.listBankAccounts({ connection_id: input.connection_id }, { select: ["id"] })
  const feeds = await banking.listBankFeeds(
    { status: "linked", bank_account_id: accounts.map((account) => account.id) },
    { select: ["id"] }
  )
  return feeds.map((feed) => feed.id)
}

/** Whether the run already in progress does what was asked, so the caller can follow it instead. */
function coversRequest(active: { kind: string; feed_ids: string[] | null }, input: QueueSyncRunInput) {
  if (active.kind !== input.kind) return false
  if (input.kind === "mfa_check") return true
  return !!input.feed_ids?.length && input.feed_ids.every((id) => (active.feed_ids ?? []).includes(id))
}

/**
 * Records the run as queued, before anything runs, so the merchant's screen has something to
 * follow at once. One run per connection at a time (a unique index): when one is in progress the
 * caller gets it back if it does the same work, else a refusal. Undone by closing the run as failed.
 */
export const queueSyncRunStep = createStep(
  "queue-sync-run",
  async (input: QueueSyncRunInput, { container }) => {
    const banking = container.resolve<IBankingModuleService>(BANKING_MODULE)
    const [connection] = await banking.listBankConnections({ id: input.connection_id }, { select: ["id", "status"] })
    if (!connection || connection.status === "disconnected") {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, "This bank connection does not exist.")
    }
    // A run left behind by a dead process must not block this connection for ever.
    await banking.closeAbandonedSyncRuns({ connection_id: input.connection_id })
    const now = new Date()
    try {
      const run = await banking.createSyncRuns({
        connection_id: input.connection_id,
        kind: input.kind,
        trigger: input.trigger,
        feed_ids: input.kind === "import" ? await feedsToImport(banking, input) : null,
        requested_by: input.requested_by ?? null,
        sign_in: input.kind === "import" ? (input.sign_in ?? "cached") : "cached",
        status: "queued",
        phase: "queued",
        started_at: now,
        heartbeat_at: now,
      })
      const queued: QueuedSyncRun = { id: run.id, connection_id: input.connection_id, kind: input.kind, created: true }
      return new StepResponse<QueuedSyncRun, string | null>(queued, run.id)
    } catch (error) {
      const [active] = await banking.listSyncRuns({ connection_id: input.connection_id, status: ["queued", "running"] })
      if (!active) throw error
      if (!coversRequest(active, input)) {
        throw new MedusaError(MedusaError.Types.NOT_ALLOWED, BUSY[active.kind as SyncRunKind])
      }
      const joined: QueuedSyncRun = {
        id: active.id,
        connection_id: input.connection_id,
        kind: input.kind,
        created: false,
      }
      return new StepResponse<QueuedSyncRun, string | null>(joined, null)
    }
  },
  async (runId, { container }) => {
    if (!runId) return
    const banking = container.resolve<IBankingModuleService>(BANKING_MODULE)
    await banking.updateSyncRuns({
      id: runId,
      status: "failed",
      phase: null,
      finished_at: new Date(),
      error_code: "not_started",
      error_message: "The import could not be started. Try again.",
    })
  }
)
