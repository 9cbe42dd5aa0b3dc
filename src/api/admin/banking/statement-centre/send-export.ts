import { once } from "node:events"
import { MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { MedusaContainer } from "@medusajs/framework/types"
import { todayIn } from "../../../../lib/calendar-date"
import {
  csvHead,
  csvLine,
  ExportAccount,
  ExportLine,
  exportFileName,
  ofxHead,
  ofxLine,
  ofxTail,
} from "../../../../lib/statement-export"

type ExportInput = {
  format: "csv" | "ofx"
  account: ExportAccount
  lines: AsyncIterable<ExportLine[]>
  period: { start: string; end: string }
}

/**
 * Sends lines as a CSV or OFX download named after the bank, the account and the period, written
 * as the batches come: the first bytes leave at once and memory stays flat whatever the size.
 * Writing waits while the client is slower than the database, and stops when it goes away. Once
 * the headers are out a failure can no longer be a 4xx: the download is cut, so that no file that
 * looks complete is missing lines, and the cause goes to the log.
 */
export async function sendExport(scope: MedusaContainer, res: MedusaResponse, input: ExportInput) {
  const name = exportFileName(
    { institution: input.account.institution_name, account: input.account.title, ...input.period },
    input.format
  )
  res.setHeader("Content-Type", input.format === "csv" ? "text/csv; charset=utf-8" : "application/x-ofx; charset=utf-8")
  res.setHeader("Content-Disposition", `attachment; filename="${name}"`)
  res.setHeader("Cache-Control", "no-store")
  res.status(200)
  let gone = false
  res.once("close", () => {
    gone = true
  })
  const write = async (text: string) => {
    if (!res.write(text) && !gone) await Promise.race([once(res, "drain"), once(res, "close")])
  }
  try {
    let last: ExportLine | null = null
    await write(input.format === "csv" ? csvHead() : ofxHead(input.account, input.period))
    for await (const batch of input.lines) {
      if (gone) return
      let text = ""
      for (const line of batch) {
        text += input.format === "csv" ? csvLine(line) : ofxLine(line)
        if (line.running_balance !== null) last = line
      }
      await write(text)
    }
    if (input.format === "ofx") await write(ofxTail(input.account, last))
    res.end()
  } catch (error) {
    scope
      .resolve(ContainerRegistrationKeys.LOGGER)
      .error(`Banking: a ${input.format.toUpperCase()} download stopped midway: ${(error as Error)?.message ?? error}`)
    res.destroy()
  }
}

/** The period a download covers: the filter's own dates, else its lines' first and last, else today. */
export function periodOf(
  span: { first_date: string | null; last_date: string | null },
  fallback: { start?: string; end?: string }
) {
  const today = todayIn("UTC")
  return {
    start: fallback.start ?? span.first_date ?? today,
    end: fallback.end ?? span.last_date ?? today,
  }
}
