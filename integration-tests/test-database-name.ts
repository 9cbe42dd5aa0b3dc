/**
 * The database a suite runs on. `npm test` gives each run its own id (BANKING_TEST_RUN_ID) and drops
 * only that run's databases, so two runs on one PostgreSQL never touch each other's; a suite run by
 * jest directly falls back to its process id.
 */
export function testDatabaseName(suite: string) {
  const run = process.env.BANKING_TEST_RUN_ID ?? `p${process.pid}`
  return `${TEST_DATABASE_PREFIX}${run}-${suite}`
}

export const TEST_DATABASE_PREFIX = "medusa-plugin-flinks-"
