import { MedusaContainer } from "@medusajs/framework/types"
import { MedusaError } from "@medusajs/framework/utils"
import { BANKING_MODULE } from "../../../../modules/banking"
import type { IBankingModuleService } from "../../../../types"
import { requestSyncRunWorkflow } from "../../../../workflows"
import type { SyncTrigger } from "../../../../types"
import { readSyncRun } from "../sync-runs/present-sync-run"

/**
 * Queues the import of one feed and answers with its run at once; the import itself runs in the
 * background. A second click while it runs gets the same run.
 */
export async function requestFeedImport(
  scope: MedusaContainer,
  feedId: string,
  trigger: SyncTrigger,
  actorId: string | null,
  signIn: "cached" | "live" = "cached"
) {
  const banking = scope.resolve<IBankingModuleService>(BANKING_MODULE)
  const [feed] = await banking.listBankFeeds({ id: feedId }, { relations: ["bank_account"] })
  if (!feed) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, "This bank feed does not exist.")
  }
  const { result } = await requestSyncRunWorkflow(scope).run({
    input: {
      connection_id: feed.bank_account.connection_id,
      kind: "import",
      trigger,
      feed_ids: [feedId],
      requested_by: actorId,
      sign_in: signIn,
      in_background: true,
    },
  })
  return { run: await readSyncRun(scope, result.id), created: result.created }
}
