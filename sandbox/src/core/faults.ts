/**
 * Faults a test arms on purpose. Each one answers the next `times` matching calls (0: until
 * cleared) and is then forgotten; the first armed fault that matches wins.
 */
export const FAULT_ENDPOINTS = [
  "GenerateAuthorizeToken",
  "Authorize",
  "GetAccountsSummary",
  "GetAccountsDetail",
  "GetAccountsDetailAsync",
  "GetStatements",
  "DeleteCard",
  "SetScheduledRefresh",
  "GetNightlyRefreshStatus",
] as const
export type FlinksEndpoint = (typeof FAULT_ENDPOINTS)[number]

export const FAULT_KINDS = [
  "aggregation_error",
  "retry_later",
  "slow",
  "broken_json",
  "endless_202",
  "drop",
  "drop_after",
  "too_many_requests",
] as const
export type FaultKind = (typeof FAULT_KINDS)[number]

// endless_202 only means something where Flinks can answer 202.
const ENDLESS_ENDPOINTS: ReadonlyArray<FlinksEndpoint> = ["GetAccountsDetail", "GetAccountsDetailAsync"]

export interface Fault {
  id: number
  endpoint: FlinksEndpoint | "*"
  kind: FaultKind
  /** Answers left; 0 means until cleared. */
  remaining: number
  delayMs: number
}

export class FaultBook {
  private faults: Fault[] = []
  private nextId = 1

  add(input: unknown): { fault: Fault } | { error: string } {
    if (typeof input !== "object" || input === null) {
      return { error: "The body must be a JSON object" }
    }
    const { endpoint, kind, times, delayMs } = input as Record<string, unknown>
    if (endpoint !== "*" && !FAULT_ENDPOINTS.includes(endpoint as FlinksEndpoint)) {
      return { error: `endpoint must be "*" or one of ${FAULT_ENDPOINTS.join(", ")}` }
    }
    if (!FAULT_KINDS.includes(kind as FaultKind)) {
      return { error: `kind must be one of ${FAULT_KINDS.join(", ")}` }
    }
    if (kind === "endless_202" && endpoint !== "*" && !ENDLESS_ENDPOINTS.includes(endpoint as FlinksEndpoint)) {
      return { error: "endless_202 applies only to GetAccountsDetail, GetAccountsDetailAsync or *" }
    }
    if (times !== undefined && !(Number.isInteger(times) && (times as number) >= 0)) {
      return { error: "times must be a whole number, 0 meaning until cleared" }
    }
    if (
      delayMs !== undefined &&
      !(Number.isInteger(delayMs) && (delayMs as number) >= 0 && (delayMs as number) <= 600_000)
    ) {
      return { error: "delayMs must be a whole number of milliseconds up to 600000" }
    }
    // An "endless" 202 that stops after one answer would be a surprise: it lasts until cleared unless told.
    const defaultTimes = kind === "endless_202" ? 0 : 1
    const fault: Fault = {
      id: this.nextId++,
      endpoint: endpoint as Fault["endpoint"],
      kind: kind as FaultKind,
      remaining: (times as number | undefined) ?? defaultTimes,
      delayMs: (delayMs as number | undefined) ?? 2_000,
    }
    this.faults.push(fault)
    return { fault }
  }

  /** Finds the fault that answers this call and counts the answer. */
  take(endpoint: FlinksEndpoint): Fault | null {
    const index = this.faults.findIndex(
      (fault) =>
        (fault.endpoint === endpoint || fault.endpoint === "*") &&
        (fault.kind !== "endless_202" || ENDLESS_ENDPOINTS.includes(endpoint))
    )
    if (index < 0) {
      return null
    }
    const fault = this.faults[index]
    if (fault.remaining > 0) {
      fault.remaining -= 1
      if (fault.remaining === 0) {
        this.faults.splice(index, 1)
      }
    }
    return { ...fault }
  }

  list(): Fault[] {
    return this.faults.map((fault) => ({ ...fault }))
  }

  clear(): void {
    this.faults = []
  }
}
