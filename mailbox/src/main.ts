import { startMailbox } from "./mailbox"

/** `npm run mailbox`: SMTP on MAILBOX_SMTP_PORT (default 1025), the inbox on MAILBOX_HTTP_PORT (default 8025). */
async function main(): Promise<void> {
  const mailbox = await startMailbox({
    smtpPort: Number(process.env.MAILBOX_SMTP_PORT ?? 1025),
    httpPort: Number(process.env.MAILBOX_HTTP_PORT ?? 8025),
  })
  console.log(`Local mailbox: SMTP on port ${mailbox.smtpPort}, inbox at ${mailbox.httpUrl}`)
  const stop = () =>
    mailbox.close().then(
      () => process.exit(0),
      () => process.exit(1)
    )
  process.on("SIGINT", stop)
  process.on("SIGTERM", stop)
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error)
  process.exit(1)
})
