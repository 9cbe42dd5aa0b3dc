import { z } from "@medusajs/framework/zod"
import { isCalendarDate } from "../../../../lib/calendar-date"
import { TRANSACTION_ORDERS } from "../../../../types"
import type { FeedTransactionPosition, TransactionOrder } from "../../../../types"

/**
 * The Detailed View's page cursor: the position of a line (its sort key, import order and id) and
 * the order it was read in, as base64url JSON. Opaque to the client, which only hands back what a
 * page gave it; a cursor of another order would start the page at a meaningless place, so it is
 * refused rather than followed.
 */
export type PageCursor = FeedTransactionPosition & { order: TransactionOrder }

const CursorShape = z.tuple([
  z.enum(TRANSACTION_ORDERS),
  z.string().max(2000),
  // import_order is an integer column, and lines of a first import listed newest first count down
  // from the sequence, below zero on a young store.
  z.number().int().min(-2_147_483_648).max(2_147_483_647),
  z.string().min(1).max(100),
])

export function encodeCursor(order: TransactionOrder, position: FeedTransactionPosition | null): string | null {
  if (!position) return null
  return Buffer.from(JSON.stringify([order, position.key, position.import_order, position.id])).toString("base64url")
}

/** The cursor's content, or null when it is not one this route wrote. */
export function decodeCursor(text: string): PageCursor | null {
  if (!/^[A-Za-z0-9_-]{1,4000}$/.test(text)) return null
  let value: unknown
  try {
    value = JSON.parse(Buffer.from(text, "base64url").toString("utf8"))
  } catch {
    return null
  }
  const parsed = CursorShape.safeParse(value)
  if (!parsed.success) return null
  const [order, key, import_order, id] = parsed.data
  // The key goes to PostgreSQL cast to the order's type: it must be one, or the cast fails there.
  const sortedBy = order.replace("-", "")
  if (sortedBy === "date" && !isCalendarDate(key)) return null
  if (sortedBy === "amount" && !/^\d{1,20}(\.\d{1,10})?$/.test(key)) return null
  return { order, key, import_order, id }
}
