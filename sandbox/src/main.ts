import { startSandbox } from "./index"

/** `npm run sandbox`: FLINKS_SANDBOX_PORT (default 8282) and FLINKS_SANDBOX_SEED (default 1). */
async function main(): Promise<void> {
  const port = Number(process.env.FLINKS_SANDBOX_PORT ?? 8282)
  const seed = Number(process.env.FLINKS_SANDBOX_SEED ?? 1)
  if (!Number.isInteger(port) || port < 0 || port > 65535 || !Number.isSafeInteger(seed)) {
    throw new Error("FLINKS_SANDBOX_PORT must be a port number and FLINKS_SANDBOX_SEED an integer")
  }
  const sandbox = await startSandbox({ port, host: "127.0.0.1", seed })
  console.log(
    `Flinks sandbox listening on ${sandbox.url} (seed ${seed}; Connect ${sandbox.url}/v2/ and ${sandbox.url}/us/v2/)`
  )

  let closing = false
  const stop = () => {
    if (closing) {
      return
    }
    closing = true
    sandbox.close().then(
      () => process.exit(0),
      () => process.exit(1)
    )
  }
  process.on("SIGINT", stop)
  process.on("SIGTERM", stop)
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error)
  process.exit(1)
})
