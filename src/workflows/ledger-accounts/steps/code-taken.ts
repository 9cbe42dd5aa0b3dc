import { MedusaError } from "@medusajs/framework/utils"

/** What a merchant reads when the code they chose belongs to another account. */
export function codeTakenError(code: string, takenByArchived = false): MedusaError {
  const archived = takenByArchived ? " It is archived: unarchive it to use it again." : ""
  return new MedusaError(
    MedusaError.Types.INVALID_DATA,
    `A ledger account with code ${code} already exists.${archived}`
  )
}

/**
 * The unique index on code refused a write: another request took the code between our check and
 * our write. The module reports it as "Ledger account with code: 1010, already exists."
 */
export function isCodeUniqueViolation(error: unknown): boolean {
  const message = String((error as { message?: unknown } | null)?.message ?? "")
  return /ledger account with code: .*already exists/i.test(message)
}
