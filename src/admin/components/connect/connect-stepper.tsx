import { CheckMini } from "@medusajs/icons"
import { clx, Text } from "@medusajs/ui"
import { CONNECT_STEPS, ConnectStep } from "../../lib/connect-flow"

/** "1 Provider · 2 Consent · 3 Bank · 4 Sign in · 5 Done", with the current step marked. */
export function ConnectStepper({ current }: { current: ConnectStep }) {
  const currentIndex = CONNECT_STEPS.findIndex((item) => item.step === current)
  return (
    <ol className="flex flex-wrap items-center gap-x-3 gap-y-2" aria-label="Progress">
      {CONNECT_STEPS.map((item, index) => {
        const done = index < currentIndex || current === "done"
        const active = index === currentIndex && current !== "done"
        return (
          <li key={item.step} className="flex items-center gap-x-2" aria-current={active ? "step" : undefined}>
            {index > 0 && <span className="h-px w-4 bg-ui-border-strong" aria-hidden />}
            <span
              className={clx(
                "txt-compact-xsmall-plus flex size-5 items-center justify-center rounded-full border",
                done && "border-ui-tag-green-border bg-ui-tag-green-bg text-ui-tag-green-icon",
                active && "border-ui-fg-interactive bg-ui-bg-interactive text-ui-fg-on-color",
                !done && !active && "border-ui-border-base text-ui-fg-muted"
              )}
            >
              {done ? <CheckMini /> : index + 1}
            </span>
            <Text
              as="span"
              size="small"
              weight={active ? "plus" : "regular"}
              leading="compact"
              className={active ? "text-ui-fg-base" : "text-ui-fg-subtle"}
            >
              {item.label}
            </Text>
          </li>
        )
      })}
    </ol>
  )
}
