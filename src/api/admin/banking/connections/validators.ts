import { createFindParams } from "@medusajs/medusa/api/utils/validators"

export const AdminListBankConnections = createFindParams({ limit: 20, offset: 0 })
