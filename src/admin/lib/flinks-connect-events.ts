/**
 * What the Flinks Connect widget tells its parent window. The data comes from another origin and
 * its shape moved between widget versions, so it is read defensively: it may be a JSON string
 * (`stringify=true`), and REDIRECT's fields may sit on the event or only in its `url`'s query.
 */
export type ConnectEvent = { step: string; data: Record<string, unknown> }

export type ConnectRedirect = {
  loginId: string
  accountIds: string[]
  requestId?: string
  institution?: string
}

export function readConnectEvent(raw: unknown): ConnectEvent | null {
  let value = raw
  if (typeof value === "string") {
    try {
      value = JSON.parse(value)
    } catch {
      return null
    }
  }
  if (!value || typeof value !== "object") return null
  const data = value as Record<string, unknown>
  return typeof data.step === "string" ? { step: data.step, data } : null
}

function queryOf(url: unknown): URLSearchParams | null {
  if (typeof url !== "string") return null
  try {
    return new URL(url).searchParams
  } catch {
    return null
  }
}

/** Flinks sends one id, a comma-separated list, or (in some clients) an array. */
function readAccountIds(value: unknown): string[] {
  const parts = Array.isArray(value) ? value : typeof value === "string" ? value.split(",") : []
  return parts
    .filter((id): id is string => typeof id === "string")
    .map((id) => id.trim())
    .filter(Boolean)
}

/** The login a REDIRECT reports; null when it names none (nothing can be completed then). */
export function readRedirect(data: Record<string, unknown>): ConnectRedirect | null {
  const query = queryOf(data.url)
  const text = (name: string) => {
    const value = data[name]
    if (typeof value === "string" && value) return value
    return query?.get(name) || undefined
  }
  const loginId = text("loginId")
  if (!loginId) return null
  return {
    loginId,
    accountIds: readAccountIds(data.accountId ?? query?.get("accountId")),
    requestId: text("requestId"),
    institution: text("institution"),
  }
}
