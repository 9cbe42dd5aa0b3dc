import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStep, createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
// The steps under test, by their path: a step that moves changes these lines only.
import { removeBankConnectionStep } from "../../../src/workflows/connections/steps/remove-bank-connection"
import { upsertBankConnectionStep } from "../../../src/workflows/connections/steps/upsert-bank-connection"
import { createBankFeedStep } from "../../../src/workflows/feeds/steps/create-bank-feed"
import { createLedgerAccountsStep } from "../../../src/workflows/ledger-accounts/steps/create-ledger-accounts"
import { softDeleteLinesStep } from "../../../src/workflows/statement-centre/steps/soft-delete-lines"
import { softDeleteStatementStep } from "../../../src/workflows/statement-centre/steps/soft-delete-statement"
import { queueSyncRunStep } from "../../../src/workflows/sync/steps/queue-sync-run"
import { testDatabaseName } from "../../test-database-name"
import { loginAsAdmin } from "../helpers/admin-session"
import { bankingModuleOf } from "../helpers/banking-module"
import { daysAgo } from "../helpers/calendar"
import { connectFlinksCapital } from "../helpers/connected-bank"
import { useFlinksSandbox } from "../helpers/flinks-sandbox"
import { linkChequingAndImport } from "../helpers/sync-runs"

jest.setTimeout(180_000)

const flinks = useFlinksSandbox()

/**
 * Each step runs in a throwaway workflow whose next step throws, so the engine runs the step's
 * compensation, as it would when a later step of the real workflow fails. The throwing step first
 * reads the database through `lookDuringRun`: what the step did, before it is undone. A test compares
 * that with the state before the run (the step did something) and after it (all of it, and only it,
 * was undone).
 */
const FAILURE = "The step after it failed"
let lookDuringRun: () => Promise<unknown> = async () => null
let seenDuringRun: { output: unknown; state: unknown }[] = []

const failingStep = createStep("banking-test-fail-after-step", async (output: any) => {
  seenDuringRun.push({ output, state: await lookDuringRun() })
  throw new Error(FAILURE)
})

function thenFail(step: (input: any) => any, name: string) {
  return createWorkflow(`banking-test-${name}-then-fail`, (input: any) => {
    const output = step(input)
    failingStep(output)
    return new WorkflowResponse(output)
  })
}

const createFeedThenFail = thenFail(createBankFeedStep, "create-bank-feed")
const softDeleteLinesThenFail = thenFail(softDeleteLinesStep, "soft-delete-lines")
const softDeleteStatementThenFail = thenFail(softDeleteStatementStep, "soft-delete-statement")
const removeConnectionThenFail = thenFail(removeBankConnectionStep, "remove-bank-connection")
const upsertConnectionThenFail = thenFail(upsertBankConnectionStep, "upsert-bank-connection")
const createLedgerAccountsThenFail = thenFail(createLedgerAccountsStep, "create-ledger-accounts")
const queueSyncRunThenFail = thenFail(queueSyncRunStep, "queue-sync-run")

