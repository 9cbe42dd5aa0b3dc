import { currencyDecimals } from "../currency-decimals"
import { currencyAmount, withDecimals } from "../decimal-text"

describe("amounts written with their currency's decimals", () => {
  it("knows how many decimals each currency has", () => {
    expect(currencyDecimals("JPY")).toBe(0)
    expect(currencyDecimals("CAD")).toBe(2)
    expect(currencyDecimals("usd")).toBe(2)
    expect(currencyDecimals("KWD")).toBe(3)
    expect(currencyDecimals("BHD")).toBe(3)
    // Not a currency code at all: the usual two, not a failed download.
    expect(currencyDecimals("C$")).toBe(2)
  })

  it("pads Flinks' shortest amounts to two decimals in CAD and USD", () => {
    expect(currencyAmount("1425", "CAD")).toBe("1425.00")
    expect(currencyAmount("164.4", "CAD")).toBe("164.40")
    expect(currencyAmount("-4.5", "USD")).toBe("-4.50")
    expect(currencyAmount("0", "CAD")).toBe("0.00")
    expect(currencyAmount("1050.75", "CAD")).toBe("1050.75")
    expect(currencyAmount("12.000000", "CAD")).toBe("12.00")
    expect(currencyAmount(null, "CAD")).toBeNull()
  })

  it("writes yen without decimals", () => {
    expect(currencyAmount("1425", "JPY")).toBe("1425")
    expect(currencyAmount("1425.00", "JPY")).toBe("1425")
    expect(currencyAmount("-300.0", "JPY")).toBe("-300")
  })

  it("writes three decimals for Kuwaiti and Bahraini dinars", () => {
    expect(currencyAmount("1.5", "KWD")).toBe("1.500")
    expect(currencyAmount("-2", "BHD")).toBe("-2.000")
    expect(currencyAmount("10.125", "BHD")).toBe("10.125")
  })

  it("never drops a digit the bank sent, even past the currency's decimals", () => {
    expect(currencyAmount("0.125", "CAD")).toBe("0.125")
    expect(currencyAmount("1425.5", "JPY")).toBe("1425.5")
    expect(currencyAmount("1.12340", "KWD")).toBe("1.1234")
    // Many digits stay exact: no float takes part.
    expect(currencyAmount("123456789012345678.9", "CAD")).toBe("123456789012345678.90")
  })

  it("leaves text that is not a plain decimal as it is", () => {
    expect(withDecimals("NaN", 2)).toBe("NaN")
    expect(withDecimals("1e3", 2)).toBe("1e3")
    expect(withDecimals("", 2)).toBe("")
  })
})
