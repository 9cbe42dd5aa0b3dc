import { MedusaContainer } from "@medusajs/framework/types"
import { runMfaDetection } from "../workflows/sync"

/** Every minute, asks whether the background MFA check (plugin option `mfa.schedule`) is due. */
export default async function detectBankMfaJob(container: MedusaContainer) {
  await runMfaDetection(container)
}

export const config = {
  name: "banking-detect-bank-mfa",
  schedule: "* * * * *",
}
