import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { linkBankFeedWorkflow } from "../../../../workflows"
import { feedMatches } from "./feed-matches"
import { readFeeds } from "./read-feeds"
import { AdminLinkBankFeedType, AdminListBankFeedsType } from "./validators"
import { runImport } from "./run-import"

export async function GET(req: AuthenticatedMedusaRequest<unknown, AdminListBankFeedsType>, res: MedusaResponse) {
  const { status, q } = req.validatedQuery as AdminListBankFeedsType
  const feeds = await readFeeds(req.scope, status === "all" ? {} : { status })
  res.json({ feeds: q ? feeds.filter((feed) => feedMatches(feed, q)) : feeds })
}

/** Links a bank account to a ledger account, then brings its first transactions in. */
export async function POST(req: AuthenticatedMedusaRequest<AdminLinkBankFeedType>, res: MedusaResponse) {
  const { result } = await linkBankFeedWorkflow(req.scope).run({
    input: { ...req.validatedBody, actor_id: req.auth_context.actor_id },
  })
  // The feed is linked whatever happens to its first import; the answer says how that went.
  const sync = await runImport(req.scope, result.feed.id, "link").catch((error) => ({
    status: "failed" as const,
    message: `The feed is linked, but its first import did not run: ${(error as Error)?.message ?? error}`,
  }))
  const [feed] = await readFeeds(req.scope, { id: result.feed.id })
  res.json({ feed, sync, notice: result.notice })
}
