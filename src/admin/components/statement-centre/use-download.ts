import { toast } from "@medusajs/ui"
import { useState } from "react"
import { downloadFile } from "../../lib/download-file"
import { merchantMessage } from "../../lib/merchant-message"

export type DownloadFormat = "csv" | "ofx"

/** Starts a download and says when it could not; `busy` names the format being fetched. */
export function useDownload() {
  const [busy, setBusy] = useState<DownloadFormat | null>(null)
  const start = async (
    path: string,
    format: DownloadFormat,
    query: Record<string, string | number | undefined> = {}
  ) => {
    setBusy(format)
    try {
      await downloadFile(path, { ...query, format }, `bank-statement.${format}`)
    } catch (error) {
      toast.error(`Could not download the ${format.toUpperCase()} file`, { description: merchantMessage(error) })
    } finally {
      setBusy(null)
    }
  }
  return { busy, start }
}
