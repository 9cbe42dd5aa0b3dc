import { FlinksClient, MfaRequiredError } from "../../../src/lib/flinks"
import { SANDBOX_CA_INSTANCE, SANDBOX_US_INSTANCE, startSandbox } from "../../../sandbox/src"
import { flinksCapitalAnswer } from "../../flinks-capital-answers"

/**
 * Points the app of an HTTP suite at an in-process Flinks sandbox on a free port, so that two test
 * runs side by side never share one. Call at the top of the spec file, before
 * medusaIntegrationTestRunner: its beforeAll runs first, so the app boots with these variables.
 */
export function useFlinksSandbox() {
  let sandbox: Awaited<ReturnType<typeof startSandbox>> | undefined
  let url = ""
  beforeAll(async () => {
    sandbox = await startSandbox({ port: 0 })
    url = `http://127.0.0.1:${sandbox.port}`
    Object.assign(process.env, {
      FLINKS_CA_BASE_URL: url,
      FLINKS_CA_CONNECT_URL: `${url}/v2/`,
      FLINKS_CA_CUSTOMER_ID: SANDBOX_CA_INSTANCE.customerId,
      FLINKS_CA_SECRET_KEY: SANDBOX_CA_INSTANCE.secretKey,
      FLINKS_CA_API_KEY: SANDBOX_CA_INSTANCE.apiKey,
      FLINKS_US_BASE_URL: url,
      FLINKS_US_CONNECT_URL: `${url}/us/v2/`,
      FLINKS_US_CUSTOMER_ID: SANDBOX_US_INSTANCE.customerId,
      FLINKS_US_SECRET_KEY: SANDBOX_US_INSTANCE.secretKey,
      FLINKS_US_API_KEY: SANDBOX_US_INSTANCE.apiKey,
      FLINKS_POLL_INTERVAL_MS: "20",
      FLINKS_RETRY_BASE_DELAY_MS: "5",
      // The app's import and MFA jobs tick every minute; a schedule that is all but never due keeps
      // them from running in the middle of a test: 00:00 UTC on February 29th, next in 2028.
      // (February 31st is refused at boot as a schedule that never runs.) Tests run them themselves
      // when they need to.
      FLINKS_SYNC_SCHEDULE: "0 0 29 2 *",
      FLINKS_MFA_SCHEDULE: "0 0 29 2 *",
    })
  })
  afterAll(async () => {
    await sandbox?.close()
  })

  async function control(path: string, body?: unknown) {
    const response = await fetch(`${url}/__sandbox/${path}`, {
      method: body === undefined ? "GET" : "POST",
      headers: { "content-type": "application/json" },
      body: body === undefined ? undefined : JSON.stringify(body),
    })
    return response.json()
  }

  function canadianClient() {
    const { customerId, secretKey, apiKey } = SANDBOX_CA_INSTANCE
    return new FlinksClient(
      { id: "flinks-ca", baseUrl: url, connectUrl: `${url}/v2/`, customerId, secretKey, apiKey },
      { retryBaseDelayMs: 5 }
    )
  }

  function americanClient() {
    const { customerId, secretKey, apiKey } = SANDBOX_US_INSTANCE
    return new FlinksClient(
      { id: "flinks-us", baseUrl: url, connectUrl: `${url}/us/v2/`, customerId, secretKey, apiKey },
      { retryBaseDelayMs: 5 }
    )
  }

  /** Signs in to Flinks Capital as Flinks Connect would, answering the security questions. */
  async function signInAtFlinks(
    username = "Greatday",
    password = "Everyday",
    country: "CA" | "US" = "CA"
  ): Promise<string> {
    const client = country === "US" ? americanClient() : canadianClient()
    let attempt = () => client.authorizeWithCredentials({ institution: "FlinksCapital", username, password })
    for (let round = 0; round < 5; round++) {
      try {
        const authorization = await attempt()
        const loginId =
          authorization.login?.loginId ?? (await client.getAccountsSummary(authorization.requestId)).login?.loginId
        if (!loginId) throw new Error("Flinks gave no LoginId")
        return loginId
      } catch (error) {
        if (!(error instanceof MfaRequiredError)) throw error
        const prompt = error.challenges[0].prompt!
        const requestId = error.requestId!
        attempt = () => client.answerMfa(requestId, { [prompt]: [flinksCapitalAnswer(prompt)!] })
      }
    }
    throw new Error("Flinks kept asking questions")
  }

  /** Answers the question a Connect URL opens at (its requestId), as the merchant does in Flinks Connect. */
  async function answerQuestionAt(connectUrl: string) {
    const requestId = new URL(connectUrl).searchParams.get("requestId")!
    const session = (await control("state")).sessions.find((s: any) => s.requestId === requestId)
    if (!session?.prompt) throw new Error("Flinks holds no question for this Connect URL")
    await canadianClient().answerMfa(requestId, { [session.prompt]: [flinksCapitalAnswer(session.prompt)!] })
  }

  return {
    /** The sandbox's address; known once the suite's beforeAll has run. */
    get url() {
      return url
    },
    control,
    /** A Flinks client of the suite's own, as Flinks Connect or another app would call Flinks. */
    client: (country: "CA" | "US" = "CA") => (country === "US" ? americanClient() : canadianClient()),
    signInAtFlinks,
    answerQuestionAt,
  }
}
