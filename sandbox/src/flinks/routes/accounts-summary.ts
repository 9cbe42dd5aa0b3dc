import { json, type Reply } from "../../http/reply"
import { accountFields, accountsFor } from "../account-view"
import type { FlinksContext } from "../context"
import { institutionFields, loginJson } from "../envelope"
import { accountsFilter, apiKeyRefusal, authorizedSession, bodyObject } from "../guards"

/** POST /GetAccountsSummary: the accounts and their balances, no transactions, answered at once. */
export function getAccountsSummary(ctx: FlinksContext): Reply {
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
  const { login } = auth.session
  const fields = institutionFields(login)
  return json(200, {
    HttpStatusCode: 200,
    Accounts: accountsFor(ctx.state, login, filter.filter).map((account) => accountFields(login, account, false)),
    InstitutionName: fields.InstitutionName,
    Login: loginJson(login, ctx.state.variants),
    InstitutionId: fields.InstitutionId,
    Institution: fields.Institution,
    RequestId: auth.session.requestId,
  })
}
