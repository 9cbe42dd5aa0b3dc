/**
 * The Statement Centre's wide tables (statements, lines) keep Medusa's roomy cell spacing from
 * 1280 px; narrower, down to 1024 px, their columns sit closer so the whole row fits beside the
 * sidebar, row menu included, without the page scrolling sideways. The row's first and last cells
 * keep their own padding (Table.Row sets it).
 */
export const FITTING_CELLS = "[&_td]:pr-3 [&_th]:pr-3 xl:[&_td]:pr-6 xl:[&_th]:pr-6"
