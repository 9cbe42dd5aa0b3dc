import type { Context, IModuleService } from "@medusajs/framework/types"
import type { AbstractModuleService } from "@medusajs/framework/utils"
import type { FlinksInstitution } from "../../lib/flinks"
import type { ConnectionGateway } from "../../modules/banking/gateway"
import type { BankingModuleOptions } from "../../modules/banking/options"
import type {
  LiveImportInput,
  LiveImportOutcome,
  RecordAccountImportInput,
  RecordAccountImportResult,
  StagedImportLine,
} from "./account-import"
import type { FlinksProviderId } from "./constants"
import type { LoginDiscardAttempt, QueueLoginDiscardInput } from "./login-discard"
import type { BankingModelsConfig } from "./models"
import type {
  BalancePoint,
  FeedStatementRow,
  FeedStatementsInput,
  FeedTransactionFilters,
  FeedTransactionPage,
  FeedTransactionPageResult,
  FeedTransactionRow,
  FileLineKey,
} from "./statement-centre"

/** A provider a merchant can connect through, and why it is not offered when it is not. */
export type BankProviderDTO = {
  id: FlinksProviderId
  name: string
  country: "CA" | "US"
  configured: boolean
  unavailable_reason: string | null
  privacy_statement: {
    readonly version: string
    readonly url: string
    readonly summary: readonly string[]
  }
}

/** The store's banking settings as the module reads them; `id` is null until first saved. */
export type BankingSettingsView = {
  id: string | null
  /** Validated email addresses that receive "your bank needs you" messages. */
  mfa_notification_recipients: string[]
  updated_at: Date | null
}

/** What Connect asks Flinks for on one instance. */
export type RefreshOptions = { enhancedMfa: boolean; scheduledRefresh: boolean }

/**
 * The banking module as the rest of the plugin sees it: the CRUD Medusa generates for each model,
 * plus the module's own reads and writes. Steps, routes, jobs and subscribers resolve this
 * interface (`container.resolve<IBankingModuleService>(BANKING_MODULE)`), never the class.
 */
export interface IBankingModuleService extends IModuleService, AbstractModuleService<BankingModelsConfig> {
  /**
   * The door to Flinks for a connection: the Flinks clients, the LoginId cipher and the connection
   * state machine. Workflows hand it connection ids or sealed logins, never a plaintext LoginId.
   */
  readonly gateway: ConnectionGateway
  /** Closes, as interrupted, the runs whose process died; returns the ids it closed. */
  closeAbandonedSyncRuns(filter?: { connection_id?: string }, sharedContext?: Context): Promise<string[]>
  /** The settings row, read the one way every reader reads it. */
  retrieveSettings(sharedContext?: Context): Promise<BankingSettingsView>
  /** When and how widely the scheduled import runs (validated at boot). */
  syncOptions(): BankingModuleOptions["sync"]
  mfaOptions(): BankingModuleOptions["mfa"]
  refreshOptions(provider: FlinksProviderId): RefreshOptions
  listProviders(): BankProviderDTO[]
  listInstitutions(provider: FlinksProviderId, search?: string): FlinksInstitution[]
  connectionUsesLogin(provider: FlinksProviderId, loginIdHash: string): Promise<boolean>
  queueLoginDiscard(input: QueueLoginDiscardInput): Promise<string | null>
  attemptLoginDiscard(id: string, now?: Date): Promise<LoginDiscardAttempt>

  /** Stages lines of the answer a run is reading (COPY); recordAccountImport writes the new ones. */
  stageImportLines(
    syncRunId: string,
    accountIndex: number,
    lines: StagedImportLine[],
    sharedContext?: Context
  ): Promise<void>
  /** Ends the run's staging COPY once its answer was read whole: the staged lines become visible. */
  finishStagingLines(syncRunId: string): Promise<void>
  /** Removes a run's staged lines (cancelling a COPY still open); with null, those of every run that no longer runs. */
  discardStagedLines(syncRunId: string | null, sharedContext?: Context): Promise<void>
  recordAccountImport(input: RecordAccountImportInput, sharedContext?: Context): Promise<RecordAccountImportResult>
  /**
   * Before the account's first lines are staged: from then on they also go into bank_transaction
   * as they come, in a transaction held open until settleLiveImport. False when the account holds
   * lines already (only a first import goes this way): then nothing is held open.
   */
  beginLiveImport(input: LiveImportInput): Promise<boolean>
  /**
   * Ends what beginLiveImport began: with the outcome, the account's import as recordAccountImport
   * answers it (its live lines kept when they were the whole answer's, else the staged ones
   * written); with null, nothing written. Null when no live import is open for the run.
   */
  settleLiveImport(syncRunId: string, outcome: LiveImportOutcome | null): Promise<RecordAccountImportResult | null>
  softDeleteImportedData(bankAccountIds: string[], at: Date, sharedContext?: Context): Promise<void>
  restoreImportedData(bankAccountIds: string[], at: Date, sharedContext?: Context): Promise<void>
  softDeleteStatement(statementId: string, at: Date, sharedContext?: Context): Promise<void>
  restoreStatement(statementId: string, at: Date, sharedContext?: Context): Promise<void>

  listFeedTransactions(
    filters: FeedTransactionFilters,
    page: FeedTransactionPage,
    sharedContext?: Context
  ): Promise<FeedTransactionPageResult>
  listFeedTransactionsAfter(
    filters: FeedTransactionFilters,
    after: FileLineKey | null,
    limit: number,
    sharedContext?: Context
  ): Promise<(FeedTransactionRow & FileLineKey)[]>
  feedTransactionsSpan(
    filters: FeedTransactionFilters,
    sharedContext?: Context
  ): Promise<{ first_date: string | null; last_date: string | null }>
  countFeedLines(feedIds: string[], sharedContext?: Context): Promise<Record<string, number>>
  listFeedStatements(
    input: FeedStatementsInput,
    sharedContext?: Context
  ): Promise<{ statements: FeedStatementRow[]; count: number }>
  feedBalanceHistory(input: { feed_id: string }, sharedContext?: Context): Promise<BalancePoint[]>
}
