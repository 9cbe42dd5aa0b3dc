import { ModuleProvider, Modules } from "@medusajs/framework/utils"
import { SmtpNotificationService } from "./service"

/**
 * An SMTP email provider for Medusa's Notification module. In medusa-config:
 *   { resolve: "@medusajs/medusa/notification", options: { providers: [{
 *       resolve: "medusa-plugin-flinks/providers/notification-smtp", id: "smtp",
 *       options: { channels: ["email"], host, port, secure, auth: { user, pass }, from } }] } }
 */
export default ModuleProvider(Modules.NOTIFICATION, { services: [SmtpNotificationService] })
