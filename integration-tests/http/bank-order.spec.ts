import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { FLINKS_PRIVACY_STATEMENT } from "../../src/modules/banking/privacy-statement"
import { loginAsAdmin } from "./helpers/admin-session"
import { useFlinksSandbox } from "./helpers/flinks-sandbox"
import { testDatabaseName } from "../test-database-name"

jest.setTimeout(120_000)

const flinks = useFlinksSandbox()
const consent = { accepted: true, version: FLINKS_PRIVACY_STATEMENT.version }

/**
 * The same bank connected on Flinks Canada and on Flinks USA: every answer says which provider
 * an account comes through, and lists accounts in the bank's own order, read after read.
 */
medusaIntegrationTestRunner({
  dbName: testDatabaseName("http-bank-order"),
  testSuite: ({ api, getContainer }) => {
    let headers: Record<string, string>

    const connect = async (provider: "flinks-ca" | "flinks-us") => {
      const { data } = await api.post("/admin/banking/connect-sessions", { provider, consent }, { headers })
      const loginId = await flinks.signInAtFlinks("Greatday", "Everyday", provider === "flinks-us" ? "US" : "CA")
      const completed = await api.post(
        "/admin/banking/connect-sessions/complete",
        { state: data.connect_session.state, login_id: loginId },
        { headers }
      )
      return completed.data.connection
    }

    /** The titles Flinks lists for Greatday on one instance, in its order. */
    const flinksOrder = async (country: "CA" | "US"): Promise<string[]> => {
      const { logins } = await flinks.control("state")
      const login = logins.find((item: any) => item.country === country && item.username === "Greatday")
      return login.accounts.filter((account: any) => account.visible !== false).map((account: any) => account.title)
    }

    // The database is emptied after each test: each connects both again.
    let canada: any
    let usa: any
    beforeEach(async () => {
      await flinks.control("reset", {})
      headers = (await loginAsAdmin(getContainer(), api)).headers
      canada = await connect("flinks-ca")
      usa = await connect("flinks-us")
    })

    it("lists each connection's accounts in the bank's order on every read, and the available accounts connection by connection", async () => {
      const expected = { [canada.id]: await flinksOrder("CA"), [usa.id]: await flinksOrder("US") }
      // The bank's order is not alphabetical: a sort by title would not pass.
      expect(expected[canada.id]).not.toEqual([...expected[canada.id]].sort())
      expect(canada.accounts.map((account: any) => account.title)).toEqual(expected[canada.id])

      for (let read = 0; read < 3; read++) {
        const { data } = await api.get("/admin/banking/connections", { headers })
        for (const connection of data.connections) {
          expect(connection.accounts.map((account: any) => account.title)).toEqual(expected[connection.id])
        }
      }

      const { data } = await api.get("/admin/banking/feeds/available-accounts", { headers })
      const listed = data.bank_accounts.map((account: any) => `${account.provider} ${account.title}`)
      expect(listed).toEqual([
        ...expected[canada.id].map((title) => `flinks-ca ${title}`),
        ...expected[usa.id].map((title) => `flinks-us ${title}`),
      ])
    })

    it("names the provider of a feed's bank account, so two Credit cards ···4242 read apart", async () => {
      const { data: available } = await api.get("/admin/banking/feeds/available-accounts", { headers })
      const cards = available.bank_accounts.filter((account: any) => account.title === "Credit card")
      expect(cards.map((card: any) => [card.provider, card.currency_code])).toEqual([
        ["flinks-ca", "CAD"],
        ["flinks-us", "USD"],
      ])
      for (const card of cards) {
        const { data: created } = await api.post(
          "/admin/banking/ledger-accounts",
          {
            code: `21${card.currency_code === "CAD" ? "10" : "20"}`,
            name: `Credit card ${card.currency_code}`,
            type: "liability",
            currency_code: card.currency_code,
          },
          { headers }
        )
        const ledger = created.ledger_account
        await api.post(
          "/admin/banking/feeds",
          { bank_account_id: card.id, ledger_account_id: ledger.id, start_date: new Date().toISOString().slice(0, 10) },
          { headers }
        )
      }
      const { data } = await api.get("/admin/banking/feeds", { headers })
      const named = data.feeds
        .filter((feed: any) => feed.bank_account.title === "Credit card")
        .map((feed: any) => feed.bank_account.provider)
        .sort()
      expect(named).toEqual(["flinks-ca", "flinks-us"])
    })
  },
})
