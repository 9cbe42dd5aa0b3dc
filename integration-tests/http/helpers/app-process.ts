import { ChildProcess, spawn, spawnSync } from "node:child_process"
import { randomBytes } from "node:crypto"
import { createServer } from "node:net"
import path from "node:path"

const ROOT = path.resolve(__dirname, "..", "..", "..")
const MEDUSA_BIN = path.join(ROOT, "node_modules", ".bin", "medusa")

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer()
    server.once("error", reject)
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as { port: number }
      server.close(() => resolve(port))
    })
  })
}

/** Runs a medusa CLI command in the repository (it is a Medusa app) and fails loudly with its output. */
export function medusaCommand(args: string[], env: NodeJS.ProcessEnv) {
  const result = spawnSync(MEDUSA_BIN, args, { cwd: ROOT, env, encoding: "utf8", timeout: 240_000 })
  if (result.status !== 0) {
    throw new Error(`medusa ${args.join(" ")} failed (${result.status}):\n${result.stdout}\n${result.stderr}`)
  }
}

/** An axios-like client (a non-2xx answer throws, with `response`), as the HTTP helpers expect. */
export function httpClient(baseUrl: string) {
  async function call(method: string, url: string, body?: unknown, config?: { headers?: Record<string, string> }) {
    const response = await fetch(`${baseUrl}${url}`, {
      method,
      headers: { "content-type": "application/json", ...(config?.headers ?? {}) },
      body: body === undefined ? undefined : JSON.stringify(body),
    })
    const text = await response.text()
    const data = text ? JSON.parse(text) : null
    if (!response.ok) {
      throw Object.assign(new Error(`${method} ${url} answered ${response.status}: ${text}`), {
        response: { status: response.status, data },
      })
    }
    return { status: response.status, data }
  }
  return {
    get: (url: string, config?: { headers?: Record<string, string> }) => call("GET", url, undefined, config),
    post: (url: string, body: unknown, config?: unknown) =>
      call("POST", url, body, config as { headers?: Record<string, string> }),
  }
}

/**
 * The repository's Medusa app as a real process (`medusa start`, production mode), so a test can
 * kill it with SIGKILL in the middle of its work and start it again, as an operator's crash would.
 */
export class AppProcess {
  private child: ChildProcess | null = null
  private output: string[] = []
  readonly port: number
  readonly env: NodeJS.ProcessEnv

  constructor(port: number, env: NodeJS.ProcessEnv) {
    this.port = port
    this.env = {
      ...process.env,
      NODE_ENV: "production",
      FLINKS_ENCRYPTION_KEY: randomBytes(32).toString("base64"),
      MEDUSA_ADMIN_DISABLED: "true",
      PORT: String(port),
      ...env,
    }
    delete this.env.JEST_WORKER_ID
  }

  get url() {
    return `http://localhost:${this.port}`
  }

  /** What the server printed, for a failure's message. */
  log() {
    return this.output.join("")
  }

  async start(timeoutMs = 180_000) {
    this.child = spawn(MEDUSA_BIN, ["start"], {
      cwd: ROOT,
      env: this.env,
      detached: true,
      stdio: ["ignore", "pipe", "pipe"],
    })
    const keep = (chunk: Buffer) => {
      this.output.push(chunk.toString())
      if (this.output.length > 2000) this.output.splice(0, this.output.length - 2000)
    }
    this.child.stdout!.on("data", keep)
    this.child.stderr!.on("data", keep)
    const deadline = Date.now() + timeoutMs
    while (Date.now() < deadline) {
      if (this.child.exitCode !== null)
        throw new Error(`Medusa exited (${this.child.exitCode}):\n${this.log().slice(-4000)}`)
      const healthy = await fetch(`${this.url}/health`).then(
        (r) => r.ok,
        () => false
      )
      if (healthy) return
      await new Promise((resolve) => setTimeout(resolve, 250))
    }
    throw new Error(`Medusa did not start in ${timeoutMs} ms:\n${this.log().slice(-4000)}`)
  }

  /** SIGKILL to the whole process group: nothing gets to clean up, as in a crash. */
  async kill() {
    await this.signal("SIGKILL")
    this.child = null
  }

  /** SIGTERM, then SIGKILL when it has not stopped within 10 s. */
  async stop() {
    await this.signal("SIGTERM", 10_000)
    await this.kill()
  }

  /** Sends `signal` to the server's process group and waits for it to exit (at most `waitMs`). */
  private async signal(signal: NodeJS.Signals, waitMs = Infinity) {
    const child = this.child
    if (!child || child.exitCode !== null) return
    const exited = new Promise((resolve) => child.once("exit", resolve))
    try {
      process.kill(-child.pid!, signal)
    } catch {
      child.kill(signal)
    }
    await (waitMs === Infinity ? exited : Promise.race([exited, new Promise((resolve) => setTimeout(resolve, waitMs))]))
  }
}
