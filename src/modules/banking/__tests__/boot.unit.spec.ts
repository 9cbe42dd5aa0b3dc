import { moduleLoader, registerMedusaModule } from "@medusajs/framework/modules-sdk"
import { Logger } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, createMedusaContainer, createPgConnection } from "@medusajs/framework/utils"
import { asValue } from "@medusajs/framework/awilix"
import path from "node:path"
import { BANKING_MODULE } from ".."

jest.setTimeout(30_000)

/**
 * Loads the banking module as `medusa start` loads every module (Medusa's module loader, which runs
 * the module's loaders). The options loader refuses before any query, so the database address
 * is never dialled.
 */
async function boot(options: Record<string, unknown>, logger: Logger) {
  const container = createMedusaContainer()
  const connection = createPgConnection({ clientUrl: "postgres://localhost:1/never-dialled" })
  container.register(ContainerRegistrationKeys.PG_CONNECTION, asValue(connection))
  container.register(ContainerRegistrationKeys.LOGGER, asValue(logger))
  const moduleResolutions = registerMedusaModule({
    moduleKey: BANKING_MODULE,
    moduleDeclaration: { scope: "internal", resolve: path.join(__dirname, ".."), options },
  })
  await moduleLoader({ container, moduleResolutions, logger })
}

describe("booting with a wrong schedule", () => {
  it("stops the server, naming the option and what is wrong", async () => {
    const logged: string[] = []
    const logger = new Proxy({}, { get: () => (message: unknown) => logged.push(String(message)) }) as Logger
    const refusal =
      /sync\.schedule: "99 \* \* \* \*" is not a valid cron expression: Constraint error, got value 99 expected range 0-59/

    await expect(boot({ sync: { schedule: "99 * * * *" } }, logger)).rejects.toThrow(refusal)
    expect(logged.some((line) => refusal.test(line))).toBe(true)
  })
})
