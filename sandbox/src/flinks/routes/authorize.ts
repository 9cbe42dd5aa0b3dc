import type { Language } from "../../bank/mfa"
import { isObject } from "../../http/body"
import { json, type Reply } from "../../http/reply"
import type { SandboxState } from "../../state"
import type { TokenProblem } from "../../state/tokens"
import {
  answerChallenge,
  authorizeCached,
  authorizeLiveRefresh,
  authorizeWithCredentials,
  type AuthorizeOutcome,
} from "../authorize-core"
import { failure } from "../codes"
import { header, type FlinksContext } from "../context"
import { AUTHORIZE_LINKS, CHALLENGE_LINKS, institutionFields, loginJson } from "../envelope"

const TOKEN_MESSAGES: Record<TokenProblem, string> = {
  missing: "The flinks-auth-key header is missing: get a token from GenerateAuthorizeToken",
  unknown: "The authorize token is invalid",
  used: "The authorize token was already used",
  expired: "The authorize token has expired",
}

/** POST /Authorize, header flinks-auth-key = a single-use authorize token. */
export function authorize(ctx: FlinksContext): Reply {
  const { state, instance } = ctx
  const variants = state.variants
  const body = ctx.body.kind === "json" && isObject(ctx.body.value) ? ctx.body.value : null
  const answering = body !== null && body.RequestId !== undefined
  if (!answering || variants.mfaAnswerNeedsNewToken) {
    const problem = state.tokens.consume(instance, header(ctx, "flinks-auth-key"))
    if (problem) {
      return failure("UNAUTHORIZED", variants, TOKEN_MESSAGES[problem])
    }
  }
  if (!body) {
    return failure("INVALID_REQUEST", variants, "The request body must be a JSON object")
  }
  const invalid = (message: string) => render(state, { kind: "failed", code: "INVALID_REQUEST", message })

  if (answering) {
    if (typeof body.RequestId !== "string" || !isObject(body.SecurityResponses)) {
      return invalid("Answering a challenge takes a RequestId and a SecurityResponses object")
    }
    return render(state, answerChallenge(state, instance, body.RequestId, body.SecurityResponses))
  }

  if (body.Language !== undefined && body.Language !== "en" && body.Language !== "fr") {
    return invalid('Language must be "en" or "fr"')
  }
  if (body.Tag !== undefined && typeof body.Tag !== "string") {
    return invalid("Tag must be a string")
  }
  if (body.MostRecentCached !== undefined && typeof body.MostRecentCached !== "boolean") {
    return invalid("MostRecentCached must be a boolean")
  }
  const language = body.Language as Language | undefined
  const tag = body.Tag as string | undefined

  if (body.LoginId !== undefined) {
    if (typeof body.LoginId !== "string" || body.LoginId === "") {
      return invalid("LoginId must be a string")
    }
    return render(
      state,
      body.MostRecentCached === true
        ? authorizeCached(state, instance, body.LoginId, tag)
        : authorizeLiveRefresh(state, instance, body.LoginId, language, tag, { viaApi: true })
    )
  }
  const { Institution, Username, Password } = body
  if (
    typeof Institution !== "string" ||
    typeof Username !== "string" ||
    typeof Password !== "string" ||
    !Institution ||
    !Username
  ) {
    return invalid("Send a LoginId, or an Institution, a Username and a Password")
  }
  if (body.MostRecentCached === true) {
    return invalid("MostRecentCached reads a stored login: it needs a LoginId")
  }
  return render(
    state,
    authorizeWithCredentials(state, instance, {
      institution: Institution,
      username: Username,
      password: Password,
      language: language ?? "en",
      tag,
    })
  )
}

function render(state: SandboxState, outcome: AuthorizeOutcome): Reply {
  const variants = state.variants
  if (outcome.kind === "failed") {
    const session = outcome.session
    const extra = session
      ? {
          RequestId: session.requestId,
          Login: loginJson(session.login, variants),
          ...institutionFields(session.login),
        }
      : {}
    return failure(outcome.code, variants, outcome.message, extra)
  }
  const { session } = outcome
  const fields = institutionFields(session.login)
  if (outcome.kind === "challenge") {
    const question = session.questions[0]
    const challenge =
      variants.challengeType === "MultipleChoice"
        ? { Type: "MultipleChoice", Prompt: question.prompt, Iterables: question.choices }
        : { Type: "QuestionAndAnswer", Prompt: question.prompt }
    return json(203, {
      HttpStatusCode: 203,
      Links: CHALLENGE_LINKS,
      SecurityChallenges: [challenge],
      InstitutionName: fields.InstitutionName,
      InstitutionId: fields.InstitutionId,
      Institution: fields.Institution,
      RequestId: session.requestId,
      Tag: session.tag,
    })
  }
  const withLogin = !(outcome.afterMfa && variants.omitLoginOnMfaAnswer)
  return json(200, {
    HttpStatusCode: 200,
    Links: AUTHORIZE_LINKS,
    InstitutionName: fields.InstitutionName,
    Login: withLogin ? loginJson(session.login, variants) : undefined,
    InstitutionId: fields.InstitutionId,
    Institution: fields.Institution,
    RequestId: session.requestId,
    Tag: session.tag,
  })
}
