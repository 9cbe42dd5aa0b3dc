// Installs the project's dependencies when they are missing, so a fresh clone needs only Node.
// Uses only Node built-ins: it runs before node_modules exists.
import { spawnSync } from "node:child_process"
import { existsSync } from "node:fs"
import path from "node:path"

export const ROOT = path.resolve(path.dirname(new URL(import.meta.url).pathname), "..", "..")

export function ensureDependencies() {
  if (existsSync(path.join(ROOT, "node_modules", ".bin", "medusa"))) {
    return
  }
  console.log("Installing dependencies (npm install, about two minutes on two cores the first time)...")
  // `npm ci` fails with a lockfile made on these machines; `npm install` honours the lockfile.
  const result = spawnSync("npm", ["install", "--no-audit", "--no-fund"], {
    cwd: ROOT,
    stdio: "inherit",
  })
  if (result.status !== 0) {
    console.error("npm install failed; see the output above.")
    process.exit(result.status ?? 1)
  }
}
