/**
 * What kind of lines each account gets. Amounts are in cents. A profile has recurring lines
 * (payroll, rent, fees: they come back every `everyDays`) and occasional ones drawn by weight.
 * `rescue` is used when a line would push the balance past what the bank allows (an overdrawn
 * chequing account gets a deposit instead), so balances stay plausible over any number of lines.
 */
export type Side = "debit" | "credit"

export interface LineKind {
  descriptions: readonly string[]
  /** Appended after a space, e.g. the other party of an e-transfer. */
  suffixes?: readonly string[]
  min: number
  max: number
  side: Side
  weight: number
  /** Amounts are multiples of this many cents (ATM withdrawals come in 20s). */
  step?: number
}

export interface RecurringKind extends LineKind {
  everyDays: number
}

export interface Profile {
  recurring: readonly RecurringKind[]
  occasional: readonly LineKind[]
  rescue: LineKind
}

const PEOPLE_CA = [
  "M TREMBLAY",
  "J GAGNON",
  "S ROY",
  "A COTE",
  "L BOUCHARD",
  "E GAUTHIER",
  "C MORIN",
  "K LAVOIE",
  "P FORTIN",
  "N OUELLET",
]
const PEOPLE_US = [
  "M JOHNSON",
  "J WILLIAMS",
  "S BROWN",
  "A JONES",
  "L GARCIA",
  "E MILLER",
  "C DAVIS",
  "K RODRIGUEZ",
  "P MARTINEZ",
  "N WILSON",
]

const kind = (
  side: Side,
  weight: number,
  min: number,
  max: number,
  descriptions: readonly string[],
  extra: Partial<LineKind> = {}
): LineKind => ({
  side,
  weight,
  min,
  max,
  descriptions,
  ...extra,
})

const every = (everyDays: number, line: LineKind): RecurringKind => ({ ...line, everyDays })

