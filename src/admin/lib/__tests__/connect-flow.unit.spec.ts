import { choicesAt, ConnectChoices, noticeOnOpen, noticeOnReturn, readConnectStep, shownStep } from "../connect-flow"
import type {
  AdminBankingProvider,
  AdminCompleteConnectSessionResponse,
  AdminConnectSession,
} from "../../../types/http"

const provider = { id: "flinks-ca", name: "Flinks Canada", country: "CA" } as AdminBankingProvider
const session = {
  id: "bcsess_1",
  state: "s",
  expires_at: "",
  connect_url: "",
  connect_origin: "",
} as AdminConnectSession
const institution = { id: "FlinksCapital", name: "Flinks Capital", country: "CA" as const }
const result = {
  created: true,
  connection: { institution_name: "Flinks Capital", accounts: [] },
} as unknown as AdminCompleteConnectSessionResponse

const atBank: ConnectChoices = { provider, consentVersion: "2024-01" }
const inSignIn: ConnectChoices = { ...atBank, signIn: { institution, session } }
const connected: ConnectChoices = { ...inSignIn, result }

describe("Connect Bank Accounts' steps in the address", () => {
  it("reads the step, the first one for anything unknown", () => {
    expect(readConnectStep("bank")).toBe("bank")
    expect(readConnectStep("sign-in")).toBe("sign-in")
    expect(readConnectStep(null)).toBe("provider")
    expect(readConnectStep("admin")).toBe("provider")
  })

  it("shows a step only with what the earlier ones decided, else the last one that can be shown", () => {
    expect(shownStep("sign-in", inSignIn)).toBe("sign-in")
    // A reload: only the provider, from the address, is left.
    expect(shownStep("sign-in", { provider })).toBe("consent")
    expect(shownStep("bank", { provider })).toBe("consent")
    expect(shownStep("consent", {})).toBe("provider")
    // Forward to a sign-in that was left: its widget is gone.
    expect(shownStep("sign-in", atBank)).toBe("bank")
    // A success that is gone is not shown again, nor anything that led to it.
    expect(shownStep("done", { provider })).toBe("provider")
    expect(shownStep("done", connected)).toBe("done")
  })

  it("going back drops what the later steps decided", () => {
    expect(choicesAt("bank", connected)).toEqual(atBank)
    expect(choicesAt("consent", connected)).toEqual({ provider })
    expect(choicesAt("provider", connected)).toEqual({})
  })

  it("says what leaving a sign-in or a success means, and nothing for a plain step back", () => {
    expect(noticeOnReturn("sign-in", "bank", inSignIn)).toBe(
      "You left the sign-in to Flinks Capital before it finished: nothing was connected. Choose a bank to sign in again."
    )
    expect(noticeOnReturn("done", "bank", connected)).toBe(
      "Flinks Capital is connected: going back did not undo it. Choose another bank to connect it too."
    )
    expect(noticeOnReturn("bank", "consent", atBank)).toBeNull()
    expect(noticeOnReturn("bank", "sign-in", inSignIn)).toBeNull()
  })

  it("says why a reloaded page asks for the consent again", () => {
    expect(noticeOnOpen("sign-in", "consent")).toMatch(/^The page was reloaded during the bank sign-in/)
    expect(noticeOnOpen("bank", "consent")).toMatch(/^The page was reloaded/)
    expect(noticeOnOpen("consent", "consent")).toBeNull()
    expect(noticeOnOpen("done", "provider")).toBeNull()
  })
})
