import { MedusaResponse } from "@medusajs/framework/http"
import { todayIn } from "../../../../lib/calendar-date"
import { ExportAccount, ExportLine, exportFileName, linesToCsv, linesToOfx } from "../../../../lib/statement-export"

/** Sends lines as a CSV or OFX download named after the bank, the account and the period. */
export function sendExport(
  res: MedusaResponse,
  input: { format: "csv" | "ofx"; account: ExportAccount; lines: ExportLine[]; period: { start: string; end: string } }
) {
  const name = exportFileName(
    { institution: input.account.institution_name, account: input.account.title, ...input.period },
    input.format
  )
  const body = input.format === "csv" ? linesToCsv(input.lines) : linesToOfx(input.account, input.lines, input.period)
  res.setHeader("Content-Type", input.format === "csv" ? "text/csv; charset=utf-8" : "application/x-ofx; charset=utf-8")
  res.setHeader("Content-Disposition", `attachment; filename="${name}"`)
  res.setHeader("Cache-Control", "no-store")
  res.status(200).send(body)
}

/** The period a set of lines covers; an empty set covers the filter's own dates, or today. */
export function periodOf(lines: { date: string }[], fallback: { start?: string; end?: string }) {
  const today = todayIn("UTC")
  const dates = lines.map((line) => line.date).sort()
  return {
    start: fallback.start ?? dates[0] ?? today,
    end: fallback.end ?? dates[dates.length - 1] ?? today,
  }
}
