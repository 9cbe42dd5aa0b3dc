/** The local mailbox the server under test sends the MFA emails to (scripts/test-e2e.mjs starts it). */
export const MAILBOX_URL =
  process.env.BANKING_E2E_MAILBOX_URL ?? `http://127.0.0.1:${process.env.MAILBOX_HTTP_PORT ?? 8026}`

export type Mail = { id: number; to: string[]; subject: string; text: string }

export async function mailsTo(addresses: string[]): Promise<Mail[]> {
  const response = await fetch(`${MAILBOX_URL}/messages`)
  if (!response.ok) throw new Error(`the mailbox answered ${response.status}`)
  const mails = (await response.json()) as Mail[]
  return mails.filter((mail) => mail.to.some((to) => addresses.includes(to)))
}

export async function clearMailbox() {
  const response = await fetch(`${MAILBOX_URL}/messages/clear`, { method: "POST" })
  if (!response.ok) throw new Error(`the mailbox answered ${response.status}`)
}

/** Waits until `addresses` got `count` emails (the server sends them after its answer, from an event). */
export async function waitForMails(addresses: string[], count: number): Promise<Mail[]> {
  const deadline = Date.now() + 30_000
  for (;;) {
    const mails = await mailsTo(addresses)
    if (mails.length >= count || Date.now() > deadline) return mails
    await new Promise((resolve) => setTimeout(resolve, 250))
  }
}
