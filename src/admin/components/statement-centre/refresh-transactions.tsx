import { ArrowPath, Spinner } from "@medusajs/icons"
import { Button, Text, toast } from "@medusajs/ui"
import { useEffect, useState } from "react"
import { Link } from "react-router-dom"
import { CentreFeed, useRefreshTransactions } from "../../hooks/api/statement-centre"
import { merchantMessage } from "../../lib/merchant-message"
import { RefreshOutcome, refreshOutcome } from "./refresh-words"

/** Seconds since `running` turned true, while it stays true: the import's progress, honestly. */
function useElapsedSeconds(running: boolean) {
  const [seconds, setSeconds] = useState(0)
  useEffect(() => {
    if (!running) return
    setSeconds(0)
    const started = Date.now()
    const timer = setInterval(() => setSeconds(Math.floor((Date.now() - started) / 1000)), 1000)
    return () => clearInterval(timer)
  }, [running])
  return seconds
}

/**
 * Refresh Transactions: imports what is new for the feed now, says so while it runs, then says
 * what came in, or why nothing could and what to do about it.
 */
export function RefreshTransactions({ feed }: { feed: CentreFeed }) {
  const refresh = useRefreshTransactions()
  const [outcome, setOutcome] = useState<RefreshOutcome | null>(null)
  const seconds = useElapsedSeconds(refresh.isPending)
  const title = feed.bank_account.title
  const canRefresh = feed.status === "linked" && !feed.bank_account.removed

  // The words belong to the feed they were about.
  useEffect(() => {
    setOutcome(null)
    refresh.reset()
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [feed.id])

  const onRefresh = () => {
    setOutcome(null)
    refresh.mutate(feed.id, {
      onSuccess: ({ sync }) => {
        const result = refreshOutcome(sync)
        setOutcome(result)
        if (result.kind === "imported") toast.success(`${title}: ${result.message}`)
        else toast.error(`Could not refresh ${title}`, { description: result.message })
      },
      onError: (error) => {
        const message = merchantMessage(error)
        setOutcome({ kind: "failed", message, detail: null })
        toast.error(`Could not refresh ${title}`, { description: message })
      },
    })
  }

  return (
    <div className="flex flex-col items-end gap-y-2">
      <Button
        size="small"
        variant="secondary"
        onClick={onRefresh}
        isLoading={refresh.isPending}
        disabled={!canRefresh || refresh.isPending}
      >
        <ArrowPath />
        Refresh Transactions
      </Button>
      <div aria-live="polite" className="max-w-md text-right">
        {!canRefresh && (
          <Text size="xsmall" className="text-ui-fg-subtle">
            {feed.bank_account.removed
              ? "Its bank connection was deleted: nothing more is imported."
              : "This feed is unlinked: nothing more is imported. Link it again on Link Bank Feeds."}
          </Text>
        )}
        {refresh.isPending && (
          <Text size="small" className="flex items-center gap-x-1.5 text-ui-fg-subtle" role="status" data-testid="refresh-progress">
            <Spinner className="animate-spin" />
            Importing new transactions from {feed.bank_account.institution_name}… {seconds > 0 ? `${seconds} s` : ""}
          </Text>
        )}
        {outcome && <RefreshResult outcome={outcome} />}
      </div>
    </div>
  )
}

function RefreshResult({ outcome }: { outcome: RefreshOutcome }) {
  if (outcome.kind === "imported") {
    return (
      <div data-testid="refresh-outcome">
        <Text size="small" weight="plus" className="text-ui-fg-base">
          {outcome.message}
        </Text>
        {outcome.detail && (
          <Text size="xsmall" className="text-ui-fg-subtle">
            {outcome.detail}
          </Text>
        )}
      </div>
    )
  }
  return (
    <div data-testid="refresh-outcome" role="alert">
      <Text size="small" className="text-ui-fg-error">
        {outcome.message}
      </Text>
      {outcome.kind === "mfa" && (
        <Text size="xsmall" className="text-ui-fg-subtle">
          Answer your bank with Edit Credentials on{" "}
          <Link to="/banking/accounts" className="text-ui-fg-interactive hover:underline">
            Manage Added Accounts
          </Link>
          , then refresh again.
        </Text>
      )}
      {outcome.kind === "failed" && (
        <Text size="xsmall" className="text-ui-fg-subtle">
          Check the connection's health on{" "}
          <Link to="/banking/accounts" className="text-ui-fg-interactive hover:underline">
            Manage Added Accounts
          </Link>
          , or try again in a few minutes.
        </Text>
      )}
    </div>
  )
}
