import { MedusaRequest } from "@medusajs/framework/http"

/** Where Flinks Connect sends the browser back: this server's public redirect route. */
export function flinksRedirectUrl(req: MedusaRequest): string {
  return `${req.protocol}://${req.get("host")}/flinks/redirect`
}
