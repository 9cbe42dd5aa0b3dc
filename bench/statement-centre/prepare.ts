import { readFileSync, writeFileSync } from "node:fs"
import { ExecArgs } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { createUserAccountWorkflow } from "@medusajs/medusa/core-flows"
import {
  AdminListFeedStatements,
  AdminListFeedTransactions,
} from "../../src/api/admin/banking/statement-centre/validators"
import { BANKING_MODULE } from "../../src/modules/banking"
import { feedStatementsQuery } from "../../src/modules/banking/queries/feed-statements"
import { decodeCursor, encodeCursor } from "../../src/api/admin/banking/statement-centre/page-cursor"
import { feedTransactionsPageQuery, feedTransactionsQuery } from "../../src/modules/banking/queries/feed-transactions"
import type { IBankingModuleService } from "../../src/types"

/**
 * Run by scripts/bench-statement-centre.mjs through `medusa exec`, on the benchmark's database:
 * 1. creates the benchmark's admin user (as scripts/seed-demo.ts does);
 * 2. turns every planned call (BENCH_CENTRE_PLAN, a JSON file of { kind, feed_id, params }) into the
 *    SQL the route runs for it, written to BENCH_CENTRE_SQL. The query string goes through the
 *    route's own validator, the feed's account is read as the route reads it, and the SQL comes
 *    from the module's own query builders, called as BankingModuleService.listFeedTransactions and
 *    listFeedStatements call them: the raw side of the benchmark runs exactly what the route runs.
 */
type PlannedCall = { kind: "transactions" | "statements"; feed_id: string; params: Record<string, string> }
type NativeQuery = { sql: string; bindings: unknown[]; limit?: number; reverse?: boolean }

const EMAIL = process.env.BENCH_CENTRE_EMAIL ?? "bench@example.com"
const PASSWORD = process.env.BENCH_CENTRE_PASSWORD ?? "bench-pass"

async function createAdmin({ container }: ExecArgs) {
  const users = await container.resolve(Modules.USER).listUsers({ email: EMAIL })
  if (users.length) return
  const { authIdentity, error } = await container
    .resolve(Modules.AUTH)
    .register("emailpass", { body: { email: EMAIL, password: PASSWORD } } as any)
  if (!authIdentity) throw new Error(`Could not register the benchmark admin: ${error}`)
  await createUserAccountWorkflow(container).run({
    input: { authIdentityId: authIdentity.id, userData: { email: EMAIL, first_name: "Bench", last_name: "Admin" } },
  })
}

const native = (query: { toSQL(): { toNative(): { sql: string; bindings: readonly unknown[] } } }): NativeQuery => {
  const { sql, bindings } = query.toSQL().toNative()
  return { sql, bindings: [...bindings] }
}

export default async function prepare(args: ExecArgs) {
  const { container } = args
  await createAdmin(args)

  const plan: PlannedCall[] = JSON.parse(readFileSync(process.env.BENCH_CENTRE_PLAN!, "utf8"))
  const knex = container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
  const banking = container.resolve<IBankingModuleService>(BANKING_MODULE)
  const feedIds = [...new Set(plan.map((call) => call.feed_id))]
  const feeds = await banking.listBankFeeds({ id: feedIds, deleted_at: null }, { select: ["id"] })
  const seeded = new Set(feeds.map((feed) => feed.id))

  // A middle page is read as the merchant reaches it, after the cursor of the line before it: the
  // planned call names the depth (`at`), the cursor is found here and goes into the call's address.
  for (const call of plan) {
    if (call.kind !== "transactions" || call.params.at === undefined) continue
    const { at, ...params } = call.params
    const { limit: _l, offset: _o, sort, ...filters } = AdminListFeedTransactions.parse(params)
    const { query } = feedTransactionsPageQuery(knex, { ...filters, feed_id: call.feed_id }, { order: sort })
    const [row] = await query.offset(Number(at) - 1).limit(1)
    call.params = {
      ...params,
      after: encodeCursor(sort, { key: row.sort_key, import_order: Number(row.import_order), id: row.id })!,
    }
  }

  const queries = plan.map((call): NativeQuery[] => {
    if (!seeded.has(call.feed_id)) throw new Error(`feed ${call.feed_id} was not seeded`)
    if (call.kind === "statements") {
      // The statements route: one query, its total from a window count.
      const { limit, offset } = AdminListFeedStatements.parse(call.params)
      return [native(feedStatementsQuery(knex, { feed_id: call.feed_id, limit, offset }))]
    }
    // As the transactions route and BankingModuleService.listFeedTransactions: a page and a count.
    const { limit, offset, sort, after, before, last, ...filters } = AdminListFeedTransactions.parse(call.params)
    const feedFilters = { ...filters, feed_id: call.feed_id }
    const position = (text?: string) => (text ? (decodeCursor(text) ?? undefined) : undefined)
    const { query, reverse } = feedTransactionsPageQuery(knex, feedFilters, {
      order: sort,
      limit,
      offset,
      after: position(after),
      before: position(before),
      last: last === "true",
    })
    const count = feedTransactionsQuery(knex, feedFilters).count({ count: "*" })
    return [{ ...native(query), limit, reverse }, native(count)]
  })
  writeFileSync(process.env.BENCH_CENTRE_SQL!, JSON.stringify({ queries, params: plan.map((call) => call.params) }))
  console.log(`BENCH_CENTRE_PREPARED ${queries.length}`)
}
