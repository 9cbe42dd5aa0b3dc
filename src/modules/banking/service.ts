import { Context, Logger } from "@medusajs/framework/types"
import {
  generateEntityId,
  InjectManager,
  InjectTransactionManager,
  MedusaContext,
  MedusaError,
  MedusaService,
} from "@medusajs/framework/utils"
import { createFlinksClients, FlinksClient, listFlinksInstitutions } from "../../lib/flinks"
import {
  BankAccount,
  BankConnection,
  BankFeed,
  BankStatement,
  BankTransaction,
  BankingSettings,
  ConnectSession,
  LedgerAccount,
  MfaRequest,
  SyncRun,
} from "./models"
import { BankingModuleOptions, BankingModuleOptionsInput, FLINKS_PROVIDERS, FlinksProviderId, parseBankingOptions } from "./options"
import { FLINKS_PRIVACY_STATEMENT } from "./privacy-statement"
import { RecordAccountImportInput, RecordAccountImportResult } from "./types/account-import"
import { exactAmount, rawAmount } from "./utils/exact-amount"
import { decryptLoginId, encryptLoginId, hashLoginId } from "./utils/login-id-cipher"

const INSERT_BATCH_SIZE = 1000

type InjectedDependencies = { logger?: Logger }

const PROVIDER_NAMES: Record<FlinksProviderId, { name: string; country: "CA" | "US" }> = {
  "flinks-ca": { name: "Flinks Canada", country: "CA" },
  "flinks-us": { name: "Flinks USA", country: "US" },
}

class BankingModuleService extends MedusaService({
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
}) {
  protected readonly options_: BankingModuleOptions
  protected readonly flinksClients_: Partial<Record<FlinksProviderId, FlinksClient>>

  constructor(container: InjectedDependencies, options?: BankingModuleOptionsInput) {
    // eslint-disable-next-line prefer-rest-params
    super(...arguments)
    this.options_ = parseBankingOptions(options)
    const logger = container.logger
    this.flinksClients_ = createFlinksClients(this.options_.flinks, {
      ...this.options_.tuning,
      logger: logger && {
        debug: (message) => logger.debug(message),
        info: (message) => logger.info(message),
        warn: (message) => logger.warn(message),
        error: (message) => logger.error(message),
      },
    })
  }

  /** When and how widely the scheduled import runs (validated at boot). */
  syncOptions() {
    return this.options_.sync
  }

  /** The providers a merchant can connect through, and why one is not offered. */
  listProviders() {
    return FLINKS_PROVIDERS.map((id) => {
      const configured = Boolean(this.flinksClients_[id])
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
    this.flinksClient(provider)
    return listFlinksInstitutions(PROVIDER_NAMES[provider].country, search)
  }

  /** The Flinks client of a configured provider; a clear refusal for one that is not. */
  flinksClient(provider: FlinksProviderId): FlinksClient {
    const client = this.flinksClients_[provider]
    if (!client) {
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        `${PROVIDER_NAMES[provider]?.name ?? provider} is not configured on this store.`
      )
    }
    return client
  }

  encryptLoginId(loginId: string): string {
    return encryptLoginId(loginId, this.options_.encryptionKey)
  }

  decryptLoginId(stored: string): string {
    return decryptLoginId(stored, this.options_.encryptionKey)
  }

  hashLoginId(loginId: string): string {
    return hashLoginId(loginId, this.options_.encryptionKey)
  }

  /**
   * Provider ids and fingerprints of the lines already imported for an account from a date on,
   * deleted ones included: a line the merchant deleted is not brought back by the next import.
   */
  @InjectManager()
  async knownLineKeys(
    bankAccountId: string,
    fromDate: string,
    @MedusaContext() sharedContext: Context = {}
  ): Promise<{ providerIds: Set<string>; fingerprints: Set<string> }> {
    const rows: { provider_transaction_id: string; fingerprint: string }[] = await (sharedContext.manager as any).execute(
      "select provider_transaction_id, fingerprint from bank_transaction where bank_account_id = ? and date >= ?",
      [bankAccountId, fromDate]
    )
    return {
      providerIds: new Set(rows.map((row) => row.provider_transaction_id)),
      fingerprints: new Set(rows.map((row) => row.fingerprint)),
    }
  }

  /** The newest line stored for an account: where the next running balance must continue from. */
  @InjectManager()
  async lastStoredLine(bankAccountId: string, @MedusaContext() sharedContext: Context = {}) {
    const [row] = await (sharedContext.manager as any).execute(
      "select date, raw_running_balance->>'value' as balance from bank_transaction " +
        "where bank_account_id = ? and deleted_at is null order by date desc, created_at desc, id desc limit 1",
      [bankAccountId]
    )
    return (row as { date: string; balance: string | null } | undefined) ?? null
  }

  /**
   * Inserts imported lines as plain rows, within the caller's transaction: an import can bring a
   * hundred thousand lines, which the ORM would each track as an entity for nothing.
   */
  @InjectTransactionManager()
  async insertTransactionRows(rows: Record<string, unknown>[], @MedusaContext() sharedContext: Context = {}) {
    const manager = sharedContext.transactionManager as any
    // The statement these rows point to may still be pending in the ORM: write it first.
    await manager.flush()
    await manager
      .getKnex()("bank_transaction")
      .insert(rows.map((row) => ({ ...row, raw: row.raw === null ? null : JSON.stringify(row.raw) })))
      .transacting(manager.getTransactionContext())
  }

  /**
   * One account's new lines, their statement, the account's balances and the feed's high-water
   * mark, in one database transaction: after a crash either all of it is there or none of it.
   */
  @InjectTransactionManager()
  async recordAccountImport(
    input: RecordAccountImportInput,
    @MedusaContext() sharedContext: Context = {}
  ): Promise<RecordAccountImportResult> {
    let statementId: string | null = null
    if (input.lines.length) {
      const statement = await this.createBankStatements(
        {
          ...input.statement!,
          opening_balance: exactAmount(input.statement!.opening_balance),
          closing_balance: exactAmount(input.statement!.closing_balance),
          total_debits: exactAmount(input.statement!.total_debits),
          total_credits: exactAmount(input.statement!.total_credits),
          bank_account_id: input.bank_account_id,
          feed_id: input.feed_id,
          sync_run_id: input.sync_run_id,
          currency_code: input.currency_code,
        },
        sharedContext
      )
      statementId = statement.id
      for (let start = 0; start < input.lines.length; start += INSERT_BATCH_SIZE) {
        const batch = input.lines.slice(start, start + INSERT_BATCH_SIZE)
        await this.insertTransactionRows(
          batch.map((line) => ({
            id: generateEntityId(undefined, "btxn"),
            bank_account_id: input.bank_account_id,
            statement_id: statementId,
            provider_transaction_id: line.providerTransactionId,
            fingerprint: line.fingerprint,
            date: line.date,
            description: line.description ?? "",
            debit: line.debit,
            raw_debit: rawAmount(line.debit),
            credit: line.credit,
            raw_credit: rawAmount(line.credit),
            running_balance: line.balance,
            raw_running_balance: rawAmount(line.balance),
            currency_code: input.currency_code,
            status: "unreconciled",
            raw: line.raw,
          })),
          sharedContext
        )
      }
    }
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
    await this.updateBankFeeds(
      {
        id: input.feed_id,
        last_import_at: new Date(),
        ...(input.high_water_date ? { high_water_date: input.high_water_date } : {}),
      },
      sharedContext
    )
    return { statement_id: statementId, inserted: input.lines.length }
  }
}

export default BankingModuleService
