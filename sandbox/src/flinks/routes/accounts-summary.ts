import { json, type Reply } from "../../http/reply"
import { accountFields, accountsFor } from "../account-view"
import type { FlinksContext } from "../context"
import { institutionFields, loginJson } from "../envelope"
import { dataRequest } from "../guards"

/** POST /GetAccountsSummary: the accounts and their balances, no transactions, answered at once. */
export function getAccountsSummary(ctx: FlinksContext): Reply {
  const request = dataRequest(ctx)
  if ("reply" in request) {
    return request.reply
  }
  const { login } = request.session
  const fields = institutionFields(login)
  return json(200, {
    HttpStatusCode: 200,
    Accounts: accountsFor(ctx.state, login, request.filter).map((account) => accountFields(login, account, false)),
    InstitutionName: fields.InstitutionName,
    Login: loginJson(login, ctx.state.variants),
    InstitutionId: fields.InstitutionId,
    Institution: fields.Institution,
    RequestId: request.session.requestId,
  })
}
