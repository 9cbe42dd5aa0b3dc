import { Context } from "@medusajs/framework/types"
import { MedusaError } from "@medusajs/framework/utils"
import {
  AccountsSinceOptions,
  ConnectUrlOptions,
  FlinksAccounts,
  FlinksCachedAuthorization,
  MfaRequiredError,
  NightlyRefreshVerdict,
  nightlyRefreshVerdict,
  parseLastRefresh,
} from "../../../lib/flinks"
import type { FlinksProviderId } from "../../../types/module/constants"
import type { ConnectionStatus } from "../../../types/module/constants"
import { nextConnectionStatus } from "./connection-status"
import { ConnectionStore } from "./connection-store"
import { FlinksClients } from "./flinks-clients"
import { LoginCipher, SealedLogin } from "./login-cipher"
import { questionMayLive, WaitingQuestion } from "./waiting-question"

/** Flinks' copy of a login, read without contacting the bank. */
export type FlinksCopy = {
  request_id: string
  /** The last live attempt stopped at the bank's unanswered question: the copy is older. */
  mfa_pending: boolean
  /** How old the copy is, when Flinks says. */
  bank_data_as_of: Date | null
}

/** A connection's status as it was before a move: what an undo puts back. */
export type ConnectionStatusSnapshot = { status: ConnectionStatus; status_reason: string | null }

/** Fields a move may write with the status, in the same update. */
export type ConnectionMoveFields = { last_success_at?: Date | null; deleted_by?: string | null }

/** A login Flinks' nightly refresh stopped at the bank, found by its keyed hash. */
export type NightlyRefreshLogin = { login_id_hash: string; verdict: Exclude<NightlyRefreshVerdict, "other"> }

/**
 * The module's door to Flinks for a bank connection: it owns the Flinks clients, the LoginId
 * cipher and the connection state machine. Workflows and routes hand it connection ids or sealed
 * logins and get Flinks' normalised answers back (its errors are the Flinks client's typed ones):
 * a plaintext LoginId exists only here, for the call that needs it.
 */
export class ConnectionGateway {
  constructor(
    private readonly store: ConnectionStore,
    private readonly clients: FlinksClients,
    private readonly cipher: LoginCipher
  ) {}

  /** A LoginId the Flinks widget just handed over, sealed before it goes anywhere. */
  sealLogin(loginId: string): SealedLogin {
    return this.cipher.seal(loginId)
  }

  isConfigured(provider: FlinksProviderId): boolean {
    return this.clients.isConfigured(provider)
  }

  /** Refuses, in the merchant's words, a provider this store has not configured. */
  assertConfigured(provider: FlinksProviderId): void {
    this.clients.get(provider)
  }

  /**
   * A LoginId from the browser is only a claim: asks Flinks itself (a cached Authorize, which does
   * not contact the bank, then the accounts summary).
   */
  async verifyLogin(
    provider: FlinksProviderId,
    loginIdEncrypted: string
  ): Promise<{ authorization: FlinksCachedAuthorization; summary: FlinksAccounts }> {
    const client = this.clients.get(provider)
    const authorization = await client.authorizeCached(this.cipher.decrypt(loginIdEncrypted))
    const summary = await client.getAccountsSummary(authorization.requestId)
    return { authorization, summary }
  }

  /**
   * A live Authorize with the connection's stored login: the bank is contacted. Records what Flinks
   * says of the login: the age of its copy, no earlier question of ours once the bank let us in, and
   * the question the bank asks (then thrown as MfaRequiredError, as every other refusal is thrown).
   */
  async signInLive(connectionId: string): Promise<{ request_id: string; bank_data_as_of: Date }> {
    const login = await this.storedLogin(connectionId)
    try {
      const authorization = await this.clients.get(login.provider).authorizeLive(login.loginId())
      const asOf = parseLastRefresh(authorization.login?.lastRefresh) ?? new Date()
      await this.clearWaitingQuestion(connectionId)
      await this.store.updateBankConnections({ id: connectionId, provider_refreshed_at: asOf })
      return { request_id: authorization.requestId, bank_data_as_of: asOf }
    } catch (error) {
      if (error instanceof MfaRequiredError && error.requestId) {
        await this.saveWaitingQuestion(connectionId, error.requestId)
      }
      throw error
    }
  }

  /**
   * A cached Authorize of the connection's stored login: Flinks' copy, the bank not contacted.
   * Records the age of the copy; no earlier question of ours lives on once Flinks gave this call the
   * login's one session; and a cached call answered with the question itself (seen on real
   * instances) leaves that question for Resume and Edit Credentials to open.
   */
  async readFlinksCopy(connectionId: string): Promise<FlinksCopy> {
    const login = await this.storedLogin(connectionId)
    try {
      const cached = await this.clients.get(login.provider).authorizeCached(login.loginId())
      const asOf = parseLastRefresh(
        cached.login?.lastRefresh ?? (cached.outcome === "mfa_pending" ? cached.lastRefresh : null)
      )
      await this.clearWaitingQuestion(connectionId)
      if (asOf) await this.store.updateBankConnections({ id: connectionId, provider_refreshed_at: asOf })
      return { request_id: cached.requestId, mfa_pending: cached.outcome === "mfa_pending", bank_data_as_of: asOf }
    } catch (error) {
      if (error instanceof MfaRequiredError && error.requestId) {
        await this.saveWaitingQuestion(connectionId, error.requestId)
      }
      throw error
    }
  }

  /** The accounts of a signed-in session with their transactions from `since` (YYYY-MM-DD) on. */
  async readAccountsSince(
    provider: FlinksProviderId,
    requestId: string,
    options: Pick<AccountsSinceOptions, "since" | "today" | "accountIds" | "onPending" | "transactions">
  ): Promise<FlinksAccounts> {
    return this.clients.get(provider).getAccountsSince(requestId, options)
  }

