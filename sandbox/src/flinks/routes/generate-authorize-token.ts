import { json, type Reply } from "../../http/reply"
import { failure } from "../codes"
import { header, type FlinksContext } from "../context"

/** POST /GenerateAuthorizeToken, header flinks-auth-key = the instance's secret key. */
export function generateAuthorizeToken(ctx: FlinksContext): Reply {
  if (header(ctx, "flinks-auth-key") !== ctx.instance.secretKey) {
    return failure(
      "UNAUTHORIZED",
      ctx.state.variants,
      "The flinks-auth-key header is missing or is not the secret key of this instance"
    )
  }
  return json(200, { HttpStatusCode: 200, Token: ctx.state.tokens.issue(ctx.instance) })
}
