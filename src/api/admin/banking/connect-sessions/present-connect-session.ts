import type { AdminConnectSession } from "../../../../types/http"
import { wireTime } from "../../../utils/wire-time"

/** A Connect session as the screen opens it: the widget address, the state, when it expires. */
export function presentConnectSession(session: {
  id: string
  state: string
  expires_at: Date | string
  connect_url: string
  connect_origin: string
}): AdminConnectSession {
  return { ...session, expires_at: wireTime(session.expires_at) }
}
