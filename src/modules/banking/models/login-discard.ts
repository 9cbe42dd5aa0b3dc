import { model } from "@medusajs/framework/utils"
import { FLINKS_PROVIDERS } from "../options"

/**
 * Why a login is to be deleted at Flinks:
 * - another_login: Edit Credentials or Resume came back signed in as another bank user;
 * - sign_in_refused: the sign-in could not be completed (Flinks' check failed, the sign-in
 *   session expired) and no connection uses the login.
 */
export const LOGIN_DISCARD_REASONS = ["another_login", "sign_in_refused"] as const

/**
 * How a discard ended: deleted at Flinks; already gone (Flinks no longer knew the login); or kept,
 * because by then a connection of this store used the login.
 */
export const LOGIN_DISCARD_OUTCOMES = ["deleted", "already_gone", "kept"] as const

/**
 * A Flinks login no connection of this store uses, to be deleted at Flinks (DeleteCard): a sign-in
 * was refused after Flinks created or refreshed the login. Flinks answers CARD_IN_USE while it
 * still processes a fresh sign-in, so the row stays until a try succeeds, retried in the background
 * with a growing delay; it survives restarts. Pending while `done_at` is null; the LoginId is
 * erased once done.
 */
const LoginDiscard = model
  .define("login_discard", {
    id: model.id({ prefix: "blgdsc" }).primaryKey(),
    provider: model.enum([...FLINKS_PROVIDERS]),
    /** AES-256-GCM, as on bank_connection; null once done. */
    login_id_encrypted: model.text().nullable(),
    /** The keyed hash bank_connection.login_id_hash is compared with. */
    login_id_hash: model.text(),
    reason: model.enum([...LOGIN_DISCARD_REASONS]),
    /** The next try is due then (not before, for a sign-in the merchant may still retry). */
    due_at: model.dateTime(),
    attempts: model.number().default(0),
    /** The plugin's error code of the last failed try, e.g. login_in_use. */
    last_error: model.text().nullable(),
    done_at: model.dateTime().nullable(),
    outcome: model.enum([...LOGIN_DISCARD_OUTCOMES]).nullable(),
  })
  .indexes([
    {
      name: "IDX_login_discard_pending_login_unique",
      on: ["provider", "login_id_hash"],
      unique: true,
      where: "done_at IS NULL AND deleted_at IS NULL",
    },
    { name: "IDX_login_discard_pending_due", on: ["due_at"], where: "done_at IS NULL AND deleted_at IS NULL" },
  ])

export default LoginDiscard
