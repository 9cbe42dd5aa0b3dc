/** What one tick of a scheduled job did: nothing (not due, or the previous tick still runs), or each connection's outcome. */
export type ScheduledTick =
  | { ran: false; reason: "not_due" | "already_running"; outcomes?: undefined }
  | { ran: true; outcomes: Record<string, string> }
