// `npm run sandbox`: the local Flinks sandbox, from its TypeScript sources. Port and seed:
// FLINKS_SANDBOX_PORT, FLINKS_SANDBOX_SEED.
import { runTypeScript } from "./lib/run-ts.mjs"

runTypeScript("sandbox/src/main.ts", "sandbox/tsconfig.json")
