/**
 * Bank dates are calendar dates, not instants: a line dated "2024-03-10" must stay that date
 * whatever time zone reads it. So dates are kept as whole day numbers (days since 1970-01-01) and
 * converted to and from "YYYY-MM-DD" with integer arithmetic only, never through `Date`.
 */
export type Day = number

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/

// Howard Hinnant's days_from_civil / civil_from_days, exact for the proleptic Gregorian calendar.
export function dayFromCivil(year: number, month: number, dayOfMonth: number): Day {
  const y = month <= 2 ? year - 1 : year
  const era = Math.floor(y / 400)
  const yoe = y - era * 400
  const mp = (month + 9) % 12
  const doy = Math.floor((153 * mp + 2) / 5) + dayOfMonth - 1
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy
  return era * 146097 + doe - 719468
}

export function civilFromDay(day: Day): { year: number; month: number; dayOfMonth: number } {
  const z = day + 719468
  const era = Math.floor(z / 146097)
  const doe = z - era * 146097
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365)
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100))
  const mp = Math.floor((5 * doy + 2) / 153)
  const dayOfMonth = doy - Math.floor((153 * mp + 2) / 5) + 1
  const month = mp < 10 ? mp + 3 : mp - 9
  return { year: yoe + era * 400 + (month <= 2 ? 1 : 0), month, dayOfMonth }
}

/** Returns null for anything that is not a real calendar date (2023-02-29 included). */
export function parseIsoDate(text: string): Day | null {
  const match = ISO_DATE.exec(text)
  if (!match) {
    return null
  }
  const [year, month, dayOfMonth] = [Number(match[1]), Number(match[2]), Number(match[3])]
  if (month < 1 || month > 12 || dayOfMonth < 1 || dayOfMonth > 31) {
    return null
  }
  const day = dayFromCivil(year, month, dayOfMonth)
  const back = civilFromDay(day)
  return back.month === month && back.dayOfMonth === dayOfMonth ? day : null
}

const pad2 = (n: number) => (n < 10 ? `0${n}` : String(n))

export function formatIsoDate(day: Day): string {
  const { year, month, dayOfMonth } = civilFromDay(day)
  return `${String(year).padStart(4, "0")}-${pad2(month)}-${pad2(dayOfMonth)}`
}

/** 0 = Sunday. 1970-01-01 was a Thursday. */
export function weekday(day: Day): number {
  return (((day + 4) % 7) + 7) % 7
}
