import type { FlinksClientOptions, FlinksFetch, FlinksInstanceConfig } from "../config"

/*
 * A scripted stand-in for Flinks, injected as `fetch`. Each test says what each endpoint answers;
 * every call is recorded (URL, headers, body) so tests can check what the client sent.
 */

export const CONFIG: FlinksInstanceConfig = {
  id: "flinks-ca",
  baseUrl: "https://unit-api.example.test/",
  connectUrl: "https://unit-iframe.example.test/v2/",
  customerId: "customer-0000-1111",
  secretKey: "SECRET-KEY-5b1e0c6a-4d0f",
  apiKey: "API-KEY-9f3a22d1-77aa",
}

export const LOGIN_ID = "LOGIN-ID-1e2d3c4b-aaaa-bbbb"
export const REQUEST_ID = "REQUEST-ID-0a0b0c0d"

export type Reply =
  | { status: number; json?: unknown; text?: string; headers?: Record<string, string> }
  | { drop: true }
  | { hang: true }

export type RecordedCall = {
  endpoint: string
  pathParam: string | null
  query: Record<string, string>
  method: string
  headers: Record<string, string>
  body: any
}

type Handler = (call: RecordedCall, count: number) => Reply

export class FakeFlinks {
  readonly calls: RecordedCall[] = []
  private readonly handlers = new Map<string, Handler>()
  private tokenCounter = 0
  readonly issuedTokens: string[] = []

  constructor() {
    // Every test gets working tokens unless it says otherwise.
    this.on("GenerateAuthorizeToken", () => {
      const token = `TOKEN-${++this.tokenCounter}-f00dfeed`
      this.issuedTokens.push(token)
      return { status: 200, json: { HttpStatusCode: 200, Token: token } }
    })
  }

  on(endpoint: string, handler: Handler | Reply | Reply[]): this {
    if (typeof handler === "function") {
      this.handlers.set(endpoint, handler)
    } else if (Array.isArray(handler)) {
      // A sequence; the last reply repeats.
      this.handlers.set(endpoint, (_call, n) => handler[Math.min(n - 1, handler.length - 1)])
    } else {
      this.handlers.set(endpoint, () => handler)
    }
    return this
  }

  callsTo(endpoint: string): RecordedCall[] {
    return this.calls.filter((c) => c.endpoint === endpoint)
  }

  readonly fetch: FlinksFetch = async (input, init) => {
    const url = new URL(input)
    const match = /\/v3\/([^/]+)\/BankingServices\/([^/]+)(?:\/([^/]+))?$/.exec(url.pathname)
    if (!match) throw new Error(`unexpected URL ${url.pathname}`)
    const headers = Object.fromEntries(new Headers(init.headers).entries())
    const call: RecordedCall = {
      endpoint: match[2],
      pathParam: match[3] ? decodeURIComponent(match[3]) : null,
      query: Object.fromEntries(url.searchParams.entries()),
      method: init.method ?? "GET",
      headers,
      body: typeof init.body === "string" ? JSON.parse(init.body) : undefined,
    }
    this.calls.push(call)
    const handler = this.handlers.get(call.endpoint)
    if (!handler) throw new Error(`no handler for ${call.endpoint}`)
    const reply = handler(call, this.callsTo(call.endpoint).length)
    if ("drop" in reply) {
      throw Object.assign(new TypeError("fetch failed"), {
        cause: Object.assign(new Error("other side closed"), { code: "UND_ERR_SOCKET" }),
      })
    }
    if ("hang" in reply) {
      return new Promise<Response>((_resolve, reject) => {
        init.signal?.addEventListener("abort", () =>
          reject(Object.assign(new Error("This operation was aborted"), { name: "AbortError" }))
        )
      })
    }
    const text = reply.text ?? (reply.json === undefined ? "" : JSON.stringify(reply.json))
    return new Response(text === "" ? null : text, { status: reply.status, headers: reply.headers })
  }
}

/** Options for fast tests: no real waiting, a clock the sleeps advance. */
export function fastOptions(fake: FakeFlinks, extra: FlinksClientOptions = {}) {
  const clock = { now: 0, slept: [] as number[] }
  const options: FlinksClientOptions = {
    fetch: fake.fetch,
    now: () => clock.now,
    sleep: async (ms) => {
      clock.slept.push(ms)
      clock.now += ms
    },
    random: () => 0.5,
    requestTimeoutMs: 200,
    ...extra,
  }
  return { options, clock }
}

export const authorized = (overrides: Record<string, unknown> = {}) => ({
  HttpStatusCode: 200,
  Links: [{ rel: "AccountsDetail", href: "/GetAccountsDetail", example: null }],
  InstitutionName: "FlinksCapital",
  Login: {
    Username: "Greatday",
    IsScheduledRefresh: false,
    LastRefresh: "2024-05-01T10:11:12.1234567",
    Type: "Personal",
    Id: LOGIN_ID,
  },
  InstitutionId: 14,
  Institution: "FlinksCapital",
  RequestId: REQUEST_ID,
  ...overrides,
})

export const mfa = (prompt = "What city were you born in?") => ({
  HttpStatusCode: 203,
  Links: [{ rel: "Authorization", href: "/Authorize", example: null }],
  SecurityChallenges: [{ Type: "QuestionAndAnswer", Prompt: prompt }],
  InstitutionName: "FlinksCapital",
  InstitutionId: 14,
  Institution: "FlinksCapital",
  RequestId: REQUEST_ID,
})

export const flinksError = (status: number, code: string, extra: Record<string, unknown> = {}) => ({
  status,
  json: { HttpStatusCode: status, Message: `Message for ${code} about ${LOGIN_ID}`, FlinksCode: code, ...extra },
})
