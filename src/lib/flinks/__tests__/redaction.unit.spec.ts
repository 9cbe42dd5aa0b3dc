import { FlinksClient } from "../client"
import type { FlinksLogger } from "../config"
import { redact } from "../redact"
import {
  CONFIG,
  FakeFlinks,
  LOGIN_ID,
  REQUEST_ID,
  Reply,
  authorized,
  fastOptions,
  flinksError,
  mfa,
} from "./fake-flinks"

/*
 * Whatever happens, what the client writes to its logger and what it puts in its errors must
 * never hold the secret key, the x-api-key, an authorize token, a LoginId or bank credentials.
 * Every scenario below runs with a logger that records everything; then all of it is scanned.
 */

const USERNAME = "merchant-username-42"
const PASSWORD = "p4ssw0rd-very-secret"
const ANSWER = "my-secret-mfa-answer"

type Scenario = [name: string, reply: Reply]

const REPLIES: Scenario[] = [
  ["ok", { status: 200, json: authorized() }],
  ["mfa", { status: 203, json: mfa() }],
  ["500", flinksError(500, "AGGREGATION_ERROR")],
  ["retry later", flinksError(401, "RETRY_LATER")],
  ["invalid login", flinksError(401, "INVALID_LOGIN")],
  ["unknown code", flinksError(418, "TEAPOT_CODE")],
  ["stale", flinksError(401, "QUESTION_NOT_FOUND", { RequestId: REQUEST_ID, Login: { Id: LOGIN_ID } })],
  ["broken json", { status: 200, text: `{"Login":{"Id":"${LOGIN_ID}"` }],
  ["unreadable body", { status: 200, json: { Login: { Id: LOGIN_ID }, RequestId: 12 } }],
  ["drop", { drop: true }],
  ["hang", { hang: true }],
  ["redirect", { status: 302, headers: { location: `https://evil.example/?key=${CONFIG.apiKey}` } }],
]

describe("redaction", () => {
  const lines: string[] = []
  const errors: unknown[] = []
  const fake = new FakeFlinks()
  const logger: FlinksLogger = Object.fromEntries(
    (["debug", "info", "warn", "error"] as const).map((level) => [
      level,
      (message: string, meta?: Record<string, unknown>) =>
        lines.push(`${level} ${message} ${JSON.stringify(meta ?? {})}`),
    ])
  )

  const secrets = () => [CONFIG.secretKey, CONFIG.apiKey, LOGIN_ID, USERNAME, PASSWORD, ANSWER, ...fake.issuedTokens]

  beforeAll(async () => {
    const client = new FlinksClient(CONFIG, {
      ...fastOptions(fake, { maxRetries: 1, requestTimeoutMs: 20 }).options,
      logger,
    })
    const calls: Array<() => Promise<unknown>> = [
      () => client.generateAuthorizeToken(),
      () => client.authorizeCached(LOGIN_ID),
      () => client.authorizeLive(LOGIN_ID),
      () => client.authorizeWithCredentials({ institution: "FlinksCapital", username: USERNAME, password: PASSWORD }),
      () => client.answerMfa(REQUEST_ID, { "What city were you born in?": [ANSWER] }),
      () => client.getAccountsDetail(REQUEST_ID, { withTransactions: true, daysOfTransactions: "Days90" }),
      () => client.deleteCard(LOGIN_ID),
    ]
    for (const [, reply] of REPLIES) {
      // First with working tokens, so that Authorize is reached; then with the token endpoint broken too.
      for (const tokensWork of [true, false]) {
        for (const endpoint of ["Authorize", "GetAccountsDetail", "GetAccountsDetailAsync", "DeleteCard"]) {
          fake.on(endpoint, reply)
        }
        fake.on("GenerateAuthorizeToken", tokensWork ? () => issueToken(fake) : reply)
        for (const call of calls) {
          try {
            await call()
          } catch (error) {
            errors.push(error)
          }
        }
      }
    }
  })

  it("ran every scenario and logged them", () => {
    expect(errors.length).toBeGreaterThan(50)
    expect(lines.length).toBeGreaterThan(100)
    expect(fake.issuedTokens.length).toBeGreaterThan(5)
  })

  it("never logs a secret", () => {
    const leaks = lines.filter((line) => secrets().some((secret) => line.includes(secret)))
    expect(leaks).toEqual([])
  })

  it("never puts a secret in an error: message, stack, JSON or string form", () => {
    for (const error of errors) {
      const forms = [String(error), (error as Error).stack ?? "", JSON.stringify(error), (error as Error).message]
      for (const form of forms) {
        for (const secret of secrets()) {
          expect(form).not.toContain(secret)
        }
      }
    }
  })

  it("the safety net masks known secrets in any text", () => {
    expect(redact(`a ${CONFIG.secretKey} b ${LOGIN_ID}`, [CONFIG.secretKey, LOGIN_ID])).toBe(
      "a [redacted] b [redacted]"
    )
    expect(redact("short abc", ["abc"])).toBe("short abc")
  })
})

function issueToken(fake: FakeFlinks): Reply {
  const token = `TOKEN-redaction-${fake.issuedTokens.length + 1}-cafe`
  fake.issuedTokens.push(token)
  return { status: 200, json: { HttpStatusCode: 200, Token: token } }
}
