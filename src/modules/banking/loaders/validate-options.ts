import { LoaderOptions } from "@medusajs/framework/types"
import { BankingModuleOptionsInput, parseBankingOptions } from "../options"

/** Stops the server at boot, with the reason, when the plugin's options are wrong. */
export default async function validateOptionsLoader({ options }: LoaderOptions<BankingModuleOptionsInput>) {
  parseBankingOptions(options)
}
