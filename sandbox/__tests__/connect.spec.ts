import type { RunningSandbox } from "../src"
import { answerFor, call, control, flinks, startSandbox } from "./helpers"

/**
 * The Connect page over plain HTTP: the HTML it serves and the calls its script makes. A browser
 * drives the same page in the lead's Playwright tests.
 */
interface Page {
  status: number
  html: string
  config: any
  act: (action: "credentials" | "mfa" | "finish", body: unknown) => Promise<any>
}

describe("Connect page", () => {
  let sandbox: RunningSandbox
  let knobs: ReturnType<typeof control>

  const open = async (query: string, path = "/v2/"): Promise<Page> => {
    const page = await call(`${sandbox.url}${path}?${query}`)
    const island = /<script id="flinks-config" type="application\/json">(.*?)<\/script>/s.exec(page.text)
    const config = island ? JSON.parse(island[1]) : null
    return {
      status: page.status,
      html: page.text,
      config,
      act: async (action, body) =>
        (
          await call(`${sandbox.url}${config.actionBase}${action}`, {
            method: "POST",
            headers: { "content-type": "application/json" },
            body: JSON.stringify(body),
          })
        ).body,
    }
  }

  const login = (page: Page, username = "Greatday", password = "Everyday") =>
    page.act("credentials", { institution: "FlinksCapital", username, password })

  beforeAll(async () => {
    sandbox = await startSandbox({ seed: 1 })
    knobs = control(sandbox)
  })
  afterAll(() => sandbox.close())
  beforeEach(() => knobs.post("/reset"))

  it("serves a self-contained page with stable ids and labels", async () => {
    const page = await open("demo=true")
    expect(page.status).toBe(200)
    expect(page.html).not.toMatch(/<script[^>]+src=|<link[^>]+href=/)
    expect(page.config.initial).toEqual({ step: "consent" })
    expect(page.config.text).toMatchObject({
      username: "Username",
      password: "Password",
      answer: "Answer",
      continue: "Continue",
      submit: "Submit",
      close: "Close",
    })
    expect(page.html).toContain("APP_MOUNTED")
    expect(page.config.institutions[0]).toEqual({ code: "FlinksCapital", name: "Flinks Capital" })
  })

  it("lists Flinks Capital only in demo mode, and skips consent when asked", async () => {
    const page = await open("consentEnable=false")
    expect(page.config.initial).toEqual({ step: "institutions" })
    expect(page.config.institutions.map((i: { code: string }) => i.code)).not.toContain("FlinksCapital")
    expect((await login(page)).events).toEqual(["DISABLED_INSTITUTION"])
  })

  it("opens at a preselected institution's sign-in, by key or by InstitutionId, after the consent only when enabled", async () => {
    const byKey = await open("demo=true&consentEnable=false&institution=FlinksCapital")
    expect(byKey.config.initial).toEqual({ step: "credentials" })
    expect(byKey.config.preselected).toEqual({ code: "FlinksCapital", name: "Flinks Capital" })
    expect((await login(byKey)).step).toBe("mfa")

    const byId = await open("demo=true&consentEnable=false&institutionId=14")
    expect(byId.config.initial).toEqual({ step: "credentials" })
    expect(byId.config.preselected).toEqual({ code: "FlinksCapital", name: "Flinks Capital" })

    // The consent still comes first unless it is turned off; the page then goes to the sign-in.
    const withConsent = await open("demo=true&institution=FlinksCapital&institutionId=14")
    expect(withConsent.config.initial).toEqual({ step: "consent" })
    expect(withConsent.config.preselected).toEqual({ code: "FlinksCapital", name: "Flinks Capital" })
  })

  it("ignores a preselected institution it would not list: the list shows", async () => {
    for (const query of [
      "consentEnable=false&institution=FlinksCapital",
      "demo=true&consentEnable=false&institution=Nowhere&institutionId=999",
    ]) {
      const page = await open(query)
      expect(page.config.initial).toEqual({ step: "institutions" })
      expect(page.config.preselected).toBeNull()
    }
  })

  it("connects Greatday through MFA and hands back a real LoginId on the redirect URL", async () => {
    const page = await open(
      `demo=true&tag=order-7&redirectUrl=${encodeURIComponent("https://shop.example/flinks/return?state=abc#top")}`
    )
    const mfa = await login(page)
    expect(mfa.step).toBe("mfa")
    const accounts = await page.act("mfa", { answer: answerFor(mfa.prompt) })
    expect(accounts.step).toBe("accounts")
    expect(accounts.accounts).toHaveLength(9)
    const done = await page.act("finish", { accountIds: [] })
    expect(done).toMatchObject({
      step: "done",
      loginId: expect.any(String),
      requestId: expect.any(String),
      institution: "FlinksCapital",
      accountId: null,
    })
    expect(done.url).toBe(
      `https://shop.example/flinks/return?state=abc&loginId=${done.loginId}&institution=FlinksCapital&tag=order-7#top`
    )

    const api = flinks(sandbox)
    const cached = await api.cached(done.loginId)
    expect(cached.status).toBe(200)
    expect(cached.body.Login.Username).toBe("Greatday")
  })

  it("appends the chosen account ids with the account selector", async () => {
    const page = await open(
      `demo=true&accountSelectorEnable=true&accountSelectorMultiple=true&redirectUrl=${encodeURIComponent("https://shop.example/r")}`
    )
    const accounts = await login(page, "greatday_nomfa")
    const ids = accounts.accounts.slice(0, 2).map((a: { id: string }) => a.id)
    expect((await page.act("finish", { accountIds: [] })).step).toBe("error")
    const retry = await open(
      `demo=true&accountSelectorEnable=true&accountSelectorMultiple=true&redirectUrl=${encodeURIComponent("https://shop.example/r")}`
    )
    await login(retry, "greatday_nomfa")
    const done = await retry.act("finish", { accountIds: ids })
    expect(done.accountId).toBe(ids.join(","))
    expect(done.url).toContain(`&accountId=${ids.join(",")}`)
  })

  it("reports wrong passwords by FlinksCode and stops after three", async () => {
    const page = await open("demo=true")
    expect(await login(page, "Greatday", "nope")).toMatchObject({
      step: "error",
      events: ["INVALID_PASSWORD"],
      next: "credentials",
    })
    expect(await login(page, "unknown-user")).toMatchObject({ events: ["INVALID_USERNAME"], next: "credentials" })
    expect(await login(page, "Greatday", "again")).toMatchObject({
      events: ["INVALID_PASSWORD", "MAXIMUM_RETRY_REACHED"],
      next: "end",
    })
    expect((await login(page)).events).toEqual(["SESSION_NONEXISTENT"])
  })

  it("asks another question after a wrong answer and stops after three", async () => {
    const page = await open("demo=true")
    await login(page)
    const second = await page.act("mfa", { answer: "wrong" })
    expect(second).toMatchObject({ step: "mfa", events: ["INVALID_SECURITY_RESPONSE"], prompt: expect.any(String) })
    expect((await page.act("mfa", { answer: "" })).message).toBeTruthy()
    await page.act("mfa", { answer: "wrong" })
    expect(await page.act("mfa", { answer: "wrong" })).toMatchObject({
      step: "error",
      events: ["INVALID_SECURITY_RESPONSE", "MAXIMUM_RETRY_REACHED"],
    })
  })

  it("reports the special usernames by FlinksCode", async () => {
    const page = await open("demo=true")
    expect((await login(page, "test_disabled_account")).events).toEqual(["DISABLED_LOGIN"])
    expect((await login(page, "test_service_unavailable")).events).toEqual(["RETRY_LATER"])
  })

  it("takes an authorizeToken only when valid and unused, and spends it", async () => {
    const api = flinks(sandbox)
    const token = await api.token()
    const page = await open(`demo=true&authorizeToken=${token}`)
    expect(page.config.initial).toEqual({ step: "consent" })
    expect((await login(page, "greatday_nomfa")).step).toBe("accounts")
    const reused = await open(`demo=true&authorizeToken=${token}`)
    expect(reused.config.initial).toMatchObject({ step: "error", events: ["TOKEN_INVALID"] })
    expect((await open("demo=true&authorizeToken=made-up")).config.initial.events).toEqual(["TOKEN_INVALID"])
  })

  it("resumes at the MFA step of a live Authorize waiting on a 203", async () => {
    const api = flinks(sandbox)
    const { loginId } = await api.connect()
    await knobs.post(`/logins/${loginId}/require-mfa`)
    const challenge = await api.live(loginId)
    const page = await open(
      `requestId=${challenge.body.RequestId}&redirectUrl=${encodeURIComponent("https://shop.example/r")}`
    )
    expect(page.config.initial).toEqual({ step: "mfa", prompt: challenge.body.SecurityChallenges[0].Prompt })
    expect(page.config.institution).toBe("FlinksCapital")
    await page.act("mfa", { answer: answerFor(page.config.initial.prompt) })
    const done = await page.act("finish", { accountIds: [] })
    expect(done).toMatchObject({ step: "done", loginId, requestId: challenge.body.RequestId })
    expect((await open(`requestId=${challenge.body.RequestId}`)).config.initial.events).toEqual(["SESSION_NONEXISTENT"])
  })

  it("serves the US instance at /us/v2/ and French at language=fr", async () => {
    const us = await open("demo=true", "/us/v2/")
    expect(us.config.institutions.map((i: { name: string }) => i.name)).toContain("Chase")
    expect((await login(us)).prompt).toMatch(/^What is \d \+ \d\?$/)
    const fr = await open("demo=true&language=fr")
    expect(fr.html).toContain('<html lang="fr">')
    expect(fr.config.text.username).toBe("Nom d'utilisateur")
    expect([
      "Dans quelle ville êtes-vous né?",
      "Quel est le meilleur pays au monde?",
      "Quelle forme les gens préfèrent-ils?",
    ]).toContain((await login(fr)).prompt)
  })

  it("refuses a redirectUrl that is not http(s)", async () => {
    const page = await open(`demo=true&redirectUrl=${encodeURIComponent("javascript:alert(1)")}`)
    expect(page.config.initial.events).toEqual(["INVALID_REQUEST"])
  })
})
