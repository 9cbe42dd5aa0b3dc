import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { listRoutes } from "./helpers/admin-routes"
import { loginAsAdmin } from "./helpers/admin-session"
import { BadRequest, badRequests } from "./helpers/bad-input-cases"
import { ROUTE_SWEEPS, SweepFixtures } from "./helpers/bad-input-sweeps"
import { daysAgo } from "./helpers/calendar"
import { connectFlinksCapital } from "./helpers/connected-bank"
import { bankingDigest } from "./helpers/database-digest"
import { useFlinksSandbox } from "./helpers/flinks-sandbox"
import { testDatabaseName } from "../test-database-name"
import { linkChequingAndImport } from "./helpers/sync-runs"
import { bankingModuleOf } from "./helpers/banking-module"

jest.setTimeout(180_000)

const flinks = useFlinksSandbox()

/** Every route file and method under src/api, the public redirect included. */
const routes = listRoutes("")

medusaIntegrationTestRunner({
  dbName: testDatabaseName("http-bad-input"),
  testSuite: ({ api, getContainer }) => {
    let headers: Record<string, string>
    let fixtures: SweepFixtures
    const banking = bankingModuleOf(getContainer)

    // Made once: the runner snapshots the database after this and restores it before each test.
    beforeAll(async () => {
      headers = (await loginAsAdmin(getContainer(), api)).headers
      const { connection } = await connectFlinksCapital(api, headers, flinks.signInAtFlinks)
      // The first import runs in the background: the fixtures need its statement and lines.
      const { feed, sync_run } = await linkChequingAndImport(api, headers, banking(), connection, daysAgo(60))
      const feedId = feed.id
      const [statement] = (await api.get(`/admin/banking/feeds/${feedId}/statements`, { headers })).data.statements
      const [line] = (await api.get(`/admin/banking/feeds/${feedId}/transactions?limit=1`, { headers })).data
        .transactions
      fixtures = {
        connectionId: connection.id,
        bankAccountId: feed.bank_account.id,
        feedId,
        statementId: statement.id,
        transactionId: line.id,
        ledgerAccountId: feed.ledger_account.id,
        syncRunId: sync_run.id,
      }
    })

    const send = (request: Pick<BadRequest, "method" | "url" | "body" | "contentType">) =>
      api.request({
        method: request.method,
        url: request.url,
        headers: { ...headers, ...(request.contentType ? { "content-type": request.contentType } : {}) },
        data: request.body,
        transformRequest: [(data: unknown) => data],
        validateStatus: () => true,
      })

    /** What is wrong with the answer to a malformed request, or null when it was refused properly. */
    async function judge(request: BadRequest): Promise<string | null> {
      const before = await bankingDigest(getContainer())
      const response = await send(request)
      const after = await bankingDigest(getContainer())
      const message = response.data?.message
      const seen = `${response.status} ${String(JSON.stringify(response.data)).slice(0, 160)}`
      if (request.page) {
        const page = String(response.data)
        if (response.status < 400 || response.status > 499) return `${request.name}: expected a 4xx page, got ${seen}`
        // A body Express cannot even parse is refused by its JSON parser, before the route: in JSON.
        const parserRefusal = String(response.headers["content-type"]).includes("application/json") && !!message
        if (!parserRefusal && !String(response.headers["content-type"]).includes("text/html"))
          return `${request.name}: not a page: ${seen}`
        if (!parserRefusal && !/Start again|not a return|expired|not valid|could not/i.test(page))
          return `${request.name}: the page says nothing: ${seen}`
        const changedTables = Object.keys(before).filter((table) => before[table] !== after[table])
        return changedTables.length ? `${request.name}: changed ${changedTables.join(", ")} (${seen})` : null
      }
      if (response.status !== request.status) return `${request.name}: expected ${request.status}, got ${seen}`
      if (!String(response.headers["content-type"]).includes("application/json"))
        return `${request.name}: not JSON: ${seen}`
      if (typeof message !== "string" || !message.trim()) return `${request.name}: no message: ${seen}`
      if (request.names && !message.toLowerCase().includes(request.names.toLowerCase())) {
        return `${request.name}: the message does not name ${request.names}: ${seen}`
      }
      const changed = Object.keys(before).filter((table) => before[table] !== after[table])
      if (changed.length) return `${request.name}: changed ${changed.join(", ")} (${seen})`
      return null
    }

    it("has a sweep for every route file and method, and none for a route that is gone", () => {
      const served = routes.map((route) => `${route.method} ${route.path}`)
      expect(served.length).toBeGreaterThan(25)
      expect(served.filter((key) => !ROUTE_SWEEPS[key])).toEqual([])
      expect(Object.keys(ROUTE_SWEEPS).filter((key) => !served.includes(key))).toEqual([])
    })

    describe.each(routes)("$method $path", ({ method, path }) => {
      it("refuses malformed input with a 4xx that names the problem, and changes nothing", async () => {
        const sweep = ROUTE_SWEEPS[`${method} ${path}`]
        if (!sweep) throw new Error(`No sweep for ${method} ${path}: add one to helpers/bad-input-sweeps.ts`)
        // The accepted request works, so each malformed one is refused for what it changed.
        if (method === "GET" && !sweep.baselineRefused) {
          const url = path.replace("test_id", encodeURIComponent(sweep.id?.real(fixtures) ?? ""))
          const query = new URLSearchParams(sweep.query?.(fixtures) ?? {}).toString()
          const accepted = await send({ method, url: query ? `${url}?${query}` : url })
          expect(`${accepted.status}`).toMatch(/^2/)
        }
        const requests = badRequests(method, path, sweep, fixtures)
        const problems: string[] = []
        for (const request of requests) {
          const problem = await judge(request)
          if (problem) problems.push(problem)
        }
        expect({ requests: requests.length, problems }).toEqual({ requests: requests.length, problems: [] })
      })
    })
  },
})
