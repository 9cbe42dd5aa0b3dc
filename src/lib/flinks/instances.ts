import { FlinksClient } from "./client"
import {
  FLINKS_INSTANCE_IDS,
  type FlinksClientOptions,
  type FlinksInstanceId,
  type FlinksInstanceOptions,
} from "./config"

/**
 * One client per configured instance, keyed by its id ("flinks-ca", "flinks-us"). A merchant
 * with only Canadian banks configures only Canada; the other key is then absent.
 */
export function createFlinksClients(
  instances: Partial<Record<FlinksInstanceId, FlinksInstanceOptions>>,
  options: FlinksClientOptions = {}
): Partial<Record<FlinksInstanceId, FlinksClient>> {
  const clients: Partial<Record<FlinksInstanceId, FlinksClient>> = {}
  for (const id of FLINKS_INSTANCE_IDS) {
    const settings = instances[id]
    if (settings) clients[id] = new FlinksClient({ ...settings, id }, options)
  }
  return clients
}
