/**
 * The connections' query keys, on their own so that the feeds' hooks can refresh the list of
 * connections (it shows each account's feed) without the two hook files importing each other.
 */
export const bankConnectionKeys = {
  all: ["banking", "connections"] as const,
  list: (query: Record<string, unknown>) => [...bankConnectionKeys.all, "list", query] as const,
}
