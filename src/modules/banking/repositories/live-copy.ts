import { createHash } from "node:crypto"
import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import { copyTextRow } from "../../../lib/banking/copy-text"
import type { StagedImportLine } from "../../../types/module"
import { COPY_INTO_BANK_TRANSACTION, COPY_INTO_BANK_TRANSACTION_ORDERED } from "../queries/staged-lines"
import { StreamedCopy } from "./streamed-copy"

/** Where the live lines go, and what every one of them carries. */
export type LiveCopyTarget = {
  bank_account_id: string
  feed_id: string
  statement_id: string
  currency_code: string
  /** The feed's start date: earlier lines are not written. */
  start_date: string
  /** A value of import_order's sequence, which an answer listed newest first counts down from. */
  base_order: number
}

/**
 * Lines held while the answer's direction is not known yet (its first date repeats): past this, an
 * answer that long on one day is left to the staged path rather than held.
 */
const MAX_UNDECIDED_LINES = 1_000

/**
 * Medusa's form beside a bigNumber column (`raw_<column>`), as the SQL path builds it. The amount is
 * checked decimal text (digits, a sign, a point), so it needs no escaping; anything else would be
 * refused by the column's JSON, and the staged path would take over.
 */
const rawAmount = (amount: string | null) => (amount === null ? null : `{"value":"${amount}","precision":20}`)

/** Why a live COPY stopped, by PostgreSQL's error code only: the error's text may quote a row. */
const copyFailure = (error: unknown) => `the COPY failed (${(error as { code?: string })?.code ?? "no code"})`

/**
 * One account's lines going into bank_transaction, in the account's transaction, while the answer
 * still streams in: the write overlaps the read instead of following it. Each line becomes the row
 * the staged path would write (the same id, fingerprint, amounts and order), by one COPY.
 *
 * It only takes an answer it can write as it comes: the lines of the first account, dates running
 * one way, each one numbered among its day's repeats. Anything else (a second account, a date out
 * of order, a refused row) and it gives up: its COPY is cancelled, and the caller rolls back to
 * before it and writes the staged copy instead. Nothing of it is visible before the transaction
 * commits.
 */
export class LiveCopy {
  /** Why the lines cannot go this way; null while they can. */
  givenUp: string | null = null
  private copy: StreamedCopy | null = null
  private opening: Promise<StreamedCopy> | null = null
  /** Null until the answer's second date tells which way the dates run. */
  private newestFirst: boolean | null = null
  private firstDate: string | null = null
  private lastDate: string | null = null
  private held: StagedImportLine[] = []

  constructor(
    private readonly transaction: Knex.Transaction,
    readonly target: LiveCopyTarget
  ) {}

  /** Lines of the answer's account at `accountIndex`, in the order they came; never throws. */
  async take(accountIndex: number, lines: StagedImportLine[]): Promise<void> {
    if (this.givenUp) return
    if (accountIndex !== 0) return this.giveUp("the answer holds a second account")
    for (const line of lines) {
      if (line.repeat_number === null) return this.giveUp("a line without its repeat number")
      if (this.lastDate !== null && this.newestFirst !== null) {
        if (this.newestFirst ? line.date > this.lastDate : line.date < this.lastDate) {
          return this.giveUp("the dates do not run one way")
        }
      }
      if (this.newestFirst === null && this.firstDate !== null && line.date !== this.firstDate) {
        this.newestFirst = line.date < this.firstDate
      }
      this.firstDate ??= line.date
      this.lastDate = line.date
    }
    for (const line of lines) this.held.push(line)
    if (this.newestFirst === null) {
      if (this.held.length > MAX_UNDECIDED_LINES) await this.giveUp("too many lines on the first date")
      return
    }
    await this.send()
  }

  /**
   * The answer was read whole: the COPY ends, its rows in the transaction. False when the lines
   * could not all go this way (the COPY then cancelled): the caller rolls back to before it.
   */
  async end(): Promise<boolean> {
    if (this.givenUp) return false
    // One date all through: the staged path reads such an answer in the order it came, as here.
    this.newestFirst ??= false
    await this.send()
    if (this.givenUp || !this.copy) return !this.givenUp
    try {
      await this.copy.finish()
      return true
    } catch (error) {
      this.givenUp = copyFailure(error)
      return false
    }
  }

  /** Stops taking lines; the COPY, if open, is cancelled (the transaction is left to roll back). */
  async giveUp(reason: string): Promise<void> {
    if (this.givenUp) return
    this.givenUp = reason
    this.held = []
    const copy = this.copy ?? (await this.opening?.catch(() => null))
    await copy?.abort()
  }

  private async send(): Promise<void> {
    if (this.givenUp || !this.held.length) return
    const lines = this.held
    this.held = []
    let text = ""
    for (const line of lines) {
      if (line.date >= this.target.start_date) text += this.row(line)
    }
    if (!text) return
    try {
      this.opening ??= StreamedCopy.openInTransaction(
        this.transaction,
        this.newestFirst ? COPY_INTO_BANK_TRANSACTION_ORDERED : COPY_INTO_BANK_TRANSACTION
      )
      this.copy ??= await this.opening
      await this.copy.write(text)
    } catch (error) {
      // Most often a provider id twice in the answer, which the unique index refuses.
      await this.giveUp(copyFailure(error))
    }
  }

  /**
   * The line as the staged path writes it (writtenValues in the queries): the fingerprint is
   * sha256 of "<account>|<tail>", "#n" for the n-th repeat, in base64; an answer listed newest first
   * counts its import_order down, so that the order of the rows is still the order they happened.
   */
  private row(line: StagedImportLine): string {
    const { bank_account_id, feed_id, statement_id, currency_code, base_order } = this.target
    const repeat = line.repeat_number === 1 ? "" : `#${line.repeat_number}`
    const fingerprint = createHash("sha256")
      .update(`${bank_account_id}|${line.fingerprint_tail}${repeat}`, "utf8")
      .digest("base64")
    const values: (string | number | null)[] = [
      line.id,
      bank_account_id,
      feed_id,
      statement_id,
      line.provider_transaction_id,
      fingerprint,
      line.date,
      line.description ?? "",
      line.debit,
      rawAmount(line.debit),
      line.credit,
      rawAmount(line.credit),
      line.balance,
      rawAmount(line.balance),
      currency_code,
      "unreconciled",
      line.raw,
    ]
    if (this.newestFirst) values.push(base_order - line.position)
    return copyTextRow(values)
  }
}
