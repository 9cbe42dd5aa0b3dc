// `npm run sandbox`: the local Flinks sandbox, from its TypeScript sources (ts-node, transpile only,
// with swc, so it is up in about a second). Port and seed: FLINKS_SANDBOX_PORT, FLINKS_SANDBOX_SEED.
import { spawn } from "node:child_process"
import { createRequire } from "node:module"
import { dirname, join } from "node:path"
import { fileURLToPath } from "node:url"

const root = join(dirname(fileURLToPath(import.meta.url)), "..")
const require = createRequire(join(root, "package.json"))

const child = spawn(
  process.execPath,
  ["-r", require.resolve("ts-node/register/transpile-only"), join(root, "sandbox/src/main.ts")],
  {
    cwd: root,
    stdio: "inherit",
    env: { ...process.env, TS_NODE_PROJECT: join(root, "sandbox/tsconfig.json"), TS_NODE_SWC: "true" },
  },
)

// The child gets the same signal and closes its server; this process leaves with its exit code.
for (const signal of ["SIGINT", "SIGTERM"]) {
  process.on(signal, () => child.kill(signal))
}
child.on("exit", (code, signal) => process.exit(code ?? (signal ? 1 : 0)))
