import { randomBytes } from "node:crypto"
import { MedusaError } from "@medusajs/framework/utils"
import { ConnectionGateway } from "../connection-gateway"
import { ConnectionStore } from "../connection-store"
import { FlinksClients } from "../flinks-clients"
import { LoginCipher } from "../login-cipher"

type Row = { id: string; status: string; status_reason: string | null }

/** The module's connection rows, in memory: what the gateway reads and what it writes. */
function storeOf(row: Row | null) {
  const writes: Record<string, unknown>[] = []
  const store = {
    listBankConnections: async () => (row ? [{ ...row }] : []),
    updateBankConnections: async (data: Record<string, unknown>) => {
      writes.push(data)
      return data
    },
  } as unknown as ConnectionStore
  return { store, writes }
}

const cipher = new LoginCipher(randomBytes(32))
const gatewayOver = (store: ConnectionStore) => new ConnectionGateway(store, {} as FlinksClients, cipher)

describe("the connection gateway", () => {
  it("moves a connection the state machine lets go, and returns where it was for the undo", async () => {
    const { store, writes } = storeOf({ id: "bconn_1", status: "mfa_required", status_reason: "asked" })
    const before = await gatewayOver(store).moveConnection("bconn_1", "active", null, { last_success_at: null })
    expect(before).toEqual({ status: "mfa_required", status_reason: "asked" })
    expect(writes).toEqual([{ id: "bconn_1", status: "active", status_reason: null, last_success_at: null }])
  })

  it("refuses to bring a deleted connection back to life, and writes nothing", async () => {
    const { store, writes } = storeOf({ id: "bconn_1", status: "disconnected", status_reason: "Deleted" })
    await expect(gatewayOver(store).moveConnection("bconn_1", "active", null)).rejects.toMatchObject({
      type: MedusaError.Types.NOT_ALLOWED,
    })
    expect(writes).toEqual([])
  })

  it("answers NOT_FOUND for a connection that is not there", async () => {
    const { store } = storeOf(null)
    await expect(gatewayOver(store).moveConnection("bconn_9", "error", "x")).rejects.toMatchObject({
      type: MedusaError.Types.NOT_FOUND,
    })
  })

  it("seals a LoginId so that neither half shows it, and finds it again by its hash", () => {
    const { store } = storeOf(null)
    const sealed = gatewayOver(store).sealLogin("3f4c1a2b-login")
    expect(JSON.stringify(sealed)).not.toContain("3f4c1a2b-login")
    expect(sealed.login_id_hash).toBe(cipher.hash("3f4c1a2b-login"))
    expect(cipher.decrypt(sealed.login_id_encrypted)).toBe("3f4c1a2b-login")
  })
})
