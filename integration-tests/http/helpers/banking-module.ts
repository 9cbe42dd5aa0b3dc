import { MedusaContainer } from "@medusajs/framework/types"
import { BANKING_MODULE } from "../../../src/modules/banking"
import type { IBankingModuleService } from "../../../src/types"

/**
 * The banking module's service in the app under test, resolved at each call: the runner hands out
 * the container per test, so it cannot be resolved once when the suite is declared.
 */
export const bankingModuleOf =
  (getContainer: () => MedusaContainer): (() => IBankingModuleService) =>
  () =>
    getContainer().resolve<IBankingModuleService>(BANKING_MODULE)
