import { FlinksTransaction } from "../../../lib/flinks"

/**
 * Lines in the order they happened. Flinks does not document its order (newest first is usual), and
 * several lines share a date, so the list is reversed when it runs newest-first and then sorted by
 * date with a stable sort, which keeps the bank's order within a day.
 */
export function chronological(lines: FlinksTransaction[]): FlinksTransaction[] {
  if (lines.length < 2) return [...lines]
  const newestFirst = lines[0].date > lines[lines.length - 1].date
  const ordered = newestFirst ? [...lines].reverse() : [...lines]
  return ordered
    .map((line, index) => ({ line, index }))
    .sort((a, b) => (a.line.date < b.line.date ? -1 : a.line.date > b.line.date ? 1 : a.index - b.index))
    .map(({ line }) => line)
}
