import { MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { FlinksProviderId } from "../../types"

/**
 * One Flinks login's lock, keyed by its keyed hash (never the LoginId). A sign-in completing with
 * the login and a try at deleting it at Flinks hold it, so a login is never deleted between the
 * check that no connection uses it and a connection starting to use it.
 */
export function loginLockKey(provider: FlinksProviderId, loginIdHash: string): string {
  return `banking:flinks-login:${provider}:${loginIdHash}`
}

/** How long a sign-in waits for a delete of the same login at Flinks, which is one HTTP call. */
export const LOGIN_LOCK_WAIT_SECONDS = 30

/** Runs `job` holding the login's lock; throws when the lock stays taken past the wait. */
export async function withLoginLock<T>(
  container: MedusaContainer | { resolve: MedusaContainer["resolve"] },
  login: { provider: FlinksProviderId; login_id_hash: string },
  job: () => Promise<T>
): Promise<T> {
  const locking = container.resolve(Modules.LOCKING)
  return locking.execute(loginLockKey(login.provider, login.login_id_hash), job, { timeout: LOGIN_LOCK_WAIT_SECONDS })
}
