type Ordered = { id: string; bank_order?: number | null }
type WithConnection = Ordered & { connection: { id: string; created_at: Date | string } }

const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)
const byBankOrder = (a: Ordered, b: Ordered) => (a.bank_order ?? 0) - (b.bank_order ?? 0) || byId(a, b)

/**
 * Accounts in the bank's own order (Flinks' Accounts list), whatever order the database returned
 * them in; the id breaks a tie so the order never changes between page loads.
 */
export function inBankOrder<T extends Ordered>(accounts: readonly T[]): T[] {
  return [...accounts].sort(byBankOrder)
}

/** Accounts of several connections: the oldest connection first, each in its bank's order. */
export function byConnectionInBankOrder<T extends WithConnection>(accounts: readonly T[]): T[] {
  const since = (account: T) => new Date(account.connection.created_at).getTime()
  return [...accounts].sort((a, b) => since(a) - since(b) || byId(a.connection, b.connection) || byBankOrder(a, b))
}
