/** A calendar date a number of days before today (UTC), as the routes take start dates. */
export function daysAgo(days: number): string {
  return new Date(Date.now() - days * 86_400_000).toISOString().slice(0, 10)
}
