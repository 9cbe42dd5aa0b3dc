import { json, type Reply } from "../../http/reply"
import type { SandboxState } from "../../state"
import type { DetailOperation, Session } from "../../state/sessions"
import { accountFields, accountsFor, detailChunks } from "../account-view"
import { failure, messageOf } from "../codes"
import type { FlinksContext } from "../context"
import { ASYNC_LINKS } from "../envelope"
import { apiKeyRefusal, authorizedSession, dataRequest, optionalBoolean } from "../guards"

const DAYS = { Days90: 90, Days365: 365 } as const

/**
 * POST /GetAccountsDetail. The first answer is 202 OPERATION_PENDING (Flinks Capital always did
 * that); GetAccountsDetailAsync then answers 202 `asyncPendingRounds` times before the 200.
 */
export function getAccountsDetail(ctx: FlinksContext): Reply {
  const { state } = ctx
  const variants = state.variants
  const request = dataRequest(ctx)
  if ("reply" in request) {
    return request.reply
  }
  const withTransactions = optionalBoolean(request.body.WithTransactions, true)
  const withKyc = optionalBoolean(request.body.WithKYC, false)
  const withIdentity = optionalBoolean(request.body.WithAccountIdentity, false)
  if (withTransactions === null || withKyc === null || withIdentity === null) {
    return failure("INVALID_REQUEST", variants, "WithTransactions, WithKYC and WithAccountIdentity must be booleans")
  }
  const daysText = request.body.DaysOfTransactions ?? "Days90"
  if (daysText !== "Days90" && daysText !== "Days365") {
    return failure("INVALID_REQUEST", variants, 'DaysOfTransactions must be "Days90" or "Days365"')
  }

  const { session } = request
  const behaviour = session.login.behaviour
  const special = behaviour === "dispatched" || behaviour === "pending"
  const operation: DetailOperation = {
    params: { withTransactions, withKyc, days: DAYS[daysText], accountsFilter: request.filter },
    roundsLeft: variants.asyncPendingRounds + (behaviour === "pending" ? 2 : 0),
    done: false,
    partial: special,
  }
  session.operation = operation
  if (!variants.detailPendingFirst && !special && !ctx.endless) {
    return complete(state, session, operation)
  }
  return pending(state, session, behaviour === "dispatched" ? "OPERATION_DISPATCHED" : "OPERATION_PENDING")
}

/** GET /GetAccountsDetailAsync/{requestId}: poll until the 200. */
export function getAccountsDetailAsync(ctx: FlinksContext): Reply {
  const refusal = apiKeyRefusal(ctx)
  if (refusal) {
    return refusal
  }
  const auth = authorizedSession(ctx, ctx.param)
  if ("reply" in auth) {
    return auth.reply
  }
  const { session } = auth
  const operation = session.operation
  if (!operation) {
    return failure("INVALID_REQUEST", ctx.state.variants, "No GetAccountsDetail was requested with this RequestId")
  }
  if (ctx.endless) {
    operation.done = false
    return pending(ctx.state, session, "OPERATION_PENDING")
  }
  if (!operation.done && operation.roundsLeft > 0) {
    operation.roundsLeft -= 1
    return pending(ctx.state, session, "OPERATION_PENDING")
  }
  return complete(ctx.state, session, operation)
}

function pending(state: SandboxState, session: Session, code: "OPERATION_PENDING" | "OPERATION_DISPATCHED"): Reply {
  const operation = session.operation
  // test_dispatched and test_pending come with "a partial result of what had been processed so far".
  const partial = operation?.partial
    ? accountsFor(state, session.login, operation.params.accountsFilter).map((account) => ({
        Transactions: [],
        ...accountFields(session.login, account, false),
      }))
    : undefined
  return json(202, {
    HttpStatusCode: 202,
    Links: ASYNC_LINKS,
    Message: messageOf(code),
    FlinksCode: code,
    RequestId: session.requestId,
    Accounts: partial,
  })
}

function complete(state: SandboxState, session: Session, operation: DetailOperation): Reply {
  operation.done = true
  state.sessions.touch(session)
  session.login.pulls += 1
  return { status: 200, chunks: detailChunks(state, session, operation.params, session.login.pulls) }
}
