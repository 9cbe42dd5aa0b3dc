import { inlineNamedBindings, sqlLiteral } from "../queries/sql-literal"

describe("SQL literals for statements that take no parameters", () => {
  it("quotes text as PostgreSQL reads it, whatever standard_conforming_strings says", () => {
    expect(sqlLiteral("bacct_01")).toBe("'bacct_01'")
    expect(sqlLiteral("O'Brien")).toBe("'O''Brien'")
    expect(sqlLiteral("a\\b'c")).toBe("E'a\\\\b''c'")
    expect(sqlLiteral(null)).toBe("null")
    expect(sqlLiteral(true)).toBe("true")
    expect(sqlLiteral(42)).toBe("42")
  })

  it("refuses what no literal can carry", () => {
    expect(() => sqlLiteral(Number.NaN)).toThrow("finite")
    expect(() => sqlLiteral("a\0b")).toThrow("NUL")
  })

  it("replaces :name bindings and leaves ::casts alone", () => {
    expect(
      inlineNamedBindings("select :id::text, k.debit::numeric, :on || ':x' where a = :id", { id: "it's", on: false })
    ).toBe("select 'it''s'::text, k.debit::numeric, false || ':x' where a = 'it''s'")
  })

  it("refuses a binding it has no value for", () => {
    expect(() => inlineNamedBindings("select :missing", {})).toThrow(":missing")
  })
})
