import { MedusaError } from "@medusajs/framework/utils"

/**
 * Whether a workflow failed because another import of the same connection holds its lock.
 * Workflow errors can arrive as plain objects, not Error instances: read their message either way.
 */
export function isLockConflict(error: unknown): boolean {
  const message = String((error as { message?: unknown } | null)?.message ?? error)
  return /acquire lock|acquiring lock/i.test(message) || (error as MedusaError)?.type === MedusaError.Types.CONFLICT
}
