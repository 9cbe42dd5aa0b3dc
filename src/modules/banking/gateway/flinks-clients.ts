import { Logger } from "@medusajs/framework/types"
import { MedusaError } from "@medusajs/framework/utils"
import { createFlinksClients, FlinksClient } from "../../../lib/flinks"
import type { FlinksProviderId } from "../../../types/module/constants"
import { BankingModuleOptions } from "../options"
import { PROVIDER_NAMES } from "../../../lib/banking/provider-names"

/** The Flinks client of each configured instance, built once from the module's options. */
export class FlinksClients {
  private readonly clients: Partial<Record<FlinksProviderId, FlinksClient>>

  constructor(options: BankingModuleOptions, logger?: Logger) {
    this.clients = createFlinksClients(options.flinks, {
      pollDeadlineMs: options.sync.flinksDeadlineMinutes * 60_000,
      ...options.tuning,
      logger: logger && {
        debug: (message) => logger.debug(message),
        info: (message) => logger.info(message),
        warn: (message) => logger.warn(message),
        error: (message) => logger.error(message),
      },
    })
  }

  isConfigured(provider: FlinksProviderId): boolean {
    return Boolean(this.clients[provider])
  }

  /** The client of a configured provider; a clear refusal for one that is not. */
  get(provider: FlinksProviderId): FlinksClient {
    const client = this.clients[provider]
    if (!client) {
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        `${PROVIDER_NAMES[provider]?.name ?? provider} is not configured on this store.`
      )
    }
    return client
  }
}
