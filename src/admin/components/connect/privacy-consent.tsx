import { ArrowUpRightOnBox } from "@medusajs/icons"
import { Button, Heading, Text } from "@medusajs/ui"
import type { AdminBankingProvider } from "../../../types/http"

type Props = {
  provider: AdminBankingProvider
  onAgree: (version: string) => void
  onBack: () => void
}

/**
 * Step 2: Flinks' Services Privacy Statement. Agreeing sends nothing yet: the consent goes with the
 * first request that needs it (opening the Connect session), where the server records it.
 */
export function PrivacyConsent({ provider, onAgree, onBack }: Props) {
  const statement = provider.privacy_statement
  return (
    <div className="flex max-w-2xl flex-col gap-y-4">
      <div className="flex flex-col gap-y-1">
        <Heading level="h2">Flinks Services Privacy Statement</Heading>
        <Text size="small" className="text-ui-fg-subtle">
          {provider.name} connects to your bank on this store's behalf. Before you continue, here is what that means for
          your data:
        </Text>
      </div>
      <ul className="flex list-disc flex-col gap-y-2 pl-5 text-ui-fg-subtle">
        {statement.summary.map((point) => (
          <li key={point}>
            <Text size="small" className="text-ui-fg-base">
              {point}
            </Text>
          </li>
        ))}
      </ul>
      <a
        href={statement.url}
        target="_blank"
        rel="noopener noreferrer"
        className="txt-compact-small-plus inline-flex w-fit items-center gap-x-1 text-ui-fg-interactive hover:text-ui-fg-interactive-hover"
      >
        Read the full Flinks Services Privacy Statement
        <ArrowUpRightOnBox />
      </a>
      <Text size="small" className="text-ui-fg-muted">
        By selecting Agree and Continue, you agree to this statement (version {statement.version}).
      </Text>
      <div className="flex items-center gap-x-2">
        <Button variant="secondary" size="small" onClick={onBack}>
          Back
        </Button>
        <Button size="small" onClick={() => onAgree(statement.version)}>
          Agree and Continue
        </Button>
      </div>
    </div>
  )
}
