import { FlinksConfigurationError } from "./errors"

/**
 * One Flinks instance serves one country; a LoginId is valid only on the instance that issued it.
 * The one list of them: the plugin's provider ids are these.
 */
export const FLINKS_INSTANCE_IDS = ["flinks-ca", "flinks-us"] as const
export type FlinksInstanceId = (typeof FLINKS_INSTANCE_IDS)[number]

export type FlinksInstanceConfig = {
  id: FlinksInstanceId
  /** e.g. "https://toolbox-api.private.fin.ag", or the local sandbox's URL. */
  baseUrl: string
  /** The Connect widget, e.g. "https://toolbox-iframe.private.fin.ag/v2/". */
  connectUrl: string
  customerId: string
  /** Sent only to GenerateAuthorizeToken. */
  secretKey: string
  /** Sent to the data endpoints. */
  apiKey: string
}

/** How plugin options name an instance's settings: the id is the key they sit under. */
export type FlinksInstanceOptions = Omit<FlinksInstanceConfig, "id">

export type FlinksLogger = {
  debug?: (message: string, meta?: Record<string, unknown>) => void
  info?: (message: string, meta?: Record<string, unknown>) => void
  warn?: (message: string, meta?: Record<string, unknown>) => void
  error?: (message: string, meta?: Record<string, unknown>) => void
}

export type FlinksTuning = {
  /**
   * Per HTTP attempt, body included. Flinks itself moves a call to a background queue after
   * 210 s (OPERATION_DISPATCHED), so anything shorter could abandon a call Flinks still finishes.
   */
  requestTimeoutMs: number
  /** Extra attempts after the first, for transient failures only. */
  maxRetries: number
  retryBaseDelayMs: number
  retryMaxDelayMs: number
  /** Flinks advises polling *Async every 10 s ... */
  pollIntervalMs: number
  pollBackoffFactor: number
  pollMaxIntervalMs: number
  /** ... for at most 30 minutes, which is also how long a RequestId lives while data is processed. */
  pollDeadlineMs: number
}

export const DEFAULT_TUNING: FlinksTuning = {
  requestTimeoutMs: 240_000,
  maxRetries: 3,
  retryBaseDelayMs: 1_000,
  retryMaxDelayMs: 30_000,
  pollIntervalMs: 10_000,
  pollBackoffFactor: 1.5,
  pollMaxIntervalMs: 30_000,
  pollDeadlineMs: 30 * 60_000,
}

export type FlinksFetch = (input: string, init: RequestInit) => Promise<Response>

export type FlinksClientOptions = Partial<FlinksTuning> & {
  fetch?: FlinksFetch
  /** Milliseconds, like Date.now; the polling deadline is measured with it. */
  now?: () => number
  sleep?: (ms: number) => Promise<void>
  /** In [0, 1): jitter for retry delays. */
  random?: () => number
  logger?: FlinksLogger
}

export type ResolvedClientOptions = FlinksTuning & {
  fetch: FlinksFetch
  now: () => number
  sleep: (ms: number) => Promise<void>
  random: () => number
  logger: FlinksLogger
}

/** Flinks' public test instance; it reaches only the test bank Flinks Capital. */
export const FLINKS_TOOLBOX = {
  baseUrl: "https://toolbox-api.private.fin.ag",
  connectUrl: "https://toolbox-iframe.private.fin.ag/v2/",
  customerId: "43387ca6-0391-4c82-857d-70d95f087ecb",
  secretKey: "c4569c54-e167-4d34-8de6-f4113bc82414",
  apiKey: "3d5266a8-b697-48d4-8de6-52e2e2662acc",
} as const

/** The URLs of a Flinks-hosted instance, from its name ("toolbox", "acme-ca", ...). */
export function flinksInstanceUrls(instance: string): { baseUrl: string; connectUrl: string } {
  return {
    baseUrl: `https://${instance}-api.private.fin.ag`,
    connectUrl: `https://${instance}-iframe.private.fin.ag/v2/`,
  }
}

export function resolveOptions(options: FlinksClientOptions = {}): ResolvedClientOptions {
  const { fetch: fetchImpl, now, sleep, random, logger, ...tuning } = options
  const defined = Object.fromEntries(Object.entries(tuning).filter(([, v]) => v !== undefined))
  return {
    ...DEFAULT_TUNING,
    ...defined,
    fetch: fetchImpl ?? ((input, init) => globalThis.fetch(input, init)),
    now: now ?? (() => Date.now()),
    sleep: sleep ?? ((ms) => new Promise((resolve) => setTimeout(resolve, ms))),
    random: random ?? Math.random,
    logger: logger ?? {},
  }
}

/** Checks presence and shape only; the message names the field, never its value. */
export function validateInstanceConfig(config: FlinksInstanceConfig): FlinksInstanceConfig {
  if (config.id !== "flinks-ca" && config.id !== "flinks-us") {
    throw new FlinksConfigurationError("Flinks instance id must be flinks-ca or flinks-us")
  }
  for (const field of ["baseUrl", "connectUrl", "customerId", "secretKey", "apiKey"] as const) {
    if (typeof config[field] !== "string" || config[field].trim() === "") {
      throw new FlinksConfigurationError(`Flinks instance ${config.id} has no ${field}`)
    }
  }
  for (const field of ["baseUrl", "connectUrl"] as const) {
    if (!canParseUrl(config[field])) {
      throw new FlinksConfigurationError(`Flinks instance ${config.id} has an invalid ${field}`)
    }
  }
  return { ...config, baseUrl: config.baseUrl.replace(/\/+$/, "") }
}

function canParseUrl(value: string): boolean {
  try {
    new URL(value)
    return true
  } catch {
    return false
  }
}
