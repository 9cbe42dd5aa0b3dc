/**
 * How far back an import asks: a feed that has imported before only needs the lines from its
 * newest one on (the Flinks client's smallest window still catches lines the bank posts late); a
 * first import reaches back to the start date. The client picks the window that reaches it.
 */
export function importStartDate(feeds: { start_date: string; high_water_date: string | null }[]): string {
  // Calendar dates written YYYY-MM-DD sort as text in date order.
  return feeds.map((feed) => feed.high_water_date || feed.start_date).sort()[0]
}
