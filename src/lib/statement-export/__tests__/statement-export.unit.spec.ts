import { signedAmount } from "../decimal-text"
import { exportFileName, linesToCsv, linesToOfx, neutraliseCell } from "../index"

const line = (overrides: Record<string, unknown> = {}) => ({
  id: "btxn_1",
  provider_transaction_id: "t-1",
  date: "2026-03-01",
  description: "Coffee",
  debit: "4.50",
  credit: null,
  running_balance: "95.50",
  status: "unreconciled",
  currency_code: "CAD",
  ...overrides,
})

describe("statement export", () => {
  it("neutralises every cell a spreadsheet would run, but leaves numbers alone", () => {
    for (const formula of ["=1+1", "+1+1", "-1+1", "@SUM(A1)", "\t=1", "\r=1"]) {
      expect(neutraliseCell(formula)).toBe(`'${formula}`)
    }
    expect(neutraliseCell("-45.20")).toBe("-45.20")
    expect(neutraliseCell("Coffee")).toBe("Coffee")
  })

  it("writes one CSV row per line, quoting commas, quotes and line breaks", () => {
    const csv = linesToCsv([line({ description: 'A, "B"\nC' })])
    const [, row] = csv.replace(/^\uFEFF/, "").split("\r\n")
    expect(row).toBe('2026-03-01,"A, ""B""\nC",4.50,,95.50,CAD,unreconciled,t-1')
  })

  it("signs OFX amounts from the holder's side, exactly", () => {
    expect(signedAmount({ debit: "1050.75", credit: null })).toBe("-1050.75")
    expect(signedAmount({ debit: null, credit: "0.10" })).toBe("0.10")
    expect(signedAmount({ debit: "0.00", credit: null })).toBe("0.00")
  })

  it("writes bank dates as days, whatever the time zone, and escapes text", () => {
    const ofx = linesToOfx(
      {
        title: "Chequing",
        account_number_masked: "****1234",
        institution_name: "Bank",
        institution_number: "001",
        transit_number: "12345",
        type: "Chequing",
        currency_code: "CAD",
        ledger_account: { code: "1010", name: "Bank" },
      },
      [line({ description: "Tim <Hortons> & Co" })],
      { start: "2026-03-01", end: "2026-03-31" }
    )
    expect(ofx).toContain("<DTPOSTED>20260301</DTPOSTED>")
    expect(ofx).toContain("<TRNAMT>-4.50</TRNAMT>")
    expect(ofx).toContain("<MEMO>Tim &lt;Hortons&gt; &amp; Co</MEMO>")
    expect(ofx).toContain("<BANKID>00112345</BANKID>")
  })

  it("names the file after the bank, the account and the period", () => {
    expect(exportFileName({ institution: "Banque Nationale", account: "Épargne / CAD", start: "2026-01-01", end: "2026-01-31" }, "ofx")).toBe(
      "Banque-Nationale_Epargne-CAD_2026-01-01_to_2026-01-31.ofx"
    )
  })
})
