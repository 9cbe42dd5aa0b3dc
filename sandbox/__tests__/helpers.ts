import { SANDBOX_CA_INSTANCE, startSandbox, type RunningSandbox, type SandboxInstance } from "../src"

/**
 * Plain HTTP, the way any Flinks client talks to Flinks: these tests know the sandbox only
 * through its URLs, written from ../shared/flinks/REFERENCE.md.
 */
export interface Call {
  status: number
  text: string
  body: any
  headers: Headers
}

export async function call(url: string, init: RequestInit = {}): Promise<Call> {
  const response = await fetch(url, init)
  const text = await response.text()
  let body: unknown
  try {
    body = text ? JSON.parse(text) : undefined
  } catch {
    body = undefined
  }
  return { status: response.status, text, body, headers: response.headers }
}

const JSON_HEADERS = { "content-type": "application/json" }

export function flinks(sandbox: RunningSandbox, instance: SandboxInstance = SANDBOX_CA_INSTANCE) {
  const base = `${sandbox.url}/v3/${instance.customerId}/BankingServices`
  const data = (endpoint: string, body: unknown, headers: Record<string, string> = {}) =>
    call(`${base}/${endpoint}`, {
      method: "POST",
      headers: { ...JSON_HEADERS, "x-api-key": instance.apiKey, ...headers },
      body: JSON.stringify(body),
    })

  const client = {
    base,
    instance,
    async token(): Promise<string> {
      const answer = await call(`${base}/GenerateAuthorizeToken`, {
        method: "POST",
        headers: { "flinks-auth-key": instance.secretKey },
      })
      if (answer.status !== 200) {
        throw new Error(`GenerateAuthorizeToken answered ${answer.status}`)
      }
      return answer.body.Token
    },
    /** token: a value to send, undefined for a fresh one, null for no header at all. */
    async authorize(body: unknown, token?: string | null): Promise<Call> {
      const key = token === undefined ? await client.token() : token
      return call(`${base}/Authorize`, {
        method: "POST",
        headers: { ...JSON_HEADERS, ...(key === null ? {} : { "flinks-auth-key": key }) },
        body: JSON.stringify(body),
      })
    },
    credentials(username = "Greatday", extra: Record<string, unknown> = {}) {
      return client.authorize({
        Institution: "FlinksCapital",
        Username: username,
        Password: "Everyday",
        MostRecentCached: false,
        Save: true,
        ...extra,
      })
    },
    answer(challenge: Call, answer?: string) {
      const prompt: string = challenge.body.SecurityChallenges[0].Prompt
      return client.authorize({
        RequestId: challenge.body.RequestId,
        SecurityResponses: { [prompt]: [answer ?? answerFor(prompt)] },
      })
    },
    /** Answers every question until the bank lets the login in. */
    async passMfa(first: Call): Promise<Call> {
      let current = first
      while (current.status === 203) {
        current = await client.answer(current)
      }
      return current
    },
    /** A Greatday login, connected with its MFA answered: what Connect would leave behind. */
    async connect(
      username = "Greatday",
      extra: Record<string, unknown> = {}
    ): Promise<{ loginId: string; requestId: string; authorized: Call }> {
      const authorized = await client.passMfa(await client.credentials(username, extra))
      if (authorized.status !== 200) {
        throw new Error(`connect failed: ${authorized.text}`)
      }
      return { loginId: authorized.body.Login.Id, requestId: authorized.body.RequestId, authorized }
    },
    cached(loginId: string) {
      return client.authorize({ LoginId: loginId, MostRecentCached: true })
    },
    live(loginId: string) {
      return client.authorize({ LoginId: loginId, MostRecentCached: false, Save: true })
    },
    summary: (body: unknown, headers?: Record<string, string>) => data("GetAccountsSummary", body, headers),
    detail: (body: unknown, headers?: Record<string, string>) => data("GetAccountsDetail", body, headers),
    statements: (body: unknown, headers?: Record<string, string>) => data("GetStatements", body, headers),
    detailAsync: (requestId: string, headers: Record<string, string> = {}) =>
      call(`${base}/GetAccountsDetailAsync/${requestId}`, { headers: { "x-api-key": instance.apiKey, ...headers } }),
    deleteCard: (loginId: string, headers: Record<string, string> = {}) =>
      call(`${base}/DeleteCard/${loginId}`, {
        method: "DELETE",
        headers: { "x-api-key": instance.apiKey, ...headers },
      }),
    /** GetAccountsDetail, then GetAccountsDetailAsync until the 200. */
    async pull(requestId: string, extra: Record<string, unknown> = {}): Promise<Call> {
      let answer = await client.detail({
        RequestId: requestId,
        WithTransactions: true,
        DaysOfTransactions: "Days365",
        ...extra,
      })
      for (let i = 0; i < 20 && answer.status === 202; i++) {
        answer = await client.detailAsync(requestId)
      }
      return answer
    },
  }
  return client
}

export function control(sandbox: RunningSandbox) {
  const send = (method: string, path: string, body?: unknown) =>
    call(`${sandbox.url}/__sandbox${path}`, {
      method,
      headers: body === undefined ? {} : JSON_HEADERS,
      body: body === undefined ? undefined : JSON.stringify(body),
    })
  return {
    get: (path: string) => send("GET", path),
    post: (path: string, body: unknown = {}) => send("POST", path, body),
    delete: (path: string) => send("DELETE", path),
  }
}

const CANADIAN_ANSWERS: Record<string, string> = {
  "What city were you born in?": "Montreal",
  "What is the best country on earth?": "Canada",
  "What shape do people like most?": "Triangle",
  "Dans quelle ville êtes-vous né?": "Montreal",
  "Quel est le meilleur pays au monde?": "Canada",
  "Quelle forme les gens préfèrent-ils?": "Triangle",
}

/** Flinks Capital's documented answers: three Canadian questions, or small sums in the US. */
export function answerFor(prompt: string): string {
  if (CANADIAN_ANSWERS[prompt]) {
    return CANADIAN_ANSWERS[prompt]
  }
  const sum = /(\d+) \+ (\d+)/.exec(prompt)
  if (sum) {
    return String(Number(sum[1]) + Number(sum[2]))
  }
  throw new Error(`No known answer to "${prompt}"`)
}

export { startSandbox }

/** A Connect page over plain HTTP: its config island and the calls its script makes. */
export interface ConnectPage {
  status: number
  html: string
  config: any
  act: (action: string, body: unknown) => Promise<any>
  login: (username?: string, password?: string) => Promise<any>
}

export async function openConnect(sandbox: RunningSandbox, query: string, path = "/v2/"): Promise<ConnectPage> {
  const page = await call(`${sandbox.url}${path}?${query}`)
  const island = /<script id="flinks-config" type="application\/json">(.*?)<\/script>/s.exec(page.text)
  const config = island ? JSON.parse(island[1]) : null
  const act = async (action: string, body: unknown) =>
    (
      await call(`${sandbox.url}${config.actionBase}${action}`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify(body),
      })
    ).body
  return {
    status: page.status,
    html: page.text,
    config,
    act,
    login: (username = "Greatday", password = "Everyday") =>
      act("credentials", { institution: "FlinksCapital", username, password }),
  }
}

/** One login as GET /__sandbox/state shows it. */
export async function loginState(sandbox: RunningSandbox, loginId: string): Promise<any> {
  const state = await control(sandbox).get("/state")
  return state.body.logins.find((login: any) => login.loginId === loginId)
}
