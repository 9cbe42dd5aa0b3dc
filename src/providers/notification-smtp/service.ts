import { Logger, NotificationTypes } from "@medusajs/framework/types"
import { AbstractNotificationProviderService, MedusaError } from "@medusajs/framework/utils"
import nodemailer, { Transporter } from "nodemailer"
import { parseSmtpOptions, SmtpOptions } from "./options"

type InjectedDependencies = { logger: Logger }

/**
 * Sends the Notification module's email notifications over SMTP (nodemailer), so a merchant can use
 * any mail server. A notification brings its own rendered content (subject, text, html); the
 * template name is only a label here.
 */
export class SmtpNotificationService extends AbstractNotificationProviderService {
  static identifier = "notification-smtp"

  private readonly options_: SmtpOptions
  private readonly logger_: Logger
  private transporter_: Transporter | null = null

  static validateOptions(options: Record<string, unknown>) {
    parseSmtpOptions(options)
  }

  constructor({ logger }: InjectedDependencies, options: Record<string, unknown>) {
    super()
    this.options_ = parseSmtpOptions(options)
    this.logger_ = logger
  }

  private transporter(): Transporter {
    this.transporter_ ??= nodemailer.createTransport({
      host: this.options_.host,
      port: this.options_.port,
      secure: this.options_.secure,
      auth: this.options_.auth,
    })
    return this.transporter_
  }

  async send(
    notification: NotificationTypes.ProviderSendNotificationDTO
  ): Promise<NotificationTypes.ProviderSendNotificationResultsDTO> {
    const content = notification.content
    if (!content?.subject || (!content.text && !content.html)) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `The SMTP provider sends rendered emails: notification "${notification.template}" has no subject or body.`
      )
    }
    const info = await this.transporter().sendMail({
      from: notification.from ?? this.options_.from,
      to: notification.to,
      subject: content.subject,
      text: content.text,
      html: content.html,
      attachments: notification.attachments?.map((attachment) => ({
        filename: attachment.filename,
        content: attachment.content,
        contentType: attachment.content_type,
        encoding: "base64",
      })),
    })
    this.logger_.info(`SMTP: sent "${notification.template}" (${info.messageId})`)
    return { id: info.messageId }
  }
}
