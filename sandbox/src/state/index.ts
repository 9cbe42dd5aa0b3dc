import { Clock } from "../core/clock"
import { FaultBook } from "../core/faults"
import { DEFAULT_VARIANTS, type Variants } from "../core/variants"
import type { ConnectSession } from "../connect/connect-session"
import { LoginBook } from "./logins"
import { SessionBook } from "./sessions"
import { TokenBook } from "./tokens"

/**
 * Everything the sandbox remembers, in memory only. The Flinks API, the Connect page and the
 * control routes all read and write this one object, so a login made in the page is a real login
 * for Authorize.
 */
export class SandboxState {
  seed: number
  variants: Variants = { ...DEFAULT_VARIANTS }
  readonly clock = new Clock()
  readonly faults = new FaultBook()
  readonly tokens: TokenBook
  readonly logins: LoginBook
  readonly sessions: SessionBook
  readonly connectSessions = new Map<string, ConnectSession>()
  private readonly sleepers = new Set<{ timer: NodeJS.Timeout; wake: () => void }>()

  constructor(readonly initialSeed: number) {
    this.seed = initialSeed
    this.tokens = new TokenBook(this.clock, () => this.variants.tokenTtlMinutes)
    this.sessions = new SessionBook(this.clock)
    this.logins = new LoginBook({
      seed: () => this.seed,
      now: () => this.clock.now(),
      today: () => this.clock.today(),
      reviveKnownLogins: () => this.variants.reviveKnownLogins,
    })
  }

  reset(seed: number = this.initialSeed): void {
    this.seed = seed
    this.variants = { ...DEFAULT_VARIANTS }
    this.clock.reset()
    this.faults.clear()
    this.tokens.clear()
    this.logins.clear()
    this.sessions.clear()
    this.connectSessions.clear()
  }

  /**
   * Everything remembered happened `ms` earlier, while the clock and "today" stay put: a test can
   * make Flinks' copy of a login hours old without waiting. History is not rewritten. Connect pages
   * keep no times of their own (their RequestIds and tokens are rewound with the others).
   */
  rewind(ms: number): void {
    this.logins.rewind(ms)
    this.sessions.rewind(ms)
    this.tokens.rewind(ms)
  }

  /** A delay that close() can cut short, so a "slow" fault never holds the process open. */
  sleep(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const sleeper = {
        timer: setTimeout(() => {
          this.sleepers.delete(sleeper)
          resolve()
        }, ms),
        wake: resolve,
      }
      this.sleepers.add(sleeper)
    })
  }

  wakeAll(): void {
    for (const sleeper of this.sleepers) {
      clearTimeout(sleeper.timer)
      sleeper.wake()
    }
    this.sleepers.clear()
  }
}
