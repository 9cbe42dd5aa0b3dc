import { ExecArgs } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { createUserAccountWorkflow } from "@medusajs/medusa/core-flows"
import { BANKING_MODULE } from "../src/modules/banking"
import type { IBankingModuleService } from "../src/types"

/**
 * Seeds the demo: an admin user and a small chart of accounts. Run by `npm run demo` through
 * `medusa exec`; running it again changes nothing.
 */

export const DEMO_ADMIN_EMAIL = process.env.DEMO_ADMIN_EMAIL ?? "admin@example.com"
export const DEMO_ADMIN_PASSWORD = process.env.DEMO_ADMIN_PASSWORD ?? "flinks-demo"

const DEMO_CHART_OF_ACCOUNTS = [
  { code: "1010", name: "Bank - Chequing CAD", type: "asset", currency_code: "CAD" },
  { code: "1020", name: "Bank - Chequing USD", type: "asset", currency_code: "USD" },
  { code: "1030", name: "Bank - Business Account", type: "asset", currency_code: "CAD" },
  { code: "1040", name: "Bank - Savings CAD", type: "asset", currency_code: "CAD" },
  { code: "2010", name: "Credit Card", type: "liability", currency_code: "CAD" },
  { code: "2020", name: "Line of Credit", type: "liability", currency_code: "CAD" },
  { code: "4000", name: "Sales", type: "revenue", currency_code: "CAD" },
  { code: "6100", name: "Bank Fees", type: "expense", currency_code: "CAD" },
] as const

async function seedAdmin({ container }: ExecArgs) {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const users = await container.resolve(Modules.USER).listUsers({ email: DEMO_ADMIN_EMAIL })
  if (users.length) {
    logger.info(`Demo admin ${DEMO_ADMIN_EMAIL} already exists.`)
    return
  }
  const auth = container.resolve(Modules.AUTH)
  const { authIdentity, error } = await auth.register("emailpass", {
    body: { email: DEMO_ADMIN_EMAIL, password: DEMO_ADMIN_PASSWORD },
  } as any)
  if (!authIdentity) {
    throw new Error(`Could not register the demo admin: ${error}`)
  }
  await createUserAccountWorkflow(container).run({
    input: {
      authIdentityId: authIdentity.id,
      userData: { email: DEMO_ADMIN_EMAIL, first_name: "Demo", last_name: "Merchant" },
    },
  })
  logger.info(`Created the demo admin ${DEMO_ADMIN_EMAIL}.`)
}

async function seedChartOfAccounts({ container }: ExecArgs) {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const banking = container.resolve<IBankingModuleService>(BANKING_MODULE)
  const existing = await banking.listLedgerAccounts({}, { select: ["code"] })
  const known = new Set(existing.map((account) => account.code))
  const missing = DEMO_CHART_OF_ACCOUNTS.filter((account) => !known.has(account.code))
  if (missing.length) {
    await banking.createLedgerAccounts(missing.map((account) => ({ ...account })))
  }
  logger.info(`Chart of accounts: ${missing.length} added, ${known.size} already there.`)
}

export default async function seedDemo(args: ExecArgs) {
  await seedAdmin(args)
  await seedChartOfAccounts(args)
}
