import { signedAmount } from "./decimal-text"
import { ExportAccount, ExportLine } from "./types"

const CREDIT_CARD_TYPES = new Set(["creditcard"])
const OFX_ACCOUNT_TYPES: Record<string, string> = {
  chequing: "CHECKING",
  checking: "CHECKING",
  savings: "SAVINGS",
  lineofcredit: "CREDITLINE",
  moneymarket: "MONEYMRKT",
}

function escapeXml(text: string): string {
  return text.replace(/[<>&'"]/g, (c) => ({ "<": "&lt;", ">": "&gt;", "&": "&amp;", "'": "&apos;", '"': "&quot;" })[c]!)
}

/** A bank calendar date as OFX writes a day: no time, so no time zone can move it. */
function ofxDate(date: string): string {
  return date.replace(/-/g, "")
}

function ofxNow(now: Date): string {
  return now.toISOString().replace(/[-:T]/g, "").slice(0, 14) + "[0:GMT]"
}

function element(name: string, value: string): string {
  return `<${name}>${escapeXml(value)}</${name}>`
}

function transaction(line: ExportLine): string {
  const amount = signedAmount(line)
  return [
    "<STMTTRN>",
    element("TRNTYPE", line.credit !== null ? "CREDIT" : "DEBIT"),
    element("DTPOSTED", ofxDate(line.date)),
    element("TRNAMT", amount),
    element("FITID", line.provider_transaction_id),
    element("NAME", line.description.slice(0, 32) || "-"),
    element("MEMO", line.description || "-"),
    "</STMTTRN>",
  ].join("")
}

/**
 * OFX 2.2 (XML), the format QuickBooks, Xero, Sage and most accounting tools import: one bank (or
 * credit card) statement of the given lines, with the closing balance from the last running
 * balance. Money is the exact text; TRNAMT is signed from the account holder's side.
 */
export function linesToOfx(
  account: ExportAccount,
  lines: ExportLine[],
  period: { start: string; end: string },
  now: Date = new Date()
): string {
  const type = account.type.replace(/[^a-z]/gi, "").toLowerCase()
  const creditCard = CREDIT_CARD_TYPES.has(type)
  const accountId = account.account_number_masked ?? account.title
  const from = creditCard
    ? `<CCACCTFROM>${element("ACCTID", accountId)}</CCACCTFROM>`
    : `<BANKACCTFROM>${element("BANKID", [account.institution_number, account.transit_number].filter(Boolean).join("") || "000000000")}${element("ACCTID", accountId)}${element("ACCTTYPE", OFX_ACCOUNT_TYPES[type] ?? "CHECKING")}</BANKACCTFROM>`
  const chronological = [...lines].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0))
  const last = [...chronological].reverse().find((line) => line.running_balance !== null)
  const statement = [
    element("CURDEF", account.currency_code),
    from,
    "<BANKTRANLIST>",
    element("DTSTART", ofxDate(period.start)),
    element("DTEND", ofxDate(period.end)),
    ...chronological.map(transaction),
    "</BANKTRANLIST>",
    last ? `<LEDGERBAL>${element("BALAMT", last.running_balance!)}${element("DTASOF", ofxDate(last.date))}</LEDGERBAL>` : "",
  ].join("")
  const [messages, response, statementTag] = creditCard
    ? ["CREDITCARDMSGSRSV1", "CCSTMTTRNRS", "CCSTMTRS"]
    : ["BANKMSGSRSV1", "STMTTRNRS", "STMTRS"]
  return [
    '<?xml version="1.0" encoding="UTF-8" standalone="no"?>',
    '<?OFX OFXHEADER="200" VERSION="220" SECURITY="NONE" OLDFILEUID="NONE" NEWFILEUID="NONE"?>',
    "<OFX>",
    `<SIGNONMSGSRSV1><SONRS><STATUS><CODE>0</CODE><SEVERITY>INFO</SEVERITY></STATUS>${element("DTSERVER", ofxNow(now))}<LANGUAGE>ENG</LANGUAGE></SONRS></SIGNONMSGSRSV1>`,
    `<${messages}><${response}><TRNUID>0</TRNUID><STATUS><CODE>0</CODE><SEVERITY>INFO</SEVERITY></STATUS>`,
    `<${statementTag}>${statement}</${statementTag}>`,
    `</${response}></${messages}>`,
    "</OFX>",
    "",
  ].join("\n")
}
