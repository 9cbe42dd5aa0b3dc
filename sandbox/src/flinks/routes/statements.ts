import { json, type Reply } from "../../http/reply"
import { accountsFor } from "../account-view"
import { failure } from "../codes"
import type { FlinksContext } from "../context"
import { accountsFilter, apiKeyRefusal, authorizedSession, bodyObject } from "../guards"

const PERIODS = ["MostRecent", "Months3", "Months12"]

/** POST /GetStatements: Flinks Capital has no statements, so every list is empty. */
export function getStatements(ctx: FlinksContext): Reply {
  const refusal = apiKeyRefusal(ctx)
  if (refusal) {
    return refusal
  }
  const body = bodyObject(ctx)
  if ("reply" in body) {
    return body.reply
  }
  const auth = authorizedSession(ctx, body.value.RequestId)
  if ("reply" in auth) {
    return auth.reply
  }
  const filter = accountsFilter(ctx, body.value.AccountsFilter)
  if ("reply" in filter) {
    return filter.reply
  }
  const period = body.value.NumberOfStatements ?? "MostRecent"
  if (!PERIODS.includes(period as string)) {
    return failure("INVALID_REQUEST", ctx.state.variants, `NumberOfStatements must be one of ${PERIODS.join(", ")}`)
  }
  return json(200, {
    HttpStatusCode: 200,
    StatementsByAccount: accountsFor(ctx.state, auth.session.login, filter.filter).map((account) => ({
      AccountNumber: account.template.accountNumber,
      Statements: [],
    })),
    RequestId: auth.session.requestId,
  })
}
