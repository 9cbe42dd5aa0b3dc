/**
 * PostgreSQL's COPY text format: one line per row, columns separated by tabs, `\N` for null, and
 * the backslash, tab, newline and carriage return escaped, which is all the format requires.
 * https://www.postgresql.org/docs/current/sql-copy.html#id-1.9.3.55.9.2
 */
const SPECIAL = /[\\\t\n\r]/
const SPECIALS = /[\\\t\n\r]/g
const ESCAPES: Record<string, string> = { "\\": "\\\\", "\t": "\\t", "\n": "\\n", "\r": "\\r" }

function copyField(value: string | number | null): string {
  if (value === null) return "\\N"
  if (typeof value === "number") return String(value)
  return SPECIAL.test(value) ? value.replace(SPECIALS, (c) => ESCAPES[c]) : value
}

export function copyTextRow(values: (string | number | null)[]): string {
  let row = copyField(values[0])
  for (let i = 1; i < values.length; i++) row += `\t${copyField(values[i])}`
  return `${row}\n`
}
