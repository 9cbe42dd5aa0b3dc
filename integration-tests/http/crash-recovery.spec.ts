import { randomBytes } from "node:crypto"
import net from "node:net"
import Redis from "ioredis"
import pg from "pg"
import { FlinksClient } from "../../src/lib/flinks"
import { SANDBOX_CA_INSTANCE } from "../../sandbox/src"
import { DEMO_ADMIN_EMAIL, DEMO_ADMIN_PASSWORD } from "../../scripts/seed-demo"
import { testDatabaseName } from "../test-database-name"
import { AppProcess, freePort, httpClient, medusaCommand } from "./helpers/app-process"
import { daysAgo } from "./helpers/calendar"
import { connectFlinksCapital } from "./helpers/connected-bank"
import { useFlinksSandbox } from "./helpers/flinks-sandbox"
import { feedOutcome, waitForRun } from "./helpers/sync-runs"

jest.setTimeout(900_000)

const flinks = useFlinksSandbox()
const LEASE_SECONDS = 6
const HISTORY_LINES = 20_000
const NEVER = "0 0 29 2 *"
const runId = process.env.BANKING_TEST_RUN_ID ?? `p${process.pid}`

const server = {
  host: process.env.DB_HOST ?? "localhost",
  port: Number(process.env.DB_PORT ?? 5432),
  user: process.env.DB_USERNAME ?? "postgres",
  password: process.env.DB_PASSWORD ?? "",
}
const databaseUrl = (name: string) =>
  `postgres://${encodeURIComponent(server.user)}:${encodeURIComponent(server.password)}@${server.host}:${server.port}/${name}`

async function sql<T = any>(database: string, text: string, values: unknown[] = []): Promise<T[]> {
  const client = new pg.Client({ ...server, database })
  await client.connect()
  try {
    return (await client.query(text, values)).rows as T[]
  } finally {
    await client.end()
  }
}
const quoted = (name: string) => `"${name.replace(/"/g, '""')}"`

function redisAnswers(): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect({ host: "127.0.0.1", port: 6379 })
    const answer = (up: boolean) => {
      socket.destroy()
      resolve(up)
    }
    socket.setTimeout(1000, () => answer(false))
    socket.once("connect", () => answer(true))
    socket.once("error", () => resolve(false))
  })
}

/** How many lines Flinks holds for the account from the start date on: what an import must end with. */
async function linesAtFlinks(loginId: string, accountId: string, startDate: string) {
  const { customerId, secretKey, apiKey } = SANDBOX_CA_INSTANCE
  const client = new FlinksClient(
    { id: "flinks-ca", baseUrl: flinks.url, connectUrl: `${flinks.url}/v2/`, customerId, secretKey, apiKey },
    { pollIntervalMs: 20, retryBaseDelayMs: 5 }
  )
  const { requestId } = await client.authorizeCached(loginId)
  const detail = await client.getAccountsDetail(requestId, {
    withTransactions: true,
    daysOfTransactions: "Days365",
    accountIds: [accountId],
  })
  return detail.accounts[0].transactions.filter((line) => line.date >= startDate).length
}

