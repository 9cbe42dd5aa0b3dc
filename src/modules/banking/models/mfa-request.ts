import { model } from "@medusajs/framework/utils"
import BankConnection from "./bank-connection"
import { MFA_REQUEST_STATUSES } from "../../../types/module/constants"

/** The Resume feature's state: the bank asked for MFA on a background refresh. */
const MfaRequest = model
  .define("mfa_request", {
    id: model.id({ prefix: "bmfa" }).primaryKey(),
    connection: model.belongsTo(() => BankConnection, { mappedBy: "mfa_requests" }),
    detected_at: model.dateTime(),
    notified_at: model.dateTime().nullable(),
    recipients: model.array().nullable(),
    /** SHA-256 of the resume link's random token; the token itself is only ever in the email. */
    token_hash: model.text().nullable(),
    expires_at: model.dateTime().nullable(),
    used_at: model.dateTime().nullable(),
    status: model.enum([...MFA_REQUEST_STATUSES]).default("pending"),
  })
  .indexes([
    {
      name: "IDX_mfa_request_token_hash_unique",
      on: ["token_hash"],
      unique: true,
      where: "token_hash IS NOT NULL AND deleted_at IS NULL",
    },
    { name: "IDX_mfa_request_connection_status", on: ["connection_id", "status"] },
  ])

export default MfaRequest
