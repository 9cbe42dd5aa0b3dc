import { Alert, Button, Drawer, Label, Text, toast } from "@medusajs/ui"
import { FormEvent, useEffect, useState } from "react"
import { useImportLedgerAccounts } from "../../hooks/api/ledger-accounts"
import { merchantMessage } from "../../lib/merchant-message"
import { MAX_IMPORT_BYTES, readTextFile } from "../../lib/read-text-file"
import { ImportReport } from "./import-report"
import type { AdminLedgerAccountImportResponse } from "../../../types/http"

type Props = { open: boolean; onOpenChange: (open: boolean) => void }

const SAMPLE = [
  "code,name,type,currency",
  "1010,Bank - Chequing CAD,asset,CAD",
  '2010,"Credit Card, Visa",liability,CAD',
].join("\n")

/**
 * Import CSV: the merchant picks a file, the browser reads it, the server creates the valid rows
 * and answers row by row; the report replaces the form.
 */
export function ImportLedgerAccountsDrawer({ open, onOpenChange }: Props) {
  const [file, setFile] = useState<File | null>(null)
  const [fileError, setFileError] = useState<string | null>(null)
  const [report, setReport] = useState<AdminLedgerAccountImportResponse | null>(null)
  const importFile = useImportLedgerAccounts()

  const startOver = () => {
    setFile(null)
    setFileError(null)
    setReport(null)
    importFile.reset()
  }
  // biome-ignore lint/correctness/useExhaustiveDependencies: each opening starts afresh; startOver is a new function every render
  useEffect(() => {
    if (open) startOver()
  }, [open])

  const submit = async (event: FormEvent) => {
    event.preventDefault()
    if (!file) return
    if (file.size > MAX_IMPORT_BYTES) {
      setFileError(`${file.name} is larger than 1 MB: split it into smaller files and import them one by one.`)
      return
    }
    let csv: string
    try {
      csv = await readTextFile(file)
    } catch (error) {
      setFileError(merchantMessage(error))
      return
    }
    importFile.mutate(
      { csv },
      {
        onSuccess: (result) => {
          setReport(result)
          const title = `${result.created} created, ${result.refused} refused`
          if (result.refused)
            toast.warning(title, { description: "The report shows why each refused row was refused." })
          else toast.success(title)
        },
        onError: (error) => toast.error("Could not import the file", { description: merchantMessage(error) }),
      }
    )
  }

  const error = fileError ?? (importFile.isError ? merchantMessage(importFile.error) : null)
  return (
    <Drawer open={open} onOpenChange={onOpenChange}>
      <Drawer.Content aria-describedby={undefined}>
        <form onSubmit={submit} className="flex flex-1 flex-col overflow-hidden">
          <Drawer.Header>
            <Drawer.Title>Import CSV</Drawer.Title>
          </Drawer.Header>
          <Drawer.Body className="flex flex-col gap-y-4 overflow-y-auto">
            {report ? (
              <ImportReport report={report} />
            ) : (
              <>
                <Text size="small" className="text-ui-fg-subtle">
                  The first line names the columns <b>code</b>, <b>name</b>, <b>type</b> and <b>currency</b>, in any
                  order. Type is asset, liability, equity, revenue or expense; currency a 3-letter code such as CAD. A
                  description column is read too, if there is one. Codes already in the chart are refused, never
                  overwritten.
                </Text>
                <pre className="txt-compact-small overflow-x-auto rounded-md bg-ui-bg-subtle px-3 py-2 font-mono text-ui-fg-subtle">
                  {SAMPLE}
                </pre>
                <div className="flex flex-col gap-y-2">
                  <Label htmlFor="ledger-import-file" size="small" weight="plus">
                    CSV file (up to 1 MB)
                  </Label>
                  <input
                    id="ledger-import-file"
                    type="file"
                    accept=".csv,text/csv,text/plain"
                    onChange={(event) => {
                      setFile(event.target.files?.[0] ?? null)
                      setFileError(null)
                      importFile.reset()
                    }}
                    className="txt-compact-small text-ui-fg-subtle file:mr-3 file:rounded-md file:border-0 file:bg-ui-button-neutral file:px-3 file:py-1.5 file:text-ui-fg-base file:shadow-buttons-neutral"
                  />
                </div>
                {error && (
                  <Alert variant="error" role="alert">
                    {error}
                  </Alert>
                )}
              </>
            )}
          </Drawer.Body>
          <Drawer.Footer>
            {report ? (
              <>
                <Button size="small" variant="secondary" type="button" onClick={startOver}>
                  Import another file
                </Button>
                <Button size="small" type="button" onClick={() => onOpenChange(false)}>
                  Done
                </Button>
              </>
            ) : (
              <>
                <Drawer.Close asChild>
                  <Button size="small" variant="secondary" type="button">
                    Cancel
                  </Button>
                </Drawer.Close>
                <Button size="small" type="submit" disabled={!file} isLoading={importFile.isPending}>
                  Import
                </Button>
              </>
            )}
          </Drawer.Footer>
        </form>
      </Drawer.Content>
    </Drawer>
  )
}
