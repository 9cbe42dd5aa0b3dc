import type { InferTypeOf } from "@medusajs/framework/types"
import type { ModelConfigurationsToConfigTemplate } from "@medusajs/framework/utils"
import type * as models from "../../modules/banking/models"

/**
 * The rows the banking module hands out, snake_case as stored. Inferred from the data models (type
 * only: nothing of the module is loaded), so a column added to a model is in its DTO at once and
 * the two can never drift apart.
 */
export type BankConnectionDTO = InferTypeOf<typeof models.BankConnection>
export type BankAccountDTO = InferTypeOf<typeof models.BankAccount>
export type LedgerAccountDTO = InferTypeOf<typeof models.LedgerAccount>
export type BankFeedDTO = InferTypeOf<typeof models.BankFeed>
export type BankTransactionDTO = InferTypeOf<typeof models.BankTransaction>
export type BankStatementDTO = InferTypeOf<typeof models.BankStatement>
export type SyncRunDTO = InferTypeOf<typeof models.SyncRun>
export type MfaRequestDTO = InferTypeOf<typeof models.MfaRequest>
export type ConnectSessionDTO = InferTypeOf<typeof models.ConnectSession>
export type BankingSettingsDTO = InferTypeOf<typeof models.BankingSettings>
export type LoginDiscardDTO = InferTypeOf<typeof models.LoginDiscard>

/** The models' DTOs and inputs as MedusaService derives its generated CRUD methods from them. */
export type BankingModelsConfig = ModelConfigurationsToConfigTemplate<typeof models>
