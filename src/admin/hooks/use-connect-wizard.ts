import { useEffect, useRef, useState } from "react"
import { useLocation, useNavigate, useSearchParams } from "react-router-dom"
import {
  choicesAt,
  CONNECT_STEPS,
  ConnectChoices,
  ConnectStep,
  noticeOnOpen,
  noticeOnReturn,
  readConnectStep,
  shownStep,
  stepIndex,
} from "../lib/connect-flow"
import { useBankingProviders } from "./api/providers"
import type {
  AdminBankInstitution,
  AdminBankingProvider,
  AdminCompleteConnectSessionResponse,
  AdminConnectSession,
} from "../../types/http"

/**
 * What the wizard writes on its history entries: its own count of them (0 for the one the page
 * opened on, one more for each step forward), which tells Back from Forward, and the step the
 * entry was pushed from, which tells whether an in-page Back can be the browser's.
 */
type EntryState = { connectEntry?: number; cameFrom?: ConnectStep } | null

/**
 * Connect Bank Accounts' steps in the browser's history: each step forward is an entry, so Back
 * returns to the previous step (and says what leaving lost); the success replaces the sign-in, so
 * Back from it runs nothing again. An entry whose choices are gone (a sign-in that was left, a
 * success already shown) is stepped over, the way the merchant was going; a page opened on such
 * an entry (a reload) shows the last step that can be shown, and the address follows.
 */
export function useConnectWizard() {
  const [params, setParams] = useSearchParams()
  const location = useLocation()
  const navigate = useNavigate()
  const providers = useBankingProviders()
  const [choices, setChoices] = useState<ConnectChoices>({})
  const [notice, setNotice] = useState<string | null>(null)

  const wanted = readConnectStep(params.get("step"))
  const providerId = params.get("provider")
  // After a reload the provider is known by the address only: it is found again in the list.
  const restoring = Boolean(providerId && !choices.provider && providers.isPending)
  const current: ConnectChoices =
    choices.provider || !providerId
      ? choices
      : { ...choices, provider: providers.data?.providers.find((item) => item.id === providerId && item.configured) }
  const entryState = location.state as EntryState
  const entry = entryState?.connectEntry ?? 0
  const reachable = shownStep(wanted, current)

  const shownBefore = useRef<ConnectStep | null>(null)
  // While an entry is stepped over, the step the merchant was on stays on screen.
  const stepping = shownBefore.current !== null && reachable !== wanted
  const shown = stepping ? shownBefore.current! : reachable
  // An in-page Back or Restart: the merchant asked for it, no word needed.
  const quiet = useRef(false)

  const go = (step: ConnectStep, provider: AdminBankingProvider | undefined, replace: boolean) => {
    const next: Record<string, string> = step === "provider" || !provider ? { step } : { step, provider: provider.id }
    const state: EntryState = replace
      ? { connectEntry: entry, cameFrom: entryState?.cameFrom }
      : { connectEntry: entry + 1, cameFrom: shown }
    setParams(next, { replace, state })
  }

  // biome-ignore lint/correctness/useExhaustiveDependencies: follows the address (Back, Forward), not each render of the wizard's own state
  useEffect(() => {
    if (restoring) return
    const from = shownBefore.current
    if (from === null) {
      shownBefore.current = reachable
      if (reachable !== wanted) go(reachable, current.provider, true)
      return setNotice(noticeOnOpen(wanted, reachable))
    }
    if (reachable !== wanted) {
      // Back goes on to the entry before; Forward returns to the one the merchant was on. The
      // wizard's first entry has none before it: it shows what it can.
      if (entry > 0) return void navigate(-1)
      shownBefore.current = reachable
      return go(reachable, current.provider, true)
    }
    shownBefore.current = reachable
    if (stepIndex(reachable) < stepIndex(from)) {
      setNotice(quiet.current ? null : noticeOnReturn(from, reachable, current))
      setChoices(choicesAt(reachable, current))
    }
    quiet.current = false
    // `current` and `go` are this render's; the address and its entry are what change.
  }, [reachable, wanted, restoring, entry, location.key])

  /** A step forward. `next` must still hold for the current step: the address may change a render later. */
  const forward = (step: ConnectStep, next: ConnectChoices, replace = false) => {
    setNotice(null)
    setChoices(next)
    go(step, next.provider, replace)
  }

  /** The in-page Back: the browser's when the previous entry is the previous step, else a replace. */
  const back = () => {
    quiet.current = true
    const previous = CONNECT_STEPS[Math.max(0, stepIndex(shown) - 1)].step
    if (entry > 0 && entryState?.cameFrom === previous) return navigate(-1)
    go(previous, current.provider, true)
  }

  return {
    step: shown,
    choices: current,
    notice,
    restoring,
    chooseProvider: (provider: AdminBankingProvider) => forward("consent", { provider }),
    agree: (consentVersion: string) => forward("bank", { provider: current.provider, consentVersion }),
    startSignIn: (institution: AdminBankInstitution, session: AdminConnectSession) =>
      forward("sign-in", { ...choicesAt("bank", current), signIn: { institution, session } }),
    connected: (result: AdminCompleteConnectSessionResponse) => forward("done", { ...current, result }, true),
    back,
    // The step back to the start drops the choices (choicesAt); dropping them here, before the
    // address changes, would make the success an entry to step over.
    connectAnother: () => {
      quiet.current = true
      setNotice(null)
      go("provider", undefined, false)
    },
  }
}
