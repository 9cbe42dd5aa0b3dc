import { createHash } from "node:crypto"
import { ExportAccount } from "./types"

// OFX gives ACCTID at most 22 characters.
const ACCTID_LENGTH = 22

/**
 * The account's ACCTID: what an importer (QuickBooks, Xero, Sage) matches to recognise an account
 * it already knows, so it must be the same in every file of one account and differ between two.
 * The masked number is not unique (two cards "···4242"), the full one is not kept (masked at
 * rest), and Flinks' account id stays inside the plugin. So it is derived from our own
 * bank_account id, which never changes for the account's lines and holds nothing secret: the
 * first 72 bits of its SHA-256 in decimal, 22 digits, since some importers take only digits in an
 * account number. (The id itself, 32 characters, is too long for OFX.)
 */
export function ofxAccountId(bankAccountId: string): string {
  const digest = createHash("sha256").update(`bank_account:${bankAccountId}`, "utf8").digest("hex")
  return BigInt(`0x${digest.slice(0, 18)}`)
    .toString()
    .padStart(ACCTID_LENGTH, "0")
}

/**
 * BANKID, and BRANCHID when known: a Canadian account's routing number in the electronic form,
 * 0 + institution + transit ("0" "777" "77777"), with its transit as the branch; a US account's
 * ABA routing number, which Flinks sends as its transit number; nine zeros when Flinks gave
 * neither (BANKID is required).
 */
export function ofxBankIds(account: Pick<ExportAccount, "institution_number" | "transit_number">): {
  bankId: string
  branchId: string | null
} {
  const institution = account.institution_number?.trim() || null
  const transit = account.transit_number?.trim() || null
  if (institution && transit) return { bankId: `0${institution}${transit}`, branchId: transit }
  if (transit) return { bankId: transit, branchId: null }
  return { bankId: institution ?? "000000000", branchId: null }
}
