// Kept only for read-nightly-refresh-status.ts, which another change edits meanwhile: once it imports
// OPEN_MFA_STATUSES from "../mfa-episodes", this file goes. Episodes live in mfa-episodes/.
export { OPEN_MFA_STATUSES } from "../../mfa-episodes"
