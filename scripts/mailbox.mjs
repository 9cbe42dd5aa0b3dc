// `npm run mailbox`: the local mail server the demo and the browser tests send MFA emails to.
// Ports: MAILBOX_SMTP_PORT (default 1025), MAILBOX_HTTP_PORT (default 8025).
import { runTypeScript } from "./lib/run-ts.mjs"

runTypeScript("mailbox/src/main.ts", "mailbox/tsconfig.json")
