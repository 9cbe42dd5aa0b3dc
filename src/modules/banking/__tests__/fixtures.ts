import { exactAmount } from "../../../lib/banking/exact-amount"
import type { BankingModelsConfig } from "../../../types"
import type { IBankingModuleService } from "../../../types/module"

/** What a test may set on a new row of a model (what the generated create methods take). */
export type ModelInput<Model extends keyof BankingModelsConfig> = Partial<BankingModelsConfig[Model]["inputDto"]>

/** Small builders for module tests: each returns the created row. */

export async function createConnection(service: IBankingModuleService, overrides: ModelInput<"BankConnection"> = {}) {
  return service.createBankConnections({
    provider: "flinks-ca",
    institution_name: "Flinks Capital",
    login_id_encrypted: "v1:not-a-real-ciphertext",
    login_id_hash: `hash-${Math.random().toString(36).slice(2)}`,
    consent_accepted_by: "user_test",
    consent_accepted_at: new Date(),
    consent_version: "2024-01",
    ...overrides,
  })
}

export async function createAccount(
  service: IBankingModuleService,
  connectionId: string,
  overrides: ModelInput<"BankAccount"> = {}
) {
  return service.createBankAccounts({
    connection_id: connectionId,
    provider_account_id: `acct-${Math.random().toString(36).slice(2)}`,
    title: "Chequing CAD",
    type: "Chequing",
    category: "Operations",
    currency_code: "CAD",
    ...overrides,
  })
}

export async function createLedgerAccount(service: IBankingModuleService, overrides: ModelInput<"LedgerAccount"> = {}) {
  return service.createLedgerAccounts({
    code: `1${Math.floor(Math.random() * 100000)}`,
    name: "Bank - Chequing",
    type: "asset",
    currency_code: "CAD",
    ...overrides,
  })
}

export function transactionInput(
  bankAccountId: string,
  overrides: ModelInput<"BankTransaction"> = {}
): ModelInput<"BankTransaction"> {
  return {
    bank_account_id: bankAccountId,
    provider_transaction_id: "f3a9b1c2-0000-4000-8000-000000000001",
    fingerprint: "fp-1",
    date: "2026-11-02",
    description: "Payroll deposit",
    credit: exactAmount("1500.25"),
    running_balance: exactAmount("2500.75"),
    currency_code: "CAD",
    ...overrides,
  }
}
