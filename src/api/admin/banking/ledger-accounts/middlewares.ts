import { MiddlewareRoute } from "@medusajs/framework/http"

export const ledgerAccountsMiddlewares: MiddlewareRoute[] = []
