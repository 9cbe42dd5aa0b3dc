import { json, type Reply } from "../../http/reply"
import { failure } from "../codes"
import type { FlinksContext } from "../context"
import { apiKeyRefusal } from "../guards"

/** DELETE /DeleteCard/{loginId}: the login and everything Flinks holds for it are gone for good. */
export function deleteCard(ctx: FlinksContext): Reply {
  const { state } = ctx
  const refusal = apiKeyRefusal(ctx)
  if (refusal) {
    return refusal
  }
  const login = ctx.param ? state.logins.find(ctx.instance, ctx.param) : undefined
  if (!login) {
    return failure("INVALID_LOGIN", state.variants)
  }
  // Right after a live Authorize Flinks is still pulling the login's data, and while a detail
  // request is being processed the card is busy too.
  const justAuthorized =
    login.liveAuthorizedAt !== null &&
    state.clock.now() - login.liveAuthorizedAt < state.variants.cardInUseSeconds * 1000
  const processing = state.sessions.aliveOf(login).some((session) => state.sessions.isProcessing(session))
  if (justAuthorized || processing) {
    return failure("CARD_IN_USE", state.variants)
  }
  state.sessions.endAllOf(login)
  state.logins.delete(login)
  if (state.variants.deleteCardBody === "empty") {
    return { status: 200, empty: true }
  }
  return json(200, {
    HttpStatusCode: 200,
    Message: `All of the information about LoginId ${login.id} has been removed`,
  })
}
