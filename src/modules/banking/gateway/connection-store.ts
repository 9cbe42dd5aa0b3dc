import type { AbstractModuleService } from "@medusajs/framework/utils"
import type { BankingModelsConfig } from "../../../types/module/models"

/**
 * The module's own reads and writes of connections that the gateway uses: the generated CRUD,
 * named without the service, which owns the gateway.
 */
export type ConnectionStore = Pick<
  AbstractModuleService<BankingModelsConfig>,
  "listBankConnections" | "updateBankConnections"
>