  /** DeleteCard for a connection's login, the connection deleted or not; Flinks' refusals are thrown. */
  async deleteLogin(connectionId: string): Promise<void> {
    const login = await this.storedLogin(connectionId, true)
    await this.clients.get(login.provider).deleteCard(login.loginId())
  }

  /** DeleteCard for a sealed login no connection uses, in one try unless told otherwise. */
  async deleteSealedLogin(
    provider: FlinksProviderId,
    loginIdEncrypted: string,
    options: { retries?: number } = {}
  ): Promise<void> {
    await this.clients.get(provider).deleteCard(this.cipher.decrypt(loginIdEncrypted), options)
  }

  /** Flinks' scheduled refresh for a sealed login, on or off; whether the instance offers it. */
  async setScheduledRefresh(
    provider: FlinksProviderId,
    loginIdEncrypted: string,
    activated: boolean
  ): Promise<{ offered: boolean }> {
    return this.clients.get(provider).setScheduledRefresh(this.cipher.decrypt(loginIdEncrypted), activated)
  }

  /** The Flinks Connect address for one sign-in. */
  connectUrl(provider: FlinksProviderId, options: ConnectUrlOptions): string {
    return this.clients.get(provider).connectUrl(options)
  }

  /**
   * The logins Flinks' own nightly refresh left stopped at the bank, by keyed hash: the LoginIds
   * Flinks lists never leave the gateway, and no stored LoginId is decrypted to compare.
   */
  async readNightlyRefreshStatus(
    provider: FlinksProviderId
  ): Promise<{ offered: boolean; logins: NightlyRefreshLogin[] }> {
    const status = await this.clients.get(provider).getNightlyRefreshStatus()
    const logins: NightlyRefreshLogin[] = []
    for (const card of status.cards) {
      const verdict = nightlyRefreshVerdict(card)
      if (verdict !== "other") logins.push({ login_id_hash: this.cipher.hash(card.loginId), verdict })
    }
    return { offered: status.offered, logins }
  }

  /** The question our last live sign-in left waiting, while Flinks may still hold it; else null. */
  async readWaitingQuestion(connectionId: string, now = new Date()): Promise<WaitingQuestion | null> {
    const [connection] = await this.store.listBankConnections(
      { id: connectionId },
      { select: ["question_request_id_encrypted", "question_asked_at", "question_handed_at"] }
    )
    if (!connection?.question_request_id_encrypted || !connection.question_asked_at) return null
    const askedAt = new Date(connection.question_asked_at)
    if (!questionMayLive(askedAt, now)) return null
    return {
      request_id: this.cipher.decrypt(connection.question_request_id_encrypted),
      asked_at: askedAt,
      handed_out: Boolean(connection.question_handed_at),
    }
  }

  async saveWaitingQuestion(connectionId: string, requestId: string, now = new Date()): Promise<void> {
    await this.store.updateBankConnections({
      id: connectionId,
      question_request_id_encrypted: this.cipher.encrypt(requestId),
      question_asked_at: now,
      question_handed_at: null,
    })
  }

  /** From now on a screen may show the question: the next sign-in asks the bank anew. */
  async markQuestionHandedOut(connectionId: string, now = new Date()): Promise<void> {
    await this.store.updateBankConnections({ id: connectionId, question_handed_at: now })
  }

  /** The question was answered, or the bank let a later sign-in in: nothing waits any more. */
  async clearWaitingQuestion(connectionId: string): Promise<void> {
    await this.store.updateBankConnections({
      id: connectionId,
      question_request_id_encrypted: null,
      question_asked_at: null,
      question_handed_at: null,
    })
  }

  /**
   * The one way a connection's status changes: refused with NOT_ALLOWED when the state machine
   * (connection-status.ts) does not allow it. Returns the status it had, for an undo.
   */
  async moveConnection(
    id: string,
    to: ConnectionStatus,
    reason: string | null,
    also: ConnectionMoveFields = {},
    sharedContext?: Context
  ): Promise<ConnectionStatusSnapshot> {
    const [connection] = await this.store.listBankConnections(
      { id },
      { select: ["id", "status", "status_reason"] },
      sharedContext
    )
    if (!connection) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, `BankConnection with id "${id}" not found`)
    }
    const from = connection.status as ConnectionStatus
    await this.store.updateBankConnections(
      { id, ...also, status: nextConnectionStatus(from, to), status_reason: reason },
      sharedContext
    )
    return { status: from, status_reason: connection.status_reason ?? null }
  }

  /**
   * The undo of a move (a compensation): puts back the status a move returned. The one status write
   * the state machine does not check: it only returns a connection to where the machine let it leave
   * from, the undo of a delete included (a deleted connection is restored with its status).
   */
  async restoreStatus(
    id: string,
    previous: ConnectionStatusSnapshot,
    also: ConnectionMoveFields = {},
    sharedContext?: Context
  ): Promise<void> {
    await this.store.updateBankConnections(
      { id, ...also, status: previous.status, status_reason: previous.status_reason },
      sharedContext
    )
  }

  private async storedLogin(connectionId: string, withDeleted = false) {
    const [connection] = await this.store.listBankConnections(
      { id: connectionId },
      { select: ["provider", "login_id_encrypted"], withDeleted }
    )
    if (!connection) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, `BankConnection with id "${connectionId}" not found`)
    }
    return {
      provider: connection.provider as FlinksProviderId,
      loginId: () => this.cipher.decrypt(connection.login_id_encrypted),
    }
  }
}
