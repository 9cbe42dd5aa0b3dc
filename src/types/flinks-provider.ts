/**
 * The provider ids, for the contract (event payloads, the admin): a type-only view of the one list
 * the Flinks client keeps, so the admin bundle takes no server code.
 */
export type { FlinksInstanceId as FlinksProviderId } from "../lib/flinks/config"
