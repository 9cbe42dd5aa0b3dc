import type { RunningSandbox } from "../src"
import { findInstitution } from "../src/bank/institutions"
import { afterSignIn } from "../src/connect/enhanced-mfa"
import { parseConnectOptions, type ConnectSession } from "../src/connect/connect-session"
import { answerFor, control, flinks, loginState, openConnect, startSandbox, type ConnectPage } from "./helpers"

const QUESTIONS: Record<string, { prompt: string; answer: string }> = {
  city: { prompt: "What city were you born in?", answer: "Montreal" },
  country: { prompt: "What is the best country on earth?", answer: "Canada" },
  shape: { prompt: "What shape do people like most?", answer: "Triangle" },
}
const keyOf = (prompt: string) => Object.keys(QUESTIONS).find((key) => QUESTIONS[key].prompt === prompt)

/** Enhanced MFA: the Connect page stores the bank's other answers, and Flinks' nightly refresh uses them. */
describe("Enhanced MFA", () => {
  let sandbox: RunningSandbox
  let api: ReturnType<typeof flinks>
  let knobs: ReturnType<typeof control>

  const rightAnswers = (step: { questions: Array<{ key: string }> }) =>
    Object.fromEntries(step.questions.map((question) => [question.key, QUESTIONS[question.key].answer]))

  /** Signs Greatday in on the page and answers its MFA: the step after that. */
  const signIn = async (page: ConnectPage) => {
    const mfa = await page.login()
    expect(mfa.step).toBe("mfa")
    return { asked: keyOf(mfa.prompt), next: await page.act("mfa", { answer: answerFor(mfa.prompt) }) }
  }

  /** A Greatday login with its Enhanced MFA answers stored, and scheduled refresh on. */
  const enhancedLogin = async () => {
    const page = await openConnect(sandbox, "demo=true&enhancedMFA=true&scheduleRefresh=true")
    const { next } = await signIn(page)
    expect((await page.act("enhanced-mfa", { answers: rightAnswers(next) })).step).toBe("accounts")
    const done = await page.act("finish", { accountIds: [] })
    expect((await loginState(sandbox, done.loginId)).enhancedMfa).toBe(true)
    return done.loginId as string
  }

  beforeAll(async () => {
    sandbox = await startSandbox({ seed: 1 })
    api = flinks(sandbox)
    knobs = control(sandbox)
  })
  afterAll(() => sandbox.close())
  beforeEach(() => knobs.post("/reset"))

  describe("the Connect step", () => {
    it("asks the questions not just asked, after the MFA and before the accounts, and stores the answers", async () => {
      const page = await openConnect(sandbox, "demo=true&enhancedMFA=true")
      expect(page.html).toContain("COMPONENT_LOAD_ENHANCED_MFA")
      expect(page.html).toContain("SUBMIT_ENHANCED_MFA")
      const { asked, next } = await signIn(page)
      expect(next.step).toBe("enhancedMfa")
      expect(next.skippable).toBe(false)
      const keys = next.questions.map((question: { key: string }) => question.key)
      expect(keys).toHaveLength(2)
      expect(keys).not.toContain(asked)
      for (const question of next.questions) {
        expect(question.prompt).toBe(QUESTIONS[question.key].prompt)
      }
      expect((await page.act("finish", { accountIds: [] })).step).toBe("error")
    })

    it("shows an error on a wrong or missing answer and lets the user retry, then goes on to the accounts", async () => {
      const page = await openConnect(sandbox, "demo=true&enhancedMFA=true&accountSelectorEnable=true")
      const { next } = await signIn(page)
      const answers = rightAnswers(next)
      const [first] = Object.keys(answers)
      const wrong = await page.act("enhanced-mfa", { answers: { ...answers, [first]: "nope" } })
      expect(wrong).toMatchObject({ step: "enhancedMfa", message: expect.any(String), questions: next.questions })
      expect((await page.act("enhanced-mfa", { answers: { [first]: answers[first] } })).step).toBe("enhancedMfa")
      expect(
        (await page.act("enhanced-mfa", { answers: { ...answers, [first]: answers[first].toLowerCase() } })).step
      ).toBe("enhancedMfa")
      const accounts = await page.act("enhanced-mfa", { answers })
      expect(accounts.step).toBe("accounts")
      const done = await page.act("finish", { accountIds: [accounts.accounts[0].id] })
      expect(done.step).toBe("done")
      expect(await loginState(sandbox, done.loginId)).toMatchObject({ enhancedMfa: true, liveSignIns: 1 })
    })

    it("asks the question of a wrong MFA answer again, since the bank never got its answer", async () => {
      const page = await openConnect(sandbox, "demo=true&enhancedMFA=true")
      const first = await page.login()
      const second = await page.act("mfa", { answer: "wrong" })
      const next = await page.act("mfa", { answer: answerFor(second.prompt) })
      const keys = next.questions.map((question: { key: string }) => question.key)
      expect(keys).not.toContain(keyOf(second.prompt))
      if (keyOf(first.prompt) !== keyOf(second.prompt)) {
        expect(keys).toContain(keyOf(first.prompt))
      }
    })

    it("offers Skip with skipEnhancedMFA, which stores nothing; without it a skip is refused", async () => {
      const page = await openConnect(sandbox, "demo=true&enhancedMFA=true&skipEnhancedMFA=true")
      const { next } = await signIn(page)
      expect(next.skippable).toBe(true)
      expect((await page.act("enhanced-mfa", { skip: true })).step).toBe("accounts")
      const done = await page.act("finish", { accountIds: [] })
      expect((await loginState(sandbox, done.loginId)).enhancedMfa).toBe(false)

      const strict = await openConnect(sandbox, "demo=true&enhancedMFA=true")
      await signIn(strict)
      expect((await strict.act("enhanced-mfa", { skip: true })).step).toBe("enhancedMfa")
    })

    it("is ignored on the US instance, for a user without MFA, and without the option", async () => {
      const us = await openConnect(sandbox, "demo=true&enhancedMFA=true", "/us/v2/")
      expect((await signIn(us)).next.step).toBe("accounts")
      const noMfa = await openConnect(sandbox, "demo=true&enhancedMFA=true")
      expect((await noMfa.login("greatday_nomfa")).step).toBe("accounts")
      const plain = await openConnect(sandbox, "demo=true")
      expect((await signIn(plain)).next.step).toBe("accounts")
    })

    it("stores the answers at once when every question was just answered", async () => {
      await knobs.post("/variants", { mfaQuestionsPerRound: 3 })
      const page = await openConnect(sandbox, "demo=true&enhancedMFA=true")
      let step = await page.login()
      while (step.step === "mfa") {
        step = await page.act("mfa", { answer: answerFor(step.prompt) })
      }
      expect(step.step).toBe("accounts")
      const done = await page.act("finish", { accountIds: [] })
      expect((await loginState(sandbox, done.loginId)).enhancedMfa).toBe(true)
    })

    it("puts the prompts in French with language=fr; the keys do not change", async () => {
      const page = await openConnect(sandbox, "demo=true&enhancedMFA=true&language=fr")
      const mfa = await page.login()
      const next = await page.act("mfa", { answer: answerFor(mfa.prompt) })
      expect(page.config.text.enhancedMfaTitle).toMatch(/Flinks conservera/)
      for (const question of next.questions) {
        expect(Object.keys(QUESTIONS)).toContain(question.key)
        expect(question.prompt).not.toBe(QUESTIONS[question.key].prompt)
      }
    })

    it("asks all three questions of a Greatday let in without MFA", () => {
      const state = sandbox.state
      const instance = api.instance
      const login = state.logins.upsert(instance, findInstitution("CA", "FlinksCapital")!, "Greatday", "en", "mfa")
      const cs = {
        instance,
        options: parseConnectOptions(new URLSearchParams("enhancedMFA=true")),
        answeredKeys: [],
        enhancedMfaPending: false,
      } as unknown as ConnectSession
      const step = afterSignIn(state, cs, login)
      expect(step).toMatchObject({
        step: "enhancedMfa",
        questions: [{ key: "city" }, { key: "country" }, { key: "shape" }],
      })
    })
  })

  describe("stored answers at refresh time", () => {
    it("let a nightly refresh answer the bank's question itself, and clear mfaRequired", async () => {
      const loginId = await enhancedLogin()
      await knobs.post(`/logins/${loginId}/require-mfa`)
      expect((await knobs.post("/nightly-refresh")).body).toEqual({ refreshed: [loginId], stalled: [], failed: [] })
      expect(await loginState(sandbox, loginId)).toMatchObject({
        mfaRequired: false,
        lastLiveOutcome: "ok",
        nightlyRefreshes: 1,
      })
    })

    it("never answer push MFA (liveRefreshAsksMfa)", async () => {
      const loginId = await enhancedLogin()
      await knobs.post("/variants", { liveRefreshAsksMfa: true, enhancedMfaAnswers: "allRefreshes" })
      expect((await knobs.post("/nightly-refresh")).body.stalled).toEqual([loginId])
      expect((await api.live(loginId)).status).toBe(203)
    })

    it("are not used on a live refresh by LoginId by default (nightlyOnly)", async () => {
      const loginId = await enhancedLogin()
      await knobs.post(`/logins/${loginId}/require-mfa`)
      expect((await api.live(loginId)).status).toBe(203)
    })

    it("answer a live refresh by LoginId with allRefreshes, still counted as a live sign-in", async () => {
      const loginId = await enhancedLogin()
      await knobs.post("/variants", { enhancedMfaAnswers: "allRefreshes" })
      await knobs.post(`/logins/${loginId}/require-mfa`)
      const live = await api.live(loginId)
      expect(live.status).toBe(200)
      expect(await loginState(sandbox, loginId)).toMatchObject({ mfaRequired: false, liveSignIns: 2 })
      // Credentials typed in again are a new device to the bank: the person answers.
      expect((await api.credentials()).status).toBe(203)
    })

    it("are cleared with the login on reset", async () => {
      const loginId = await enhancedLogin()
      await knobs.post("/reset")
      expect((await api.cached(loginId)).status).toBe(200)
      expect((await loginState(sandbox, loginId)).enhancedMfa).toBe(false)
    })
  })
})
