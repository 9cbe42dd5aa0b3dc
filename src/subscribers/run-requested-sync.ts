import { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { BankSyncRequestedPayload, BankingEvents } from "../types/events"
import { executeSyncRun } from "../workflows/sync"

/** A run was queued by Link, Refresh Transactions or Check Now: do its work here, off the request. */
export default async function runRequestedSync({ event, container }: SubscriberArgs<BankSyncRequestedPayload>) {
  await executeSyncRun(container, event.data.id)
}

export const config: SubscriberConfig = {
  event: BankingEvents.SYNC_REQUESTED,
}
