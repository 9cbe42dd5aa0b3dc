import type { Country } from "../credentials"
import type { ProfileKey } from "./profiles"

/**
 * Flinks Capital's nine accounts, after a real pull for Greatday: CAD and USD, Personal and
 * Business, over Operations, Credits and Products. The US instance gets the same shape with US
 * names. Account numbers are invented; the card is masked the way the real pull masked it.
 */
export type Category = "Operations" | "Credits" | "Products" | "Other"

export interface AccountTemplate {
  /** Stable key from which the account's Id is derived. */
  key: string
  title: string
  type: string
  category: Category
  currency: "CAD" | "USD"
  accountType: "Personal" | "Business"
  accountNumber: string
  transitNumber: string
  institutionNumber: string
  overdraftCents: number
  /** Credit limit of Credits accounts; null elsewhere. */
  limitCents: number | null
  /** Balance before the first line (what is owed, for Credits accounts). */
  openingCents: number
  profile: ProfileKey
  /** Lines generated when the login is created, spread over `spanDays` up to that day. */
  defaultLines: number
  spanDays: number
  holder: "person" | "business"
}

const ca = (t: Omit<AccountTemplate, "transitNumber" | "institutionNumber">): AccountTemplate => ({
  ...t,
  transitNumber: "77777",
  institutionNumber: "777",
})

const us = (t: Omit<AccountTemplate, "transitNumber" | "institutionNumber">): AccountTemplate => ({
  ...t,
  transitNumber: "000111222",
  institutionNumber: "",
})

const CANADA: readonly AccountTemplate[] = [
  ca({
    key: "chequing-cad",
    title: "Chequing CAD",
    type: "Chequing",
    category: "Operations",
    currency: "CAD",
    accountType: "Personal",
    accountNumber: "1111000",
    overdraftCents: 50_000,
    limitCents: null,
    openingCents: 254_311,
    profile: "personalChequingCA",
    defaultLines: 260,
    spanDays: 400,
    holder: "person",
  }),
  ca({
    key: "chequing-usd",
    title: "Chequing US",
    type: "Chequing",
    category: "Operations",
    currency: "USD",
    accountType: "Personal",
    accountNumber: "1111001",
    overdraftCents: 0,
    limitCents: null,
    openingCents: 81_250,
    profile: "personalUsdInCA",
    defaultLines: 60,
    spanDays: 400,
    holder: "person",
  }),
  ca({
    key: "savings-cad",
    title: "Savings",
    type: "Savings",
    category: "Operations",
    currency: "CAD",
    accountType: "Personal",
    accountNumber: "1111002",
    overdraftCents: 0,
    limitCents: null,
    openingCents: 1_250_000,
    profile: "savings",
    defaultLines: 40,
    spanDays: 400,
    holder: "person",
  }),
  ca({
    key: "business-cad",
    title: "Business Account",
    type: "Chequing",
    category: "Operations",
    currency: "CAD",
    accountType: "Business",
    accountNumber: "2222000",
    overdraftCents: 500_000,
    limitCents: null,
    openingCents: 2_450_075,
    profile: "businessCA",
    defaultLines: 320,
    spanDays: 400,
    holder: "business",
  }),
  ca({
    key: "business-usd",
    title: "Business Account US",
    type: "Chequing",
    category: "Operations",
    currency: "USD",
    accountType: "Business",
    accountNumber: "2222001",
    overdraftCents: 0,
    limitCents: null,
    openingCents: 612_040,
    profile: "businessUSD",
    defaultLines: 90,
    spanDays: 400,
    holder: "business",
  }),
  ca({
    key: "line-of-credit",
    title: "Line of Credit",
    type: "LineOfCredit",
    category: "Credits",
    currency: "CAD",
    accountType: "Personal",
    accountNumber: "3333000",
    overdraftCents: 0,
    limitCents: 1_000_000,
    openingCents: 120_000,
    profile: "lineOfCredit",
    defaultLines: 30,
    spanDays: 400,
    holder: "person",
  }),
  ca({
    key: "credit-card",
    title: "Credit card",
    type: "CreditCard",
    category: "Credits",
    currency: "CAD",
    accountType: "Personal",
    accountNumber: "420024******4242",
    overdraftCents: 0,
    limitCents: 500_000,
    openingCents: 35_020,
    profile: "creditCardCA",
    defaultLines: 220,
    spanDays: 400,
    holder: "person",
  }),
  ca({
    key: "tfsa",
    title: "TFSA",
    type: "TFSA",
    category: "Products",
    currency: "CAD",
    accountType: "Personal",
    accountNumber: "4444000",
    overdraftCents: 0,
    limitCents: null,
    openingCents: 1_830_000,
    profile: "investment",
    defaultLines: 20,
    spanDays: 400,
    holder: "person",
  }),
  ca({
    key: "rrsp",
    title: "RRSP",
    type: "RRSP",
    category: "Products",
    currency: "CAD",
    accountType: "Personal",
    accountNumber: "4444001",
    overdraftCents: 0,
    limitCents: null,
    openingCents: 4_210_000,
    profile: "investment",
    defaultLines: 20,
    spanDays: 400,
    holder: "person",
  }),
]

