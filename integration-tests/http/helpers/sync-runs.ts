type Api = { get: (url: string, config: { headers: Record<string, string> }) => Promise<{ data: any }> }

/**
 * Link, Refresh Transactions and Check Now answer at once with a run; the work goes on in the
 * background. This follows the run as the screens do, until it is no longer in progress.
 */
export async function waitForRun(api: Api, headers: Record<string, string>, run: { id: string }, timeoutMs = 60_000) {
  const deadline = Date.now() + timeoutMs
  for (;;) {
    const { data } = await api.get(`/admin/banking/sync-runs/${run.id}`, { headers })
    if (!data.sync_run.in_progress) return data.sync_run
    if (Date.now() > deadline)
      throw new Error(`Sync run ${run.id} still in progress after ${timeoutMs} ms (${data.sync_run.phase})`)
    await new Promise((resolve) => setTimeout(resolve, 50))
  }
}

/** How a finished import run ended for one feed, as Refresh Transactions reports it. */
export function feedOutcome(run: any, feedId?: string) {
  const feed = (feedId ? run.feeds.find((item: any) => item.feed_id === feedId) : run.feeds[0]) ?? null
  return {
    sync_run_id: run.id,
    status: feed?.status ?? (run.status === "succeeded" ? "imported" : "failed"),
    fetched: feed?.fetched ?? 0,
    inserted: feed?.inserted ?? 0,
    duplicates: feed?.duplicates ?? 0,
    skipped: feed?.skipped ?? 0,
    possible_gaps: feed?.possible_gaps ?? 0,
    code: feed?.code ?? run.code,
    message: feed?.message ?? run.message,
  }
}

/**
 * What the screen shows once the run a Link or Refresh answer started has ended: the feed as
 * listed then (its line count, its last import), and how its import went, as `sync`.
 */
export async function settleFeedAnswer(api: Api, headers: Record<string, string>, data: any): Promise<any> {
  const run = data.sync_run ? await waitForRun(api, headers, data.sync_run) : null
  const { data: list } = await api.get("/admin/banking/feeds", { headers })
  return {
    ...data,
    feed: list.feeds.find((f: any) => f.id === data.feed.id),
    sync: run ? feedOutcome(run, data.feed.id) : null,
  }
}

type LinkingApi = Api & {
  post: (url: string, body: unknown, config: { headers: Record<string, string> }) => Promise<{ data: any }>
}

/**
 * Links a bank account to a new asset ledger account from `start_date`, through the route, and
 * waits for its first import: what the screen shows then (see settleFeedAnswer).
 */
export async function linkToNewLedgerAccount(
  api: LinkingApi,
  headers: Record<string, string>,
  banking: { createLedgerAccounts: (data: any) => Promise<any> },
  link: { bank_account_id: string; ledger: { code: string; name: string; currency_code: string }; start_date: string }
) {
  const ledger = await banking.createLedgerAccounts({ ...link.ledger, type: "asset" })
  const { data } = await api.post(
    "/admin/banking/feeds",
    { bank_account_id: link.bank_account_id, ledger_account_id: ledger.id, start_date: link.start_date },
    { headers }
  )
  return settleFeedAnswer(api, headers, data)
}

/** The connection's "Chequing CAD" linked to a new ledger account 1010: the feed most stories start from. */
export function linkChequingAndImport(
  api: LinkingApi,
  headers: Record<string, string>,
  banking: { createLedgerAccounts: (data: any) => Promise<any> },
  connection: { accounts: { id: string; title: string }[] },
  startDate: string
) {
  const account = connection.accounts.find((a) => a.title === "Chequing CAD")!
  return linkToNewLedgerAccount(api, headers, banking, {
    bank_account_id: account.id,
    ledger: { code: "1010", name: "Bank Chequing", currency_code: "CAD" },
    start_date: startDate,
  })
}

/** Refresh Transactions signs in live: waits until its run waits for the merchant's answer. */
export async function waitForQuestion(
  api: Api,
  headers: Record<string, string>,
  run: { id: string },
  timeoutMs = 60_000
) {
  const deadline = Date.now() + timeoutMs
  for (;;) {
    const { data } = await api.get(`/admin/banking/sync-runs/${run.id}`, { headers })
    if (data.sync_run.question === "asked" && data.sync_run.phase === "waiting_for_answer") return data.sync_run
    if (!data.sync_run.in_progress) throw new Error(`Sync run ${run.id} ended without asking: ${data.sync_run.message}`)
    if (Date.now() > deadline)
      throw new Error(`Sync run ${run.id} never asked the bank's question (${data.sync_run.phase})`)
    await new Promise((resolve) => setTimeout(resolve, 50))
  }
}
