import { reusableUnasked } from "../waiting-question"

const NOW = new Date("2026-12-02T12:00:00.000Z")
const minutesAgo = (minutes: number) => new Date(NOW.getTime() - minutes * 60_000)

describe("a question our sign-in left waiting", () => {
  it("is opened again without asking the bank while nobody was given it and it has time left", () => {
    expect(reusableUnasked({ request_id: "r", asked_at: minutesAgo(1), handed_out: false }, NOW)).toBe(true)
    expect(reusableUnasked({ request_id: "r", asked_at: minutesAgo(6.9), handed_out: false }, NOW)).toBe(true)
  })

  it("is not once handed to a screen, nor in its last minute", () => {
    expect(reusableUnasked({ request_id: "r", asked_at: minutesAgo(1), handed_out: true }, NOW)).toBe(false)
    expect(reusableUnasked({ request_id: "r", asked_at: minutesAgo(7), handed_out: false }, NOW)).toBe(false)
    expect(reusableUnasked(null, NOW)).toBe(false)
  })
})
