import { defineWidgetConfig } from "@medusajs/admin-sdk"
import { useEffect } from "react"
import { useLocation } from "react-router-dom"
import { keepResumeToken, resumeTokenOf } from "../lib/resume-token"

/**
 * Shows nothing. On the login page, when the merchant was sent there from a resume link, keeps the
 * link's token for the Resume page: the dashboard brings them back after the login without the
 * fragment that carries it (lib/resume-token.ts).
 */
function KeepResumeLinkThroughLogin() {
  const location = useLocation()
  const token = resumeTokenOf((location.state as { from?: unknown } | null)?.from)

  useEffect(() => {
    if (token) keepResumeToken(token)
  }, [token])

  return null
}

export const config = defineWidgetConfig({
  zone: "login.before",
})

export default KeepResumeLinkThroughLogin