async function until<T>(
  what: string,
  probe: () => Promise<T | null | undefined | false>,
  timeoutMs = 120_000
): Promise<T> {
  const deadline = Date.now() + timeoutMs
  for (;;) {
    const value = await probe()
    if (value) return value
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`)
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
}

const TEMPLATE = testDatabaseName("http-crash-template")

describe("a server killed with SIGKILL in the middle of an import", () => {
  beforeAll(async () => {
    await sql("postgres", `create database ${quoted(TEMPLATE)}`)
    const env = { ...process.env, DATABASE_URL: databaseUrl(TEMPLATE), MEDUSA_ADMIN_DISABLED: "true" }
    medusaCommand(["db:migrate"], env)
    medusaCommand(["exec", "./scripts/seed-demo.ts"], env)
  })
  afterAll(async () => {
    await sql("postgres", `drop database if exists ${quoted(TEMPLATE)} with (force)`)
  })

  const scenarios: [string, () => Promise<Record<string, string> | null>][] = [
    ["with the in-memory locking of a single process", async () => ({})],
    [
      "with the Redis locking, events and workflows shared by servers and workers",
      async () =>
        (await redisAnswers())
          ? {
              REDIS_URL: "redis://127.0.0.1:6379",
              REDIS_NAMESPACE: `banking-test-${runId}-${randomBytes(3).toString("hex")}-`,
            }
          : null,
    ],
  ]

  it.each(scenarios)(
    "%s: nothing stays running, health tells the truth, the next refresh imports exactly what Flinks holds",
    async (_, extra) => {
      const extraEnv = await extra()
      if (!extraEnv) {
        console.warn("No Redis answers on 127.0.0.1:6379: the Redis case is not run here.")
        return
      }
      await flinks.control("reset", {})
      const database = testDatabaseName(`http-crash-${extraEnv.REDIS_URL ? "redis" : "memory"}`)
      await sql("postgres", `create database ${quoted(database)} template ${quoted(TEMPLATE)}`)
      const app = new AppProcess(await freePort(), {
        DATABASE_URL: databaseUrl(database),
        FLINKS_CA_BASE_URL: flinks.url,
        FLINKS_CA_CONNECT_URL: `${flinks.url}/v2/`,
        FLINKS_CA_CUSTOMER_ID: SANDBOX_CA_INSTANCE.customerId,
        FLINKS_CA_SECRET_KEY: SANDBOX_CA_INSTANCE.secretKey,
        FLINKS_CA_API_KEY: SANDBOX_CA_INSTANCE.apiKey,
        FLINKS_POLL_INTERVAL_MS: "20",
        FLINKS_RETRY_BASE_DELAY_MS: "5",
        FLINKS_RUN_LEASE_SECONDS: String(LEASE_SECONDS),
        FLINKS_SYNC_SCHEDULE: NEVER,
        FLINKS_MFA_SCHEDULE: NEVER,
        ...extraEnv,
      })
      try {
        await app.start()
        const api = httpClient(app.url)
        const { data: auth } = await api.post("/auth/user/emailpass", {
          email: DEMO_ADMIN_EMAIL,
          password: DEMO_ADMIN_PASSWORD,
        })
        const headers = { authorization: `Bearer ${auth.token}` }
        const { connection, loginId } = await connectFlinksCapital(api, headers, () => flinks.signInAtFlinks())
        const savings = connection.accounts.find((account: any) => account.title === "Savings")
        const state = await flinks.control("state")
        const providerAccountId = state.logins
          .find((login: any) => login.loginId === loginId)
          .accounts.find((a: any) => a.title === "Savings").id
        await flinks.control(`logins/${loginId}/accounts/${providerAccountId}/history`, { count: HISTORY_LINES })
        const { data: ledgers } = await api.get("/admin/banking/ledger-accounts?limit=50", { headers })
        const ledger = ledgers.ledger_accounts.find((account: any) => account.code === "1040")
        const startDate = daysAgo(364)
        const expected = await linesAtFlinks(loginId, providerAccountId, startDate)
        expect(expected).toBeGreaterThan(19_000)

        // Link: the first import starts in the background; kill the server while it writes the lines.
        const { data: linked } = await api.post(
          "/admin/banking/feeds",
          { bank_account_id: savings.id, ledger_account_id: ledger.id, start_date: startDate },
          { headers }
        )
        const runId = linked.sync_run.id
        await until(
          "the import to be writing",
          async () =>
            (await api.get(`/admin/banking/sync-runs/${runId}`, { headers })).data.sync_run.phase === "writing"
        )
        await app.kill()
        expect((await sql(database, "select status from sync_run where id = $1", [runId]))[0].status).toBe("running")
        const afterKill = Number(
          (await sql(database, "select count(*) from bank_transaction where bank_account_id = $1", [savings.id]))[0]
            .count
        )
        expect([0, expected]).toContain(afterKill)

        await app.start()
        // Within a lease of the kill (and a minute's sweep at worst), the run is closed as interrupted.
        await until(
          "the killed run to be closed",
          async () =>
            (await sql(database, "select status from sync_run where status in ('queued', 'running')")).length === 0,
          LEASE_SECONDS * 1000 + 90_000
        )
        const [closed] = await sql(
          database,
          "select status, error_message, extract(epoch from finished_at - coalesce(heartbeat_at, started_at)) * 1000 as silent_ms from sync_run where id = $1",
          [runId]
        )
        expect(closed).toMatchObject({
          status: "interrupted",
          error_message: expect.stringMatching(/stopped before it finished/),
        })
        // Not before its lease ran out: the last heartbeat (sent before the kill) is the lease's start.
        expect(Number(closed.silent_ms)).toBeGreaterThanOrEqual(LEASE_SECONDS * 1000)
        const { data: listed } = await api.get("/admin/banking/connections", { headers })
        const health = listed.connections.find((c: any) => c.id === connection.id).health
        expect(health.state).not.toBe("refreshing")
        expect(health).toEqual({ state: "error", reason: expect.stringMatching(/stopped before it finished/) })
        // All or nothing: the account's lines were written in one transaction.
        const afterRestart = Number(
          (await sql(database, "select count(*) from bank_transaction where bank_account_id = $1", [savings.id]))[0]
            .count
        )
        expect(afterRestart).toBe(afterKill)

        // The next refresh is not blocked by the dead holder's lock, and imports exactly what was missing.
        const refreshed = await api.post(`/admin/banking/feeds/${linked.feed.id}/refresh`, {}, { headers })
        expect(refreshed.status).toBe(202)
        const recovered = await waitForRun(api, headers, refreshed.data.sync_run, 300_000)
        expect(feedOutcome(recovered)).toMatchObject({ status: "imported", inserted: expected - afterKill })
        expect(
          Number(
            (await sql(database, "select count(*) from bank_transaction where bank_account_id = $1", [savings.id]))[0]
              .count
          )
        ).toBe(expected)
        const again = await api.post(`/admin/banking/feeds/${linked.feed.id}/refresh`, {}, { headers })
        expect(feedOutcome(await waitForRun(api, headers, again.data.sync_run, 120_000))).toMatchObject({
          status: "imported",
          inserted: 0,
        })
        expect(
          Number(
            (await sql(database, "select count(*) from bank_transaction where bank_account_id = $1", [savings.id]))[0]
              .count
          )
        ).toBe(expected)
        const { data: after } = await api.get("/admin/banking/connections", { headers })
        expect(after.connections.find((c: any) => c.id === connection.id).health).toEqual({
          state: "active",
          reason: null,
        })
      } catch (error) {
        throw new Error(`${(error as Error).stack}\n--- server log (end) ---\n${app.log().slice(-3000)}`)
      } finally {
        await app.stop()
        await sql("postgres", `drop database if exists ${quoted(database)} with (force)`)
        if (extraEnv.REDIS_NAMESPACE) await deleteRedisKeys(extraEnv.REDIS_NAMESPACE)
      }
    }
  )
})

/** Deletes the keys this run put in Redis (they all carry its namespace), and no other. */
async function deleteRedisKeys(namespace: string) {
  const redis = new Redis("redis://127.0.0.1:6379")
  try {
    let cursor = "0"
    do {
      const [next, keys] = await redis.scan(cursor, "MATCH", `*${namespace}*`, "COUNT", 1000)
      if (keys.length) await redis.del(...keys)
      cursor = next
    } while (cursor !== "0")
  } finally {
    redis.disconnect()
  }
}
