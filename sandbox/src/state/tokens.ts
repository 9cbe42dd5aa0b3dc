import { randomUUID } from "node:crypto"
import type { SandboxInstance } from "../credentials"
import type { Clock } from "../core/clock"
import { MINUTES } from "../core/clock"

/** Authorize tokens: single use, and dead after the TTL even when never used. */
export interface AuthorizeToken {
  value: string
  customerId: string
  createdAt: number
  used: boolean
}

export type TokenProblem = "missing" | "unknown" | "used" | "expired"

export class TokenBook {
  private tokens = new Map<string, AuthorizeToken>()

  constructor(
    private readonly clock: Clock,
    private readonly ttlMinutes: () => number
  ) {}

  issue(instance: SandboxInstance): string {
    // Random, not seeded: a token from an earlier run must never be valid again.
    const value = randomUUID()
    this.tokens.set(value, { value, customerId: instance.customerId, createdAt: this.clock.now(), used: false })
    return value
  }

  /** Why the token cannot be used now, or null when it can. */
  problem(instance: SandboxInstance, value: string | undefined): TokenProblem | null {
    if (!value) {
      return "missing"
    }
    const token = this.tokens.get(value)
    if (!token || token.customerId !== instance.customerId) {
      return "unknown"
    }
    if (token.used) {
      return "used"
    }
    return this.expired(token) ? "expired" : null
  }

  private expired(token: AuthorizeToken): boolean {
    return this.clock.now() - token.createdAt >= this.ttlMinutes() * MINUTES
  }

  /** Uses the token up whatever comes next: Flinks burns it on the call, not on success. */
  consume(instance: SandboxInstance, value: string | undefined): TokenProblem | null {
    const problem = this.problem(instance, value)
    const token = value ? this.tokens.get(value) : undefined
    if (token && token.customerId === instance.customerId) {
      token.used = true
    }
    return problem
  }

  /** Every token was issued `ms` earlier. */
  rewind(ms: number): void {
    for (const token of this.tokens.values()) {
      token.createdAt -= ms
    }
  }

  summary() {
    const all = [...this.tokens.values()]
    return {
      issued: all.length,
      unused: all.filter((token) => !token.used && !this.expired(token)).length,
    }
  }

  clear(): void {
    this.tokens.clear()
  }
}