medusaIntegrationTestRunner({
  dbName: testDatabaseName("http-step-compensations"),
  testSuite: ({ api, getContainer }) => {
    let headers: Record<string, string>
    let userId: string
    let connection: any
    let feed: any
    const banking = bankingModuleOf(getContainer)

    /** Rows straight from the database, deleted ones included: what a compensation must put back. */
    async function rows(sql: string, bindings: string[] = []): Promise<any[]> {
      const pg = getContainer().resolve(ContainerRegistrationKeys.PG_CONNECTION)
      return (await pg.raw(sql, bindings)).rows
    }

    /** Runs the step then the failing one; returns `state()` before, during (undone next) and after. */
    async function runThenFail(workflow: ReturnType<typeof thenFail>, input: unknown, state: () => Promise<unknown>) {
      const before = await state()
      seenDuringRun = []
      lookDuringRun = state
      const { errors } = await workflow(getContainer()).run({ input, throwOnError: false })
      expect(errors.map((error: any) => error.error?.message)).toEqual([FAILURE])
      expect(seenDuringRun).toHaveLength(1)
      const [{ output, state: during }] = seenDuringRun as [{ output: any; state: any }]
      return { before: before as any, during, after: (await state()) as any, output }
    }

    const accountNamed = (title: string) => connection.accounts.find((account: any) => account.title === title)

    beforeEach(async () => {
      await flinks.control("reset", {})
      const admin = await loginAsAdmin(getContainer(), api)
      headers = admin.headers
      userId = admin.user.id
      ;({ connection } = await connectFlinksCapital(api, headers, flinks.signInAtFlinks))
      ;({ feed } = await linkChequingAndImport(api, headers, banking(), connection, daysAgo(30)))
    })

    it("linking a feed, undone, leaves the account with no feed at all, not even a deleted one", async () => {
      const savings = accountNamed("Savings")
      const ledger = await banking().createLedgerAccounts({
        code: "1040",
        name: "Bank - Savings",
        type: "asset",
        currency_code: "CAD",
      })
      const feeds = () => rows("select id, status, deleted_at from bank_feed order by id")
      const { before, during, after, output } = await runThenFail(
        createFeedThenFail,
        { bank_account_id: savings.id, ledger_account_id: ledger.id, start_date: daysAgo(10), linked_by: userId },
        feeds
      )
      expect(before).toEqual([{ id: feed.id, status: "linked", deleted_at: null }])
      expect(during).toEqual(expect.arrayContaining([{ id: output.id, status: "linked", deleted_at: null }, ...before]))
      expect(during).toHaveLength(2)
      expect(after).toEqual(before)
    })

    it("deleting lines, undone, brings back exactly those lines; one the merchant deleted earlier stays deleted", async () => {
      const lines = await rows(
        "select id from bank_transaction where feed_id = ? and deleted_at is null order by import_order",
        [feed.id]
      )
      expect(lines.length).toBeGreaterThan(3)
      await banking().softDeleteBankTransactions([lines[0].id])
      const state = () =>
        rows("select id, deleted_at from bank_transaction where bank_account_id = ? order by id", [
          feed.bank_account.id,
        ])
      const chosen = [lines[1].id, lines[2].id]
      const { before, during, after, output } = await runThenFail(softDeleteLinesThenFail, { ids: chosen }, state)
      expect(output).toEqual({ deleted: 2 })
      const deleted = (list: any[]) => list.filter((line) => line.deleted_at !== null).map((line) => line.id)
      expect(deleted(before)).toEqual([lines[0].id])
      expect(deleted(during).sort()).toEqual([lines[0].id, ...chosen].sort())
      expect(after).toEqual(before)
    })

    it("deleting a statement, undone, brings back it and its lines; a line deleted earlier stays deleted", async () => {
      const [statement] = await rows(
        "select id from bank_statement where feed_id = ? and deleted_at is null order by period_end limit 1",
        [feed.id]
      )
      const own = await rows("select id from bank_transaction where statement_id = ? and deleted_at is null", [
        statement.id,
      ])
      expect(own.length).toBeGreaterThan(1)
      await banking().softDeleteBankTransactions([own[0].id])
      const state = async () => ({
        statements: await rows("select id, deleted_at from bank_statement where feed_id = ? order by id", [feed.id]),
        lines: await rows("select id, deleted_at from bank_transaction where feed_id = ? order by id", [feed.id]),
      })
      const { before, during, after, output } = await runThenFail(
        softDeleteStatementThenFail,
        { id: statement.id },
        state
      )
      expect(output).toEqual({ id: statement.id })
      const live = (list: any[]) => list.filter((row) => row.deleted_at === null).map((row) => row.id)
      expect(live(during.statements)).not.toContain(statement.id)
      expect(live(during.lines)).toEqual(live(before.lines).filter((id: string) => !own.some((line) => line.id === id)))
      expect(after).toEqual(before)
    })

    it("removing a connection with its lines, undone, restores the connection, its status, accounts, feed and lines as they were", async () => {
      await banking().updateBankConnections({
        id: connection.id,
        status: "mfa_required",
        status_reason: "The bank asks a security question.",
      })
      const [earlier] = await rows(
        "select id from bank_transaction where feed_id = ? and deleted_at is null order by import_order limit 1",
        [feed.id]
      )
      await banking().softDeleteBankTransactions([earlier.id])
      const accountIds = connection.accounts.map((account: any) => account.id)
      const state = async () => ({
        connection: await rows(
          "select status, status_reason, deleted_by, deleted_at from bank_connection where id = ?",
          [connection.id]
        ),
        accounts: await rows("select id, deleted_at from bank_account where connection_id = ? order by id", [
          connection.id,
        ]),
        feeds: await rows("select id, status, deleted_at from bank_feed order by id"),
        statements: await rows("select id, deleted_at from bank_statement where feed_id = ? order by id", [feed.id]),
        lines: await rows("select id, deleted_at from bank_transaction where feed_id = ? order by id", [feed.id]),
      })
      const { before, during, after } = await runThenFail(
        removeConnectionThenFail,
        { connection_id: connection.id, account_ids: accountIds, actor_id: userId, keep_transactions: false },
        state
      )
      expect(during.connection).toEqual([
        expect.objectContaining({ status: "disconnected", deleted_by: userId, deleted_at: expect.any(Date) }),
      ])
      const allDeleted = (list: any[]) => list.every((row) => row.deleted_at !== null)
      expect(allDeleted(during.accounts) && allDeleted(during.lines) && allDeleted(during.statements)).toBe(true)
      expect(after).toEqual(before)
      expect(after.lines.find((line: any) => line.id === earlier.id).deleted_at).not.toBeNull()
    })

    it("a new bank login stored, undone, leaves no connection or account behind", async () => {
      const state = async () => ({
        connections: await rows("select id, deleted_at from bank_connection order by id"),
        accounts: await rows("select id, deleted_at from bank_account order by id"),
      })
      const { before, during, after, output } = await runThenFail(
        upsertConnectionThenFail,
        {
          provider: "flinks-ca",
          actor_id: userId,
          consent_accepted_at: new Date().toISOString(),
          consent_version: "test",
          login: {
            login_id_encrypted: "not-a-real-cipher-text",
            login_id_hash: "a-login-never-seen-before",
            login_type: "personal",
            provider_refreshed_at: null,
            institution_name: "Another Bank",
            institution_id: "AnotherBank",
            accounts: [flinksAccount("new-chequing", "Chequing", "100.00")],
          },
        },
        state
      )
      expect(output).toMatchObject({ created: true })
      expect(during.connections).toHaveLength(before.connections.length + 1)
      expect(during.accounts).toHaveLength(before.accounts.length + 1)
      expect(after).toEqual(before)
    })

    it("the same bank login connected again, undone, puts back its status and accounts and drops the account it added", async () => {
      await banking().updateBankConnections({
        id: connection.id,
        status: "mfa_required",
        status_reason: "The bank asks a security question.",
      })
      const [stored] = await rows("select login_id_encrypted, login_id_hash from bank_connection where id = ?", [
        connection.id,
      ])
      const accounts = await rows(
        "select provider_account_id, title from bank_account where connection_id = ? order by bank_order",
        [connection.id]
      )
      const state = async () => ({
        connection: await rows("select status, status_reason, institution_name from bank_connection where id = ?", [
          connection.id,
        ]),
        accounts: await rows(
          "select id, provider_account_id, title, balance_current::text as balance, deleted_at from bank_account where connection_id = ? order by id",
          [connection.id]
        ),
      })
      const { before, during, after, output } = await runThenFail(
        upsertConnectionThenFail,
        {
          provider: "flinks-ca",
          actor_id: userId,
          consent_accepted_at: null,
          consent_version: null,
          login: {
            ...stored,
            login_type: "personal",
            provider_refreshed_at: null,
            institution_name: "Flinks Capital",
            institution_id: "FlinksCapital",
            accounts: [
              ...accounts.map((account) => flinksAccount(account.provider_account_id, account.title, "12345.67")),
              flinksAccount("a-new-account", "Business Savings", "1.00"),
            ],
          },
        },
        state
      )
      expect(output).toMatchObject({ connection_id: connection.id, created: false })
      expect(during.connection).toEqual([expect.objectContaining({ status: "active", status_reason: null })])
      expect(during.accounts).toHaveLength(before.accounts.length + 1)
      expect(during.accounts.filter((account: any) => account.balance === "12345.67")).toHaveLength(accounts.length)
      expect(after).toEqual(before)
    })

    it("the accounts of a CSV import, undone, are all removed and the chart is as it was", async () => {
      const chart = () => rows("select code, name, deleted_at from ledger_account order by code")
      const { before, during, after, output } = await runThenFail(
        createLedgerAccountsThenFail,
        [
          { code: "5010", name: "Cost of Goods Sold", type: "expense", currency_code: "CAD", description: null },
          { code: "5020", name: "Shipping", type: "expense", currency_code: "CAD", description: null },
        ],
        chart
      )
      expect(output.map((account: any) => account.code)).toEqual(["5010", "5020"])
      expect(before.map((account: any) => account.code)).toEqual(["1010"])
      expect(during.map((account: any) => account.code)).toEqual(["1010", "5010", "5020"])
      expect(after).toEqual(before)
    })

    it("a queued import, undone, is closed as not started, so the connection is free for the next one", async () => {
      const runs = () =>
        rows("select id, status, error_code from sync_run where connection_id = ? order by created_at, id", [
          connection.id,
        ])
      const { before, during, after, output } = await runThenFail(
        queueSyncRunThenFail,
        { connection_id: connection.id, kind: "import", trigger: "manual", requested_by: userId },
        runs
      )
      expect(output).toMatchObject({ connection_id: connection.id, created: true })
      expect(during).toEqual([...before, { id: output.id, status: "queued", error_code: null }])
      expect(after).toEqual([...before, { id: output.id, status: "failed", error_code: "not_started" }])
      const inProgress = await rows(
        "select id from sync_run where connection_id = ? and status in ('queued', 'running') and deleted_at is null",
        [connection.id]
      )
      expect(inProgress).toEqual([])
    })
  },
})

/** An account as the Flinks client hands it over, with the balance a test wants to see stored. */
function flinksAccount(providerAccountId: string, title: string, balance: string) {
  return {
    providerAccountId,
    title,
    accountNumber: "1111",
    lastFourDigits: "1111",
    transitNumber: null,
    institutionNumber: null,
    overdraftLimit: null,
    balance: { available: balance, current: balance, limit: null },
    category: "Operations",
    type: "Chequing",
    currency: "CAD",
    accountType: "Personal",
    transactions: [],
    raw: {},
  }
}
