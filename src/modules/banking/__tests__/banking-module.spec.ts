import { moduleIntegrationTestRunner } from "@medusajs/test-utils"
import path from "node:path"
import { BANKING_MODULE } from ".."
import BankingModuleService from "../service"
import { testDatabaseName } from "../../../../integration-tests/test-database-name"
import { exactAmount } from "../../../lib/banking/exact-amount"
import type { FlinksProviderId, QueueLoginDiscardInput } from "../../../types"
import { createAccount, createConnection, createLedgerAccount, type ModelInput, transactionInput } from "./fixtures"

jest.setTimeout(60_000)

moduleIntegrationTestRunner<BankingModuleService>({
  moduleName: BANKING_MODULE,
  resolve: path.join(__dirname, ".."),
  // The real migrations, not a schema derived from the models: what ships is what is tested.
  pathToMigrations: path.join(__dirname, "..", "migrations"),
  dbName: testDatabaseName("module-test"),
  testSuite: ({ service }) => {
    describe("bank transactions", () => {
      it("refuses a second transaction with the same provider id for the same account", async () => {
        const connection = await createConnection(service)
        const account = await createAccount(service, connection.id)
        await service.createBankTransactions(transactionInput(account.id))

        await expect(
          service.createBankTransactions(transactionInput(account.id, { fingerprint: "fp-2" }))
        ).rejects.toThrow(/already exists/)
        expect(await service.listBankTransactions({ bank_account_id: account.id })).toHaveLength(1)
      })

      it("accepts the same provider id on another account", async () => {
        const connection = await createConnection(service)
        const first = await createAccount(service, connection.id)
        const second = await createAccount(service, connection.id)
        await service.createBankTransactions(transactionInput(first.id))
        await service.createBankTransactions(transactionInput(second.id))

        const [, count] = await service.listAndCountBankTransactions({
          bank_account_id: [first.id, second.id],
        })
        expect(count).toBe(2)
      })

      it("keeps amounts exact to the cent, with no float rounding", async () => {
        const connection = await createConnection(service)
        const account = await createAccount(service, connection.id)
        const created = await service.createBankTransactions(
          transactionInput(account.id, {
            credit: null,
            debit: exactAmount("12345678901234.57"),
            running_balance: exactAmount("-0.10"),
          })
        )

        const [read] = await service.listBankTransactions({ id: created.id })
        expect(read.raw_debit?.value).toBe("12345678901234.57")
        expect(read.raw_running_balance?.value).toBe("-0.1")
        expect(read.credit).toBeNull()
      })

      it("stores the bank's calendar date as written and refuses anything else", async () => {
        const connection = await createConnection(service)
        const account = await createAccount(service, connection.id)
        await service.createBankTransactions(transactionInput(account.id, { date: "2026-03-08" }))
        const [read] = await service.listBankTransactions({ bank_account_id: account.id })
        expect(read.date).toBe("2026-03-08")

        for (const date of ["2026-3-8", "2026-13-01", "2026-03-08T00:00:00Z", "08/03/2026"]) {
          await expect(
            service.createBankTransactions(
              transactionInput(account.id, { provider_transaction_id: `id-${date}`, date })
            )
          ).rejects.toThrow(/calendar_date/)
        }
      })

      it("refuses a line carrying both a debit and a credit, or neither", async () => {
        const connection = await createConnection(service)
        const account = await createAccount(service, connection.id)
        await expect(
          service.createBankTransactions(
            transactionInput(account.id, { debit: exactAmount("5.00"), credit: exactAmount("5.00") })
          )
        ).rejects.toThrow(/one_of_debit_credit/)
        await expect(
          service.createBankTransactions(
            transactionInput(account.id, { provider_transaction_id: "x2", debit: null, credit: null })
          )
        ).rejects.toThrow(/one_of_debit_credit/)
      })

      it("starts every line unreconciled", async () => {
        const connection = await createConnection(service)
        const account = await createAccount(service, connection.id)
        const created = await service.createBankTransactions(transactionInput(account.id))
        expect(created.status).toBe("unreconciled")
      })
    })

    describe("bank connections and accounts", () => {
      it("keeps one connection per provider and login while it is not deleted", async () => {
        const first = await createConnection(service, { login_id_hash: "same-login" })
        await expect(createConnection(service, { login_id_hash: "same-login" })).rejects.toThrow(/already exists/)
        // The same login on the other country's instance is another connection.
        await createConnection(service, { login_id_hash: "same-login", provider: "flinks-us" })

        await service.softDeleteBankConnections(first.id)
        await createConnection(service, { login_id_hash: "same-login" })
      })

      it("refuses a provider outside Flinks Canada and Flinks USA", async () => {
        await expect(createConnection(service, { provider: "plaid" as FlinksProviderId })).rejects.toThrow()
      })

      it("refuses the same provider account twice in one connection", async () => {
        const connection = await createConnection(service)
        await createAccount(service, connection.id, { provider_account_id: "acct-1" })
        await expect(createAccount(service, connection.id, { provider_account_id: "acct-1" })).rejects.toThrow(
          /already exists/
        )
      })
    })

    describe("logins to delete at Flinks", () => {
      const discard = (due_at: Date, overrides: Partial<QueueLoginDiscardInput> = {}) =>
        service.queueLoginDiscard({
          provider: "flinks-ca",
          login_id_encrypted: "v1:not-a-real-ciphertext",
          login_id_hash: "refused-login",
          reason: "sign_in_refused",
          due_at,
          ...overrides,
        })

      it("never queues a login a connection uses", async () => {
        await createConnection(service, { login_id_hash: "refused-login" })
        expect(await discard(new Date())).toBeNull()
        expect(await service.listLoginDiscards({})).toHaveLength(0)
      })

      it("keeps one row for a login refused twice: another user's sign-in brings it forward, a retriable one back", async () => {
        const dueAt = async () => new Date((await service.listLoginDiscards({}))[0].due_at).getTime()
        const inFive = new Date(Date.now() + 5 * 60_000)
        const inFifteen = new Date(Date.now() + 15 * 60_000)
        const first = await discard(inFive)
        // A second sign-in with the same login may be retried until it ends: the login waits for it.
        expect(await discard(inFifteen)).toBe(first)
        expect(await dueAt()).toBe(inFifteen.getTime())
        expect(await discard(inFive)).toBe(first)
        expect(await dueAt()).toBe(inFifteen.getTime())

        const now = new Date()
        expect(await discard(now, { reason: "another_login" })).toBe(first)
        const rows = await service.listLoginDiscards({})
        expect(rows).toHaveLength(1)
        expect(rows[0]).toMatchObject({ reason: "another_login", done_at: null })
        expect(await dueAt()).toBe(now.getTime())
      })

      it("marks a login kept when a connection started using it before its turn", async () => {
        const id = (await discard(new Date()))!
        await createConnection(service, { login_id_hash: "refused-login" })
        expect(await service.attemptLoginDiscard(id)).toEqual({ id, outcome: "kept" })
        expect((await service.listLoginDiscards({ id }))[0]).toMatchObject({
          outcome: "kept",
          login_id_encrypted: null,
        })
        expect(await service.attemptLoginDiscard(id)).toEqual({ id, outcome: "done" })
      })

      it("leaves a login alone until it is due", async () => {
        const id = (await discard(new Date(Date.now() + 60_000)))!
        expect(await service.attemptLoginDiscard(id)).toEqual({ id, outcome: "not_due" })
      })
    })

    describe("feeds and the chart of accounts", () => {
      it("allows at most one linked feed per bank account", async () => {
        const connection = await createConnection(service)
        const account = await createAccount(service, connection.id)
        const ledger = await createLedgerAccount(service)
        const feed: ModelInput<"BankFeed"> = {
          bank_account_id: account.id,
          ledger_account_id: ledger.id,
          start_date: "2026-09-01",
          linked_at: new Date(),
        }
        const first = await service.createBankFeeds(feed)
        await expect(service.createBankFeeds(feed)).rejects.toThrow(/already exists/)

        await service.updateBankFeeds({ id: first.id, status: "unlinked", unlinked_at: new Date() })
        const relinked = await service.createBankFeeds(feed)
        expect(relinked.status).toBe("linked")
      })

      it("refuses a feed start date that is not a calendar date", async () => {
        const connection = await createConnection(service)
        const account = await createAccount(service, connection.id)
        const ledger = await createLedgerAccount(service)
        await expect(
          service.createBankFeeds({
            bank_account_id: account.id,
            ledger_account_id: ledger.id,
            start_date: "yesterday",
            linked_at: new Date(),
          })
        ).rejects.toThrow(/calendar_date/)
      })

      it("refuses two ledger accounts with the same code", async () => {
        await createLedgerAccount(service, { code: "1010" })
        await expect(createLedgerAccount(service, { code: "1010" })).rejects.toThrow(/already exists/)
      })
    })

    describe("statements", () => {
      it("refuses a statement whose period ends before it starts", async () => {
        const connection = await createConnection(service)
        const account = await createAccount(service, connection.id)
        await expect(
          service.createBankStatements({
            bank_account_id: account.id,
            period_start: "2026-11-02",
            period_end: "2026-11-01",
            total_debits: exactAmount("0"),
            total_credits: exactAmount("0"),
            transaction_count: 0,
            currency_code: "CAD",
          })
        ).rejects.toThrow(/period_in_order/)
      })
    })
  },
})
