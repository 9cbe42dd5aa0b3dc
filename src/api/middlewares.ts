import { defineMiddlewares } from "@medusajs/framework/http"
import { connectSessionsMiddlewares } from "./admin/banking/connect-sessions/middlewares"
import { bankConnectionsMiddlewares } from "./admin/banking/connections/middlewares"
import { bankFeedsMiddlewares } from "./admin/banking/feeds/middlewares"
import { ledgerAccountsMiddlewares } from "./admin/banking/ledger-accounts/middlewares"
import { bankingProvidersMiddlewares } from "./admin/banking/providers/middlewares"
import { resumeSessionsMiddlewares } from "./admin/banking/resume-sessions/middlewares"
import { bankingSettingsMiddlewares } from "./admin/banking/settings/middlewares"
import { statementCentreMiddlewares } from "./admin/banking/statement-centre/middlewares"
import { syncRunsMiddlewares } from "./admin/banking/sync-runs/middlewares"
import { flinksRedirectMiddlewares } from "./flinks/redirect/middlewares"

export default defineMiddlewares({
  routes: [
    ...bankConnectionsMiddlewares,
    ...bankingProvidersMiddlewares,
    ...connectSessionsMiddlewares,
    ...ledgerAccountsMiddlewares,
    ...bankFeedsMiddlewares,
    ...statementCentreMiddlewares,
    ...syncRunsMiddlewares,
    ...bankingSettingsMiddlewares,
    ...resumeSessionsMiddlewares,
    ...flinksRedirectMiddlewares,
  ],
})
