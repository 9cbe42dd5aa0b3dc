import type { StagedAccountLines } from "../../../types"

/**
 * What the answer held for one account, learnt as its lines stream by: how many, the earliest date,
 * which way the dates ran, and each line's number among the identical lines of its day.
 *
 * Flinks does not document its order (newest first is usual). When each date comes in one run,
 * repeats are numbered here with one day's lines in memory; when the dates run one way, the order
 * the lines came in is the order they happened. Otherwise PostgreSQL sorts and numbers them.
 */
export class AnswerOrder {
  count = 0
  earliestDate: string | null = null
  private firstDate: string | null = null
  private lastDate: string | null = null
  private ascending = true
  private descending = true
  private contiguous = true
  private day: string | null = null
  private readonly pastDays = new Set<string>()
  private readonly dayRepeats = new Map<string, number>()

  /** Takes the next line in the answer's order; answers its repeat number (1 for the first). */
  next(date: string, fingerprintTail: string): number {
    if (this.lastDate !== null) {
      if (date < this.lastDate) this.ascending = false
      if (date > this.lastDate) this.descending = false
    }
    if (date !== this.day) {
      if (this.day !== null) this.pastDays.add(this.day)
      if (this.pastDays.has(date)) this.contiguous = false
      this.day = date
      this.dayRepeats.clear()
    }
    const repeat = (this.dayRepeats.get(fingerprintTail) ?? 0) + 1
    this.dayRepeats.set(fingerprintTail, repeat)
    this.firstDate ??= date
    this.lastDate = date
    if (this.earliestDate === null || date < this.earliestDate) this.earliestDate = date
    this.count++
    return repeat
  }

  /** How the module reads the account's staged lines back in the order they happened. */
  describe(): Omit<StagedAccountLines, "sync_run_id" | "account_index"> {
    return {
      // An account whose first line is later than its last was listed newest first: read backwards.
      newest_first: this.firstDate !== null && this.lastDate !== null && this.firstDate > this.lastDate,
      earliest_date: this.earliestDate,
      numbered: this.contiguous,
      ordered: this.ascending || this.descending,
    }
  }
}
