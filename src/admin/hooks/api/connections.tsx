import { useQuery } from "@tanstack/react-query"
import { sdk } from "../../lib/sdk"
import { BankConnection } from "./types"

export const bankConnectionKeys = {
  all: ["banking", "connections"] as const,
  list: (query: Record<string, unknown>) => [...bankConnectionKeys.all, "list", query] as const,
}

type ListResponse = { connections: BankConnection[]; count: number; offset: number; limit: number }

export function useBankConnections(query: { limit?: number; offset?: number } = {}) {
  return useQuery({
    queryKey: bankConnectionKeys.list(query),
    queryFn: () => sdk.client.fetch<ListResponse>("/admin/banking/connections", { query }),
  })
}
