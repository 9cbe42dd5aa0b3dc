/**
 * The banks the Connect screen lists. Flinks publishes no institutions API, so the plugin ships its
 * own list; Flinks Connect still does the actual sign-in, and its own picker has the final word.
 * Flinks Capital is Flinks' test bank: first, so a merchant trying the plugin finds it at once.
 */
export type FlinksInstitution = { id: string; name: string; country: "CA" | "US" }

export const FLINKS_CAPITAL_ID = "FlinksCapital"

const canada = [
  [FLINKS_CAPITAL_ID, "Flinks Capital"],
  ["RBC", "RBC Royal Bank"],
  ["TD", "TD Canada Trust"],
  ["Scotia", "Scotiabank"],
  ["BMO", "BMO Bank of Montreal"],
  ["CIBC", "CIBC"],
  ["NBC", "National Bank"],
  ["Desjardins", "Desjardins"],
  ["Tangerine", "Tangerine"],
  ["ATB", "ATB Financial"],
  ["Laurentienne", "Laurentian Bank"],
  ["Simplii", "Simplii Financial"],
  ["EQBank", "EQ Bank"],
  ["Vancity", "Vancity"],
  ["CoastCapital", "Coast Capital Savings"],
  ["Meridian", "Meridian Credit Union"],
] as const

const usa = [
  [FLINKS_CAPITAL_ID, "Flinks Capital"],
  ["Chase", "Chase"],
  ["BankOfAmerica", "Bank of America"],
  ["WellsFargo", "Wells Fargo"],
  ["Citi", "Citi"],
  ["USBank", "U.S. Bank"],
  ["CapitalOne", "Capital One"],
  ["PNC", "PNC Bank"],
  ["Truist", "Truist"],
  ["TDBank", "TD Bank"],
  ["Citizens", "Citizens Bank"],
  ["FifthThird", "Fifth Third Bank"],
  ["Ally", "Ally Bank"],
  ["NavyFederal", "Navy Federal Credit Union"],
  ["USAA", "USAA"],
  ["Schwab", "Charles Schwab"],
] as const

/** Flinks documents the numeric InstitutionId of its test bank only (14); real banks' come from Authorize. */
const DOCUMENTED_INSTITUTION_IDS: Record<string, string> = { [FLINKS_CAPITAL_ID]: "14" }

/** Which bank the Connect widget opens at: Flinks' key (`Institution`) and its numeric `InstitutionId`. */
export type InstitutionPreselection = { institution?: string; institutionId?: string }

/**
 * The preselection for a bank known by its key (a new connection: the merchant's choice) or by
 * what a stored connection kept from Authorize: the numeric InstitutionId and the display name,
 * from which the key is found back in the shipped list. Undefined when nothing identifies the bank.
 */
export function institutionPreselection(known: {
  key?: string | null
  id?: string | null
  name?: string | null
}): InstitutionPreselection | undefined {
  const all = [...canada, ...usa]
  // Older rows may hold the key where the numeric id belongs.
  const idIsKey = all.some(([key]) => key === known.id)
  const key =
    known.key ?? (idIsKey ? known.id : undefined) ?? all.find(([, name]) => name === known.name)?.[0] ?? undefined
  const numeric = known.id && /^\d+$/.test(known.id) ? known.id : undefined
  const institutionId = numeric ?? (key ? DOCUMENTED_INSTITUTION_IDS[key] : undefined)
  if (!key && !institutionId) return undefined
  return { ...(key ? { institution: key } : {}), ...(institutionId ? { institutionId } : {}) }
}

export function listFlinksInstitutions(country: "CA" | "US", search?: string): FlinksInstitution[] {
  const needle = search?.trim().toLowerCase()
  return (country === "US" ? usa : canada)
    .map(([id, name]) => ({ id, name, country }))
    .filter((institution) => !needle || institution.name.toLowerCase().includes(needle))
}

/**
 * A readable bank name for what Flinks returns: its `Institution` / `InstitutionName` fields can
 * both hold a key such as "FlinksCapital", so a key of the shipped list wins over Flinks' text.
 */
export function institutionDisplayName(...candidates: Array<string | null | undefined>): string {
  for (const candidate of candidates) {
    const known = [...canada, ...usa].find(([id]) => id === candidate)
    if (known) return known[1]
  }
  return candidates.find((candidate): candidate is string => Boolean(candidate)) ?? "Bank"
}
