import { Context, Logger } from "@medusajs/framework/types"
import {
  generateEntityId,
  InjectManager,
  InjectTransactionManager,
  MedusaContext,
  MedusaService,
} from "@medusajs/framework/utils"
import { isFlinksError, listFlinksInstitutions } from "../../lib/flinks"
import { canMoveConnection, ConnectionGateway, type ConnectionStatus, FlinksClients, LoginCipher } from "./gateway"
import {
  BankAccount,
  BankConnection,
  BankFeed,
  BankStatement,
  BankTransaction,
  BankingSettings,
  ConnectSession,
  LedgerAccount,
  LoginDiscard,
  MfaRequest,
  SyncRun,
} from "./models"
import { BankingModuleOptions, BankingModuleOptionsInput, parseBankingOptions } from "./options"
import { FLINKS_PRIVACY_STATEMENT } from "./privacy-statement"
import { exactAmount } from "../../lib/banking/exact-amount"
import { PROVIDER_NAMES } from "../../lib/banking/provider-names"
import { INTERRUPTED_REASON, isRunAlive, NEVER_PICKED_UP_REASON } from "../../lib/banking/sync-run-liveness"
import {
  BalancePoint,
  BankingSettingsView,
  FeedStatementRow,
  FeedStatementsInput,
  FeedTransactionFilters,
  FeedTransactionPage,
  FeedTransactionPageResult,
  FeedTransactionRow,
  FileLineKey,
  FLINKS_PROVIDERS,
  FlinksProviderId,
  IBankingModuleService,
  LiveImportInput,
  LiveImportOutcome,
  StagedImportLine,
  LoginDiscardAttempt,
  QueueLoginDiscardInput,
  RecordAccountImportInput,
  RecordAccountImportResult,
} from "../../types/module"
import { LiveImports, type LiveImportHooks } from "./utils/live-imports"
import { loginDiscardDelayMs } from "./utils/login-discard-delay"
import { ImportedLinesRepository, ImportStagingRepository, StatementCentreRepository } from "./repositories"
import type { StagedAccountWrite } from "./repositories/import-staging"

type InjectedDependencies = {
  logger?: Logger
  importedLinesRepository: ImportedLinesRepository
  importStagingRepository: ImportStagingRepository
  statementCentreRepository: StatementCentreRepository
}

