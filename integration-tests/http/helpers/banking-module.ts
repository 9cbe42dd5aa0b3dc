import { MedusaContainer } from "@medusajs/framework/types"
import { BANKING_MODULE } from "../../../src/modules/banking"
import BankingModuleService from "../../../src/modules/banking/service"

/**
 * The banking module's service in the app under test, resolved at each call: the runner hands out
 * the container per test, so it cannot be resolved once when the suite is declared.
 */
export const bankingModuleOf =
  (getContainer: () => MedusaContainer): (() => BankingModuleService) =>
  () =>
    getContainer().resolve<BankingModuleService>(BANKING_MODULE)
