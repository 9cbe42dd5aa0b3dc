import { loginDiscardDelayMs } from "../login-discard-delay"

describe("the delay before the next try at deleting a refused login", () => {
  it("is short while Flinks may still be processing the sign-in, then grows to an hour and stays there", () => {
    const delays = [1, 2, 3, 4, 5, 6, 7, 8, 50].map(loginDiscardDelayMs)
    expect(delays.slice(0, 2)).toEqual([30_000, 60_000])
    expect(delays).toEqual([...delays].sort((a, b) => a - b))
    expect(delays.slice(-3)).toEqual([3_600_000, 3_600_000, 3_600_000])
  })
})
