import { ArrowDownTray } from "@medusajs/icons"
import { Button } from "@medusajs/ui"
import { downloads } from "../../hooks/api/statement-centre"
import { CentreFilters, lineQuery } from "../../lib/statement-centre-params"
import { useDownload } from "./use-download"

/**
 * The lines the filters select as a CSV or OFX file named after feed and period. Files have one
 * order of their own (oldest first, as a statement's), so the screen's sort is not sent.
 */
export function LineDownloads({
  feedId,
  filters,
  disabled,
}: {
  feedId: string
  filters: CentreFilters
  disabled: boolean
}) {
  const download = useDownload()
  const { sort: _screenOrder, ...query } = lineQuery(filters)
  return (
    <div className="flex items-center gap-x-2">
      {(["csv", "ofx"] as const).map((format) => (
        <Button
          key={format}
          size="small"
          variant="secondary"
          disabled={disabled || download.busy !== null}
          isLoading={download.busy === format}
          onClick={() => download.start(downloads.lines(feedId), format, query)}
        >
          <ArrowDownTray />
          Download {format.toUpperCase()}
        </Button>
      ))}
    </div>
  )
}
