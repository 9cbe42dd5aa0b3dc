// The calls the Statement Centre benchmark makes, derived from the call number (no randomness), so
// every run makes the same calls. Each call names its route, its feed and its query string.
import { SEED, feedIds } from "./seed.mjs"

const FEEDS = feedIds()
const WORDS = ["coffee", "hydro", "payout", "tim hortons"]
const AMOUNTS = [
  ["5", "500"],
  ["10", "1000"],
  ["25.50", "2500"],
  ["50", "5000"],
]
const STATUSES = ["reconciled,excluded", "unreconciled"]

const day = (n) => {
  const date = new Date(`${SEED.firstDate}T00:00:00Z`)
  date.setUTCDate(date.getUTCDate() + n)
  return date.toISOString().slice(0, 10)
}

export const SCENARIOS = [
  {
    name: "lines, first page",
    description: "GET /admin/banking/feeds/:id/transactions?limit=50&sort=-date",
    call: (i) => ({
      kind: "transactions",
      feed_id: FEEDS[(i * 37 + 11) % FEEDS.length].feed_id,
      params: { limit: "50", sort: "-date" },
    }),
  },
  {
    name: "lines, middle page",
    description: "the same &after=<cursor of line 5,000> (the cursor found by prepare.ts)",
    call: (i) => ({
      kind: "transactions",
      feed_id: FEEDS[(i * 37 + 11) % FEEDS.length].feed_id,
      params: { limit: "50", sort: "-date", at: String(SEED.linesPerFeed / 2) },
    }),
  },
  {
    name: "lines, last page",
    description: "the same &last=true (the order read from its end)",
    call: (i) => ({
      kind: "transactions",
      feed_id: FEEDS[(i * 37 + 11) % FEEDS.length].feed_id,
      params: { limit: "50", sort: "-date", last: "true" },
    }),
  },
  {
    name: "lines, filtered",
    description: "the same with date_from, date_to (30-90 days), amount_min, amount_max, q and status",
    call: (i) => {
      const start = (i * 29) % (SEED.days - 95)
      const [amount_min, amount_max] = AMOUNTS[i % AMOUNTS.length]
      return {
        kind: "transactions",
        feed_id: FEEDS[(i * 53 + 7) % FEEDS.length].feed_id,
        params: {
          limit: "50",
          offset: "0",
          sort: "-date",
          date_from: day(start),
          date_to: day(start + 30 + ((i * 13) % 61)),
          amount_min,
          amount_max,
          q: WORDS[(i >> 2) % WORDS.length],
          status: STATUSES[i % STATUSES.length],
        },
      }
    },
  },
  {
    name: "statements",
    description: "GET /admin/banking/feeds/:id/statements?limit=20",
    call: (i) => ({
      kind: "statements",
      feed_id: FEEDS[(i * 41 + 3) % FEEDS.length].feed_id,
      params: { limit: "20", offset: "0" },
    }),
  },
]

/** Warm-up calls use other call numbers than the timed ones. */
export function buildPlan({ calls, warmup }) {
  return SCENARIOS.map((scenario) => ({
    ...scenario,
    warmup: Array.from({ length: warmup }, (_, k) => scenario.call(100_000 + k)),
    timed: Array.from({ length: calls }, (_, i) => scenario.call(i)),
  }))
}

export function routePath(call) {
  const query = Object.entries(call.params).map(([key, value]) => `${key}=${encodeURIComponent(value)}`)
  return `/admin/banking/feeds/${call.feed_id}/${call.kind}?${query.join("&")}`
}
