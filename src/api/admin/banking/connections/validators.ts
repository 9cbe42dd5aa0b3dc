import { z } from "@medusajs/framework/zod"
import { createFindParams } from "@medusajs/medusa/api/utils/validators"

export const AdminListBankConnections = createFindParams({ limit: 20, offset: 0 })

/** Edit Credentials and Check Now take nothing but the connection in the path. */
export const AdminReconnectBankConnection = z.object({}).strict()

export const AdminDeleteBankConnection = z
  .object({
    keep_transactions: z.enum(["true", "false"], {
      error: "keep_transactions is required: true keeps the imported transactions, false removes them too",
    }),
  })
  .strict()
export type AdminDeleteBankConnectionType = z.infer<typeof AdminDeleteBankConnection>
