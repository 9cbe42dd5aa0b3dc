export { csvHead, csvLine, linesToCsv, neutraliseCell } from "./csv"
export { exportFileName } from "./file-name"
export { linesToOfx, ofxHead, ofxLine, ofxTail } from "./ofx"
export type { ExportAccount, ExportLine } from "./types"
