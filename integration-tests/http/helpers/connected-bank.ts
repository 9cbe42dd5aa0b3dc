import { FLINKS_PRIVACY_STATEMENT } from "../../../src/modules/banking/privacy-statement"

type Api = { post: (url: string, body: unknown, config?: unknown) => Promise<{ data: any }> }

/**
 * Connects Flinks Capital through the plugin's own routes, as the Connect screen does, and
 * returns the connection (with its accounts) and the LoginId Flinks issued.
 */
export async function connectFlinksCapital(
  api: Api,
  headers: Record<string, string>,
  signInAtFlinks: () => Promise<string>
) {
  const consent = { accepted: true, version: FLINKS_PRIVACY_STATEMENT.version }
  const { data: started } = await api.post(
    "/admin/banking/connect-sessions",
    { provider: "flinks-ca", consent },
    { headers }
  )
  const loginId = await signInAtFlinks()
  const { data } = await api.post(
    "/admin/banking/connect-sessions/complete",
    { state: started.connect_session.state, login_id: loginId },
    { headers }
  )
  return { connection: data.connection, loginId }
}
