import type BankingModuleService from "../service"

/** The module's own reads and writes of connections that the gateway uses. */
export type ConnectionStore = Pick<BankingModuleService, "listBankConnections" | "updateBankConnections">
