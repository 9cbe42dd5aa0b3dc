import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { listRoutes } from "./helpers/admin-routes"
import { loginAsAdmin } from "./helpers/admin-session"
import { testDatabaseName } from "../test-database-name"

jest.setTimeout(120_000)

const bankingRoutes = listRoutes("admin/banking")

medusaIntegrationTestRunner({
  dbName: testDatabaseName("http-auth"),
  testSuite: ({ api, getContainer }) => {
    it("serves some banking admin routes (the listing below is not empty)", () => {
      expect(bankingRoutes.length).toBeGreaterThan(0)
    })

    describe.each(bankingRoutes)("$method $path", ({ method, path }) => {
      it("answers 401 without a session", async () => {
        const error = await api.request({ method, url: path, data: method === "GET" ? undefined : {} }).then(
          () => null,
          (err: any) => err
        )
        expect(error?.response?.status).toBe(401)
      })
    })

    it("lets a logged-in admin read the providers, with the reason one is not available", async () => {
      const { headers } = await loginAsAdmin(getContainer(), api)
      const { data } = await api.get("/admin/banking/providers", { headers })
      expect(data.providers.map((p: any) => p.id)).toEqual(["flinks-ca", "flinks-us"])
      for (const provider of data.providers) {
        if (!provider.configured) {
          expect(provider.unavailable_reason).toMatch(/Not configured/)
        }
      }
    })

    it("shows a new merchant an empty list of connections", async () => {
      const { headers } = await loginAsAdmin(getContainer(), api)
      const { data } = await api.get("/admin/banking/connections", { headers })
      expect(data).toEqual({ connections: [], count: 0, offset: 0, limit: 20 })
    })

    it("refuses a malformed page size with a 400 that says why", async () => {
      const { headers } = await loginAsAdmin(getContainer(), api)
      const error = await api.get("/admin/banking/connections?limit=lots", { headers }).catch((err: any) => err)
      expect(error.response.status).toBe(400)
      expect(error.response.data.message).toMatch(/limit/)
    })
  },
})
