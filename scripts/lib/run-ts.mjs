// Runs one of the repository's TypeScript entry points (the sandbox, the mailbox) with ts-node,
// transpile only, with swc, so it is up in about a second. Signals pass through to it.
import { spawn } from "node:child_process"
import { createRequire } from "node:module"
import { join } from "node:path"
import { ROOT } from "./dependencies.mjs"

const require = createRequire(join(ROOT, "package.json"))

export function runTypeScript(entry, tsconfig) {
  const child = spawn(process.execPath, ["-r", require.resolve("ts-node/register/transpile-only"), join(ROOT, entry)], {
    cwd: ROOT,
    stdio: "inherit",
    env: { ...process.env, TS_NODE_PROJECT: join(ROOT, tsconfig), TS_NODE_SWC: "true" },
  })
  for (const signal of ["SIGINT", "SIGTERM"]) {
    process.on(signal, () => child.kill(signal))
  }
  child.on("exit", (code, signal) => process.exit(code ?? (signal ? 1 : 0)))
}
