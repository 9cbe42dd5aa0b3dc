import { MedusaError } from "@medusajs/framework/utils"

export type SqlValue = string | number | boolean | null

/**
 * A value as SQL text. For statements that take no parameters, such as `COPY (query) TO STDOUT`:
 * strings are quoted as PostgreSQL reads them whatever `standard_conforming_strings` says (E'' with
 * backslashes doubled when there is one), numbers must be finite.
 */
export function sqlLiteral(value: SqlValue): string {
  if (value === null) return "null"
  if (typeof value === "boolean") return value ? "true" : "false"
  if (typeof value === "number") {
    if (!Number.isFinite(value)) {
      throw new MedusaError(MedusaError.Types.UNEXPECTED_STATE, "Banking: a SQL number must be finite.")
    }
    return String(value)
  }
  if (value.includes("\0")) {
    throw new MedusaError(MedusaError.Types.UNEXPECTED_STATE, "Banking: a SQL text cannot hold a NUL character.")
  }
  const quoted = value.replace(/'/g, "''")
  return value.includes("\\") ? `E'${quoted.replace(/\\/g, "\\\\")}'` : `'${quoted}'`
}

/**
 * `sql` with each `:name` (knex's named bindings; a `::type` cast and text inside quotes are left
 * alone) replaced by its value as a literal. A name without a value is refused rather than left in.
 */
export function inlineNamedBindings(sql: string, values: Record<string, SqlValue>): string {
  return sql.replace(/'(?:[^']|'')*'|(?<![:\w]):([A-Za-z_]\w*)/g, (match, name: string | undefined) => {
    if (name === undefined) return match
    if (!(name in values)) {
      throw new MedusaError(MedusaError.Types.UNEXPECTED_STATE, `Banking: no value for the SQL binding :${name}.`)
    }
    return sqlLiteral(values[name])
  })
}
