/*
 * A second line of defence. Log lines and error messages are built from fixed words, endpoint
 * names and codes only; this scrubs them once more for any secret the transport knows about, so
 * a future edit that slips a value in still cannot leak a key, a token or a LoginId.
 */

const MASK = "[redacted]"

export function redact(text: string, secrets: ReadonlyArray<string | null | undefined>): string {
  let out = text
  for (const secret of secrets) {
    // Very short values would mask ordinary words; real keys, tokens and LoginIds are long.
    if (secret && secret.length >= 6 && out.includes(secret)) {
      out = out.split(secret).join(MASK)
    }
  }
  return out
}

export function redactMeta(
  meta: Record<string, unknown>,
  secrets: ReadonlyArray<string | null | undefined>
): Record<string, unknown> {
  const out: Record<string, unknown> = {}
  for (const [key, value] of Object.entries(meta)) {
    out[key] = typeof value === "string" ? redact(value, secrets) : value
  }
  return out
}
