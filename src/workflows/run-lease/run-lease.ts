import { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { BANKING_MODULE } from "../../modules/banking"
import type { IBankingModuleService } from "../../types"
import { renewLockUntilStopped } from "../shared/renew-lock"

/** One import or bank check per connection at a time: this lock, held by the run doing it. */
export function importLockKey(connectionId: string) {
  return `banking:import:${connectionId}`
}

export function runLockOwner(runId: string) {
  return `banking:sync-run:${runId}`
}

export type RunPhase = "signing_in" | "waiting_for_flinks" | "writing"

export type RunLease = {
  /** Where the run is now, for the screens that follow it; also a heartbeat. */
  setPhase(phase: RunPhase, linesToWrite?: number): Promise<void>
  /** Stops renewing; the lock itself is released by the workflow's last step. */
  stop(): void
}

/**
 * Takes the connection's lock for this run with a short TTL, the lease: a process that dies stops
 * renewing, so its lock lapses within a lease. Waits that long for the holder at most (the run
 * before may be a moment from releasing it, or dead); throws if it is still held then.
 */
export async function acquireRunLock(container: MedusaContainer, connectionId: string, runId: string) {
  const banking = container.resolve<IBankingModuleService>(BANKING_MODULE)
  const locking = container.resolve(Modules.LOCKING)
  const leaseSeconds = banking.syncOptions().leaseSeconds
  const giveUpAt = Date.now() + (leaseSeconds + 2) * 1000
  for (;;) {
    try {
      await locking.acquire(importLockKey(connectionId), { ownerId: runLockOwner(runId), expire: leaseSeconds })
      return
    } catch (error) {
      if (Date.now() > giveUpAt) throw error
      await new Promise((resolve) => setTimeout(resolve, 250))
    }
  }
}

export async function releaseRunLock(container: MedusaContainer, connectionId: string, runId: string) {
  await container.resolve(Modules.LOCKING).release(importLockKey(connectionId), { ownerId: runLockOwner(runId) })
}

/**
 * Keeps a running run alive while its process is: every third of the lease it renews the
 * connection's lock and the run's heartbeat. Nothing else tells a live run from one whose process
 * was killed, so the sweep and the screens read the heartbeat.
 */
export function keepRunAlive(container: MedusaContainer, run: { id: string; connection_id: string }): RunLease {
  const banking = container.resolve<IBankingModuleService>(BANKING_MODULE)
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const stop = renewLockUntilStopped(
    container,
    importLockKey(run.connection_id),
    runLockOwner(run.id),
    banking.syncOptions().leaseSeconds,
    {
      onRenewed: () => banking.updateSyncRuns({ id: run.id, heartbeat_at: new Date() }),
      onMissed: (error) =>
        logger.warn(`Banking: sync run ${run.id} could not renew its lease: ${(error as Error)?.message ?? error}`),
    }
  )
  return {
    async setPhase(phase, linesToWrite) {
      await banking.updateSyncRuns({
        id: run.id,
        phase,
        lines_to_write: linesToWrite ?? null,
        heartbeat_at: new Date(),
      })
    },
    stop,
  }
}
