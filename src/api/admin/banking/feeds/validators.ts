import { z } from "@medusajs/framework/zod"
import { isCalendarDate } from "../../../../lib/calendar-date"
import type { AdminBankFeedListParams, AdminLinkBankFeed as LinkBody } from "../../../../types/http"
import type { Proven, Validates } from "../../../utils/contract"
import { recordId } from "../../../utils/record-id"

export const feedId = recordId("bank feed")

export const AdminLinkBankFeed = z
  .object({
    bank_account_id: z.string().min(1).max(100),
    ledger_account_id: z.string().min(1).max(100),
    start_date: z.string().refine(isCalendarDate, { message: "start_date must be a real date written YYYY-MM-DD" }),
  })
  .strict()
export type AdminLinkBankFeedType = z.infer<typeof AdminLinkBankFeed>
type _LinkProof = Proven<Validates<typeof AdminLinkBankFeed, LinkBody>>

export const AdminListBankFeeds = z
  .object({
    status: z.enum(["linked", "unlinked", "all"]).default("linked"),
    /** Words found in the bank, the account (title or number) or the ledger account (code or name). */
    q: z.string().trim().min(1).max(100).optional(),
  })
  .strict()
export type AdminListBankFeedsType = z.infer<typeof AdminListBankFeeds>
type _ListProof = Proven<Validates<typeof AdminListBankFeeds, AdminBankFeedListParams>>