const USA: readonly AccountTemplate[] = [
  us({
    key: "checking-usd",
    title: "Checking",
    type: "Chequing",
    category: "Operations",
    currency: "USD",
    accountType: "Personal",
    accountNumber: "5550001111",
    overdraftCents: 0,
    limitCents: null,
    openingCents: 312_480,
    profile: "personalCheckingUS",
    defaultLines: 260,
    spanDays: 400,
    holder: "person",
  }),
  us({
    key: "checking-cad",
    title: "Checking CAD",
    type: "Chequing",
    category: "Operations",
    currency: "CAD",
    accountType: "Personal",
    accountNumber: "5550001112",
    overdraftCents: 0,
    limitCents: null,
    openingCents: 54_000,
    profile: "personalUsdInCA",
    defaultLines: 60,
    spanDays: 400,
    holder: "person",
  }),
  us({
    key: "savings-usd",
    title: "Savings",
    type: "Savings",
    category: "Operations",
    currency: "USD",
    accountType: "Personal",
    accountNumber: "5550001113",
    overdraftCents: 0,
    limitCents: null,
    openingCents: 980_000,
    profile: "savings",
    defaultLines: 40,
    spanDays: 400,
    holder: "person",
  }),
  us({
    key: "business-usd",
    title: "Business Checking",
    type: "Chequing",
    category: "Operations",
    currency: "USD",
    accountType: "Business",
    accountNumber: "5550002221",
    overdraftCents: 0,
    limitCents: null,
    openingCents: 1_875_500,
    profile: "businessUSD",
    defaultLines: 320,
    spanDays: 400,
    holder: "business",
  }),
  us({
    key: "business-cad",
    title: "Business Checking CAD",
    type: "Chequing",
    category: "Operations",
    currency: "CAD",
    accountType: "Business",
    accountNumber: "5550002222",
    overdraftCents: 0,
    limitCents: null,
    openingCents: 402_010,
    profile: "businessUSD",
    defaultLines: 90,
    spanDays: 400,
    holder: "business",
  }),
  us({
    key: "line-of-credit",
    title: "Line of Credit",
    type: "LineOfCredit",
    category: "Credits",
    currency: "USD",
    accountType: "Personal",
    accountNumber: "5550003331",
    overdraftCents: 0,
    limitCents: 1_500_000,
    openingCents: 240_000,
    profile: "lineOfCredit",
    defaultLines: 30,
    spanDays: 400,
    holder: "person",
  }),
  us({
    key: "credit-card",
    title: "Credit card",
    type: "CreditCard",
    category: "Credits",
    currency: "USD",
    accountType: "Personal",
    accountNumber: "420024******4242",
    overdraftCents: 0,
    limitCents: 800_000,
    openingCents: 61_234,
    profile: "creditCardUS",
    defaultLines: 220,
    spanDays: 400,
    holder: "person",
  }),
  us({
    key: "brokerage",
    title: "Brokerage",
    type: "Investment",
    category: "Products",
    currency: "USD",
    accountType: "Personal",
    accountNumber: "5550004441",
    overdraftCents: 0,
    limitCents: null,
    openingCents: 2_640_000,
    profile: "investment",
    defaultLines: 20,
    spanDays: 400,
    holder: "person",
  }),
  us({
    key: "ira",
    title: "IRA",
    type: "Investment",
    category: "Products",
    currency: "USD",
    accountType: "Personal",
    accountNumber: "5550004442",
    overdraftCents: 0,
    limitCents: null,
    openingCents: 5_120_000,
    profile: "investment",
    defaultLines: 20,
    spanDays: 400,
    holder: "person",
  }),
]

export function accountTemplatesOf(country: Country): readonly AccountTemplate[] {
  return country === "US" ? USA : CANADA
}

export interface Holder {
  Name: string
  Address: {
    CivicAddress: string
    City: string
    Province: string
    PostalCode: string
    POBox: string | null
    Country: string
  }
  Email: string
  PhoneNumber: string
}

// Invented people at invented addresses; example.com cannot reach anyone.
const HOLDERS: Record<Country, Record<AccountTemplate["holder"], Holder>> = {
  CA: {
    person: {
      Name: "John Greatday",
      Address: {
        CivicAddress: "1000 Rue De La Gauchetiere O",
        City: "Montreal",
        Province: "QC",
        PostalCode: "H3B 4W5",
        POBox: null,
        Country: "CA",
      },
      Email: "john.greatday@example.com",
      PhoneNumber: "(514) 555-0142",
    },
    business: {
      Name: "Greatday Inc.",
      Address: {
        CivicAddress: "500 Place d'Armes",
        City: "Montreal",
        Province: "QC",
        PostalCode: "H2Y 2W2",
        POBox: null,
        Country: "CA",
      },
      Email: "accounts@greatday.example.com",
      PhoneNumber: "(514) 555-0199",
    },
  },
  US: {
    person: {
      Name: "John Greatday",
      Address: {
        CivicAddress: "350 Fifth Avenue",
        City: "New York",
        Province: "NY",
        PostalCode: "10118",
        POBox: null,
        Country: "US",
      },
      Email: "john.greatday@example.com",
      PhoneNumber: "(212) 555-0142",
    },
    business: {
      Name: "Greatday LLC",
      Address: {
        CivicAddress: "1 Market Street",
        City: "San Francisco",
        Province: "CA",
        PostalCode: "94105",
        POBox: null,
        Country: "US",
      },
      Email: "accounts@greatday.example.com",
      PhoneNumber: "(415) 555-0199",
    },
  },
}

export function holderOf(country: Country, template: AccountTemplate): Holder {
  return HOLDERS[country][template.holder]
}
