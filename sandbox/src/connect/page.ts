import escapeHtml from "escape-html"
import type { StepResult, ConnectOptions } from "./connect-session"
import { CONNECT_SCRIPT } from "./script"
import { TEXTS } from "./texts"

export interface PageModel {
  title: string
  options: ConnectOptions
  institutions: Array<{ code: string; name: string }>
  /** The institution the page opens at instead of its list. */
  preselected: { code: string; name: string } | null
  initial: StepResult
  institution: string | null
  actionBase: string
}

// A JSON island inside <script> must not be able to close the tag.
const safeJson = (value: unknown) =>
  JSON.stringify(value)
    .replace(/</g, "\\u003c")
    .replace(/\u2028/g, "\\u2028")
    .replace(/\u2029/g, "\\u2029")

const STYLE = `
  :root { color-scheme: light; font-family: system-ui, -apple-system, "Segoe UI", sans-serif; }
  body { margin: 0; background: #f4f5f7; color: #1c2331; }
  main { max-width: 420px; margin: 0 auto; padding: 16px 20px 32px; background: #fff; min-height: 100vh; box-sizing: border-box; }
  .bar { display: flex; justify-content: space-between; align-items: center; margin-bottom: 12px; }
  .brand { font-weight: 700; letter-spacing: .02em; color: #0b5cff; }
  h1 { font-size: 1.25rem; margin: 8px 0 16px; }
  .field { display: flex; flex-direction: column; gap: 4px; margin-bottom: 12px; }
  label { font-size: .9rem; font-weight: 600; }
  input[type=text], input[type=password], input[type=search] { font: inherit; padding: 10px; border: 1px solid #c4c9d4; border-radius: 6px; }
  button { font: inherit; cursor: pointer; }
  button[type=submit], #consent-continue { width: 100%; padding: 12px; border: 0; border-radius: 6px; background: #0b5cff; color: #fff; font-weight: 600; }
  button:disabled { opacity: .6; cursor: default; }
  .link { background: none; border: 0; color: #0b5cff; padding: 8px 0; }
  .institutions { list-style: none; padding: 0; margin: 0; display: grid; gap: 8px; }
  .institution { width: 100%; text-align: left; padding: 12px; border: 1px solid #dde1e8; border-radius: 6px; background: #fff; }
  .institution:hover { border-color: #0b5cff; }
  .account { display: flex; gap: 8px; align-items: baseline; padding: 10px 0; border-bottom: 1px solid #eef0f3; }
  .account-title { font-weight: 600; }
  .account .muted { font-weight: 400; }
  .prompt { font-size: 1.05rem; }
  .error { color: #b3261e; background: #fdecea; padding: 8px 10px; border-radius: 6px; }
  .muted { color: #5b6474; font-size: .9rem; }
`

export function renderPage(model: PageModel): string {
  const config = {
    options: model.options,
    institutions: model.institutions,
    preselected: model.preselected,
    initial: model.initial,
    institution: model.institution,
    actionBase: model.actionBase,
    text: TEXTS[model.options.language],
  }
  return `<!doctype html>
<html lang="${model.options.language}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(model.title)}</title>
<style>${STYLE}</style>
</head>
<body>
<main id="app" aria-live="polite"><noscript>Flinks Connect needs JavaScript.</noscript></main>
<script id="flinks-config" type="application/json">${safeJson(config)}</script>
<script>${CONNECT_SCRIPT}</script>
</body>
</html>
`
}
