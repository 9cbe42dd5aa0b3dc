import { parseCronExpression } from "./parse-cron-expression"

/**
 * Whether a schedule fires at the minute of `now` (UTC). Medusa fixes a job's schedule when the job
 * file loads, before plugin options are known, so the jobs tick every minute and ask this whether
 * the merchant's schedule is due. The tick lands a little after the minute starts, hence the
 * truncation. Throws, like parseCronExpression, on an expression the boot check would refuse.
 */
export function cronMatches(expression: string, now: Date): boolean {
  const minute = new Date(Math.floor(now.getTime() / 60_000) * 60_000)
  return parseCronExpression(expression).includesDate(minute)
}
