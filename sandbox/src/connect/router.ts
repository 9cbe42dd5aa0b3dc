import { randomUUID } from "node:crypto"
import type { IncomingMessage, ServerResponse } from "node:http"
import { SANDBOX_CA_INSTANCE, SANDBOX_US_INSTANCE, type SandboxInstance } from "../credentials"
import { FLINKS_CAPITAL_CODE, institutionsOf } from "../bank/institutions"
import { isObject, readJsonBody } from "../http/body"
import { json, send, type Reply } from "../http/reply"
import type { SandboxState } from "../state"
import { finish, submitAnswer, submitCredentials } from "./actions"
import { submitEnhancedMfa } from "./enhanced-mfa"
import { parseConnectOptions, type ConnectSession, type StepResult } from "./connect-session"
import { renderPage } from "./page"
import { errorText } from "./texts"

/** `/v2/` (and `/ca/v2/`) serve the Canadian instance, `/us/v2/` the US one. */
const PAGE_PATHS: Record<string, SandboxInstance> = {
  "/v2": SANDBOX_CA_INSTANCE,
  "/v2/": SANDBOX_CA_INSTANCE,
  "/ca/v2": SANDBOX_CA_INSTANCE,
  "/ca/v2/": SANDBOX_CA_INSTANCE,
  "/us/v2": SANDBOX_US_INSTANCE,
  "/us/v2/": SANDBOX_US_INSTANCE,
}

const ACTION_PATH = /^\/__connect\/([^/]+)\/(credentials|mfa|enhanced-mfa|finish)$/

export function isConnectPath(pathname: string): boolean {
  return pathname in PAGE_PATHS || ACTION_PATH.test(pathname)
}

function isHttpUrl(text: string): boolean {
  try {
    const url = new URL(text)
    return url.protocol === "http:" || url.protocol === "https:"
  } catch {
    return false
  }
}

function openPage(state: SandboxState, instance: SandboxInstance, query: URLSearchParams): Reply {
  const options = parseConnectOptions(query)
  const cs: ConnectSession = {
    id: randomUUID(),
    instance,
    options,
    token: query.get("authorizeToken"),
    tokenSpent: false,
    institution: null,
    requestId: null,
    loginId: null,
    wrongPasswords: 0,
    wrongAnswers: 0,
    answeredKeys: [],
    enhancedMfaPending: false,
    finished: false,
  }
  const fail = (code: string): StepResult => {
    cs.finished = true
    return { step: "error", events: [code], message: errorText(options.language, code), next: "end" }
  }

  // Flinks Capital is listed only in demo mode, as in real Connect; the real banks are always listed.
  const listed = institutionsOf(instance.country).filter(
    (institution) => options.demo || institution.code !== FLINKS_CAPITAL_CODE
  )
  // A preselected institution the page would not list (unknown, or Flinks Capital without demo) is ignored.
  const preselected =
    listed.find((institution) => institution.code === options.preselectCode) ??
    listed.find((institution) => institution.id === options.preselectId) ??
    null

  let initial: StepResult = options.consentEnable
    ? { step: "consent" }
    : preselected
      ? { step: "credentials" }
      : { step: "institutions" }
  const resumeId = query.get("requestId")
  if (options.redirectUrl !== null && !isHttpUrl(options.redirectUrl)) {
    initial = fail("INVALID_REQUEST")
  } else if (cs.token !== null && state.tokens.problem(instance, cs.token)) {
    initial = fail("TOKEN_INVALID")
  } else if (resumeId) {
    // Resume: the RequestId of a live Authorize waiting on a 203 lands the user on its question.
    const session = state.sessions.find(instance, resumeId)
    if (session?.stage !== "mfa") {
      initial = fail("SESSION_NONEXISTENT")
    } else {
      state.sessions.touch(session)
      cs.requestId = session.requestId
      cs.loginId = session.login.id
      cs.institution = session.login.institution.code
      const question = session.questions[0]
      initial = {
        step: "mfa",
        prompt: question.prompt,
        choices: state.variants.challengeType === "MultipleChoice" ? question.choices : undefined,
      }
    }
  }
  state.connectSessions.set(cs.id, cs)

  const html = renderPage({
    title: "Flinks Connect (sandbox)",
    options,
    institutions: listed.map(({ code, name }) => ({ code, name })),
    preselected: preselected && { code: preselected.code, name: preselected.name },
    initial,
    institution: cs.institution,
    actionBase: `/__connect/${cs.id}/`,
  })
  return { status: 200, text: html, contentType: "text/html; charset=utf-8", headers: { "cache-control": "no-store" } }
}

export async function handleConnect(
  state: SandboxState,
  req: IncomingMessage,
  res: ServerResponse,
  url: URL
): Promise<void> {
  const format = state.variants.amountFormat
  const instance = PAGE_PATHS[url.pathname]
  if (instance) {
    await readJsonBody(req, false)
    const reply =
      req.method === "GET" || req.method === "HEAD"
        ? openPage(state, instance, url.searchParams)
        : json(405, { error: "Use GET" })
    send(res, reply, format)
    return
  }
  const match = ACTION_PATH.exec(url.pathname)!
  const body = await readJsonBody(req, false)
  const cs = state.connectSessions.get(match[1])
  if (req.method !== "POST") {
    send(res, json(405, { error: "Use POST" }), format)
    return
  }
  if (!cs) {
    send(res, json(404, { error: "This Connect page is no longer known: load it again" }), format)
    return
  }
  if (cs.finished) {
    const ended: StepResult = {
      step: "error",
      events: ["SESSION_NONEXISTENT"],
      message: errorText(cs.options.language, "SESSION_NONEXISTENT"),
      next: "end",
    }
    send(res, json(200, ended), format)
    return
  }
  const value = body.kind === "json" && isObject(body.value) ? body.value : {}
  const action = match[2]
  const result =
    action === "credentials"
      ? submitCredentials(state, cs, value)
      : action === "mfa"
        ? submitAnswer(state, cs, value)
        : action === "enhanced-mfa"
          ? submitEnhancedMfa(state, cs, value)
          : finish(state, cs, value)
  send(res, json(200, result), format)
}
