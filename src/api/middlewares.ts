import { defineMiddlewares } from "@medusajs/framework/http"
import { bankConnectionsMiddlewares } from "./admin/banking/connections/middlewares"

export default defineMiddlewares({
  routes: [...bankConnectionsMiddlewares],
})
