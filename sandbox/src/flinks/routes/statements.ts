import { json, type Reply } from "../../http/reply"
import { accountsFor } from "../account-view"
import { failure } from "../codes"
import type { FlinksContext } from "../context"
import { dataRequest } from "../guards"

const PERIODS = ["MostRecent", "Months3", "Months12"]

/** POST /GetStatements: Flinks Capital has no statements, so every list is empty. */
export function getStatements(ctx: FlinksContext): Reply {
  const request = dataRequest(ctx)
  if ("reply" in request) {
    return request.reply
  }
  const period = request.body.NumberOfStatements ?? "MostRecent"
  if (!PERIODS.includes(period as string)) {
    return failure("INVALID_REQUEST", ctx.state.variants, `NumberOfStatements must be one of ${PERIODS.join(", ")}`)
  }
  return json(200, {
    HttpStatusCode: 200,
    StatementsByAccount: accountsFor(ctx.state, request.session.login, request.filter).map((account) => ({
      AccountNumber: account.template.accountNumber,
      Statements: [],
    })),
    RequestId: request.session.requestId,
  })
}
