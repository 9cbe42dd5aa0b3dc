import { monotonicFactory } from "ulid"

/**
 * Ids in Medusa's format (`<prefix>_<ULID>`, as generateEntityId makes them), for rows written in
 * bulk. generateEntityId draws fresh randomness for every id (16 one-byte reads), which for a
 * hundred thousand lines is a quarter of an import. Here the ULID's time is the factory's creation
 * (an import's ids all carry the moment it began) and its randomness is drawn once, then
 * incremented: ids still sort in the order they were made, at a fraction of the cost.
 */
export function entityIdFactory(prefix: string): () => string {
  const next = monotonicFactory()
  const since = Date.now()
  return () => `${prefix}_${next(since)}`
}