class BankingModuleService
  extends MedusaService({
    BankConnection,
    BankAccount,
    LedgerAccount,
    BankFeed,
    BankTransaction,
    BankStatement,
    SyncRun,
    MfaRequest,
    ConnectSession,
    BankingSettings,
    LoginDiscard,
  })
  implements IBankingModuleService
{
  protected readonly options_: BankingModuleOptions
  protected readonly logger_?: Logger
  protected readonly importedLines_: ImportedLinesRepository
  protected readonly importStaging_: ImportStagingRepository
  protected readonly liveImports_ = new LiveImports()
  protected readonly statementCentre_: StatementCentreRepository
  protected readonly flinksClients_: FlinksClients
  protected readonly loginCipher_: LoginCipher
  /** The door to Flinks for a connection: its clients, the LoginId cipher, the status machine. */
  readonly gateway: ConnectionGateway

  constructor(container: InjectedDependencies, options?: BankingModuleOptionsInput) {
    // biome-ignore lint/complexity/noArguments: MedusaService's constructor takes every argument Medusa passes, whatever their number
    super(...arguments)
    this.options_ = parseBankingOptions(options)
    const logger = container.logger
    this.logger_ = logger
    this.importedLines_ = container.importedLinesRepository
    this.importStaging_ = container.importStagingRepository
    this.statementCentre_ = container.statementCentreRepository
    this.flinksClients_ = new FlinksClients(this.options_, logger)
    this.loginCipher_ = new LoginCipher(this.options_.encryptionKey)
    this.gateway = new ConnectionGateway(this, this.flinksClients_, this.loginCipher_)
  }

  __hooks = {
    // A process killed mid-import left its run "running": close it as soon as a server or worker starts.
    onApplicationStart: async () => {
      await this.closeAbandonedSyncRuns()
    },
  }

  /**
   * Closes, as interrupted, the runs whose process died (see isRunAlive), and has their connection
   * say why instead of "Refreshing". Called at boot, every minute by a job, and before a new run is
   * queued for a connection. Returns the ids it closed.
   */
  @InjectManager()
  async closeAbandonedSyncRuns(filter: { connection_id?: string } = {}, @MedusaContext() sharedContext: Context = {}) {
    const now = new Date()
    const active = await this.listSyncRuns(
      { ...filter, status: ["queued", "running"] },
      { select: ["id", "connection_id", "kind", "status", "heartbeat_at", "started_at"] },
      sharedContext
    )
    const abandoned = active.filter((run) => !isRunAlive(run, this.options_.sync.leaseSeconds, now))
    const closed: string[] = []
    for (const run of abandoned) {
      if (await this.closeAbandonedSyncRun(run, now)) closed.push(run.id)
    }
    return closed
  }

  /**
   * Closes one abandoned run and has its connection say why, in one transaction: whoever sees the
   * run closed must find the connection already saying so. Only while the run is still active: a
   * run that ended meanwhile keeps its own outcome.
   */
  @InjectTransactionManager()
  protected async closeAbandonedSyncRun(
    run: { id: string; connection_id: string; kind: string; status: string },
    now: Date,
    @MedusaContext() sharedContext: Context = {}
  ): Promise<boolean> {
    const reason = run.status === "queued" ? NEVER_PICKED_UP_REASON : INTERRUPTED_REASON
    const updated = await this.updateSyncRuns(
      {
        selector: { id: run.id, status: ["queued", "running"] },
        data: {
          status: "interrupted",
          phase: null,
          finished_at: now,
          error_code: "interrupted",
          error_message: reason,
        },
      },
      sharedContext
    )
    if (!updated.length) return false
    if (run.kind !== "import") return true
    // A connection deleted meanwhile says nothing more; its run is closed all the same.
    const [connection] = await this.listBankConnections(
      { id: run.connection_id },
      { select: ["id", "status"] },
      sharedContext
    )
    if (connection && canMoveConnection(connection.status as ConnectionStatus, "error")) {
      await this.gateway.moveConnection(run.connection_id, "error", reason, {}, sharedContext)
    }
    return true
  }

  /**
   * The store's banking settings, the one row every reader goes through (the row is created on
   * first save, so nothing saved yet reads as no recipients and no id).
   */
  @InjectManager()
  async retrieveSettings(@MedusaContext() sharedContext: Context = {}): Promise<BankingSettingsView> {
    const [row] = await this.listBankingSettings({}, { take: 1, order: { created_at: "ASC" } }, sharedContext)
    return {
      id: row?.id ?? null,
      mfa_notification_recipients: row?.mfa_notification_recipients ?? [],
      updated_at: row?.updated_at ?? null,
    }
  }

  /** When and how widely the scheduled import runs (validated at boot). */
  syncOptions() {
    return this.options_.sync
  }

  mfaOptions() {
    return this.options_.mfa
  }

  /**
   * What Connect asks Flinks for on this instance: Enhanced MFA (Flinks Canada only, on there
   * unless turned off) and scheduled refresh (off unless turned on).
   */
  refreshOptions(provider: FlinksProviderId): { enhancedMfa: boolean; scheduledRefresh: boolean } {
    const instance = this.options_.flinks[provider]
    return {
      enhancedMfa: provider === "flinks-ca" && (instance?.enhancedMfa ?? true),
      scheduledRefresh: instance?.scheduledRefresh ?? false,
    }
  }

  /** The providers a merchant can connect through, and why one is not offered. */
  listProviders() {
    return FLINKS_PROVIDERS.map((id) => {
      const configured = this.flinksClients_.isConfigured(id)
      return {
        id,
        ...PROVIDER_NAMES[id],
        configured,
        unavailable_reason: configured
          ? null
          : `Not configured: add the "${id}" instance to the plugin's \`flinks\` options.`,
        privacy_statement: FLINKS_PRIVACY_STATEMENT,
      }
    })
  }

  listInstitutions(provider: FlinksProviderId, search?: string) {
    this.gateway.assertConfigured(provider)
    return listFlinksInstitutions(PROVIDER_NAMES[provider].country, search)
  }

  /** Whether a connection of this store (not deleted) signs in with this login. */
  async connectionUsesLogin(provider: FlinksProviderId, loginIdHash: string): Promise<boolean> {
    const connections = await this.listBankConnections(
      { provider, login_id_hash: loginIdHash },
      { select: ["id", "status"] }
    )
    return connections.some((connection) => connection.status !== "disconnected")
  }

  /**
   * Puts a Flinks login that no connection uses on the list of logins to delete at Flinks, due at
   * `due_at`. Returns the row's id, or null when a connection uses the login: that one is never
   * deleted. A login already waiting keeps its one row: another bank user's sign-in brings it
   * forward, a refused sign-in the merchant may still retry pushes it back to that sign-in's end.
   * The caller holds the login's lock, so no connection can start using it meanwhile.
   */
  async queueLoginDiscard(input: QueueLoginDiscardInput): Promise<string | null> {
    if (await this.connectionUsesLogin(input.provider, input.login_id_hash)) {
      return null
    }
    const [pending] = await this.listLoginDiscards(
      { provider: input.provider, login_id_hash: input.login_id_hash, done_at: null },
      { select: ["id", "due_at", "reason"] }
    )
    if (pending) {
      const waiting = new Date(pending.due_at).getTime()
      const moves =
        input.reason === "another_login" ? input.due_at.getTime() < waiting : input.due_at.getTime() > waiting
      if (moves) {
        await this.updateLoginDiscards({ id: pending.id, due_at: input.due_at, reason: input.reason })
      }
      return pending.id
    }
    const created = await this.createLoginDiscards({
      provider: input.provider,
      login_id_encrypted: input.login_id_encrypted,
      login_id_hash: input.login_id_hash,
      reason: input.reason,
      due_at: input.due_at,
    })
    return created.id
  }

  /**
   * One try, without waiting, at deleting a queued login at Flinks (DeleteCard). A login Flinks no
   * longer knows counts as deleted; one a connection now uses is kept. Any other answer (CARD_IN_USE
   * while Flinks still processes the sign-in, a fault, a lost answer) leaves it queued for a later
   * try. A row not due yet, or done, is left alone, so two sweeps at once do no harm. The caller
   * holds the login's lock.
   */
  async attemptLoginDiscard(id: string, now = new Date()): Promise<LoginDiscardAttempt> {
    const [row] = await this.listLoginDiscards({ id })
    if (!row || row.done_at) return { id, outcome: "done" }
    if (new Date(row.due_at).getTime() > now.getTime()) return { id, outcome: "not_due" }
    const finish = async (outcome: "deleted" | "already_gone" | "kept") => {
      const attempts = outcome === "kept" ? row.attempts : row.attempts + 1
      // Once done, the LoginId has no reason to stay, even encrypted.
      await this.updateLoginDiscards({ id, done_at: now, outcome, attempts, login_id_encrypted: null })
      return { id, outcome }
    }
    if (await this.connectionUsesLogin(row.provider, row.login_id_hash)) {
      return finish("kept")
    }
    try {
      await this.gateway.deleteSealedLogin(row.provider, row.login_id_encrypted!, { retries: 0 })
      return finish("deleted")
    } catch (error) {
      if (isFlinksError(error) && error.code === "invalid_credentials") {
        return finish("already_gone")
      }
      const attempts = row.attempts + 1
      const code = isFlinksError(error) ? error.code : "error"
      await this.updateLoginDiscards({
        id,
        attempts,
        last_error: code,
        due_at: new Date(now.getTime() + loginDiscardDelayMs(attempts)),
      })
      // Past the first hour of tries, Flinks' processing is not the reason: someone should look.
      if (attempts >= 8) {
        this.logger_?.warn(
          `Banking: a refused Flinks login (${id}) is still not deleted after ${attempts} tries (${code}).`
        )
      }
      return { id, outcome: "pending", attempts, error: code }
    }
  }

  /**
   * Stages lines of the answer a run is reading, by one COPY held open while they stream in: a large
   * answer is never held whole. recordAccountImport then writes each account's new ones.
   */
  @InjectManager()
  async stageImportLines(
    syncRunId: string,
    accountIndex: number,
    lines: StagedImportLine[],
    @MedusaContext() sharedContext: Context = {}
  ) {
    await this.importStaging_.stageLines(syncRunId, accountIndex, lines, sharedContext)
  }

  /** The run's answer was read whole: its staged lines are committed, ready for recordAccountImport. */
  async finishStagingLines(syncRunId: string) {
    await this.importStaging_.finishStaging(syncRunId)
  }

  /**
   * Removes a run's staged lines; without a run, those of every run that no longer runs. A live
   * import the run still holds open ends first, writing nothing: its answer is read again, or the
   * run is over.
   */
  @InjectManager()
  async discardStagedLines(syncRunId: string | null, @MedusaContext() sharedContext: Context = {}) {
    if (syncRunId) await this.liveImports_.settle(syncRunId, null).catch(() => undefined)
    await this.importStaging_.discardStagedLines(syncRunId, sharedContext)
  }

  /**
   * One account's new lines, their statement, the account's balances and the feed's high-water
   * mark, in one database transaction: after a crash either all of it is there or none of it.
   * PostgreSQL decides which staged lines are new, against the account's stored lines (deleted ones
   * included: a line the merchant deleted does not come back).
   */
  @InjectTransactionManager()
  async recordAccountImport(
    input: RecordAccountImportInput,
    @MedusaContext() sharedContext: Context = {}
  ): Promise<RecordAccountImportResult> {
    const written = await this.writeStagedLines(stagedWrite(input, generateEntityId(undefined, "bstmt")), sharedContext)
    return this.completeAccountImport(input, written, sharedContext)
  }

  async beginLiveImport(input: LiveImportInput): Promise<boolean> {
    return this.liveImports_.begin(input.sync_run_id, (hooks) => this.recordLiveImport(input, hooks))
  }

  async settleLiveImport(syncRunId: string, outcome: LiveImportOutcome | null) {
    return this.liveImports_.settle(syncRunId, outcome)
  }

  /**
   * recordAccountImport begun before the answer is read: in one transaction, the lines written as
   * they stream in (LiveCopy), then, once the outcome comes, kept, or rolled back for the staged
   * ones to be written instead; null when the account cannot go this way or no outcome came.
   */
  @InjectTransactionManager()
  protected async recordLiveImport(
    input: LiveImportInput,
    hooks: LiveImportHooks,
    @MedusaContext() sharedContext: Context = {}
  ): Promise<RecordAccountImportResult | null> {
    const statementId = generateEntityId(undefined, "bstmt")
    const opened = await this.importStaging_.openLiveCopy(
      {
        sync_run_id: input.sync_run_id,
        bank_account_id: input.bank_account_id,
        feed_id: input.feed_id,
        statement_id: statementId,
        start_date: input.start_date,
        currency_code: input.currency_code,
      },
      sharedContext
    )
    hooks.opened(opened)
    if (!opened) return null
    const outcome = await hooks.outcome
    const live = await this.importStaging_.closeLiveCopy(input.sync_run_id, outcome?.staged ?? null, sharedContext)
    if (!outcome) return null
    const full = { ...input, ...outcome }
    const written = live ?? (await this.writeStagedLines(stagedWrite(full, statementId), sharedContext))
    return this.completeAccountImport(full, written, sharedContext)
  }

  /** After the account's lines: its balances and the feed's high-water mark, in the same transaction. */
  private async completeAccountImport(
    input: RecordAccountImportInput,
    written: StagedAccountWrite,
    sharedContext: Context
  ): Promise<RecordAccountImportResult> {
    if (input.balances) {
      await this.updateBankAccounts(
        {
          id: input.bank_account_id,
          balance_current: exactAmount(input.balances.current),
          balance_available: exactAmount(input.balances.available),
          balance_limit: exactAmount(input.balances.limit),
          balances_updated_at: new Date(),
        },
        sharedContext
      )
    }
    const newest = written.period_end
    await this.updateBankFeeds(
      {
        id: input.feed_id,
        last_import_at: new Date(),
        ...(newest && (!input.high_water_date || newest > input.high_water_date) ? { high_water_date: newest } : {}),
      },
      sharedContext
    )
    return {
      statement_id: written.statement_id,
      fetched: written.fetched,
      inserted: written.inserted,
      duplicates: written.in_window - written.inserted,
      before_start: written.fetched - written.in_window,
      gaps: written.gaps,
    }
  }

  /**
   * The account's new staged lines into bank_transaction, in the caller's transaction: one
   * statement, so a crash in the middle of it leaves nothing half-written.
   */
  @InjectTransactionManager()
  async writeStagedLines(
    input: Parameters<ImportStagingRepository["writeStagedAccount"]>[0],
    @MedusaContext() sharedContext: Context = {}
  ): Promise<StagedAccountWrite> {
    return this.importStaging_.writeStagedAccount(input, sharedContext)
  }

  /**
   * Marks what was imported for these accounts (lines, statements, feeds) deleted at `at`, in
   * one statement per table: a connection can hold hundreds of thousands of lines, which the ORM
   * would load one by one. Lines deleted earlier keep their own time, so undoing this restores only
   * what this call removed.
   */
  @InjectTransactionManager()
  async softDeleteImportedData(bankAccountIds: string[], at: Date, @MedusaContext() sharedContext: Context = {}) {
    await this.importedLines_.setImportedDataDeletedAt(bankAccountIds, { from: null, to: at }, sharedContext)
  }

  /** Undoes softDeleteImportedData for the same accounts and time. */
  @InjectTransactionManager()
  async restoreImportedData(bankAccountIds: string[], at: Date, @MedusaContext() sharedContext: Context = {}) {
    await this.importedLines_.setImportedDataDeletedAt(bankAccountIds, { from: at, to: null }, sharedContext)
  }

  /** The Detailed View: one page of a feed's lines, filtered and sorted in PostgreSQL, and how many match. */
  @InjectManager()
  async listFeedTransactions(
    filters: FeedTransactionFilters,
    page: FeedTransactionPage,
    @MedusaContext() sharedContext: Context = {}
  ): Promise<FeedTransactionPageResult> {
    return this.statementCentre_.listFeedTransactions(filters, page, sharedContext)
  }

  /** A download's next batch of lines after `after`, in the file's order; see streamFileLines. */
  @InjectManager()
  async listFeedTransactionsAfter(
    filters: FeedTransactionFilters,
    after: FileLineKey | null,
    limit: number,
    @MedusaContext() sharedContext: Context = {}
  ): Promise<(FeedTransactionRow & FileLineKey)[]> {
    return this.statementCentre_.listFeedTransactionsAfter(filters, after, limit, sharedContext)
  }

  /** The first and last bank dates among the lines the filters select: a download's period. */
  @InjectManager()
  async feedTransactionsSpan(filters: FeedTransactionFilters, @MedusaContext() sharedContext: Context = {}) {
    return this.statementCentre_.feedTransactionsSpan(filters, sharedContext)
  }

  /**
   * How many live lines each feed has (0 for none): the count Link Bank Feeds and the Statement
   * Centre show. Read from the lines, as the Detailed View lists them, never from the count the
   * import stored on each statement, which a deleted line leaves as it was.
   */
  @InjectManager()
  async countFeedLines(
    feedIds: string[],
    @MedusaContext() sharedContext: Context = {}
  ): Promise<Record<string, number>> {
    return this.statementCentre_.countFeedLines(feedIds, sharedContext)
  }

  /** The Header View: a feed's statements with totals and reconciliation progress from their live lines. */
  @InjectManager()
  async listFeedStatements(
    input: FeedStatementsInput,
    @MedusaContext() sharedContext: Context = {}
  ): Promise<{ statements: FeedStatementRow[]; count: number }> {
    return this.statementCentre_.listFeedStatements(input, sharedContext)
  }

  /** The account's balance at the end of each day, for the Statement Centre's picture. */
  @InjectManager()
  async feedBalanceHistory(
    input: { feed_id: string },
    @MedusaContext() sharedContext: Context = {}
  ): Promise<BalancePoint[]> {
    return this.statementCentre_.feedBalanceHistory(input, sharedContext)
  }

  /** Deletes a statement with its live lines at `at`; lines deleted earlier keep their own time. */
  @InjectTransactionManager()
  async softDeleteStatement(statementId: string, at: Date, @MedusaContext() sharedContext: Context = {}) {
    await this.importedLines_.setStatementDeletedAt(statementId, { from: null, to: at }, sharedContext)
  }

  /** Undoes softDeleteStatement for the same statement and time. */
  @InjectTransactionManager()
  async restoreStatement(statementId: string, at: Date, @MedusaContext() sharedContext: Context = {}) {
    await this.importedLines_.setStatementDeletedAt(statementId, { from: at, to: null }, sharedContext)
  }
}

export default BankingModuleService

/** What writeStagedLines takes, for an account's import and the id its statement gets. */
function stagedWrite(input: RecordAccountImportInput, statementId: string) {
  return {
    staged: input.staged,
    bank_account_id: input.bank_account_id,
    feed_id: input.feed_id,
    statement_id: statementId,
    start_date: input.start_date,
    currency_code: input.currency_code,
  }
}
