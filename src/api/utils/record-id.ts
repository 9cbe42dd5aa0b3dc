import { MedusaError } from "@medusajs/framework/utils"

/**
 * What an id of this plugin can look like: a prefix, an underscore and a ULID, read leniently.
 * Anything else (a NUL character PostgreSQL cannot even receive, quotes, a 10,000-character
 * string) names no record, so it is answered as one that does not exist, before any query.
 */
const ID_PATTERN = /^[A-Za-z0-9_-]{1,100}$/

/** A path id check for one kind of record; a malformed id is a 404 with the route's own sentence. */
export const recordId = (thing: string) => (id: string) => {
  if (!ID_PATTERN.test(id)) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `This ${thing} does not exist.`)
  }
}
