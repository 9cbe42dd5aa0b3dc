import { MedusaError } from "@medusajs/framework/utils"
import { CONNECTION_STATUSES, type ConnectionStatus } from "../../../../types/module/constants"
import { ALLOWED_TRANSITIONS, canMoveConnection, nextConnectionStatus } from "../connection-status"

// The table written out again by hand: a change to the state machine has to change this too.
const ALLOWED = new Set([
  ...["active", "mfa_required", "credentials_invalid", "institution_unavailable", "error"].flatMap((from) =>
    [
      "active",
      "mfa_required",
      "credentials_invalid",
      "institution_unavailable",
      "error",
      "refreshing",
      "disconnected",
    ].map((to) => `${from}->${to}`)
  ),
  ...["active", "mfa_required", "credentials_invalid", "institution_unavailable", "error", "disconnected"].map(
    (to) => `refreshing->${to}`
  ),
])

const pairs = CONNECTION_STATUSES.flatMap((from) =>
  CONNECTION_STATUSES.map((to) => [from, to, ALLOWED.has(`${from}->${to}`)] as const)
)

describe("the connection state machine", () => {
  it("has a row for every status, naming only known statuses", () => {
    expect(Object.keys(ALLOWED_TRANSITIONS).sort()).toEqual([...CONNECTION_STATUSES].sort())
    for (const targets of Object.values(ALLOWED_TRANSITIONS)) {
      for (const to of targets) expect(CONNECTION_STATUSES).toContain(to)
    }
  })

  it.each(pairs.filter(([, , allowed]) => allowed))("lets a %s connection become %s", (from, to) => {
    expect(canMoveConnection(from, to)).toBe(true)
    expect(nextConnectionStatus(from, to)).toBe(to)
  })

  it.each(pairs.filter(([, , allowed]) => !allowed))("refuses a %s connection becoming %s", (from, to) => {
    expect(canMoveConnection(from, to)).toBe(false)
    let refusal: unknown
    try {
      nextConnectionStatus(from, to)
    } catch (error) {
      refusal = error
    }
    expect(refusal).toBeInstanceOf(MedusaError)
    expect((refusal as MedusaError).type).toBe(MedusaError.Types.NOT_ALLOWED)
  })

  it("keeps a deleted connection deleted and lets nothing refresh twice", () => {
    expect(ALLOWED_TRANSITIONS.disconnected).toEqual([])
    expect(canMoveConnection("refreshing", "refreshing")).toBe(false)
    expect(canMoveConnection("bogus" as ConnectionStatus, "active")).toBe(false)
  })
})
