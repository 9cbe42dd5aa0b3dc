import { parseIsoDate } from "../core/calendar"
import { parseVariants } from "../core/variants"
import { institutionsOf } from "../bank/institutions"
import { json } from "../http/reply"
import { bad, type ControlHandler } from "./handler"
import { clockJson, stateSummary } from "./summary"

// Knobs on the sandbox as a whole: reset, clock, faults, variants, and the institutions helper.

export const reset: ControlHandler = (state, body) => {
  if (body.seed !== undefined && !Number.isSafeInteger(body.seed)) {
    return bad("seed must be an integer")
  }
  state.reset(body.seed as number | undefined)
  return json(200, { ok: true, seed: state.seed })
}

export const moveClock: ControlHandler = (state, body) => {
  const { advanceMinutes, advanceDays, today } = body
  if (advanceMinutes !== undefined && !(typeof advanceMinutes === "number" && Number.isFinite(advanceMinutes))) {
    return bad("advanceMinutes must be a number")
  }
  if (advanceDays !== undefined && !Number.isInteger(advanceDays)) {
    return bad("advanceDays must be a whole number")
  }
  const day = today === undefined ? undefined : typeof today === "string" ? parseIsoDate(today) : null
  if (day === null) {
    return bad('today must be a date written "YYYY-MM-DD"')
  }
  if (day !== undefined) {
    state.clock.setToday(day)
  }
  if (advanceDays !== undefined) {
    state.clock.advanceDays(advanceDays as number)
  }
  if (advanceMinutes !== undefined) {
    state.clock.advanceMinutes(advanceMinutes as number)
  }
  return json(200, clockJson(state))
}

const HOUR = 3_600_000

/** Time passes for what the sandbox remembers, not for the clock: see SandboxState.rewind. */
export const rewind: ControlHandler = (state, body) => {
  const { hours } = body
  if (!(typeof hours === "number" && Number.isFinite(hours) && hours > 0)) {
    return bad("hours must be a positive number")
  }
  state.rewind(Math.round(hours * HOUR))
  return json(200, { ok: true, hours })
}

export const addFault: ControlHandler = (state, body) => {
  const result = state.faults.add(body)
  return "error" in result ? bad(result.error) : json(200, { fault: result.fault, faults: state.faults.list() })
}

export const setVariants: ControlHandler = (state, body) => {
  const result = parseVariants(body)
  if ("error" in result) {
    return bad(result.error)
  }
  state.variants = { ...state.variants, ...result.value }
  return json(200, state.variants)
}

export const institutions: ControlHandler = (_state, _body, _params, query) => {
  const country = query.get("country")
  if (country !== "CA" && country !== "US") {
    return bad("Pass country=CA or country=US")
  }
  return json(200, {
    country,
    institutions: institutionsOf(country).map(({ id, code, name, canLogIn }) => ({ id, code, name, canLogIn })),
  })
}

export const showState: ControlHandler = (state) => json(200, stateSummary(state))
export const showClock: ControlHandler = (state) => json(200, clockJson(state))
export const listFaults: ControlHandler = (state) => json(200, { faults: state.faults.list() })
export const clearFaults: ControlHandler = (state) => {
  state.faults.clear()
  return json(200, { faults: [] })
}
export const showVariants: ControlHandler = (state) => json(200, state.variants)
