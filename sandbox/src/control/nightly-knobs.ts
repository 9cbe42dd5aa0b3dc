import { instanceByCountry, instanceByCustomerId, type SandboxInstance } from "../credentials"
import { nightlyRefreshRuns, runNightlyRefresh } from "../flinks/nightly-refresh"
import { json } from "../http/reply"
import { bad, type ControlHandler } from "./handler"

/**
 * POST /__sandbox/nightly-refresh: Flinks' scheduled refresh runs now, for every login with it on
 * (on one instance when told). Nothing runs unless the nightlyRefresh variant is "supported".
 */
export const runNightly: ControlHandler = (state, body) => {
  const { customerId, country } = body
  if (customerId !== undefined && country !== undefined) {
    return bad("Pass customerId or country, not both")
  }
  let instance: SandboxInstance | undefined
  if (customerId !== undefined) {
    instance = typeof customerId === "string" ? instanceByCustomerId(customerId) : undefined
    if (!instance) {
      return bad("customerId must be the customerId of a sandbox instance")
    }
  }
  if (country !== undefined) {
    if (country !== "CA" && country !== "US") {
      return bad("country must be CA or US")
    }
    instance = instanceByCountry(country)
  }
  const result = { refreshed: [] as string[], stalled: [] as string[], failed: [] as string[] }
  if (!nightlyRefreshRuns(state)) {
    return json(200, result)
  }
  for (const login of state.logins.all()) {
    if (!login.scheduledRefresh || (instance && login.instance.customerId !== instance.customerId)) {
      continue
    }
    const run = runNightlyRefresh(state, login)
    const list =
      run.state === "Completed"
        ? result.refreshed
        : run.state === "AnsweringSecurityChallenge"
          ? result.stalled
          : result.failed
    list.push(login.id)
  }
  return json(200, result)
}
