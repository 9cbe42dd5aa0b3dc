import { z } from "@medusajs/framework/zod"

/** Following a run takes nothing but its id in the path. */
export const AdminGetSyncRun = z.object({}).strict()
