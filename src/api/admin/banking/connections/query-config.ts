/** What a connection looks like to the admin: never its LoginId, encrypted or hashed. */
export const connectionFields = [
  "id",
  "provider",
  "institution_name",
  "institution_id",
  "login_type",
  "status",
  "status_reason",
  "last_success_at",
  "last_attempt_at",
  "provider_refreshed_at",
  "consent_accepted_at",
  "consent_version",
  "created_at",
  "updated_at",
  "accounts.id",
  "accounts.title",
  "accounts.account_number_masked",
  "accounts.type",
  "accounts.category",
  "accounts.currency_code",
  "accounts.balance_current",
  "accounts.balance_available",
]

export const listConnectionsQueryConfig = {
  defaults: connectionFields,
  isList: true,
}
