/** What a ledger account looks like to the admin. */
export const ledgerAccountFields = [
  "id",
  "code",
  "name",
  "type",
  "currency_code",
  "description",
  "archived_at",
  "created_at",
  "updated_at",
]

export const listLedgerAccountsQueryConfig = {
  defaults: ledgerAccountFields,
  allowed: ledgerAccountFields,
  isList: true,
}
