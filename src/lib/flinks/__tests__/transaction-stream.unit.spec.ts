import { FlinksClient } from "../client"
import { FlinksFailureError } from "../errors"
import { STREAM_CHUNK_LINES } from "../transaction-stream"
import type { FlinksStreamedTransaction, FlinksTransactionSink } from "../types"
import { CONFIG, FakeFlinks, REQUEST_ID, fastOptions } from "./fake-flinks"

const tx = (id: string, date: string, debit: string) =>
  `{"Id":"${id}","Date":"${date}","Code":null,"Description":"Coffee ${id}","Debit":${debit},"Credit":null,"Balance":100.10}`

/** An accounts detail of two accounts; `idFirst` puts each account's Id before its Transactions. */
function answer(idFirst: boolean, lines: [string[], string[]]) {
  const account = (id: string, transactions: string[]) => {
    const list = `"Transactions":[${transactions.join(",")}]`
    const fields = `"Id":"${id}","Title":"Chequing ${id}","Currency":"CAD","Balance":{"Available":null,"Current":1050.75,"Limit":null}`
    return idFirst ? `{${fields},${list}}` : `{${list},${fields}}`
  }
  return `{"HttpStatusCode":200,"RequestId":"${REQUEST_ID}","Accounts":[${account("acc-1", lines[0])},${account("acc-2", lines[1])}]}`
}

function recordingSink() {
  const received: { accountIndex: number; lines: FlinksStreamedTransaction[] }[] = []
  let restarts = 0
  /** How many lines had arrived each time the sink was told the answer was whole. */
  const finishedAfter: number[] = []
  const sink: FlinksTransactionSink = {
    async restart() {
      restarts++
      received.length = 0
    },
    async write(accountIndex, lines) {
      received.push({ accountIndex, lines })
    },
    async finish() {
      finishedAfter.push(received.reduce((sum, chunk) => sum + chunk.lines.length, 0))
    },
  }
  return {
    sink,
    received,
    restarts: () => restarts,
    finishedAfter,
    linesOf: (accountIndex: number) =>
      received.filter((chunk) => chunk.accountIndex === accountIndex).flatMap((chunk) => chunk.lines),
  }
}

/** The accounts detail `text` read by a client that streams its lines to `sink`. */
function streamAnswer(text: string, sink: FlinksTransactionSink) {
  return new FlinksClient(
    CONFIG,
    fastOptions(new FakeFlinks().on("GetAccountsDetail", { status: 200, text })).options
  ).getAccountsDetail(REQUEST_ID, { withTransactions: true, daysOfTransactions: "Days365", transactions: sink })
}

const many = (count: number, prefix: string) =>
  Array.from({ length: count }, (_, n) => tx(`${prefix}-${n}`, "2024-02-29", `${n}.25`))

describe("an accounts detail streamed to a sink", () => {
  for (const idFirst of [false, true]) {
    it(`gives each account's lines by position, exactly as the whole read does (Id ${idFirst ? "before" : "after"} the lines)`, async () => {
      const text = answer(idFirst, [many(12_000, "a"), many(3, "b")])
      const whole = await new FlinksClient(
        CONFIG,
        fastOptions(new FakeFlinks().on("GetAccountsDetail", { status: 200, text })).options
      ).getAccountsDetail(REQUEST_ID, { withTransactions: true, daysOfTransactions: "Days365" })
      const recorder = recordingSink()
      const streamed = await streamAnswer(text, recorder.sink)

      expect(streamed.accounts.map((a) => [a.providerAccountId, a.index, a.transactions.length])).toEqual([
        ["acc-1", 0, 0],
        ["acc-2", 1, 0],
      ])
      for (const [index, account] of whole.accounts.entries()) {
        expect(recorder.linesOf(index)).toEqual(account.transactions.map(({ providerAccountId, ...line }) => line))
      }
      expect(recorder.linesOf(0)[0]).toMatchObject({ providerTransactionId: "a-0", debit: "0.25", balance: "100.10" })
      // Held a chunk at a time, never the answer.
      expect(Math.max(...recorder.received.map((chunk) => chunk.lines.length))).toBeLessThanOrEqual(STREAM_CHUNK_LINES)
      expect(recorder.received.length).toBeGreaterThanOrEqual(3)
      // Told once, after the last line.
      expect(recorder.finishedAfter).toEqual([12_003])
    })
  }

  it("starts over when a read breaks midway and is retried: no line twice", async () => {
    const text = answer(false, [many(6_000, "a"), many(2, "b")])
    const fake = new FakeFlinks().on("GetAccountsDetail", [
      { status: 200, text: text.slice(0, Math.floor(text.length * 0.9)) },
      { status: 200, text },
    ])
    const recorder = recordingSink()
    await new FlinksClient(CONFIG, fastOptions(fake).options).getAccountsDetail(REQUEST_ID, {
      withTransactions: true,
      daysOfTransactions: "Days365",
      transactions: recorder.sink,
    })
    expect(fake.callsTo("GetAccountsDetail")).toHaveLength(2)
    expect(recorder.restarts()).toBe(2)
    expect(recorder.linesOf(0)).toHaveLength(6_000)
    expect(new Set(recorder.linesOf(0).map((line) => line.providerTransactionId)).size).toBe(6_000)
    expect(recorder.linesOf(1)).toHaveLength(2)
    // The broken answer was never declared whole.
    expect(recorder.finishedAfter).toEqual([6_002])
  })

  it("refuses an answer with a line it cannot read, without quoting the body", async () => {
    const text = answer(false, [[tx("a-1", "2024-02-29", "1.00"), tx("a-2", "29/02/2024", "1.00")], []])
    const recorder = recordingSink()
    const failure = await new FlinksClient(
      CONFIG,
      fastOptions(new FakeFlinks().on("GetAccountsDetail", { status: 200, text })).options
    )
      .getAccountsDetail(REQUEST_ID, {
        withTransactions: true,
        daysOfTransactions: "Days365",
        transactions: recorder.sink,
      })
      .catch((error) => error)
    expect(failure).toBeInstanceOf(FlinksFailureError)
    expect(failure).toMatchObject({ reason: "unexpected_response", retryable: false })
    expect(failure.message).not.toContain("Coffee")
    expect(recorder.finishedAfter).toEqual([])
  })

  it("passes the sink's own failure on as it is", async () => {
    const text = answer(false, [many(10, "a"), []])
    const broken: FlinksTransactionSink = {
      async restart() {},
      async write() {
        throw new Error("the staging table went away")
      },
      async finish() {},
    }
    await expect(streamAnswer(text, broken)).rejects.toThrow("the staging table went away")
  })

  it("fails the read when the sink cannot make the whole answer final", async () => {
    const text = answer(false, [many(10, "a"), []])
    const recorder = recordingSink()
    recorder.sink.finish = async () => {
      throw new Error("the staging COPY was refused")
    }
    await expect(streamAnswer(text, recorder.sink)).rejects.toThrow("the staging COPY was refused")
  })
})
