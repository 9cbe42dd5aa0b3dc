/**
 * The sentence to show a merchant for a failed request. Medusa prefixes what its validation
 * refuses with "Invalid request: ", which says nothing the sentence after it does not, and our
 * field rules are written as clauses ("code must be ..."), which on their own start a sentence.
 */
export function merchantMessage(error: unknown): string {
  const message = (error instanceof Error ? error.message : String(error ?? "")).replace(/^Invalid request:\s*/, "")
  return message ? message[0].toUpperCase() + message.slice(1) : "Something went wrong. Try again."
}
