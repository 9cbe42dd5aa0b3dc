/**
 * Whether a five-field cron expression (minute hour day-of-month month day-of-week) covers a given
 * minute. Medusa fixes a job's schedule when the job file loads, before plugin options are known,
 * so the import job ticks every minute and asks this whether the merchant's schedule is due.
 * Supports `*`, numbers, lists, ranges and steps; times are UTC.
 */
const FIELDS: [min: number, max: number][] = [
  [0, 59],
  [0, 23],
  [1, 31],
  [1, 12],
  [0, 7],
]

function fieldMatches(field: string, value: number, [min, max]: [number, number]): boolean {
  return field.split(",").some((part) => {
    const [range, stepText] = part.split("/")
    const step = stepText === undefined ? 1 : Number(stepText)
    const [from, to] =
      range === "*" ? [min, max] : range.includes("-") ? range.split("-").map(Number) : [Number(range), stepText ? max : Number(range)]
    if ([step, from, to].some((n) => !Number.isInteger(n)) || step < 1) {
      throw new Error(`Invalid cron field "${field}"`)
    }
    return value >= from && value <= to && (value - from) % step === 0
  })
}

export function cronMatches(expression: string, at: Date): boolean {
  const fields = expression.trim().split(/\s+/)
  if (fields.length !== 5) {
    throw new Error(`A schedule needs five fields (minute hour day month weekday); "${expression}" has ${fields.length}.`)
  }
  const weekday = at.getUTCDay()
  const values = [at.getUTCMinutes(), at.getUTCHours(), at.getUTCDate(), at.getUTCMonth() + 1, weekday]
  return fields.every((field, index) =>
    index === 4
      ? fieldMatches(field, weekday, FIELDS[4]) || (weekday === 0 && fieldMatches(field, 7, FIELDS[4]))
      : fieldMatches(field, values[index], FIELDS[index])
  )
}
