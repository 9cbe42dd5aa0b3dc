import { Logger } from "@medusajs/framework/types"
import { MedusaError, MedusaService } from "@medusajs/framework/utils"
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
import { decryptLoginId, encryptLoginId, hashLoginId } from "./utils/login-id-cipher"

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
}

export default BankingModuleService
