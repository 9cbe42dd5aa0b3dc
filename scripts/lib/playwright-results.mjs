// The one closing line of `npm run test:e2e`, read from Playwright's JSON report: .ci/run sums the
// lines "N passed, N failed" of every test command.
import { readFileSync } from "node:fs"

/**
 * A story skipped because an earlier one of its serial suite failed counts as failed: it did not
 * pass, and the suite's total stays the same whatever broke. An error outside any test (a web server
 * that did not start, a file that does not load) counts once, so a broken run never reads "0 failed".
 */
export function countLine(reportFile) {
  let report
  try {
    report = JSON.parse(readFileSync(reportFile, "utf8"))
  } catch {
    return "0 passed, 1 failed"
  }
  const { expected = 0, unexpected = 0, flaky = 0, skipped = 0 } = report.stats ?? {}
  const outside = (report.errors ?? []).length > 0 ? 1 : 0
  return `${expected + flaky} passed, ${unexpected + skipped + outside} failed`
}
