import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { readSyncRun } from "../present-sync-run"
import type { AdminSyncRunResponse } from "../../../../../types/http"

/** One import or bank check, as the screens follow it until it ends. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse<AdminSyncRunResponse>) {
  res.json({ sync_run: await readSyncRun(req.scope, req.params.id) })
}
