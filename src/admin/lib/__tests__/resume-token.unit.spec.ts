import { forgetResumeToken, keepResumeToken, keptResumeToken, resumeTokenOf, tokenOfFragment } from "../resume-token"

function memoryStore() {
  const items = new Map<string, string>()
  return {
    getItem: (key: string) => items.get(key) ?? null,
    setItem: (key: string, value: string) => void items.set(key, value),
    removeItem: (key: string) => void items.delete(key),
  }
}

describe("a resume link kept through the login", () => {
  it("reads the token from the fragment of the resume page's address only", () => {
    expect(resumeTokenOf({ pathname: "/banking/resume", search: "", hash: "#token=abc" })).toBe("abc")
    expect(resumeTokenOf({ pathname: "/banking/resume/", search: "", hash: "#token=abc&x=1" })).toBe("abc")
    expect(resumeTokenOf({ pathname: "/banking/accounts", search: "", hash: "#token=abc" })).toBeNull()
    expect(resumeTokenOf({ pathname: "/banking/resume", search: "", hash: "" })).toBeNull()
    expect(resumeTokenOf(undefined)).toBeNull()
    expect(resumeTokenOf({ pathname: "/banking/resume" })).toBeNull()
  })

  it("never takes a token from the query string, which the server would have logged", () => {
    expect(resumeTokenOf({ pathname: "/banking/resume", search: "?token=abc", hash: "" })).toBeNull()
    expect(tokenOfFragment("#token=a-b_c")).toBe("a-b_c")
    expect(tokenOfFragment("token=abc")).toBe("abc")
    expect(tokenOfFragment("#")).toBeNull()
  })

  it("keeps the token until it is forgotten", () => {
    const store = memoryStore()
    keepResumeToken("abc", store, 1_000)
    expect(keptResumeToken(store, 2_000)).toBe("abc")
    expect(keptResumeToken(store, 2_000)).toBe("abc")
    forgetResumeToken(store)
    expect(keptResumeToken(store, 2_000)).toBeNull()
  })

  it("ignores a token kept more than half an hour ago, or unreadable", () => {
    const store = memoryStore()
    keepResumeToken("abc", store, 0)
    expect(keptResumeToken(store, 31 * 60 * 1000)).toBeNull()
    store.setItem("medusa-plugin-flinks:resume-token", "{not json")
    expect(keptResumeToken(store, 0)).toBeNull()
  })
})
