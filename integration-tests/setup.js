// Jest runs every suite in its own module registry: the metadata cache of MikroORM must not leak
// between them, and the test database must be reachable as "localhost" (the Medusa runner turns SSL
// off only for that host name).
const { MetadataStorage } = require("@medusajs/framework/mikro-orm/core")

MetadataStorage.clear()
process.env.DB_HOST ??= "localhost"
process.env.DB_USERNAME ??= "postgres"
process.env.DB_PASSWORD ??= ""
