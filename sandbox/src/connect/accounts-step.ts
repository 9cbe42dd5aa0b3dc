import { formatCents } from "../core/money"
import type { SandboxState } from "../state"
import type { Login } from "../state/logins"
import { accountsFor, visibleBalance } from "../flinks/account-view"
import type { StepResult } from "./connect-session"

/** The account list shown once the bank let the login in (and Enhanced MFA, if asked, is done). */
export function accountsStep(state: SandboxState, login: Login): StepResult {
  return {
    step: "accounts",
    accounts: accountsFor(state, login, null).map((account) => ({
      id: account.id,
      title: account.template.title,
      number: `••••${account.template.accountNumber.slice(-4)}`,
      balance: `${formatCents(visibleBalance(account), "fixed2")} ${account.template.currency}`,
    })),
  }
}
