import { Module } from "@medusajs/framework/utils"
import validateOptionsLoader from "./loaders/validate-options"
import BankingModuleService from "./service"

export const BANKING_MODULE = "banking"

export default Module(BANKING_MODULE, {
  service: BankingModuleService,
  loaders: [validateOptionsLoader],
})

export { BankingModuleService }
export { FLINKS_PRIVACY_STATEMENT } from "./privacy-statement"
export { QUESTION_LIFETIME_MS, reusableUnasked } from "./gateway"
export type {
  ConnectionStatus,
  ConnectionStatusSnapshot,
  FlinksCopy,
  NightlyRefreshLogin,
  SealedLogin,
  WaitingQuestion,
} from "./gateway"
