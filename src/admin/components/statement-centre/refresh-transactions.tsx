import { ArrowPath } from "@medusajs/icons"
import { Button, Text, toast } from "@medusajs/ui"
import { Link } from "react-router-dom"
import { useRefreshTransactions } from "../../hooks/api/statement-centre"
import { useFollowedRun } from "../../hooks/use-followed-run"
import { merchantMessage } from "../../lib/merchant-message"
import { feedRunOutcome } from "../../lib/sync-run-words"
import { BankQuestion } from "../sync-run/bank-question"
import { SyncRunProgress } from "../sync-run/sync-run-progress"
import { RefreshOutcome, refreshOutcome } from "./refresh-words"
import type { AdminBankFeed } from "../../../types/http"

/**
 * Refresh Transactions: starts an import of what is new for the feed, which signs in live at the
 * bank, follows it while it runs in the background (where it is, for how long), opens the bank's
 * question when it asks one, then says what came in and how fresh it is, or why nothing could and
 * what to do about it. An import found in progress when the screen opens (the merchant left and
 * came back, or the schedule started one) is followed the same way. Mounted once per feed.
 */
export function RefreshTransactions({ feed }: { feed: AdminBankFeed }) {
  const refresh = useRefreshTransactions()
  const title = feed.bank_account.title
  const live = feed.last_sync?.in_progress ? feed.last_sync.id : null
  const followed = useFollowedRun(live, (run, startedHere) => {
    // A run found in progress ends quietly on screen; a click of this session also gets a toast.
    if (!startedHere) return
    const result = refreshOutcome(feedRunOutcome(run, feed.id), run)
    if (result.kind === "imported") toast.success(`${title}: ${result.message}`)
    else if (result.kind === "unanswered") toast.warning(`${title}: ${result.message}`)
    else toast.error(`Could not refresh ${title}`, { description: result.message })
  })
  const canRefresh = feed.status === "linked" && !feed.bank_account.removed
  const running = refresh.isPending || followed.inProgress
  const outcome: RefreshOutcome | null = refresh.isError
    ? { kind: "failed", message: merchantMessage(refresh.error), detail: null }
    : followed.run && !followed.run.in_progress
      ? refreshOutcome(feedRunOutcome(followed.run, feed.id), followed.run)
      : null

  const onRefresh = () =>
    refresh.mutate(feed.id, {
      onSuccess: ({ sync_run }) => followed.follow(sync_run),
      onError: (error) => toast.error(`Could not refresh ${title}`, { description: merchantMessage(error) }),
    })

  return (
    <div className="flex flex-col items-end gap-y-2">
      {/* Only the click's own wait spins the button: the line below says where the import is. */}
      <Button
        size="small"
        variant="secondary"
        onClick={onRefresh}
        isLoading={refresh.isPending}
        disabled={!canRefresh || running}
      >
        <ArrowPath />
        Refresh Transactions
      </Button>
      <div aria-live="polite" className="max-w-md text-right">
        {!canRefresh && !running && (
          <Text size="xsmall" className="text-ui-fg-subtle">
            {feed.bank_account.removed
              ? "Its bank connection was deleted: nothing more is imported."
              : "This feed is unlinked: nothing more is imported. Link it again on Link Bank Feeds."}
          </Text>
        )}
        {running && (
          <SyncRunProgress
            run={followed.run}
            answeredAt={followed.answeredAt}
            institution={feed.bank_account.connection_name}
            className="justify-end"
            testId="refresh-progress"
          />
        )}
        {running && (
          <div className="mt-2 flex justify-end empty:hidden">
            <BankQuestion
              run={followed.run}
              startedHere={followed.startedHere}
              institution={feed.bank_account.connection_name}
            />
          </div>
        )}
        {!running && outcome && <RefreshResult outcome={outcome} />}
      </div>
    </div>
  )
}

/** "3 new lines · bank data as of Dec 2, 10:04 AM": a narrow column wraps between the parts, not inside one. */
function MessageParts({ message }: { message: string }) {
  const parts = message.split(" · ")
  return (
    <>
      {parts.map((part, index) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: the parts of one fixed sentence, never reordered
        <span key={index} className={index > 0 ? "whitespace-nowrap" : undefined}>
          {index > 0 && " · "}
          {part}
        </span>
      ))}
    </>
  )
}

function RefreshResult({ outcome }: { outcome: RefreshOutcome }) {
  if (outcome.kind === "imported" || outcome.kind === "unanswered") {
    return (
      <div data-testid="refresh-outcome">
        <Text
          size="small"
          weight="plus"
          className={outcome.kind === "unanswered" ? "text-ui-tag-orange-text" : "text-ui-fg-base"}
        >
          <MessageParts message={outcome.message} />
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
