import { z } from "@medusajs/framework/zod"
import type { AdminBankConnectionListParams, AdminDeleteBankConnectionParams } from "../../../../types/http"
import type { Proven, Validates } from "../../../utils/contract"
import { pageParams } from "../../../utils/page-params"
import { recordId } from "../../../utils/record-id"

export const connectionId = recordId("bank connection")

/** Newest first, always: the list takes a page and nothing else. */
export const AdminListBankConnections = z.object(pageParams({ limit: 20, maxLimit: 500 })).strict()
export type AdminListBankConnectionsType = z.infer<typeof AdminListBankConnections>
type _ListProof = Proven<Validates<typeof AdminListBankConnections, AdminBankConnectionListParams>>

export const AdminDeleteBankConnection = z
  .object({
    keep_transactions: z.enum(["true", "false"], {
      error: "keep_transactions is required: true keeps the imported transactions, false removes them too",
    }),
  })
  .strict()
export type AdminDeleteBankConnectionType = z.infer<typeof AdminDeleteBankConnection>
type _DeleteProof = Proven<Validates<typeof AdminDeleteBankConnection, AdminDeleteBankConnectionParams>>
