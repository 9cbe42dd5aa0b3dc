import type { AdminConnectSession } from "./flinks-connect"
import type { AdminSyncRun } from "./sync-runs"

/**
 * The bank's question of a waiting run, opened in Flinks Connect (POST
 * /admin/banking/sync-runs/:id/question); refused once the run no longer waits. Closing it
 * (…/question/decline) answers AdminSyncRunResponse.
 */
export type AdminRunQuestionResponse = { connect_session: AdminConnectSession; sync_run: AdminSyncRun }
