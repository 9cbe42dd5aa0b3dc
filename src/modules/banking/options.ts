import { z } from "@medusajs/framework/zod"
import { parseCronExpression } from "../../lib/cron/parse-cron-expression"
import { FLINKS_INSTANCE_IDS, type FlinksInstanceId } from "../../lib/flinks/config"

/**
 * The plugin's options, as a merchant writes them in `medusa-config.ts`. They are validated once,
 * when the banking module loads, so a wrong value stops the server with a sentence that says what
 * to fix instead of failing later in the middle of a bank import.
 */

/** The providers are the Flinks instances: one list, kept by the Flinks client. */
export const FLINKS_PROVIDERS = FLINKS_INSTANCE_IDS
export type FlinksProviderId = FlinksInstanceId

const url = z.string().url()

const flinksInstanceSchema = z.object({
  /** e.g. https://toolbox-api.private.fin.ag (without /v3/...) */
  baseUrl: url,
  /** e.g. https://toolbox-iframe.private.fin.ag/v2/ */
  connectUrl: url,
  customerId: z.string().min(1),
  secretKey: z.string().min(1),
  apiKey: z.string().min(1),
  /**
   * Connect asks the bank's other security questions at sign-in (the widget's `enhancedMFA`), so
   * that Flinks can answer question-type MFA in later unattended refreshes. Flinks Canada only;
   * on by default there.
   */
  enhancedMfa: z.boolean().optional(),
  /**
   * Turns on Flinks' scheduled (nightly) refresh for every login connected from now on, and reads
   * `GetNightlyRefreshStatus` daily (`mfa.nightlyStatusSchedule`). Off by default: Flinks calls
   * it no longer actively supported, and an instance that does not run it changes nothing.
   */
  scheduledRefresh: z.boolean().default(false),
})
export type FlinksInstanceOptions = z.infer<typeof flinksInstanceSchema>

const ENCRYPTION_KEY_HELP =
  "Generate one with: node -e \"console.log(require('crypto').randomBytes(32).toString('base64'))\" " +
  "and pass it as the plugin option `encryptionKey` (for example from the FLINKS_ENCRYPTION_KEY environment variable)."

/** A fixed key used only in development and tests, so the demo runs with no set-up. */
export const DEVELOPMENT_ENCRYPTION_KEY = Buffer.alloc(32, "medusa-plugin-flinks-dev").toString("base64")

/**
 * Decodes a 32-byte AES-256 key written as base64 (44 characters) or hex (64 characters).
 * Returns null for anything else.
 */
export function decodeEncryptionKey(value: string): Buffer | null {
  const trimmed = value.trim()
  if (/^[0-9a-fA-F]{64}$/.test(trimmed)) {
    return Buffer.from(trimmed, "hex")
  }
  if (/^[A-Za-z0-9+/]{43}=?$/.test(trimmed)) {
    const key = Buffer.from(trimmed, "base64")
    return key.length === 32 ? key : null
  }
  return null
}

/**
 * A cron schedule, read at boot exactly as the every-minute tick will read it, so a schedule the
 * tick cannot evaluate stops the server instead of throwing at its first due minute.
 */
function cronSchedule(example: string, meaning: string) {
  return z.string().superRefine((expression, ctx) => {
    try {
      parseCronExpression(expression)
    } catch (error) {
      ctx.addIssue({
        code: "custom",
        message:
          `"${expression}" is not a valid cron expression: ${(error as Error).message}. ` +
          `Write five fields, minute hour day-of-month month day-of-week, in UTC (e.g. "${example}", ${meaning}).`,
      })
    }
  })
}

