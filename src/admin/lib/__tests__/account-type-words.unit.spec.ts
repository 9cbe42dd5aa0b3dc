import { accountTypeWords } from "../account-type-words"

describe("a bank account's type in words", () => {
  it("reads Flinks' codes as words", () => {
    expect(accountTypeWords("CreditCard")).toBe("Credit card")
    expect(accountTypeWords("LineOfCredit")).toBe("Line of credit")
    expect(accountTypeWords("Chequing")).toBe("Chequing")
    expect(accountTypeWords("Savings")).toBe("Savings")
    expect(accountTypeWords("Mortgage")).toBe("Mortgage")
    expect(accountTypeWords("Loan")).toBe("Loan")
    expect(accountTypeWords("Investment")).toBe("Investment")
    expect(accountTypeWords("Prepaid")).toBe("Prepaid card")
  })

  it("keeps a registered plan's letters as they are", () => {
    expect(accountTypeWords("TFSA")).toBe("TFSA")
    expect(accountTypeWords("RRSP")).toBe("RRSP")
  })

  it("knows a code however it is cased or separated", () => {
    expect(accountTypeWords("creditcard")).toBe("Credit card")
    expect(accountTypeWords("CREDIT_CARD")).toBe("Credit card")
    expect(accountTypeWords("line-of-credit")).toBe("Line of credit")
  })

  it("splits a code nobody listed into words, keeping its acronyms", () => {
    expect(accountTypeWords("HomeEquityLine")).toBe("Home equity line")
    expect(accountTypeWords("HELOCAccount")).toBe("HELOC account")
    expect(accountTypeWords("business_overdraft")).toBe("Business overdraft")
    expect(accountTypeWords("Plan529")).toBe("Plan529")
  })

  it("says Other when there is no code", () => {
    expect(accountTypeWords("")).toBe("Other")
    expect(accountTypeWords("  ")).toBe("Other")
    expect(accountTypeWords(null)).toBe("Other")
  })
})
