import { copyTextRow } from "../copy-text"
import { entityIdFactory } from "../entity-ids"

describe("copyTextRow", () => {
  it("separates columns with tabs, writes null as \\N and escapes what the format reserves", () => {
    expect(copyTextRow(["a", null, 3, "tab\there", "line\nbreak\r", "back\\slash", ""])).toBe(
      "a\t\\N\t3\ttab\\there\tline\\nbreak\\r\tback\\\\slash\t\n"
    )
  })

  it("escapes every value of a row, not only the first that needs it", () => {
    expect(copyTextRow(["a\tb", "c\td", "e\nf"])).toBe("a\\tb\tc\\td\te\\nf\n")
  })

  it("keeps accents and quotes as they are", () => {
    expect(copyTextRow(['Café "Dépôt"', "N"])).toBe('Café "Dépôt"\tN\n')
  })
})

describe("entityIdFactory", () => {
  it("makes ids in Medusa's format that sort in the order they were made", () => {
    const next = entityIdFactory("btxn")
    const ids = Array.from({ length: 1000 }, next)
    expect(ids[0]).toMatch(/^btxn_[0-9A-HJKMNP-TV-Z]{26}$/)
    expect(new Set(ids).size).toBe(1000)
    expect([...ids].sort()).toEqual(ids)
  })

  it("gives two imports that begin at once ids of their own", () => {
    const first = Array.from({ length: 1000 }, entityIdFactory("btxn"))
    const second = Array.from({ length: 1000 }, entityIdFactory("btxn"))
    expect(new Set([...first, ...second]).size).toBe(2000)
  })
})
