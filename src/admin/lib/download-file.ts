import { fileNameFromDisposition } from "./content-disposition"
import { sdk } from "./sdk"

/**
 * Downloads a file an admin route sends, with the admin's own session: the sdk's client adds the
 * base URL and `credentials: "include"`, and, asked for something other than JSON, hands back the
 * raw response (a refusal still throws with the server's message). The file is saved under the
 * name the server chose. Returns that name.
 */
export async function downloadFile(
  path: string,
  query: Record<string, string | number | undefined>,
  fallbackName: string
): Promise<string> {
  const response = await sdk.client.fetch<Response>(path, {
    query: Object.fromEntries(Object.entries(query).filter(([, value]) => value !== undefined && value !== "")),
    headers: { accept: "text/csv, application/x-ofx, application/octet-stream" },
  })
  const name = fileNameFromDisposition(response.headers.get("content-disposition"), fallbackName)
  const url = URL.createObjectURL(await response.blob())
  try {
    const link = document.createElement("a")
    link.href = url
    link.download = name
    link.style.display = "none"
    document.body.appendChild(link)
    link.click()
    link.remove()
  } finally {
    // Chromium reads the blob once the click's task ends; free it after that.
    setTimeout(() => URL.revokeObjectURL(url), 10_000)
  }
  return name
}
