import { dayNumber } from "../../lib/calendar-date"
import { scaledDecimal } from "./decimal-text"
import type { AdminBalancePoint } from "../../types/http"

/** One end-of-day balance, as the balances route answers it. */
export type BalanceSample = AdminBalancePoint

export type ChartBox = { width: number; height: number; top: number; right: number; bottom: number; left: number }

export type BalanceChartGeometry = {
  /** The line through the end-of-day balances, as an SVG path. */
  path: string
  points: (BalanceSample & { x: number; y: number })[]
  first: BalanceSample
  last: BalanceSample
  lowest: BalanceSample & { x: number; y: number }
  highest: BalanceSample & { x: number; y: number }
  /** Where zero is, when the balance crosses it. */
  zeroY: number | null
}

/** Steps of the vertical scale: fine enough for pixels, coarse enough to fit a float exactly. */
const STEPS = 100_000n

/**
 * Where each end-of-day balance goes on the picture. Days are spaced by the calendar (a quiet week
 * is wide); heights come from BigInt arithmetic on the exact decimals, so only the final pixel is
 * a float. Samples that are not a calendar date and a decimal are left out. Null when none is left.
 */
export function balanceChartGeometry(samples: BalanceSample[], box: ChartBox): BalanceChartGeometry | null {
  const readable = samples
    .map((sample) => ({ ...sample, day: dayNumber(sample.date), units: scaledDecimal(sample.balance) }))
    .filter(
      (sample): sample is BalanceSample & { day: number; units: bigint } => sample.day !== null && sample.units !== null
    )
    .sort((a, b) => a.day - b.day)
  if (!readable.length) return null

  const innerWidth = box.width - box.left - box.right
  const innerHeight = box.height - box.top - box.bottom
  const firstDay = readable[0].day
  const span = readable[readable.length - 1].day - firstDay
  let low = readable[0]
  let high = readable[0]
  for (const sample of readable) {
    if (sample.units < low.units) low = sample
    if (sample.units > high.units) high = sample
  }
  const range = high.units - low.units

  const yOf = (units: bigint) => {
    if (range === 0n) return box.top + innerHeight / 2
    const share = Number(((units - low.units) * STEPS) / range) / Number(STEPS)
    return box.top + (1 - share) * innerHeight
  }
  const xOf = (day: number) =>
    span === 0 ? box.left + innerWidth / 2 : box.left + ((day - firstDay) / span) * innerWidth
  const round = (value: number) => Math.round(value * 10) / 10

  const points = readable.map((sample) => ({
    date: sample.date,
    balance: sample.balance,
    x: round(xOf(sample.day)),
    y: round(yOf(sample.units)),
  }))
  const pointOf = (sample: BalanceSample) => points.find((point) => point.date === sample.date)!
  const path = points.map((point, index) => `${index === 0 ? "M" : "L"}${point.x} ${point.y}`).join(" ")
  const { day: _firstDay, units: _firstUnits, ...first } = readable[0]
  const { day: _lastDay, units: _lastUnits, ...last } = readable[readable.length - 1]

  return {
    path,
    points,
    first,
    last,
    lowest: pointOf(low),
    highest: pointOf(high),
    zeroY: low.units < 0n && high.units > 0n ? round(yOf(0n)) : null,
  }
}
