/**
 * Pieces every admin answer shares. Everything under `src/types/http` describes what travels on
 * the wire, so a time is ISO 8601 text, a bank date is `YYYY-MM-DD` text and money is exact decimal
 * text. The admin imports these types only (`import type`), never server code.
 */

/** An instant, as ISO 8601 text ("2026-05-01T14:03:00.000Z"). */
export type AdminDateTime = string

/** A bank's calendar date, `YYYY-MM-DD`, never shifted through a time zone. */
export type AdminCalendarDate = string

/** Money as the exact decimal text stored ("125.50"), never a float. */
export type AdminDecimal = string

/** The bank-data providers: Flinks Canada and Flinks USA. */
export type AdminBankingProviderId = "flinks-ca" | "flinks-us"

/** A page of a list, as Medusa's own list routes answer it. */
export type AdminBankingPage = { count: number; offset: number; limit: number }

/** `limit` and `offset` of a list route, as the query carries them (digits only). */
export type AdminBankingPageParams = { limit?: number; offset?: number }

/** Medusa's answer to a DELETE. */
export type AdminBankingDeleteResponse<TObject extends string> = { id: string; object: TObject; deleted: true }

/**
 * How old Flinks' copy of a login is (its LastRefresh): "0 new lines" means nothing only when the
 * copy is recent. `stale` once it is older than `stale_after_hours`; `as_of` null when unknown.
 */
export type AdminBankData = { as_of: AdminDateTime | null; stale: boolean; stale_after_hours: number }

/**
 * How a screen names a connection or its accounts' bank: "Flinks Capital (Flinks Canada)", with
 * the provider because the same bank connected on both providers would otherwise read alike.
 */
export type AdminConnectionNaming = {
  connection_name: string
  /** "Flinks Canada" or "Flinks USA". */
  provider_name: string
}
