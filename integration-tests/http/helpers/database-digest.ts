import { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import * as models from "../../../src/modules/banking/models"

/** Every table of the banking module, read from its models so a new model is watched too. */
const BANKING_TABLES = Object.values(models)
  .map((model) => model.parse().tableName)
  .sort()

/**
 * A fingerprint of every banking table: its row count and a hash of all its rows, so any insert,
 * update (an updated_at moving) or soft delete between two digests shows as a difference.
 */
export async function bankingDigest(container: MedusaContainer): Promise<Record<string, string>> {
  const pg = container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
  const digest: Record<string, string> = {}
  for (const table of BANKING_TABLES) {
    const { rows } = await pg.raw(
      `select count(*)::int as rows, md5(coalesce(string_agg(t::text, '|' order by t::text), '')) as hash from ?? t`,
      [table]
    )
    digest[table] = `${rows[0].rows} rows, ${rows[0].hash}`
  }
  return digest
}
