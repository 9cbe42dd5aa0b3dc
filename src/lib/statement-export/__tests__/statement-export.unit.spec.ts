import { signedAmount } from "../decimal-text"
import { exportFileName, linesToCsv, linesToOfx, neutraliseCell } from "../index"
import { ofxAccountId, ofxBankIds } from "../ofx-account"

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

const account = (overrides: Record<string, unknown> = {}) => ({
  bank_account_id: "bacct_01KCARD",
  title: "Credit card",
  institution_name: "Flinks Capital",
  institution_number: "777",
  transit_number: "77777",
  type: "CreditCard",
  currency_code: "CAD",
  ledger_account: { code: "2100", name: "Card" },
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
        bank_account_id: "bacct_1",
        title: "Chequing",
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
    expect(ofx).toContain("<BANKID>000112345</BANKID><BRANCHID>12345</BRANCHID>")
  })

  it("names the file after the bank, the account and the period", () => {
    expect(
      exportFileName(
        { institution: "Banque Nationale", account: "Épargne / CAD", start: "2026-01-01", end: "2026-01-31" },
        "ofx"
      )
    ).toBe("Banque-Nationale_Epargne-CAD_2026-01-01_to_2026-01-31.ofx")
  })

  it("writes every CSV amount and balance with the currency's decimals", () => {
    const csv = linesToCsv([
      line({ debit: "1425", running_balance: "164.4" }),
      line({ debit: null, credit: "300", running_balance: "-12", currency_code: "JPY" }),
    ])
    const [, cad, yen] = csv.replace(/^\uFEFF/, "").split("\r\n")
    expect(cad).toBe("2026-03-01,Coffee,1425.00,,164.40,CAD,unreconciled,t-1")
    expect(yen).toBe("2026-03-01,Coffee,,300,-12,JPY,unreconciled,t-1")
  })

  it("writes OFX amounts and the ledger balance with the currency's decimals, lines in the order given", () => {
    const ofx = linesToOfx(
      account({ type: "Chequing" }),
      [
        line({ provider_transaction_id: "first", date: "2026-03-02", debit: "1425", running_balance: "100" }),
        line({
          provider_transaction_id: "second",
          date: "2026-03-02",
          debit: null,
          credit: "64.4",
          running_balance: "164.4",
        }),
      ],
      { start: "2026-03-01", end: "2026-03-31" }
    )
    expect(ofx.match(/<TRNAMT>[^<]*<\/TRNAMT>/g)).toEqual(["<TRNAMT>-1425.00</TRNAMT>", "<TRNAMT>64.40</TRNAMT>"])
    expect(ofx.match(/<FITID>([^<]*)</g)).toEqual(["<FITID>first<", "<FITID>second<"])
    expect(ofx).toContain("<LEDGERBAL><BALAMT>164.40</BALAMT><DTASOF>20260302</DTASOF></LEDGERBAL>")
  })

  it("names an account in OFX by an id of 22 digits, the same every time, never its masked number", () => {
    const ofx = (id: string) =>
      linesToOfx(account({ bank_account_id: id }), [line()], { start: "2026-03-01", end: "2026-03-31" })
    const acctId = (text: string) => /<CCACCTFROM><ACCTID>([^<]*)<\/ACCTID><\/CCACCTFROM>/.exec(text)?.[1]
    const card = acctId(ofx("bacct_01KCARDCA"))!
    expect(card).toMatch(/^\d{22}$/)
    expect(acctId(ofx("bacct_01KCARDCA"))).toBe(card)
    expect(acctId(ofx("bacct_01KCARDUS"))).not.toBe(card)
    expect(ofxAccountId("bacct_01KCARDCA")).toBe(card)
  })

  it("gives OFX the bank's routing number: Canadian institution and transit, or the US transit", () => {
    expect(ofxBankIds({ institution_number: "777", transit_number: "77777" })).toEqual({
      bankId: "077777777",
      branchId: "77777",
    })
    expect(ofxBankIds({ institution_number: "", transit_number: "000111222" })).toEqual({
      bankId: "000111222",
      branchId: null,
    })
    expect(ofxBankIds({ institution_number: null, transit_number: null })).toEqual({
      bankId: "000000000",
      branchId: null,
    })
  })
})
