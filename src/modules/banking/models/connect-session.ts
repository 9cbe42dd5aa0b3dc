import { model } from "@medusajs/framework/utils"
import { FLINKS_PROVIDERS } from "../options"

/** "refresh": the bank's question met by Refresh Transactions, answered right there. */
export const CONNECT_SESSION_PURPOSES = ["connect", "reconnect", "resume", "refresh"] as const

/**
 * One Connect, Reconnect or Resume flow: a random state, stored hashed, bound to the admin user
 * who started it, usable once, short-lived. A REDIRECT from the widget is accepted only when it
 * carries a state issued here.
 */
const ConnectSession = model
  .define("connect_session", {
    id: model.id({ prefix: "bcsess" }).primaryKey(),
    state_hash: model.text(),
    purpose: model.enum([...CONNECT_SESSION_PURPOSES]),
    provider: model.enum([...FLINKS_PROVIDERS]),
    actor_id: model.text().nullable(),
    connection_id: model.text().nullable(),
    /** For "refresh": the live run waiting on the answer. */
    sync_run_id: model.text().nullable(),
    consent_accepted_at: model.dateTime().nullable(),
    consent_version: model.text().nullable(),
    expires_at: model.dateTime(),
    used_at: model.dateTime().nullable(),
  })
  .indexes([
    {
      name: "IDX_connect_session_state_hash_unique",
      on: ["state_hash"],
      unique: true,
      where: "deleted_at IS NULL",
    },
  ])

export default ConnectSession
