import { randomUUID } from "node:crypto"
import type { SandboxInstance } from "../credentials"
import { MINUTES, type Clock } from "../core/clock"
import type { Language, Question } from "../bank/mfa"
import type { Login } from "./logins"

export interface DetailParams {
  withTransactions: boolean
  withKyc: boolean
  days: 90 | 365
  accountsFilter: string[] | null
}

/** A GetAccountsDetail in progress: answered 202 until `roundsLeft` reaches 0. */
export interface DetailOperation {
  params: DetailParams
  roundsLeft: number
  done: boolean
  partial: boolean
}

/** A RequestId. */
export interface Session {
  requestId: string
  instance: SandboxInstance
  login: Login
  mode: "live" | "cached"
  stage: "mfa" | "authorized"
  /** Questions still to ask in this MFA round; the first one is the one asked. */
  questions: Question[]
  language: Language
  tag: string | undefined
  lastActivity: number
  operation: DetailOperation | null
}

// Flinks: a RequestId dies after 8 idle minutes, or 30 while data is being processed.
const IDLE_MINUTES = 8
const PROCESSING_MINUTES = 30

export class SessionBook {
  private sessions = new Map<string, Session>()

  constructor(private readonly clock: Clock) {}

  create(init: Omit<Session, "requestId" | "lastActivity" | "operation">): Session {
    // Random, not seeded, so a RequestId from an earlier run or test can never come back to life.
    const session: Session = { ...init, requestId: randomUUID(), lastActivity: this.clock.now(), operation: null }
    this.sessions.set(session.requestId, session)
    return session
  }

  isProcessing(session: Session): boolean {
    return session.operation !== null && !session.operation.done
  }

  private expired(session: Session): boolean {
    const limit = (this.isProcessing(session) ? PROCESSING_MINUTES : IDLE_MINUTES) * MINUTES
    // "Dies after 8 idle minutes": at exactly 8 it is gone (the stricter reading).
    return this.clock.now() - session.lastActivity >= limit
  }

  private purge(): void {
    for (const session of this.sessions.values()) {
      if (this.expired(session)) {
        this.sessions.delete(session.requestId)
      }
    }
  }

  find(instance: SandboxInstance, requestId: string): Session | undefined {
    const session = this.sessions.get(requestId)
    if (!session || session.instance.customerId !== instance.customerId) {
      return undefined
    }
    if (this.expired(session)) {
      this.sessions.delete(requestId)
      return undefined
    }
    return session
  }

  touch(session: Session): void {
    session.lastActivity = this.clock.now()
  }

  end(session: Session): void {
    this.sessions.delete(session.requestId)
  }

  aliveOf(login: Login): Session[] {
    this.purge()
    return [...this.sessions.values()].filter((session) => session.login === login)
  }

  /** Sessions of the login that are waiting on an MFA answer or processing data. */
  busyOf(login: Login): Session[] {
    return this.aliveOf(login).filter((session) => session.stage === "mfa" || this.isProcessing(session))
  }

  endAllOf(login: Login): void {
    for (const session of this.aliveOf(login)) {
      this.sessions.delete(session.requestId)
    }
  }

  /** Each session's last activity happened `ms` earlier, so idle sessions can be made to expire. */
  rewind(ms: number): void {
    for (const session of this.sessions.values()) {
      session.lastActivity -= ms
    }
  }

  all(): Session[] {
    this.purge()
    return [...this.sessions.values()]
  }

  clear(): void {
    this.sessions.clear()
  }
}
