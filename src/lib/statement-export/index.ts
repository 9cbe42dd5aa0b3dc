export { linesToCsv, neutraliseCell } from "./csv"
export { exportFileName } from "./file-name"
export { linesToOfx } from "./ofx"
export type { ExportAccount, ExportLine } from "./types"
