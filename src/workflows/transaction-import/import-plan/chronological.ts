import { FlinksTransaction } from "../../../lib/flinks"

/**
 * Lines in the order they happened. Flinks does not document its order (newest first is usual), and
 * several lines share a date, so the list is read backwards when it runs newest-first and then
 * sorted by date with a stable sort, which keeps the bank's order within a day. Sorting positions
 * rather than wrapper objects keeps a 100,000-line import light.
 */
export function chronological(lines: FlinksTransaction[]): FlinksTransaction[] {
  if (lines.length < 2) return [...lines]
  const newestFirst = lines[0].date > lines[lines.length - 1].date
  const at = (position: number) => lines[newestFirst ? lines.length - 1 - position : position]
  const positions = Uint32Array.from({ length: lines.length }, (_, position) => position)
  positions.sort((a, b) => {
    const [dateA, dateB] = [at(a).date, at(b).date]
    return dateA < dateB ? -1 : dateA > dateB ? 1 : a - b
  })
  return Array.from(positions, at)
}