export const PROFILES = {
  personalChequingCA: {
    recurring: [
      every(14, kind("credit", 0, 161_000, 168_000, ["PAYROLL DEPOSIT GREATDAY INC"])),
      every(30, kind("debit", 0, 142_500, 142_500, ["PRE-AUTHORIZED DEBIT GESTION IMMOBILIERE RENT"])),
      every(30, kind("debit", 0, 495, 495, ["MONTHLY ACCOUNT FEE"])),
      every(30, kind("debit", 0, 6_500, 9_800, ["BILL PAYMENT VIDEOTRON"])),
      every(61, kind("debit", 0, 9_000, 21_000, ["BILL PAYMENT HYDRO-QUEBEC"])),
    ],
    occasional: [
      kind("debit", 12, 350, 18_000, [
        "POS PURCHASE METRO #0412 MONTREAL QC",
        "POS PURCHASE IGA EXTRA #8123",
        "POS PURCHASE SAQ 23045",
        "POS PURCHASE PHARMAPRIX #0231",
        "POS PURCHASE TIM HORTONS #2214",
        "POS PURCHASE PETRO-CANADA 1123",
        "POS PURCHASE CANADIAN TIRE #0156",
        "POS PURCHASE DOLLARAMA #1043",
        "POS PURCHASE COSTCO WHOLESALE #503",
      ]),
      kind("debit", 3, 2_000, 40_000, ["INTERAC E-TRANSFER TO"], { suffixes: PEOPLE_CA }),
      kind("credit", 2, 2_000, 50_000, ["INTERAC E-TRANSFER FROM"], { suffixes: PEOPLE_CA }),
      kind("debit", 1, 2_000, 20_000, ["ATM WITHDRAWAL BRANCH 0231", "ATM WITHDRAWAL INTERAC"], { step: 2_000 }),
      kind("debit", 1, 10_000, 50_000, ["TRANSFER TO SAVINGS"], { step: 5_000 }),
      kind("debit", 1, 1_500, 8_000, ["BILL PAYMENT BELL MOBILITE", "BILL PAYMENT DESJARDINS ASSURANCES"]),
      kind("credit", 1, 1_000, 30_000, ["DEPOSIT", "MOBILE CHEQUE DEPOSIT"]),
    ],
    rescue: kind("credit", 0, 0, 0, ["TRANSFER FROM SAVINGS"]),
  },
  personalUsdInCA: {
    recurring: [every(30, kind("debit", 0, 400, 400, ["US ACCOUNT MONTHLY FEE"]))],
    occasional: [
      kind("debit", 6, 500, 25_000, [
        "POS PURCHASE AMAZON.COM",
        "POS PURCHASE WALGREENS #4412 FL",
        "POS PURCHASE TARGET #0932",
        "POS PURCHASE DELTA AIR LINES",
      ]),
      kind("credit", 2, 10_000, 100_000, ["TRANSFER FROM CHEQUING CAD"], { step: 5_000 }),
      kind("debit", 1, 1_500, 1_500, ["WIRE TRANSFER FEE"]),
    ],
    rescue: kind("credit", 0, 0, 0, ["TRANSFER FROM CHEQUING CAD"]),
  },
  personalCheckingUS: {
    recurring: [
      every(14, kind("credit", 0, 172_000, 178_000, ["ACH CREDIT GREATDAY INC PAYROLL"])),
      every(30, kind("debit", 0, 165_000, 165_000, ["ACH DEBIT OAKWOOD APTS RENT"])),
      every(30, kind("debit", 0, 1_200, 1_200, ["MONTHLY SERVICE FEE"])),
      every(30, kind("debit", 0, 7_900, 11_900, ["ONLINE BILL PAY COMCAST"])),
      every(30, kind("debit", 0, 6_000, 16_000, ["ONLINE BILL PAY CON EDISON"])),
    ],
    occasional: [
      kind("debit", 12, 300, 20_000, [
        "DEBIT CARD PURCHASE WALMART #1234",
        "DEBIT CARD PURCHASE WHOLE FOODS #102",
        "DEBIT CARD PURCHASE CVS/PHARMACY #0718",
        "DEBIT CARD PURCHASE SHELL OIL 5742",
        "DEBIT CARD PURCHASE STARBUCKS #2290",
        "DEBIT CARD PURCHASE HOME DEPOT #6512",
        "DEBIT CARD PURCHASE TRADER JOE'S #552",
      ]),
      kind("debit", 3, 2_000, 40_000, ["ZELLE PAYMENT TO"], { suffixes: PEOPLE_US }),
      kind("credit", 2, 2_000, 50_000, ["ZELLE PAYMENT FROM"], { suffixes: PEOPLE_US }),
      kind("debit", 1, 2_000, 20_000, ["ATM WITHDRAWAL"], { step: 2_000 }),
      kind("debit", 1, 5_000, 60_000, ["CHECK #1042", "CHECK #1043", "CHECK #1044"]),
      kind("credit", 1, 1_000, 30_000, ["MOBILE DEPOSIT", "DEPOSIT"]),
    ],
    rescue: kind("credit", 0, 0, 0, ["TRANSFER FROM SAVINGS"]),
  },
  savings: {
    recurring: [every(30, kind("credit", 0, 120, 1_800, ["INTEREST"]))],
    occasional: [
      kind("credit", 3, 10_000, 50_000, ["TRANSFER FROM CHEQUING"], { step: 5_000 }),
      kind("debit", 1, 10_000, 80_000, ["TRANSFER TO CHEQUING"], { step: 5_000 }),
    ],
    rescue: kind("credit", 0, 0, 0, ["TRANSFER FROM CHEQUING"]),
  },
  businessCA: {
    recurring: [
      every(14, kind("debit", 0, 620_000, 845_000, ["PAYROLL - EMPLOYEES NETHRIS"])),
      every(30, kind("debit", 0, 2_500, 2_500, ["SERVICE CHARGE"])),
      every(91, kind("debit", 0, 180_000, 420_000, ["GST/HST PAYMENT CANADA REVENUE AGENCY"])),
    ],
    occasional: [
      kind("credit", 8, 30_000, 450_000, ["SHOPIFY PAYOUT", "STRIPE TRANSFER", "MONERIS SETTLEMENT"]),
      kind("credit", 2, 50_000, 300_000, ["INTERAC E-TRANSFER FROM"], {
        suffixes: ["CLIENT BOUTIQUE ST-DENIS", "CLIENT CAFE OLIMPICO", "CLIENT ATELIER 21"],
      }),
      kind("debit", 5, 5_000, 260_000, [
        "SUPPLIER PAYMENT UNIFIRST",
        "SUPPLIER PAYMENT EMBALLAGES CARTIER",
        "BILL PAYMENT CANADA POST",
        "BILL PAYMENT PUROLATOR",
      ]),
      kind("debit", 2, 2_000, 40_000, ["POS PURCHASE STAPLES #211", "POS PURCHASE BUREAU EN GROS #87"]),
      kind("debit", 1, 1_500, 1_500, ["WIRE TRANSFER FEE"]),
    ],
    rescue: kind("credit", 0, 0, 0, ["DEPOSIT"]),
  },
  businessUSD: {
    recurring: [every(30, kind("debit", 0, 3_000, 3_000, ["SERVICE CHARGE"]))],
    occasional: [
      kind("credit", 6, 20_000, 300_000, ["STRIPE TRANSFER", "SHOPIFY PAYOUT", "WIRE IN ACME WHOLESALE LLC"]),
      kind("debit", 4, 1_500, 90_000, [
        "AMAZON WEB SERVICES",
        "GOOGLE *WORKSPACE",
        "ACH DEBIT FEDEX",
        "WIRE OUT PACIFIC SUPPLY CO",
      ]),
      kind("debit", 1, 2_500, 2_500, ["WIRE TRANSFER FEE"]),
    ],
    rescue: kind("credit", 0, 0, 0, ["DEPOSIT"]),
  },
  // Credit accounts: the balance is what is owed, so a Debit raises it and a Credit lowers it.
  lineOfCredit: {
    recurring: [every(30, kind("debit", 0, 1_800, 6_500, ["INTEREST"]))],
    occasional: [
      kind("credit", 3, 20_000, 80_000, ["PAYMENT - THANK YOU"], { step: 5_000 }),
      kind("debit", 2, 20_000, 150_000, ["ADVANCE TO CHEQUING"], { step: 10_000 }),
    ],
    rescue: kind("credit", 0, 0, 0, ["PAYMENT - THANK YOU"]),
  },
  creditCardCA: {
    recurring: [every(30, kind("credit", 0, 50_000, 200_000, ["PAYMENT - THANK YOU"], { step: 1_000 }))],
    occasional: [
      kind("debit", 12, 199, 15_000, [
        "AMAZON.CA",
        "UBER* TRIP",
        "NETFLIX.COM",
        "STARBUCKS #1234 MONTREAL",
        "SPOTIFY",
        "AIR CANADA",
        "IKEA MONTREAL",
        "SHELL C02314",
        "RESTAURANT LE PETIT ALEP",
        "APPLE.COM/BILL",
      ]),
      kind("credit", 1, 500, 8_000, ["REFUND AMAZON.CA", "REFUND IKEA MONTREAL"]),
      kind("debit", 0.2, 800, 6_000, ["INTEREST CHARGES"]),
    ],
    rescue: kind("credit", 0, 0, 0, ["PAYMENT - THANK YOU"]),
  },
  creditCardUS: {
    recurring: [every(30, kind("credit", 0, 50_000, 200_000, ["PAYMENT - THANK YOU"], { step: 1_000 }))],
    occasional: [
      kind("debit", 12, 199, 15_000, [
        "AMAZON.COM",
        "UBER *TRIP",
        "NETFLIX.COM",
        "STARBUCKS STORE 05512",
        "SPOTIFY USA",
        "UNITED AIRLINES",
        "COSTCO WHSE #0481",
        "CHEVRON 0094512",
        "CHIPOTLE 1123",
        "APPLE.COM/BILL",
      ]),
      kind("credit", 1, 500, 8_000, ["REFUND AMAZON.COM"]),
      kind("debit", 0.2, 800, 6_000, ["INTEREST CHARGE ON PURCHASES"]),
    ],
    rescue: kind("credit", 0, 0, 0, ["PAYMENT - THANK YOU"]),
  },
  investment: {
    recurring: [every(30, kind("credit", 0, 10_000, 50_000, ["CONTRIBUTION"], { step: 5_000 }))],
    occasional: [
      kind("credit", 2, 300, 9_000, ["DIVIDEND XIU", "DIVIDEND VFV", "DISTRIBUTION ZAG"]),
      kind("debit", 1, 500, 2_500, ["MANAGEMENT FEE"]),
      kind("debit", 0.3, 50_000, 200_000, ["WITHDRAWAL"], { step: 10_000 }),
    ],
    rescue: kind("credit", 0, 0, 0, ["CONTRIBUTION"]),
  },
} satisfies Record<string, Profile>

export type ProfileKey = keyof typeof PROFILES
