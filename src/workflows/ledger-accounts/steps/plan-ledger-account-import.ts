import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { BANKING_MODULE } from "../../../modules/banking"
import type { IBankingModuleService } from "../../../types"
import { CsvSyntaxError } from "../csv/parse-csv"
import { ChartAccount, ChartFileError, readChartOfAccounts } from "../csv/read-chart-of-accounts"

/** One line of the report the merchant reads after an import. */
export type ImportReportRow = {
  line: number
  code: string
  status: "created" | "refused"
  reason?: string
}

export type LedgerAccountImportPlan = {
  rows: ImportReportRow[]
  accounts: ChartAccount[]
}

/**
 * Reads the CSV file and decides, row by row, what will be created and what is refused and why.
 * A code already in the chart (archived accounts included) is refused, never overwritten: an
 * import only adds, so running the same file twice changes nothing. A file without a usable
 * header row is refused whole. Writes nothing.
 *
 * @example const plan = planLedgerAccountImportStep({ csv: "code,name,type,currency\n1010,Bank,asset,CAD" })
 */
export const planLedgerAccountImportStep = createStep(
  "plan-ledger-account-import",
  async (input: { csv: string }, { container }) => {
    const rows = readFile(input.csv)
    // Every row is told all that is wrong with it, a taken code included, so one fix suffices.
    const codes = [...new Set(rows.map((row) => row.code).filter(Boolean))]
    const banking = container.resolve<IBankingModuleService>(BANKING_MODULE)
    const existing = codes.length
      ? await banking.listLedgerAccounts({ code: codes }, { select: ["code", "archived_at"] })
      : []
    const archivedByCode = new Map(existing.map((account) => [account.code, Boolean(account.archived_at)]))

    const plan: LedgerAccountImportPlan = { rows: [], accounts: [] }
    for (const row of rows) {
      const reasons = [...row.reasons]
      if (archivedByCode.has(row.code)) {
        reasons.push(`code ${row.code} is already used${archivedByCode.get(row.code) ? " by an archived account" : ""}`)
      }
      if (row.account && !reasons.length) {
        plan.accounts.push(row.account)
        plan.rows.push({ line: row.line, code: row.code, status: "created" })
      } else {
        plan.rows.push({ line: row.line, code: row.code, status: "refused", reason: reasons.join("; ") })
      }
    }
    return new StepResponse(plan)
  }
)

function readFile(csv: string) {
  try {
    return readChartOfAccounts(csv)
  } catch (error) {
    if (error instanceof ChartFileError || error instanceof CsvSyntaxError) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, `${error.message} Nothing was imported.`)
    }
    throw error
  }
}
