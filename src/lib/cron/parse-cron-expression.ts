import { CronExpression, CronExpressionParser } from "cron-parser"

/**
 * Reads a merchant's schedule with cron-parser, the way cron reads a crontab line: five fields
 * (minute hour day-of-month month day-of-week), names such as MON or JAN allowed, 0 and 7 both
 * Sunday, and day-of-month OR day-of-week when both are restricted. Always in UTC, so a schedule
 * means the same on every server whatever its time zone.
 *
 * Throws an Error whose message says what is wrong. The boot check and the every-minute tick both
 * read through here, so a schedule the server accepted is one the tick can evaluate.
 */
export function parseCronExpression(expression: string): CronExpression {
  const fields = expression.trim().split(/\s+/).filter(Boolean)
  // cron-parser also takes a seconds field and macros such as @hourly; the jobs tick once a minute,
  // so a seconds field could silently never match, and five fields are what cron means.
  if (fields.length !== 5) {
    throw new Error(
      `it has ${fields.length} field${fields.length === 1 ? "" : "s"}; a schedule has five (minute hour day-of-month month day-of-week)`
    )
  }
  // `H` picks a random value at each parse: every tick would roll a new minute.
  if (fields.some((field) => /(^|[,/-])H/i.test(field))) {
    throw new Error("H (a hashed, random value) is not cron; write the minute or hour you want")
  }
  try {
    return CronExpressionParser.parse(expression, { tz: "UTC" })
  } catch (error) {
    throw new Error(explain((error as Error).message))
  }
}

// The one refusal whose library wording does not say what it means ("0 0 31 2 *", February 31st).
function explain(message: string): string {
  return /explicit day of month/i.test(message)
    ? "that day of the month never occurs in the months given, so the schedule would never run"
    : message
}
