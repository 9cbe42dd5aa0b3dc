import type { Variants } from "../core/variants"
import { json, type Reply } from "../http/reply"

export type FlinksCode =
  | "OPERATION_PENDING"
  | "OPERATION_DISPATCHED"
  | "SESSION_NONEXISTENT"
  | "CARD_IN_USE"
  | "INVALID_LOGIN"
  | "INVALID_USERNAME"
  | "INVALID_PASSWORD"
  | "INVALID_REQUEST"
  | "INVALID_SECURITY_RESPONSE"
  | "UNKNOWN_CHALLENGE_KEY"
  | "QUESTION_NOT_FOUND"
  | "RETRY_LATER"
  | "UNAUTHORIZED"
  | "DISABLED_LOGIN"
  | "TOO_MANY_REQUESTS"
  | "DISABLED_INSTITUTION"
  | "AGGREGATION_ERROR"
  | "CONCURRENT_SESSION"
  | "ALREADY_AUTHORIZED"

const DEFAULT_MESSAGES: Record<FlinksCode, string> = {
  OPERATION_PENDING: "The operation is still being processed, use the Async endpoint to get the result",
  OPERATION_DISPATCHED:
    "The operation took longer than 210 seconds and was dispatched to a background queue, use the Async endpoint to get the result",
  SESSION_NONEXISTENT: "RequestId is invalid or session has ended",
  CARD_IN_USE: "The card is currently being processed, please retry later",
  INVALID_LOGIN: "The LoginId is invalid",
  INVALID_USERNAME: "The username is invalid",
  INVALID_PASSWORD: "The password is invalid",
  INVALID_REQUEST: "The request is invalid",
  INVALID_SECURITY_RESPONSE: "The answer to the security challenge is invalid",
  UNKNOWN_CHALLENGE_KEY: "The security response does not answer the challenge that was asked",
  QUESTION_NOT_FOUND: "A security challenge has no stored answer: a live authorization with the user is needed",
  RETRY_LATER: "The institution cannot be reached at the moment, please retry later",
  UNAUTHORIZED: "Unauthorized",
  DISABLED_LOGIN: "The login was disabled by the institution",
  TOO_MANY_REQUESTS: "Too many requests, please slow down",
  DISABLED_INSTITUTION: "The institution is currently unavailable",
  AGGREGATION_ERROR: "An unexpected error occurred during the aggregation",
  CONCURRENT_SESSION: "Another session is already in progress for this LoginId",
  ALREADY_AUTHORIZED: "This RequestId is already authorized",
}

/**
 * HTTP status per FlinksCode, per the current docs. The statuses of CONCURRENT_SESSION and
 * ALREADY_AUTHORIZED are not documented: 401 is the sandbox's guess, like the other refusals.
 */
export function statusOf(code: FlinksCode, variants: Variants): number {
  switch (code) {
    case "OPERATION_PENDING":
    case "OPERATION_DISPATCHED":
      return 202
    case "SESSION_NONEXISTENT":
    case "CARD_IN_USE":
      return 400
    case "INVALID_LOGIN":
    case "INVALID_USERNAME":
    case "INVALID_PASSWORD":
      return variants.invalidLoginStatus
    case "INVALID_REQUEST":
      return variants.invalidRequestStatus
    case "TOO_MANY_REQUESTS":
      return variants.tooManyRequestsStatus
    case "DISABLED_INSTITUTION":
      return 405
    case "AGGREGATION_ERROR":
      return 500
    default:
      return 401
  }
}

export function messageOf(code: FlinksCode): string {
  return DEFAULT_MESSAGES[code]
}

/** Flinks' error envelope: `{HttpStatusCode, Message, FlinksCode}`, HttpStatusCode equal to the status. */
export function failure(
  code: FlinksCode,
  variants: Variants,
  message?: string,
  extra: Record<string, unknown> = {}
): Reply {
  const status = statusOf(code, variants)
  return json(status, { HttpStatusCode: status, Message: message ?? messageOf(code), FlinksCode: code, ...extra })
}

/** ASP.NET's answer for a path it has no route for: a 404 without a FlinksCode. */
export const notFound = (): Reply =>
  json(404, { HttpStatusCode: 404, Message: "No HTTP resource was found that matches the request URI" })
