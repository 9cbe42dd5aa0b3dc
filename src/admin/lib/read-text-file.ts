/** The largest file the import accepts (the server refuses larger ones too). */
export const MAX_IMPORT_BYTES = 1024 * 1024

/** Reads a file the merchant picked as UTF-8 text, in the browser: nothing is uploaded yet. */
export function readTextFile(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader()
    reader.onload = () => resolve(String(reader.result ?? ""))
    reader.onerror = () => reject(new Error(`Could not read ${file.name}. Pick the file again.`))
    reader.readAsText(file, "utf-8")
  })
}
