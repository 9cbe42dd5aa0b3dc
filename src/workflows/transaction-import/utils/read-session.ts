import { MedusaContainer } from "@medusajs/framework/types"
import { isFlinksError } from "../../../lib/flinks"
import type { IBankingModuleService } from "../../../types"
import { signInForRefresh } from "../live-refresh/sign-in-for-refresh"
import { RunLease } from "../../run-lease"
import { ImportTargets } from "../steps/load-import-targets"

/*
 * How an import gets a RequestId to read the connection's accounts with: live (Refresh
 * Transactions), or over Flinks' copy (the schedule, a link, a refresh whose question was not
 * answered), and how old the data it reads is.
 */
/** Why a run could not read the connection at all, in the merchant's words. */
export class ReadRefused extends Error {
  constructor(
    readonly code: string,
    message: string
  ) {
    super(message)
  }
}

/** Flinks allows one session per login, and ours waits at the bank's question. */
const QUESTION_HOLDS_LOGIN =
  "Your bank is asking for a verification, and Flinks keeps this bank login for that question until it is answered (or for 8 minutes). Answer it with Edit Credentials in Manage Added Accounts, then refresh again."

export type ReadSession = { requestId: string; mfaPending: boolean; bankDataAsOf: Date | null }
export type ReadingRun = { id: string; sign_in: "cached" | "live"; trigger: string }

/**
 * Flinks' copy. When the last live attempt stalled at the bank's question, the RequestId still
 * reads that older copy (mfa pending).
 */
async function cachedSession(banking: IBankingModuleService, targets: ImportTargets): Promise<ReadSession> {
  try {
    const copy = await banking.gateway.readFlinksCopy(targets.connection_id)
    return { requestId: copy.request_id, mfaPending: copy.mfa_pending, bankDataAsOf: copy.bank_data_as_of }
  } catch (error) {
    if (
      isFlinksError(error) &&
      error.code === "login_in_use" &&
      (await banking.gateway.readWaitingQuestion(targets.connection_id))
    ) {
      throw new ReadRefused("mfa_required", QUESTION_HOLDS_LOGIN)
    }
    throw error
  }
}

/**
 * Refresh Transactions signs in live; the schedule and a link read Flinks' copy, except that the
 * schedule leaves alone a question of ours still waiting at Flinks (one session per login: its
 * Authorize would end the question someone may be answering, or be refused).
 */
export async function openReadSession(
  container: MedusaContainer,
  banking: IBankingModuleService,
  targets: ImportTargets,
  run: ReadingRun,
  lease: RunLease
): Promise<ReadSession> {
  if (run.trigger === "schedule" && (await banking.gateway.readWaitingQuestion(targets.connection_id))) {
    throw new ReadRefused("mfa_required", QUESTION_HOLDS_LOGIN)
  }
  if (run.sign_in === "live") {
    const signedIn = await signInForRefresh(container, { id: run.id, connection_id: targets.connection_id }, lease)
    if (signedIn.read === "failed") throw new ReadRefused(signedIn.error.code, signedIn.error.message)
    if (signedIn.read === "live") {
      return {
        requestId: signedIn.request_id,
        mfaPending: false,
        bankDataAsOf: signedIn.bank_data_as_of ? new Date(signedIn.bank_data_as_of) : null,
      }
    }
  }
  return cachedSession(banking, targets)
}
