import { MedusaService } from "@medusajs/framework/utils"
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
import { BankingModuleOptions, BankingModuleOptionsInput, parseBankingOptions } from "./options"

type InjectedDependencies = Record<string, unknown>

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

  constructor(container: InjectedDependencies, options?: BankingModuleOptionsInput) {
    // eslint-disable-next-line prefer-rest-params
    super(...arguments)
    this.options_ = parseBankingOptions(options)
  }

  /** The providers a merchant can connect through, and why one is not offered. */
  listProviders() {
    return (["flinks-ca", "flinks-us"] as const).map((id) => {
      const instance = this.options_.flinks[id]
      return {
        id,
        name: id === "flinks-ca" ? "Flinks Canada" : "Flinks USA",
        country: id === "flinks-ca" ? "CA" : "US",
        configured: Boolean(instance),
        unavailable_reason: instance
          ? null
          : `Not configured: add the "${id}" instance to the plugin's \`flinks\` options.`,
      }
    })
  }
}

export default BankingModuleService
