import { RunningMailbox, startMailbox } from "../../../mailbox/src/mailbox"

/**
 * A local SMTP server for an HTTP suite, on a free port; the app sends its email there through the
 * plugin's SMTP provider. Call at the top of the spec file, before medusaIntegrationTestRunner: its
 * beforeAll runs first, so the app boots with the port taken.
 */
export function useMailbox() {
  let mailbox: RunningMailbox | undefined
  beforeAll(async () => {
    mailbox = await startMailbox({ smtpPort: 0 })
    Object.assign(process.env, {
      SMTP_HOST: "127.0.0.1",
      SMTP_PORT: String(mailbox.smtpPort),
      SMTP_FROM: "Store banking <banking@test.local>",
    })
  })
  afterAll(async () => {
    await mailbox?.close()
  })

  /** Waits until `count` messages have arrived (or the time is up), then returns them all. */
  async function waitForMessages(count: number, timeoutMs = 15_000) {
    const deadline = Date.now() + timeoutMs
    while (mailbox!.messages().length < count && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 100))
    }
    return mailbox!.messages()
  }

  return { messages: () => mailbox!.messages(), clear: () => mailbox!.clear(), waitForMessages }
}
