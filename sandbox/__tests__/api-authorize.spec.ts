import { SANDBOX_US_INSTANCE, type RunningSandbox } from "../src"
import { answerFor, control, flinks, startSandbox } from "./helpers"

const CANADIAN_PROMPTS = [
  "What city were you born in?",
  "What is the best country on earth?",
  "What shape do people like most?",
]

describe("Authorize", () => {
  let sandbox: RunningSandbox
  let api: ReturnType<typeof flinks>
  let knobs: ReturnType<typeof control>

  beforeAll(async () => {
    sandbox = await startSandbox({ seed: 1 })
    api = flinks(sandbox)
    knobs = control(sandbox)
  })
  afterAll(() => sandbox.close())
  beforeEach(() => knobs.post("/reset"))

  describe("live with credentials", () => {
    it("asks Greatday one of Flinks Capital's questions with a 203 shaped like the reference", async () => {
      const challenge = await api.credentials()
      expect(challenge.status).toBe(203)
      expect(challenge.body).toEqual({
        HttpStatusCode: 203,
        Links: [{ rel: "Authorization", href: "/Authorize", example: null }],
        SecurityChallenges: [{ Type: "QuestionAndAnswer", Prompt: expect.any(String) }],
        InstitutionName: "FlinksCapital",
        InstitutionId: 14,
        Institution: "FlinksCapital",
        RequestId: expect.any(String),
      })
      expect(CANADIAN_PROMPTS).toContain(challenge.body.SecurityChallenges[0].Prompt)
    })

    it("lets Greatday in after the right answer: 200 with the same RequestId and the Login", async () => {
      const challenge = await api.credentials()
      const authorized = await api.answer(challenge)
      expect(authorized.status).toBe(200)
      expect(authorized.body).toEqual({
        HttpStatusCode: 200,
        Links: [
          { rel: "AccountsDetail", href: "/GetAccountsDetail", example: null },
          { rel: "AccountsSummary", href: "/GetAccountsSummary", example: null },
          { rel: "Statements", href: "/GetStatements", example: null },
        ],
        InstitutionName: "FlinksCapital",
        Login: {
          Username: "Greatday",
          IsScheduledRefresh: false,
          LastRefresh: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{6,7}$/),
          Type: "Personal",
          Id: expect.stringMatching(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/),
        },
        InstitutionId: 14,
        Institution: "FlinksCapital",
        RequestId: challenge.body.RequestId,
      })
    })

    it("asks French questions when Language is fr", async () => {
      const challenge = await api.credentials("Greatday", { Language: "fr" })
      expect([
        "Dans quelle ville êtes-vous né?",
        "Quel est le meilleur pays au monde?",
        "Quelle forme les gens préfèrent-ils?",
      ]).toContain(challenge.body.SecurityChallenges[0].Prompt)
      expect((await api.answer(challenge)).status).toBe(200)
    })

    it("asks small sums on the US instance", async () => {
      const us = flinks(sandbox, SANDBOX_US_INSTANCE)
      const challenge = await us.credentials()
      const prompt = challenge.body.SecurityChallenges[0].Prompt
      expect(prompt).toMatch(/^What is \d \+ \d\?$/)
      expect((await us.answer(challenge, answerFor(prompt))).status).toBe(200)
    })

    it("echoes Tag", async () => {
      const challenge = await api.credentials("Greatday", { Tag: "order-42" })
      expect(challenge.body.Tag).toBe("order-42")
      const nomfa = await api.credentials("greatday_nomfa", { Tag: "t-1" })
      expect(nomfa.body.Tag).toBe("t-1")
    })

    it("lets greatday_nomfa in at once", async () => {
      const authorized = await api.credentials("greatday_nomfa")
      expect(authorized.status).toBe(200)
      expect(authorized.body.Login.Username).toBe("greatday_nomfa")
    })

    it.each([
      ["test_disabled_account", 401, "DISABLED_LOGIN"],
      ["test_service_unavailable", 401, "RETRY_LATER"],
    ])("answers %s with %i %s", async (username, status, code) => {
      const answer = await api.credentials(username)
      expect(answer.status).toBe(status)
      expect(answer.body).toEqual({ HttpStatusCode: status, Message: expect.any(String), FlinksCode: code })
    })

    it("refuses a wrong password with 401 INVALID_PASSWORD, 400 with the older-docs variant", async () => {
      const wrong = await api.authorize({ Institution: "FlinksCapital", Username: "Greatday", Password: "everyday" })
      expect(wrong.status).toBe(401)
      expect(wrong.body).toMatchObject({ HttpStatusCode: 401, FlinksCode: "INVALID_PASSWORD" })
      await knobs.post("/variants", { invalidLoginStatus: 400 })
      const old = await api.authorize({ Institution: "FlinksCapital", Username: "Greatday", Password: "nope" })
      expect(old.status).toBe(400)
      expect(old.body).toMatchObject({ HttpStatusCode: 400, FlinksCode: "INVALID_PASSWORD" })
    })

    it("refuses an unknown username with INVALID_USERNAME, or INVALID_LOGIN with the variant", async () => {
      const unknown = await api.authorize({ Institution: "FlinksCapital", Username: "greatday", Password: "Everyday" })
      expect(unknown.status).toBe(401)
      expect(unknown.body.FlinksCode).toBe("INVALID_USERNAME")
      await knobs.post("/variants", { unknownUsernameCode: "INVALID_LOGIN" })
      const other = await api.authorize({ Institution: "FlinksCapital", Username: "nobody", Password: "Everyday" })
      expect(other.body.FlinksCode).toBe("INVALID_LOGIN")
    })

    it("answers any real bank as unavailable: 405 DISABLED_INSTITUTION", async () => {
      const rbc = await api.authorize({ Institution: "RBC", Username: "someone", Password: "secret" })
      expect(rbc.status).toBe(405)
      expect(rbc.body).toMatchObject({ HttpStatusCode: 405, FlinksCode: "DISABLED_INSTITUTION" })
    })

    it("refuses an incomplete body with INVALID_REQUEST (401, or 400 with the variant)", async () => {
      const incomplete = await api.authorize({ Institution: "FlinksCapital", Username: "Greatday" })
      expect(incomplete.status).toBe(401)
      expect(incomplete.body.FlinksCode).toBe("INVALID_REQUEST")
      await knobs.post("/variants", { invalidRequestStatus: 400 })
      expect((await api.authorize({})).status).toBe(400)
    })
  })

  describe("answering MFA", () => {
    it("asks again (203) when the answers are empty", async () => {
      const challenge = await api.credentials()
      const prompt = challenge.body.SecurityChallenges[0].Prompt
      for (const responses of [{ [prompt]: [] }, { [prompt]: [""] }, {}]) {
        const again = await api.authorize({ RequestId: challenge.body.RequestId, SecurityResponses: responses })
        expect(again.status).toBe(203)
        expect(again.body.SecurityChallenges[0].Prompt).toBe(prompt)
        expect(again.body.RequestId).toBe(challenge.body.RequestId)
      }
    })

    it("refuses a wrong answer with 401 INVALID_SECURITY_RESPONSE and spends the RequestId", async () => {
      const challenge = await api.credentials()
      const wrong = await api.answer(challenge, "Paris")
      expect(wrong.status).toBe(401)
      expect(wrong.body.FlinksCode).toBe("INVALID_SECURITY_RESPONSE")
      const retry = await api.answer(challenge)
      expect(retry.status).toBe(400)
      expect(retry.body.FlinksCode).toBe("SESSION_NONEXISTENT")
    })

    it("compares answers exactly", async () => {
      const challenge = await api.credentials()
      const answer = answerFor(challenge.body.SecurityChallenges[0].Prompt).toLowerCase()
      expect((await api.answer(challenge, answer)).body.FlinksCode).toBe("INVALID_SECURITY_RESPONSE")
    })

    it("refuses an answer keyed by another prompt with 401 UNKNOWN_CHALLENGE_KEY", async () => {
      const challenge = await api.credentials()
      const prompt = challenge.body.SecurityChallenges[0].Prompt
      const other = CANADIAN_PROMPTS.find((candidate) => candidate !== prompt)!
      const answer = await api.authorize({
        RequestId: challenge.body.RequestId,
        SecurityResponses: { [other]: [answerFor(other)] },
      })
      expect(answer.status).toBe(401)
      expect(answer.body.FlinksCode).toBe("UNKNOWN_CHALLENGE_KEY")
    })

    it("needs a fresh token to answer by default, and none with the variant", async () => {
      const challenge = await api.credentials()
      const prompt = challenge.body.SecurityChallenges[0].Prompt
      const body = { RequestId: challenge.body.RequestId, SecurityResponses: { [prompt]: [answerFor(prompt)] } }
      expect((await api.authorize(body, null)).body.FlinksCode).toBe("UNAUTHORIZED")
      await knobs.post("/variants", { mfaAnswerNeedsNewToken: false })
      expect((await api.authorize(body, null)).status).toBe(200)
    })

    it("leaves Login out of the MFA 200 with the omitLoginOnMfaAnswer variant", async () => {
      await knobs.post("/variants", { omitLoginOnMfaAnswer: true })
      const authorized = await api.answer(await api.credentials())
      expect(authorized.status).toBe(200)
      expect(authorized.body.Login).toBeUndefined()
      expect((await api.credentials("greatday_nomfa")).body.Login).toBeDefined()
    })

    it("chains one question per 203 when the bank asks several", async () => {
      await knobs.post("/variants", { mfaQuestionsPerRound: 3 })
      let current = await api.credentials()
      const asked: string[] = []
      while (current.status === 203) {
        asked.push(current.body.SecurityChallenges[0].Prompt)
        expect(current.body.SecurityChallenges).toHaveLength(1)
        current = await api.answer(current)
      }
      expect(current.status).toBe(200)
      expect([...asked].sort()).toEqual([...CANADIAN_PROMPTS].sort())
    })

    it("offers choices with the MultipleChoice variant, answered the same way", async () => {
      await knobs.post("/variants", { challengeType: "MultipleChoice" })
      const challenge = await api.credentials()
      const item = challenge.body.SecurityChallenges[0]
      expect(item.Type).toBe("MultipleChoice")
      expect(item.Iterables).toContain(answerFor(item.Prompt))
      expect((await api.answer(challenge)).status).toBe(200)
    })

    it("answers ALREADY_AUTHORIZED to an answer sent after the 200", async () => {
      const challenge = await api.credentials()
      await api.answer(challenge)
      expect((await api.answer(challenge)).body.FlinksCode).toBe("ALREADY_AUTHORIZED")
    })
  })

  describe("stored logins", () => {
    it("gives the same LoginId for the same bank, username and language, until DeleteCard", async () => {
      const first = await api.connect()
      const second = await api.connect()
      expect(second.loginId).toBe(first.loginId)
      const french = await api.connect("Greatday", { Language: "fr" })
      expect(french.loginId).not.toBe(first.loginId)

      await knobs.post("/clock", { advanceMinutes: 1 })
      expect((await api.deleteCard(first.loginId)).status).toBe(200)
      const after = await api.connect()
      expect(after.loginId).not.toBe(first.loginId)
      expect((await api.cached(first.loginId)).body.FlinksCode).toBe("INVALID_LOGIN")
    })

    it("reads cached data without contacting the bank", async () => {
      const { loginId } = await api.connect()
      const cached = await api.cached(loginId)
      expect(cached.status).toBe(200)
      expect(cached.body.Login.Id).toBe(loginId)
      expect(cached.body.RequestId).toEqual(expect.any(String))
    })

    it("refreshes live by LoginId without MFA, until the bank asks again (require-mfa)", async () => {
      const { loginId } = await api.connect()
      expect((await api.live(loginId)).status).toBe(200)
      await knobs.post(`/logins/${loginId}/require-mfa`)
      const challenge = await api.live(loginId)
      expect(challenge.status).toBe(203)
      const authorized = await api.answer(challenge)
      expect(authorized.status).toBe(200)
      expect((await api.live(loginId)).status).toBe(200)
    })

    it("refuses live refreshes with INVALID_PASSWORD after a password change, until a new sign-in (change-password)", async () => {
      const { loginId } = await api.connect()
      await knobs.post(`/logins/${loginId}/change-password`)
      const refused = await api.live(loginId)
      expect(refused.status).toBe(401)
      expect(refused.body.FlinksCode).toBe("INVALID_PASSWORD")
      expect((await api.cached(loginId)).status).toBe(200)

      const signedIn = await api.answer(await api.credentials())
      expect(signedIn.body.Login.Id).toBe(loginId)
      expect((await api.live(loginId)).status).toBe(200)
    })

    it("asks on every live refresh with the liveRefreshAsksMfa variant", async () => {
      const { loginId } = await api.connect()
      await knobs.post("/variants", { liveRefreshAsksMfa: true })
      expect((await api.live(loginId)).status).toBe(203)
    })

    it("answers a cached Authorize after an unanswered live MFA with QUESTION_NOT_FOUND and a usable RequestId", async () => {
      const { loginId, authorized } = await api.connect()
      await knobs.post(`/logins/${loginId}/require-mfa`)
      expect((await api.live(loginId)).status).toBe(203)

      const stale = await api.cached(loginId)
      expect(stale.status).toBe(401)
      expect(stale.body).toMatchObject({
        HttpStatusCode: 401,
        FlinksCode: "QUESTION_NOT_FOUND",
        Message: expect.any(String),
        RequestId: expect.any(String),
        Login: { Id: loginId, LastRefresh: authorized.body.Login.LastRefresh },
      })
      const summary = await api.summary({ RequestId: stale.body.RequestId })
      expect(summary.status).toBe(200)
      expect(summary.body.Accounts).toHaveLength(9)
    })

    it("answers that cached Authorize with a 203 under the other reading", async () => {
      const { loginId } = await api.connect()
      await knobs.post(`/logins/${loginId}/require-mfa`)
      await api.live(loginId)
      await knobs.post("/variants", { cachedAfterMfaAnswers: "203" })
      const challenge = await api.cached(loginId)
      expect(challenge.status).toBe(203)
      expect((await api.answer(challenge)).status).toBe(200)
      expect((await api.cached(loginId)).status).toBe(200)
    })

    it("refuses an unknown LoginId with 401 INVALID_LOGIN (400 with the variant)", async () => {
      const unknown = await api.cached("5b0f9c86-1111-4222-8333-444455556666")
      expect(unknown.status).toBe(401)
      expect(unknown.body.FlinksCode).toBe("INVALID_LOGIN")
      await knobs.post("/variants", { invalidLoginStatus: 400 })
      expect((await api.live("5b0f9c86-1111-4222-8333-444455556666")).status).toBe(400)
    })

    it("keeps one session per LoginId: a new Authorize ends the previous RequestId", async () => {
      const { loginId, requestId } = await api.connect()
      const next = await api.cached(loginId)
      expect((await api.summary({ RequestId: requestId })).body.FlinksCode).toBe("SESSION_NONEXISTENT")
      expect((await api.summary({ RequestId: next.body.RequestId })).status).toBe(200)
    })

    it("refuses a second session while one is busy with the reject variant (CONCURRENT_SESSION)", async () => {
      const { loginId } = await api.connect()
      await knobs.post("/variants", { concurrentSession: "reject" })
      await knobs.post(`/logins/${loginId}/require-mfa`)
      expect((await api.live(loginId)).status).toBe(203)
      const second = await api.cached(loginId)
      expect(second.status).toBe(401)
      expect(second.body.FlinksCode).toBe("CONCURRENT_SESSION")
    })

    it("recognises a test user's LoginId after a restart (reviveKnownLogins), not once deleted", async () => {
      const { loginId } = await api.connect()
      await knobs.post("/reset")
      expect((await api.cached(loginId)).status).toBe(200)
      await knobs.post("/reset")
      await knobs.post("/variants", { reviveKnownLogins: false })
      expect((await api.cached(loginId)).body.FlinksCode).toBe("INVALID_LOGIN")
    })
  })
})
