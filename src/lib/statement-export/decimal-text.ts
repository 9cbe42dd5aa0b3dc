/** The signed amount of a line as decimal text: credits add, debits take away. No float involved. */
export function signedAmount(line: { debit: string | null; credit: string | null }): string {
  if (line.credit !== null) return line.credit
  const debit = line.debit ?? "0"
  if (/^0*(\.0*)?$/.test(debit)) return debit
  return debit.startsWith("-") ? debit.slice(1) : `-${debit}`
}
