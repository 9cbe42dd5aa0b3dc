import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { unlinkBankFeedWorkflow } from "../../../../../../workflows"
import { readFeeds } from "../../read-feeds"
import type { AdminBankFeedResponse } from "../../../../../../types/http"

/** Stops the feed; its imported lines stay. */
export async function POST(req: AuthenticatedMedusaRequest, res: MedusaResponse<AdminBankFeedResponse>) {
  await unlinkBankFeedWorkflow(req.scope).run({ input: { id: req.params.id } })
  const [feed] = await readFeeds(req.scope, { id: req.params.id })
  res.json({ feed })
}
