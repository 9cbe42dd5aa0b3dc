import { MiddlewareRoute } from "@medusajs/framework/http"

export const bankFeedsMiddlewares: MiddlewareRoute[] = []
