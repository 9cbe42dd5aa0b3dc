import { json, type Reply } from "../../http/reply"
import { failure, notFound } from "../codes"
import { header, type FlinksContext } from "../context"
import { ineligibility, type IneligibleCard } from "../nightly-refresh"

/** docs.flinks.com's current page: `Authorization: Bearer <secret key>`; older ones use flinks-auth-key. */
function authorized(ctx: FlinksContext): boolean {
  const secret = ctx.instance.secretKey
  return header(ctx, "authorization") === `Bearer ${secret}` || header(ctx, "flinks-auth-key") === secret
}

/**
 * GET /GetNightlyRefreshStatus: the logins with scheduled refresh on that Flinks could not keep
 * refreshing. With nightlyRefresh "absent" the endpoint does not exist; with "empty" it always
 * answers an empty list.
 */
export function getNightlyRefreshStatus(ctx: FlinksContext): Reply {
  const { state } = ctx
  if (state.variants.nightlyRefresh === "absent") {
    return notFound()
  }
  if (!authorized(ctx)) {
    return failure("UNAUTHORIZED", state.variants, "Send Authorization: Bearer <the secret key of this instance>")
  }
  const cards: IneligibleCard[] = []
  if (state.variants.nightlyRefresh === "supported") {
    for (const login of state.logins.all()) {
      const card =
        login.instance.customerId === ctx.instance.customerId && login.scheduledRefresh
          ? ineligibility(state, login)
          : null
      if (card) {
        cards.push(card)
      }
    }
  }
  return json(200, { HttpStatusCode: 200, IneligibleCards: cards })
}
