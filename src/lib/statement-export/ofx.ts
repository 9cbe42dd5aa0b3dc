import { currencyAmount, signedAmount } from "./decimal-text"
import { ofxAccountId, ofxBankIds } from "./ofx-account"
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
  return `${now.toISOString().replace(/[-:T]/g, "").slice(0, 14)}[0:GMT]`
}

function element(name: string, value: string): string {
  return `<${name}>${escapeXml(value)}</${name}>`
}

function transaction(line: ExportLine): string {
  const amount = signedAmount({
    debit: currencyAmount(line.debit, line.currency_code),
    credit: currencyAmount(line.credit, line.currency_code),
  })
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

function accountFrom(account: ExportAccount, creditCard: boolean, type: string): string {
  const accountId = element("ACCTID", ofxAccountId(account.bank_account_id))
  if (creditCard) return `<CCACCTFROM>${accountId}</CCACCTFROM>`
  const { bankId, branchId } = ofxBankIds(account)
  return [
    "<BANKACCTFROM>",
    element("BANKID", bankId),
    branchId ? element("BRANCHID", branchId) : "",
    accountId,
    element("ACCTTYPE", OFX_ACCOUNT_TYPES[type] ?? "CHECKING"),
    "</BANKACCTFROM>",
  ].join("")
}

/** How one file's account is written: as a bank account or a credit card. */
function fileKind(account: ExportAccount) {
  const type = account.type.replace(/[^a-z]/gi, "").toLowerCase()
  const creditCard = CREDIT_CARD_TYPES.has(type)
  const [messages, response, statementTag] = creditCard
    ? ["CREDITCARDMSGSRSV1", "CCSTMTTRNRS", "CCSTMTRS"]
    : ["BANKMSGSRSV1", "STMTTRNRS", "STMTRS"]
  return { type, creditCard, messages, response, statementTag }
}

/** Everything before the first line: signon, the account, and the statement's period. */
export function ofxHead(
  account: ExportAccount,
  period: { start: string; end: string },
  now: Date = new Date()
): string {
  const kind = fileKind(account)
  return [
    '<?xml version="1.0" encoding="UTF-8" standalone="no"?>',
    '<?OFX OFXHEADER="200" VERSION="220" SECURITY="NONE" OLDFILEUID="NONE" NEWFILEUID="NONE"?>',
    "<OFX>",
    `<SIGNONMSGSRSV1><SONRS><STATUS><CODE>0</CODE><SEVERITY>INFO</SEVERITY></STATUS>${element("DTSERVER", ofxNow(now))}<LANGUAGE>ENG</LANGUAGE></SONRS></SIGNONMSGSRSV1>`,
    `<${kind.messages}><${kind.response}><TRNUID>0</TRNUID><STATUS><CODE>0</CODE><SEVERITY>INFO</SEVERITY></STATUS>`,
    `<${kind.statementTag}>${element("CURDEF", account.currency_code)}${accountFrom(account, kind.creditCard, kind.type)}` +
      `<BANKTRANLIST>${element("DTSTART", ofxDate(period.start))}${element("DTEND", ofxDate(period.end))}`,
  ].join("\n")
}

export const ofxLine = transaction

/** Everything after the last line; the closing balance is the last running balance the file had. */
export function ofxTail(account: ExportAccount, last: Pick<ExportLine, "date" | "running_balance"> | null): string {
  const kind = fileKind(account)
  const balance =
    last?.running_balance != null
      ? `<LEDGERBAL>${element("BALAMT", currencyAmount(last.running_balance, account.currency_code))}${element("DTASOF", ofxDate(last.date))}</LEDGERBAL>`
      : ""
  return [
    `</BANKTRANLIST>${balance}</${kind.statementTag}>`,
    `</${kind.response}></${kind.messages}>`,
    "</OFX>",
    "",
  ].join("\n")
}

/**
 * OFX 2.2 (XML), the format QuickBooks, Xero, Sage and most accounting tools import: one bank (or
 * credit card) statement of the given lines, in the order given (every file's order: oldest
 * first), with the closing balance from the last running balance. Money is the exact text with
 * the currency's decimals; TRNAMT is signed from the account holder's side. A download writes
 * ofxHead, ofxLine and ofxTail as the lines come; this is the same file whole.
 */
export function linesToOfx(
  account: ExportAccount,
  lines: ExportLine[],
  period: { start: string; end: string },
  now: Date = new Date()
): string {
  const last = [...lines].reverse().find((line) => line.running_balance !== null) ?? null
  return ofxHead(account, period, now) + lines.map(transaction).join("") + ofxTail(account, last)
}
