/**
 * One scheduled (nightly) refresh of a login, as GetNightlyRefreshStatus reports it. Flinks
 * documents the state "AnsweringSecurityChallenge"; "Completed" and "Failed" are the sandbox's
 * names for the other two endings.
 */
export type NightlyRunState = "Completed" | "AnsweringSecurityChallenge" | "Failed"

export interface NightlyRun {
  at: number
  state: NightlyRunState
  /** The FlinksCode of a failed run (e.g. INVALID_PASSWORD); null otherwise. */
  errorCode: string | null
}
