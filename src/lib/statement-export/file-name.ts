/**
 * "Flinks-Capital_Chequing-CAD_2026-01-01_to_2026-01-31.csv": the bank, the account and the period,
 * in characters every file system and mail client accepts.
 */
export function exportFileName(
  parts: { institution: string; account: string; start: string; end: string },
  extension: "csv" | "ofx"
) {
  const safe = (text: string) =>
    text
      .normalize("NFKD")
      .replace(/[\u0300-\u036f]/g, "")
      .replace(/[^A-Za-z0-9]+/g, "-")
      .replace(/^-+|-+$/g, "")
      .slice(0, 40) || "account"
  return `${safe(parts.institution)}_${safe(parts.account)}_${parts.start}_to_${parts.end}.${extension}`
}
