import type { LiveImportOutcome, RecordAccountImportResult } from "../../../types/module"

/** How a live import's transaction hears from the run that reads the answer. */
export type LiveImportHooks = {
  /** Called once the live lines can be taken (true), or when they cannot (false). */
  opened(opened: boolean): void
  /** What the answer told, once read whole; null when it was not, or the run is over. */
  outcome: Promise<LiveImportOutcome | null>
}

type Pending = {
  settle(outcome: LiveImportOutcome | null): void
  result: Promise<RecordAccountImportResult | null>
}

/**
 * The live imports open in this process, by run: each is a transaction waiting, while its answer
 * streams in, for the outcome that settle brings. Kept apart from the service so that a
 * transaction left waiting can always be told to end (settle with null), whatever happened.
 */
export class LiveImports {
  private readonly pending = new Map<string, Pending>()

  /** Runs `record` and answers whether it opened; when it did, it waits for settle. */
  async begin(
    syncRunId: string,
    record: (hooks: LiveImportHooks) => Promise<RecordAccountImportResult | null>
  ): Promise<boolean> {
    if (this.pending.has(syncRunId)) return false
    let settle!: Pending["settle"]
    const outcome = new Promise<LiveImportOutcome | null>((resolve) => {
      settle = resolve
    })
    let opened!: (opened: boolean) => void
    const ready = new Promise<boolean>((resolve) => {
      opened = resolve
    })
    const result = record({ opened, outcome })
    // Ended (or failed) before it opened: nothing waits. Its failure is settle's to report.
    result.then(
      () => opened(false),
      () => opened(false)
    )
    if (!(await ready)) {
      settle(null)
      return false
    }
    this.pending.set(syncRunId, { settle, result })
    return true
  }

  /** Hands the outcome to the run's live import and answers what it wrote; null when none is open. */
  async settle(syncRunId: string, outcome: LiveImportOutcome | null): Promise<RecordAccountImportResult | null> {
    const pending = this.pending.get(syncRunId)
    if (!pending) return null
    this.pending.delete(syncRunId)
    pending.settle(outcome)
    return pending.result
  }
}
