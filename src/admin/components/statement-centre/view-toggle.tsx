import { CentreView } from "../../lib/statement-centre-params"

const VIEWS: { view: CentreView; label: string }[] = [
  { view: "header", label: "Header View" },
  { view: "detailed", label: "Detailed View" },
]

/** Header View (statements) or Detailed View (lines): two pressed/unpressed buttons side by side. */
export function ViewToggle({ view, onView }: { view: CentreView; onView: (view: CentreView) => void }) {
  return (
    // biome-ignore lint/a11y/useSemanticElements: a fieldset brings the browser's border and min-width; this is a segmented control
    <div
      role="group"
      aria-label="View"
      className="inline-flex gap-x-0.5 rounded-lg bg-ui-bg-component p-0.5 shadow-borders-base"
    >
      {VIEWS.map((item) => {
        const active = item.view === view
        return (
          <button
            key={item.view}
            type="button"
            aria-pressed={active}
            onClick={() => onView(item.view)}
            className={
              "txt-compact-small-plus rounded-md px-3 py-1 outline-none transition-fg focus-visible:shadow-borders-focus " +
              (active
                ? "bg-ui-bg-base text-ui-fg-base shadow-elevation-card-rest"
                : "text-ui-fg-subtle hover:text-ui-fg-base")
            }
          >
            {item.label}
          </button>
        )
      })}
    </div>
  )
}
