import { recordId } from "../../../utils/record-id"

/** Following a run takes nothing but its id in the path. */
export const syncRunId = recordId("import run")
