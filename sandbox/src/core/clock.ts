import type { Day } from "./calendar"

const MINUTE = 60_000
const DAY = 86_400_000

/**
 * The sandbox's own time: real time plus an offset that tests move. Token and RequestId expiry
 * read `now()`; transaction windows read `today()`. "Today" is the UTC calendar day of `now()`,
 * computed by integer division, so no local time zone ever shifts it.
 */
export class Clock {
  private offsetMs = 0

  now(): number {
    return Date.now() + this.offsetMs
  }

  today(): Day {
    return Math.floor(this.now() / DAY)
  }

  advanceMinutes(minutes: number): void {
    this.offsetMs += Math.round(minutes * MINUTE)
  }

  advanceDays(days: number): void {
    this.offsetMs += days * DAY
  }

  /** Moves whole days so that today() becomes `day`, keeping the time of day. */
  setToday(day: Day): void {
    this.offsetMs += (day - this.today()) * DAY
  }

  offsetMinutes(): number {
    return this.offsetMs / MINUTE
  }

  reset(): void {
    this.offsetMs = 0
  }
}

export const MINUTES = MINUTE
