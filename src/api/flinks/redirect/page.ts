import escapeHtml from "escape-html"

/** The small page the browser lands on after Flinks Connect: it tells the admin screen, or links back. */
export function redirectPage(outcome: { connection_id: string } | { error: string }): string {
  const message = "connection_id" in outcome ? "Your bank is connected." : outcome.error
  const event = JSON.stringify(
    "connection_id" in outcome
      ? { source: "medusa-plugin-flinks", type: "connection-completed", connection_id: outcome.connection_id }
      : { source: "medusa-plugin-flinks", type: "connection-failed", message: outcome.error }
  ).replace(/</g, "\\u003c")
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Banking</title></head>
<body style="font-family: system-ui, sans-serif; padding: 24px">
<p>${escapeHtml(message)}</p>
<p><a href="/app/banking" target="_top">Back to Banking</a></p>
<script>
  // Only this server's own pages (the admin) may hear the outcome.
  if (window.parent !== window) window.parent.postMessage(${event}, window.location.origin)
</script>
</body></html>`
}
