import { defineConfig, loadEnv } from "@medusajs/framework/utils"

/**
 * This repository runs itself as a Medusa app for the demo and the HTTP tests. A merchant's own app
 * lists the built plugin under `plugins` instead (see the README).
 */
loadEnv(process.env.NODE_ENV || "development", process.cwd())

const redisUrl = process.env.REDIS_URL
// A prefix for every queue and key this app puts in Redis, so several apps (or test runs) can
// share one Redis without taking each other's jobs or locks. Empty: Medusa's own names.
const redisNamespace = process.env.REDIS_NAMESPACE ?? ""

function flinksInstance(prefix: "FLINKS_CA" | "FLINKS_US") {
  const baseUrl = process.env[`${prefix}_BASE_URL`]
  if (!baseUrl) {
    return undefined
  }
  return {
    baseUrl,
    connectUrl: process.env[`${prefix}_CONNECT_URL`] ?? "",
    customerId: process.env[`${prefix}_CUSTOMER_ID`] ?? "",
    secretKey: process.env[`${prefix}_SECRET_KEY`] ?? "",
    apiKey: process.env[`${prefix}_API_KEY`] ?? "",
    // Off unless asked: Flinks calls its scheduled refresh no longer actively supported.
    scheduledRefresh: process.env[`${prefix}_SCHEDULED_REFRESH`] === "true",
  }
}

function optionalNumber(value: string | undefined) {
  return value ? Number(value) : undefined
}

const bankingOptions = {
  flinks: {
    "flinks-ca": flinksInstance("FLINKS_CA"),
    "flinks-us": flinksInstance("FLINKS_US"),
  },
  encryptionKey: process.env.FLINKS_ENCRYPTION_KEY,
  tuning: {
    pollIntervalMs: optionalNumber(process.env.FLINKS_POLL_INTERVAL_MS),
    retryBaseDelayMs: optionalNumber(process.env.FLINKS_RETRY_BASE_DELAY_MS),
    pollDeadlineMs: optionalNumber(process.env.FLINKS_POLL_DEADLINE_MS),
  },
  sync: {
    schedule: process.env.FLINKS_SYNC_SCHEDULE ?? "0 * * * *",
    concurrency: Number(process.env.FLINKS_SYNC_CONCURRENCY ?? 2),
    flinksDeadlineMinutes: optionalNumber(process.env.FLINKS_DEADLINE_MINUTES),
    leaseSeconds: optionalNumber(process.env.FLINKS_RUN_LEASE_SECONDS),
    staleAfterHours: optionalNumber(process.env.FLINKS_STALE_AFTER_HOURS),
    answerWaitMinutes: optionalNumber(process.env.FLINKS_ANSWER_WAIT_MINUTES),
  },
  mfa: {
    schedule: process.env.FLINKS_MFA_SCHEDULE ?? "30 */6 * * *",
    adminUrl: process.env.MEDUSA_ADMIN_URL ?? "http://localhost:9000/app",
    nightlyStatusSchedule: process.env.FLINKS_NIGHTLY_STATUS_SCHEDULE ?? "0 11 * * *",
  },
}

// MFA emails: over SMTP when SMTP_HOST is set (the demo and the tests run a local mail server),
// otherwise written to the log by Medusa's local provider.
const notificationProvider = process.env.SMTP_HOST
  ? {
      resolve: "./src/providers/notification-smtp",
      id: "smtp",
      options: {
        channels: ["email"],
        host: process.env.SMTP_HOST,
        port: Number(process.env.SMTP_PORT ?? 587),
        secure: process.env.SMTP_SECURE === "true",
        auth: process.env.SMTP_USER
          ? { user: process.env.SMTP_USER, pass: process.env.SMTP_PASSWORD ?? "" }
          : undefined,
        from: process.env.SMTP_FROM ?? "Store banking <banking@localhost>",
      },
    }
  : { resolve: "@medusajs/medusa/notification-local", id: "local", options: { channels: ["email"] } }

// With REDIS_URL the events, workflows and locks are shared between server and worker processes;
// without it the in-memory ones serve a single process (the demo, the tests).
const redisModules = redisUrl
  ? [
      {
        resolve: "@medusajs/medusa/event-bus-redis",
        options: { redisUrl, queueName: `${redisNamespace}events-queue` },
      },
      {
        resolve: "@medusajs/medusa/workflow-engine-redis",
        options: {
          redis: {
            redisUrl,
            queueName: `${redisNamespace}medusa-workflows`,
            jobQueueName: `${redisNamespace}medusa-workflows-jobs`,
          },
        },
      },
      {
        resolve: "@medusajs/medusa/locking",
        options: {
          providers: [
            {
              resolve: "@medusajs/medusa/locking-redis",
              id: "locking-redis",
              is_default: true,
              options: { redisUrl, namespace: `${redisNamespace}medusa_lock:` },
            },
          ],
        },
      },
    ]
  : []

module.exports = defineConfig({
  projectConfig: {
    databaseUrl: process.env.DATABASE_URL,
    redisUrl,
    redisPrefix: redisNamespace || undefined,
    workerMode: (process.env.MEDUSA_WORKER_MODE as "shared" | "worker" | "server") ?? "shared",
    http: {
      storeCors: process.env.STORE_CORS ?? "http://localhost:8000",
      adminCors: process.env.ADMIN_CORS ?? "http://localhost:9000,http://localhost:5173",
      authCors: process.env.AUTH_CORS ?? "http://localhost:9000,http://localhost:5173",
      jwtSecret: process.env.JWT_SECRET ?? "supersecret",
      cookieSecret: process.env.COOKIE_SECRET ?? "supersecret",
    },
    // The demo serves the admin over plain http: a Secure cookie would never come back.
    cookieOptions: { secure: process.env.COOKIE_SECURE === "true" },
  },
  admin: {
    disable: process.env.MEDUSA_ADMIN_DISABLED === "true",
  },
  modules: [
    { resolve: "./src/modules/banking", options: bankingOptions },
    { resolve: "@medusajs/medusa/notification", options: { providers: [notificationProvider] } },
    ...redisModules,
  ],
})
