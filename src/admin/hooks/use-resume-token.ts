import { useEffect, useState } from "react"
import { useLocation, useNavigate } from "react-router-dom"
import { keptResumeToken, tokenOfFragment } from "../lib/resume-token"

/**
 * The resume link's token, read once: from the address's fragment (`#token=...`), or what the login
 * page kept of it (lib/resume-token.ts). Once read, it is taken off the address, so that it stays
 * in neither the address bar nor the tab's history.
 */
export function useResumeToken(): string | null {
  const location = useLocation()
  const navigate = useNavigate()
  const [fromAddress] = useState(() => tokenOfFragment(location.hash))
  const [token] = useState(() => fromAddress || keptResumeToken())

  // biome-ignore lint/correctness/useExhaustiveDependencies: the token leaves the address once, when the page opens
  useEffect(() => {
    if (fromAddress) navigate({ pathname: location.pathname, search: location.search }, { replace: true })
  }, [fromAddress])

  return token
}
