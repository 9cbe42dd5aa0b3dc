import { MedusaContainer } from "@medusajs/framework/types"
import { sweepLoginDiscardsWorkflow } from "../workflows/connections"

/** Every minute, another try at deleting at Flinks the logins of refused sign-ins. */
export default async function deleteRefusedFlinksLoginsJob(container: MedusaContainer) {
  await sweepLoginDiscardsWorkflow(container).run({ input: {} })
}

export const config = {
  name: "banking-delete-refused-flinks-logins",
  schedule: "* * * * *",
}
