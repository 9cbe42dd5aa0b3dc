import {
  MedusaNextFunction,
  MedusaRequest,
  MedusaResponse,
  MiddlewareFunction,
  validateAndTransformBody,
  validateAndTransformQuery,
} from "@medusajs/framework/http"
import { z } from "@medusajs/framework/zod"
import { refuseUnreadableBody, refuseUnreadableQuery } from "./request-shape"

type QueryConfig = Parameters<typeof validateAndTransformQuery>[1]

/** The rule for a query or a body a route does not take: nothing at all. */
export const Nothing = z.object({}).strict()

export type InputRules = {
  /** Checks the path's :id first; throws NOT_FOUND for one that cannot name a record. */
  id?: (id: string) => unknown
  query?: z.ZodType
  queryConfig?: QueryConfig
  body?: z.ZodType
}

/**
 * Everything a request carries, checked before the handler runs: the path's id, the query and
 * the body. A part the rules leave out must be empty, so an unknown field, a list as the body or
 * a body sent to a route that takes none is refused with a 400 instead of being ignored.
 */
export function strictInput(rules: InputRules): MiddlewareFunction[] {
  const checkId = (req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) => {
    rules.id!(req.params.id)
    next()
  }
  return [
    ...(rules.id ? [checkId] : []),
    refuseUnreadableQuery,
    validateAndTransformQuery(rules.query ?? Nothing, rules.queryConfig ?? {}),
    refuseUnreadableBody,
    validateAndTransformBody(rules.body ?? Nothing),
  ]
}
