import { Page } from "@playwright/test"

/**
 * What makes a screen wider than the window: the document itself, or any area that scrolls
 * sideways (the admin scrolls its <main>, not the document, so checking the document alone would
 * miss it). An area marked data-scrolls-sideways (a wide table in its own box) is allowed to.
 * Each entry names the element and by how many pixels it overflows; none when the screen fits.
 */
export async function sidewaysOverflow(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const found: string[] = []
    const root = document.documentElement
    if (root.scrollWidth > window.innerWidth) found.push(`document: ${root.scrollWidth - window.innerWidth}px`)
    for (const element of Array.from(document.querySelectorAll<HTMLElement>("body *"))) {
      const overflowX = getComputedStyle(element).overflowX
      if (overflowX !== "auto" && overflowX !== "scroll") continue
      if (element.closest("[data-scrolls-sideways]")) continue
      const extra = element.scrollWidth - element.clientWidth
      if (extra > 1) found.push(`${element.tagName.toLowerCase()}.${element.className}: ${extra}px`)
    }
    return found
  })
}

/**
 * The labels whose words take more than one line, among the visible elements `selector` finds:
 * by default the buttons of the admin's page area.
 */
export async function wrappedButtons(page: Page, selector = "main button"): Promise<string[]> {
  return page.evaluate((selector) => {
    const wrapped: string[] = []
    for (const button of Array.from(document.querySelectorAll<HTMLElement>(selector))) {
      if (!button.offsetParent) continue
      const tops: number[] = []
      const walker = document.createTreeWalker(button, NodeFilter.SHOW_TEXT)
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        if (!node.textContent?.trim()) continue
        const range = document.createRange()
        range.selectNodeContents(node)
        for (const rect of Array.from(range.getClientRects())) if (rect.width > 0) tops.push(rect.top)
      }
      // Words of one line start within a few pixels of each other; a second line starts a line lower.
      if (tops.length && Math.max(...tops) - Math.min(...tops) > 6) wrapped.push(button.textContent?.trim() ?? "")
    }
    return wrapped
  }, selector)
}
