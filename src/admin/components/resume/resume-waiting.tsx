import { Spinner } from "@medusajs/icons"
import { Text } from "@medusajs/ui"

/** A request to the bank is under way. */
export function ResumeWaiting({ message }: { message: string }) {
  return (
    <div className="flex items-center gap-x-2 py-8" role="status">
      <Spinner className="animate-spin text-ui-fg-subtle" />
      <Text size="small">{message}</Text>
    </div>
  )
}
