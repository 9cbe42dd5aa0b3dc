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
import { BankInstitution, BankingProvider, CompleteConnectSessionResponse, ConnectSession } from "./api/types"

/** Marks a history entry the wizard pushed on top of the previous step's: its Back is the browser's. */
type EntryState = { connectStepPushed?: true } | null

/**
 * Connect Bank Accounts' steps in the browser's history: each step forward is an entry, so Back
 * returns to the previous step (and says what leaving lost); the success replaces the sign-in, so
 * Back from it runs nothing again. A step whose choices are gone (a reload) shows the last one that
 * can be shown, and the address follows.
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
  const shown = shownStep(wanted, current)

  const shownBefore = useRef<ConnectStep | null>(null)
  // An in-page Back or Restart: the merchant asked for it, no word needed.
  const quiet = useRef(false)

  const go = (step: ConnectStep, provider: BankingProvider | undefined, replace: boolean) => {
    const next: Record<string, string> = step === "provider" || !provider ? { step } : { step, provider: provider.id }
    const state: EntryState = replace ? null : { connectStepPushed: true }
    setParams(next, { replace, state })
  }

  useEffect(() => {
    if (restoring) return
    const from = shownBefore.current
    shownBefore.current = shown
    if (shown !== wanted) go(shown, current.provider, true)
    if (from === null) return setNotice(noticeOnOpen(wanted, shown))
    if (stepIndex(shown) < stepIndex(from)) {
      setNotice(quiet.current ? null : noticeOnReturn(from, shown, current))
      quiet.current = false
      setChoices(choicesAt(shown, current))
    }
    // `current` and `go` are this render's; the step is what changes.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [shown, wanted, restoring])

  const forward = (step: ConnectStep, next: ConnectChoices, replace = false) => {
    setNotice(null)
    setChoices(next)
    go(step, next.provider, replace)
  }

  /** The in-page Back: the browser's when the previous entry is the previous step, else a replace. */
  const back = () => {
    quiet.current = true
    if ((location.state as EntryState)?.connectStepPushed) return navigate(-1)
    go(CONNECT_STEPS[Math.max(0, stepIndex(shown) - 1)].step, current.provider, true)
  }

  return {
    step: shown,
    choices: current,
    notice,
    restoring,
    chooseProvider: (provider: BankingProvider) => forward("consent", { provider }),
    agree: (consentVersion: string) => forward("bank", { provider: current.provider, consentVersion }),
    startSignIn: (institution: BankInstitution, session: ConnectSession) =>
      forward("sign-in", { ...choicesAt("bank", current), signIn: { institution, session } }),
    connected: (result: CompleteConnectSessionResponse) => forward("done", { ...current, result }, true),
    back,
    connectAnother: () => {
      quiet.current = true
      forward("provider", {})
    },
  }
}
