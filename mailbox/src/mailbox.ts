import { createServer, Server } from "node:http"
import { AddressInfo } from "node:net"
import escapeHtml from "escape-html"
import { simpleParser } from "mailparser"
import { SMTPServer } from "smtp-server"

/** One email as it arrived over SMTP. */
export type ReceivedMail = {
  id: number
  from: string
  to: string[]
  subject: string
  text: string
  html: string | null
  receivedAt: string
}

export type RunningMailbox = {
  smtpPort: number
  httpUrl: string | null
  messages: () => ReceivedMail[]
  clear: () => void
  close: () => Promise<void>
}

function inboxPage(mails: ReceivedMail[]): string {
  const rows = [...mails]
    .reverse()
    .map(
      (mail) =>
        `<article><h2>${escapeHtml(mail.subject)}</h2><p>To ${escapeHtml(mail.to.join(", "))} · ${escapeHtml(mail.receivedAt)}</p>` +
        `<div>${mail.html ?? `<pre>${escapeHtml(mail.text)}</pre>`}</div></article>`
    )
    .join("<hr>")
  return `<!doctype html><meta charset="utf-8"><title>Local mailbox</title><h1>Local mailbox (${mails.length})</h1>${rows || "<p>No mail yet.</p>"}`
}

/**
 * A local mail server for the demo and the tests: accepts any message over SMTP (no TLS, no
 * login) and keeps it in memory; with an HTTP port, shows the inbox at / and as JSON at /messages.
 */
/** `smtpPort: 0` picks a free port; the one taken is in the answer. */
export async function startMailbox(options: {
  smtpPort: number
  httpPort?: number
  host?: string
}): Promise<RunningMailbox> {
  const host = options.host ?? "127.0.0.1"
  const mails: ReceivedMail[] = []
  let nextId = 1
  const smtp = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS"],
    logger: false,
    onData(stream, session, callback) {
      simpleParser(stream)
        .then((parsed) => {
          mails.push({
            id: nextId++,
            from: parsed.from?.text ?? "",
            to: session.envelope.rcptTo.map((rcpt) => rcpt.address),
            subject: parsed.subject ?? "",
            text: parsed.text ?? "",
            html: typeof parsed.html === "string" ? parsed.html : null,
            receivedAt: new Date().toISOString(),
          })
          callback()
        })
        .catch((error) => callback(error))
    },
  })
  await new Promise<void>((resolve, reject) => {
    smtp.once("error", reject)
    smtp.listen(options.smtpPort, host, () => resolve())
  })

  let http: Server | null = null
  if (options.httpPort !== undefined) {
    http = createServer((req, res) => {
      if (req.url === "/messages") {
        res.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify(mails))
        return
      }
      if (req.url === "/messages/clear" && req.method === "POST") {
        mails.length = 0
        res.writeHead(204).end()
        return
      }
      res.writeHead(200, { "content-type": "text/html; charset=utf-8" }).end(inboxPage(mails))
    })
    await new Promise<void>((resolve) => http!.listen(options.httpPort, host, () => resolve()))
  }
  const httpPort = http ? (http.address() as AddressInfo).port : null

  return {
    smtpPort: (smtp.server.address() as AddressInfo).port,
    httpUrl: httpPort === null ? null : `http://${host}:${httpPort}`,
    messages: () => [...mails],
    clear: () => {
      mails.length = 0
    },
    close: async () => {
      await new Promise<void>((resolve) => smtp.close(() => resolve()))
      if (http) await new Promise<void>((resolve) => http!.close(() => resolve()))
    },
  }
}
