// Jest runs every suite in its own module registry: the metadata cache of MikroORM must not leak
// between them, and the test database must be reachable as "localhost" (the Medusa runner turns SSL
// off only for that host name).
const { MetadataStorage } = require("@medusajs/framework/mikro-orm/core")

MetadataStorage.clear()
process.env.DB_HOST ??= "localhost"
process.env.DB_USERNAME ??= "postgres"
process.env.DB_PASSWORD ??= ""

// knex prints this harmless line each time the HTTP runner restores its template database (it ends
// the pool's connections on purpose); hundreds of them would bury the test results.
const log = console.log
console.log = (...args) => {
  if (typeof args[0] === "string" && args[0].startsWith("Connection Error: Connection ended unexpectedly")) return
  log(...args)
}
