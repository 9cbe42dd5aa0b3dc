import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { linkBankFeedWorkflow } from "../../../../workflows"
import { feedMatches } from "./feed-matches"
import { readFeeds } from "./read-feeds"
import { AdminListBankFeedsType } from "./validators"
import { requestFeedImport } from "./request-feed-import"
import type { AdminBankFeedsResponse, AdminLinkBankFeed, AdminLinkBankFeedResponse } from "../../../../types/http"

export async function GET(
  req: AuthenticatedMedusaRequest<unknown, AdminListBankFeedsType>,
  res: MedusaResponse<AdminBankFeedsResponse>
) {
  const { status, q } = req.validatedQuery as AdminListBankFeedsType
  const feeds = await readFeeds(req.scope, status === "all" ? {} : { status })
  res.json({ feeds: q ? feeds.filter((feed) => feedMatches(feed, q)) : feeds })
}

/**
 * Links a bank account to a ledger account and starts its first import in the background: the
 * answer carries the run to follow.
 */
export async function POST(
  req: AuthenticatedMedusaRequest<AdminLinkBankFeed>,
  res: MedusaResponse<AdminLinkBankFeedResponse>
) {
  const actorId = req.auth_context.actor_id
  const { result } = await linkBankFeedWorkflow(req.scope).run({ input: { ...req.validatedBody, actor_id: actorId } })
  // Caught on purpose, a partial outcome: the feed is linked whatever happens to its first import,
  // so an import that could not start is reported in `sync_error` beside the linked feed, not as a
  // failed request that would hide the link.
  let syncRun = null
  let syncError: string | null = null
  try {
    syncRun = (await requestFeedImport(req.scope, result.feed.id, "link", actorId)).run
  } catch (error) {
    syncError = `The feed is linked, but its first import did not start: ${(error as Error)?.message ?? error}`
  }
  const [feed] = await readFeeds(req.scope, { id: result.feed.id })
  res.json({ feed, sync_run: syncRun, sync_error: syncError, notice: result.notice })
}
