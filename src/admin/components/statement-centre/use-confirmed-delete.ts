import { toast, usePrompt } from "@medusajs/ui"
import { merchantMessage } from "../../lib/merchant-message"
import { plural } from "./labels"

/** What is about to be deleted, as the merchant is asked about it. */
export type DeleteRequest = {
  /** "3 lines", "the statement Jan 1, 2026 – Jan 31, 2026" */
  what: string
  lines: number
  /** Reconciled lines among them, as far as the screen knows. */
  reconciled: number
  run: (confirmReconciled: boolean) => Promise<unknown>
  done: string
}

/** "2 of the 3 lines are reconciled. …": the server's refusal, with the count it gives. */
function reconciledRefusal(error: unknown): { reconciled: number | null; message: string } | null {
  // The sdk's FetchError, read by shape: its status is the HTTP status.
  const status = (error as { status?: unknown } | null)?.status
  const message = error instanceof Error ? error.message : ""
  if (status !== 400 || !/reconciled/i.test(message)) return null
  const count = /^(\d+) of the/.exec(message)
  return { reconciled: count ? Number(count[1]) : null, message }
}

function reconciledWarning(reconciled: number, lines: number | null) {
  if (lines === 1 && reconciled === 1) return "It is reconciled: deleting it takes it out of your reconciliation."
  return `${plural(reconciled, "reconciled line")} ${reconciled === 1 ? "is" : "are"} among them and will be deleted too, leaving your reconciliation.`
}

/**
 * Deletes after the merchant confirms. Reconciled lines are protected by the server: when the
 * screen knows some are included, the confirmation says how many and the request carries the
 * merchant's explicit yes; when the server still refuses (someone reconciled one meanwhile), a
 * second confirmation quotes its count and the request is retried with the yes.
 */
export function useConfirmedDelete() {
  const prompt = usePrompt()

  return async (request: DeleteRequest): Promise<boolean> => {
    const confirmed = await prompt({
      title: `Delete ${request.what}?`,
      description: [
        `${plural(request.lines, "line")} will be deleted; a later import does not bring ${request.lines === 1 ? "it" : "them"} back.`,
        request.reconciled > 0 ? reconciledWarning(request.reconciled, request.lines) : "",
      ]
        .filter(Boolean)
        .join(" "),
      confirmText: request.reconciled > 0 ? `Delete, with ${plural(request.reconciled, "reconciled line")}` : "Delete",
      cancelText: "Cancel",
      variant: "danger",
    })
    if (!confirmed) return false
    try {
      await request.run(request.reconciled > 0)
    } catch (error) {
      const refusal = reconciledRefusal(error)
      if (!refusal) {
        toast.error(`Could not delete ${request.what}`, { description: merchantMessage(error) })
        return false
      }
      const again = await prompt({
        title: "Delete reconciled lines too?",
        description:
          `${refusal.message} ${refusal.reconciled !== null ? reconciledWarning(refusal.reconciled, request.lines) : ""}`.trim(),
        confirmText:
          refusal.reconciled !== null
            ? `Delete, with ${plural(refusal.reconciled, "reconciled line")}`
            : "Delete reconciled lines too",
        cancelText: "Keep them",
        variant: "danger",
      })
      if (!again) return false
      try {
        await request.run(true)
      } catch (retryError) {
        toast.error(`Could not delete ${request.what}`, { description: merchantMessage(retryError) })
        return false
      }
    }
    toast.success(request.done)
    return true
  }
}