const optionsSchema = z.object({
  flinks: z
    .object({
      "flinks-ca": flinksInstanceSchema.optional(),
      "flinks-us": flinksInstanceSchema
        .refine((instance) => instance.enhancedMfa !== true, {
          message: "enhancedMfa is offered by Flinks Canada only: leave it out of the flinks-us instance",
          path: ["enhancedMfa"],
        })
        .optional(),
    })
    .strict()
    .default({}),
  encryptionKey: z.string().optional(),
  /** How patiently the Flinks client waits and retries; Flinks' own advice by default. */
  tuning: z
    .object({
      requestTimeoutMs: z.number().int().min(1_000).optional(),
      maxRetries: z.number().int().min(0).max(10).optional(),
      retryBaseDelayMs: z.number().int().min(0).optional(),
      pollIntervalMs: z.number().int().min(10).optional(),
      pollDeadlineMs: z.number().int().min(1_000).optional(),
    })
    .strict()
    .default({}),
  sync: z
    .object({
      /**
       * Cron expression of the scheduled import, evaluated in UTC (five fields; names such as MON
       * allowed; day-of-month and day-of-week combine by OR when both are restricted, as in cron).
       */
      schedule: cronSchedule("0 * * * *", "hourly").default("0 * * * *"),
      /** How many feeds the scheduled import refreshes at once. */
      concurrency: z.number().int().min(1).max(16).default(2),
      /**
       * How long Flinks may keep answering "still processing" (202) before an import gives up with
       * "Flinks is still preparing this bank's data". Flinks says to poll for up to 30 minutes.
       */
      flinksDeadlineMinutes: z.number().int().min(1).max(30).default(30),
      /**
       * A running import renews its connection's lock and its heartbeat every third of this; a
       * process that dies frees the connection, and its run is closed as interrupted, after it.
       */
      leaseSeconds: z.number().int().min(3).max(600).default(60),
      /**
       * Flinks' copy of a login older than this is stale: the screens say so, and the background
       * check signs in live at the bank (at most once per this many hours, never while the bank's
       * question waits for an answer).
       */
      staleAfterHours: z
        .number()
        .int()
        .min(1)
        .max(24 * 30)
        .default(24),
      /**
       * How long Refresh Transactions waits for the merchant to answer the bank's question before
       * it imports what Flinks already held. Flinks drops an unanswered sign-in after 8 idle minutes.
       */
      answerWaitMinutes: z.number().int().min(1).max(15).default(10),
    })
    .default({
      schedule: "0 * * * *",
      concurrency: 2,
      flinksDeadlineMinutes: 30,
      leaseSeconds: 60,
      staleAfterHours: 24,
      answerWaitMinutes: 10,
    }),
  /** Resume: finding banks that ask for MFA, and the emailed links that bring the merchant back. */
  mfa: z
    .object({
      /**
       * Cron expression of the background check (a live refresh of each linked connection),
       * evaluated in UTC, read like `sync.schedule`.
       */
      schedule: cronSchedule("30 */6 * * *", "every six hours").default("30 */6 * * *"),
      /** How long an emailed resume link works. */
      resumeLinkTtlHours: z
        .number()
        .int()
        .min(1)
        .max(24 * 14)
        .default(72),
      /** At most one reminder per connection in this many hours while the bank still waits. */
      reminderIntervalHours: z
        .number()
        .int()
        .min(1)
        .max(24 * 7)
        .default(24),
      /** The admin's address as the recipients reach it; resume links point into it. */
      adminUrl: url.default("http://localhost:9000/app"),
      /**
       * Cron expression (UTC) of the daily read of `GetNightlyRefreshStatus`, for the instances
       * with `scheduledRefresh` on: a login Flinks reports stuck at the bank's question opens the
       * MFA episode at once.
       */
      nightlyStatusSchedule: cronSchedule("0 11 * * *", "daily at 11:00 UTC").default("0 11 * * *"),
    })
    .strict()
    .default({
      schedule: "30 */6 * * *",
      resumeLinkTtlHours: 72,
      reminderIntervalHours: 24,
      adminUrl: "http://localhost:9000/app",
      nightlyStatusSchedule: "0 11 * * *",
    }),
})

export type BankingModuleOptionsInput = z.input<typeof optionsSchema>

export type BankingModuleOptions = Omit<z.output<typeof optionsSchema>, "encryptionKey"> & {
  /** The 32-byte AES-256-GCM key that encrypts LoginIds at rest. */
  encryptionKey: Buffer
}

function isDevelopmentLike(nodeEnv: string | undefined): boolean {
  return !nodeEnv || nodeEnv === "development" || nodeEnv === "test"
}

/**
 * Validates the options and resolves the encryption key. Throws an Error whose message names
 * every wrong option and how to fix it.
 */
export function parseBankingOptions(
  raw: unknown,
  nodeEnv: string | undefined = process.env.NODE_ENV
): BankingModuleOptions {
  const parsed = optionsSchema.safeParse(raw ?? {})
  if (!parsed.success) {
    const problems = parsed.error.issues
      .map((issue) => `- ${issue.path.join(".") || "(options)"}: ${issue.message}`)
      .join("\n")
    throw new Error(`medusa-plugin-flinks: invalid plugin options:\n${problems}`)
  }

  const { encryptionKey, ...rest } = parsed.data
  if (!encryptionKey) {
    if (!isDevelopmentLike(nodeEnv)) {
      throw new Error(
        `medusa-plugin-flinks: the option \`encryptionKey\` is required when NODE_ENV is "${nodeEnv}". ` +
          ENCRYPTION_KEY_HELP
      )
    }
    return { ...rest, encryptionKey: Buffer.from(DEVELOPMENT_ENCRYPTION_KEY, "base64") }
  }

  const key = decodeEncryptionKey(encryptionKey)
  if (!key) {
    throw new Error(
      "medusa-plugin-flinks: the option `encryptionKey` must be 32 random bytes written as base64 " +
        `(44 characters) or hex (64 characters); the value given is ${encryptionKey.trim().length} characters long. ` +
        ENCRYPTION_KEY_HELP
    )
  }
  return { ...rest, encryptionKey: key }
}
