import express from "express"
import { AddressInfo } from "node:net"
import { hideQueryFromAccessLog, originOnly, withoutQuery } from "../hide-query-from-access-log"

// Medusa's own access logger and the tokens both of its formats print (@medusajs/framework's express loader).
const morgan = require("morgan")

const STATE = "s7Hq2v-0_state-the-server-issued-XYZ"
const LOGIN_ID = "5e0f8b1c-0a7d-4c55-9a41-login-id-0001"

describe("Flinks' redirect in the access log", () => {
  it("hides the whole query, keeps the path", () => {
    expect(withoutQuery(`/flinks/redirect?state=${STATE}&loginId=${LOGIN_ID}`)).toBe("/flinks/redirect?[redacted]")
    expect(withoutQuery("/flinks/redirect")).toBe("/flinks/redirect")
  })

  it("keeps only a Referer's origin", () => {
    expect(originOnly(`https://toolbox-iframe.private.fin.ag/v2/?tag=${STATE}`)).toBe(
      "https://toolbox-iframe.private.fin.ag"
    )
    expect(originOnly("not a url")).toBeUndefined()
  })

  it("reaches the route whole, while morgan prints neither the LoginId nor the state", async () => {
    const lines: string[] = []
    const app = express()
    app.use(
      morgan(":method :url ← :referrer (:status)", { stream: { write: (line: string) => void lines.push(line) } })
    )
    app.get("/flinks/redirect", hideQueryFromAccessLog as any, (req, res) => {
      res.json({ query: req.query, referer: req.headers.referer ?? null })
    })
    const server = app.listen(0)
    try {
      const { port } = server.address() as AddressInfo
      const response = await fetch(
        `http://127.0.0.1:${port}/flinks/redirect?state=${STATE}&loginId=${LOGIN_ID}&institution=FlinksCapital`,
        {
          headers: { referer: `http://flinks.example/v2/?tag=${STATE}&redirectUrl=x` },
        }
      )
      expect(await response.json()).toEqual({
        query: { state: STATE, loginId: LOGIN_ID, institution: "FlinksCapital" },
        referer: "http://flinks.example",
      })
      // morgan writes once the response has finished.
      for (let wait = 0; lines.length === 0 && wait < 50; wait++)
        await new Promise((resolve) => setTimeout(resolve, 10))
      expect(lines).toEqual(["GET /flinks/redirect?[redacted] ← http://flinks.example (200)\n"])
    } finally {
      server.close()
    }
  })
})
