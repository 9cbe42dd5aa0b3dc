import { Spinner, TriangleRightMini } from "@medusajs/icons"
import { Alert, Button, Input, Text } from "@medusajs/ui"
import { useState } from "react"
import { useStartConnectSession } from "../../hooks/api/connect-sessions"
import { useBankInstitutions } from "../../hooks/api/institutions"
import { useDebouncedValue } from "../../hooks/use-debounced-value"
import type { AdminBankInstitution, AdminBankingProvider, AdminConnectSession } from "../../../types/http"

type Props = {
  provider: AdminBankingProvider
  consentVersion: string
  onStarted: (institution: AdminBankInstitution, session: AdminConnectSession) => void
  onBack: () => void
}

/**
 * Step 3: the bank. Choosing one opens the Connect session, carrying the consent of step 2; the
 * server's refusal (consent, configuration) is shown as it wrote it.
 */
export function BankChoice({ provider, consentVersion, onStarted, onBack }: Props) {
  const [search, setSearch] = useState("")
  const q = useDebouncedValue(search.trim())
  const institutions = useBankInstitutions(provider.id, q)
  const start = useStartConnectSession()
  const [chosen, setChosen] = useState<string | null>(null)

  const choose = (institution: AdminBankInstitution) => {
    setChosen(institution.id)
    start.mutate(
      { provider: provider.id, consent: { accepted: true, version: consentVersion }, institution_id: institution.id },
      { onSuccess: ({ connect_session }) => onStarted(institution, connect_session) }
    )
  }

  const list = institutions.data?.institutions
  return (
    <div className="flex max-w-2xl flex-col gap-y-4">
      <Text size="small" className="text-ui-fg-subtle">
        Choose your bank. You will sign in to it through Flinks on the next step.
      </Text>
      <Input
        type="search"
        size="small"
        placeholder="Search banks"
        aria-label="Search banks"
        value={search}
        onChange={(event) => setSearch(event.target.value)}
        autoFocus
      />
      {start.isError && (
        <Alert variant="error" role="alert">
          {start.error.message}
        </Alert>
      )}
      {institutions.isError && (
        <Alert variant="error" role="alert">
          Could not load the banks: {institutions.error.message}
        </Alert>
      )}
      {!list && institutions.isPending && (
        <Text size="small" className="text-ui-fg-subtle">
          Loading the banks…
        </Text>
      )}
      {list && list.length === 0 && (
        <Text size="small" className="text-ui-fg-subtle">
          No bank matches "{q}".
        </Text>
      )}
      {list && list.length > 0 && (
        <ul className="divide-y overflow-hidden rounded-lg border border-ui-border-base" aria-label="Banks">
          {list.map((institution) => (
            <li key={institution.id}>
              <button
                type="button"
                disabled={start.isPending}
                onClick={() => choose(institution)}
                className="flex w-full items-center justify-between gap-x-4 px-4 py-3 text-left outline-none transition-fg hover:bg-ui-bg-base-hover focus-visible:bg-ui-bg-base-hover disabled:cursor-wait"
              >
                <Text as="span" size="small" weight="plus" leading="compact">
                  {institution.name}
                </Text>
                {start.isPending && chosen === institution.id ? (
                  <Spinner className="animate-spin text-ui-fg-muted" aria-hidden />
                ) : (
                  <TriangleRightMini className="text-ui-fg-muted" aria-hidden />
                )}
              </button>
            </li>
          ))}
        </ul>
      )}
      <div>
        <Button variant="secondary" size="small" onClick={onBack} disabled={start.isPending}>
          Back
        </Button>
      </div>
    </div>
  )
}
