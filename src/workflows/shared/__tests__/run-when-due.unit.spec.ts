import { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { runWhenDue, RunWhenDueInput } from "../run-when-due"

/** A locking module as the providers behave: a key held by another owner refuses, its owner may renew. */
function fakeContainer() {
  const holders = new Map<string, string>()
  const logged: string[] = []
  const locking = {
    async acquire(key: string, { ownerId }: { ownerId: string }) {
      const holder = holders.get(key)
      if (holder && holder !== ownerId) throw new Error("held by someone else")
      holders.set(key, ownerId)
    },
    async release(key: string, { ownerId }: { ownerId: string }) {
      if (holders.get(key) !== ownerId) return false
      return holders.delete(key)
    },
  }
  const logger = { info: (line: string) => logged.push(line) }
  const services: Record<string, unknown> = { [Modules.LOCKING]: locking, [ContainerRegistrationKeys.LOGGER]: logger }
  const container = { resolve: (key: string) => services[key] } as unknown as MedusaContainer
  return { container, holders, logged }
}

// Daily at 03:00 UTC.
const AT_THREE: RunWhenDueInput = {
  schedule: "0 3 * * *",
  now: new Date("2026-03-10T03:00:20Z"),
  force: false,
  lockKey: "banking:test-job",
  leaseSeconds: 30,
  what: "test job",
}

describe("a scheduled job's tick", () => {
  it("does nothing, and takes no lock, when the schedule is not due", async () => {
    const { container, holders, logged } = fakeContainer()
    const job = jest.fn(async () => "done")
    const tick = await runWhenDue(container, { ...AT_THREE, now: new Date("2026-03-10T03:01:00Z") }, job)
    expect(tick).toEqual({ ran: false, reason: "not_due" })
    expect(job).not.toHaveBeenCalled()
    expect(holders.size).toBe(0)
    expect(logged).toEqual([])
  })

  it("runs when due, answers the job's result and lets go of the lock", async () => {
    const { container, holders } = fakeContainer()
    const seenHeld: boolean[] = []
    const tick = await runWhenDue(container, AT_THREE, async () => {
      seenHeld.push(holders.has("banking:test-job"))
      return { imported: 3 }
    })
    expect(tick).toEqual({ ran: true, result: { imported: 3 } })
    expect(seenHeld).toEqual([true])
    expect(holders.size).toBe(0)
  })

  it("runs off schedule when forced", async () => {
    const { container } = fakeContainer()
    const tick = await runWhenDue(
      container,
      { ...AT_THREE, now: new Date("2026-03-10T15:42:00Z"), force: true },
      async () => "done"
    )
    expect(tick).toEqual({ ran: true, result: "done" })
  })

  it("skips, and says so in the log, while the previous tick still runs", async () => {
    const { container, logged } = fakeContainer()
    let finishFirst = () => {}
    const first = runWhenDue(container, AT_THREE, () => new Promise<string>((ok) => (finishFirst = () => ok("first"))))
    const second = jest.fn(async () => "second")
    await expect(runWhenDue(container, AT_THREE, second)).resolves.toEqual({ ran: false, reason: "already_running" })
    expect(second).not.toHaveBeenCalled()
    expect(logged).toEqual(["Banking: the previous test job is still running; this tick is skipped."])

    finishFirst()
    await expect(first).resolves.toEqual({ ran: true, result: "first" })
    await expect(runWhenDue(container, AT_THREE, second)).resolves.toEqual({ ran: true, result: "second" })
  })

  it("lets go of the lock when the job fails, so the next tick runs", async () => {
    const { container, holders } = fakeContainer()
    await expect(
      runWhenDue(container, AT_THREE, async () => {
        throw new Error("Flinks is down")
      })
    ).rejects.toThrow("Flinks is down")
    expect(holders.size).toBe(0)
    await expect(runWhenDue(container, AT_THREE, async () => "ok")).resolves.toEqual({ ran: true, result: "ok" })
  })
})
