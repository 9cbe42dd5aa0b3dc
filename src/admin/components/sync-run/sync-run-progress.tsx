import { Spinner } from "@medusajs/icons"
import { clx, Text } from "@medusajs/ui"
import { useRunElapsed } from "../../hooks/use-run-elapsed"
import { elapsedWords, runPhaseWords } from "../../lib/sync-run-words"
import type { AdminSyncRun } from "../../../types/http"

type Props = {
  /** Undefined while its first answer is on the way. */
  run: AdminSyncRun | undefined
  answeredAt: number
  institution: string
  size?: "xsmall" | "small"
  className?: string
  testId?: string
}

/** "Waiting for Flinks to prepare the data… 12 s": a run in progress, where it is and for how long. */
export function SyncRunProgress({
  run,
  answeredAt,
  institution,
  size = "small",
  className,
  testId = "run-progress",
}: Props) {
  const seconds = useRunElapsed(run, answeredAt)
  // The spinner stays beside the first line; the words wrap under each other in a narrow cell.
  return (
    <Text
      size={size}
      className={clx("flex items-start gap-x-1.5 text-ui-fg-subtle", className)}
      role="status"
      data-testid={testId}
    >
      <Spinner className="mt-px shrink-0 animate-spin" />
      <span>
        {run ? runPhaseWords(run, institution) : "Starting…"}
        {seconds > 0 && (
          <span className="whitespace-nowrap tabular-nums text-ui-fg-muted"> {elapsedWords(seconds)}</span>
        )}
      </span>
    </Text>
  )
}
