import type { Country } from "../credentials"

/**
 * Institutions the Connect page lists. Flinks has no public API for this list (the plugin ships
 * its own), so it is served only by the sandbox's helper route. Only Flinks Capital can log in:
 * the others answer like a bank that is down (405 DISABLED_INSTITUTION), which is what a test
 * instance does for any real bank.
 */
export interface Institution {
  /** The value of `Institution` in requests and responses. */
  code: string
  id: number
  name: string
  country: Country
  canLogIn: boolean
}

export const FLINKS_CAPITAL_CODE = "FlinksCapital"
export const FLINKS_CAPITAL_ID = 14

const flinksCapital = (country: Country): Institution => ({
  code: FLINKS_CAPITAL_CODE,
  id: FLINKS_CAPITAL_ID,
  name: "Flinks Capital",
  country,
  canLogIn: true,
})

const bank = (country: Country, id: number, code: string, name: string): Institution => ({
  code,
  id,
  name,
  country,
  canLogIn: false,
})

const CANADA: readonly Institution[] = [
  flinksCapital("CA"),
  bank("CA", 1, "RBC", "RBC Royal Bank"),
  bank("CA", 2, "TD", "TD Canada Trust"),
  bank("CA", 3, "Scotia", "Scotiabank"),
  bank("CA", 4, "BMO", "BMO Bank of Montreal"),
  bank("CA", 5, "CIBC", "CIBC"),
  bank("CA", 6, "NBC", "National Bank"),
  bank("CA", 7, "Desjardins", "Desjardins"),
  bank("CA", 8, "Tangerine", "Tangerine"),
  bank("CA", 9, "ATB", "ATB Financial"),
  bank("CA", 10, "Laurentienne", "Laurentian Bank"),
  bank("CA", 11, "Simplii", "Simplii Financial"),
  bank("CA", 12, "EQBank", "EQ Bank"),
  bank("CA", 13, "Vancity", "Vancity"),
  bank("CA", 15, "CoastCapital", "Coast Capital Savings"),
  bank("CA", 16, "Meridian", "Meridian Credit Union"),
]

const USA: readonly Institution[] = [
  flinksCapital("US"),
  bank("US", 101, "Chase", "Chase"),
  bank("US", 102, "BankOfAmerica", "Bank of America"),
  bank("US", 103, "WellsFargo", "Wells Fargo"),
  bank("US", 104, "Citi", "Citi"),
  bank("US", 105, "USBank", "U.S. Bank"),
  bank("US", 106, "CapitalOne", "Capital One"),
  bank("US", 107, "PNC", "PNC Bank"),
  bank("US", 108, "Truist", "Truist"),
  bank("US", 109, "TDBank", "TD Bank"),
  bank("US", 110, "Citizens", "Citizens Bank"),
  bank("US", 111, "FifthThird", "Fifth Third Bank"),
  bank("US", 112, "Ally", "Ally Bank"),
  bank("US", 113, "NavyFederal", "Navy Federal Credit Union"),
  bank("US", 114, "USAA", "USAA"),
  bank("US", 115, "Schwab", "Charles Schwab"),
]

export function institutionsOf(country: Country): readonly Institution[] {
  return country === "US" ? USA : CANADA
}

export function findInstitution(country: Country, code: string): Institution | undefined {
  return institutionsOf(country).find((institution) => institution.code === code)
}
