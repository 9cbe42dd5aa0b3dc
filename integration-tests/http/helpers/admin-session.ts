import { MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"

export const ADMIN_EMAIL = "admin@medusa-test.com"
export const ADMIN_PASSWORD = "somepassword"

/**
 * Creates an admin user with an email/password identity, then logs in through the real auth route.
 * Returns request headers carrying the session's bearer token.
 */
export async function loginAsAdmin(
  container: MedusaContainer,
  api: { post: (url: string, body: unknown) => Promise<{ data: any }> },
  email = ADMIN_EMAIL
) {
  const userModule = container.resolve(Modules.USER)
  const authModule = container.resolve(Modules.AUTH)

  const user = await userModule.createUsers({ email, first_name: "Ada", last_name: "Admin" })
  const { authIdentity, error } = await authModule.register("emailpass", {
    body: { email, password: ADMIN_PASSWORD },
  } as any)
  if (!authIdentity) {
    throw new Error(`could not register the test admin: ${error}`)
  }
  await authModule.updateAuthIdentities({ id: authIdentity.id, app_metadata: { user_id: user.id } })

  const { data } = await api.post("/auth/user/emailpass", { email, password: ADMIN_PASSWORD })
  return { user, headers: { authorization: `Bearer ${data.token}` } }
}
