import nodemailer from 'nodemailer';

export interface MailMessage {
  to: string[];
  subject: string;
  text: string;
  html?: string;
  attachments?: { filename: string; content: string | Buffer; contentType?: string }[];
}

export interface MailResult {
  /** True when an SMTP server accepted the message; false when it was only written to the log (no SMTP_URL). */
  delivered: boolean;
  messageId: string | null;
}

/** Sends notification mail: through SMTP when `SMTP_URL` is set, otherwise into the log so nothing is lost silently. */
export interface Mailer {
  send(message: MailMessage): Promise<MailResult>;
  close(): Promise<void>;
}

interface MailLog {
  info(obj: object, msg: string): void;
}

/**
 * `smtpUrl` is a nodemailer connection URL: `smtp://user:pass@host:587` (STARTTLS when offered), `smtps://…:465`
 * (TLS), with query options such as `?ignoreTLS=true` for a relay on a private network.
 */
export function createMailer(options: { smtpUrl?: string; from: string }, log: MailLog): Mailer {
  if (!options.smtpUrl) {
    return {
      async send(message) {
        log.info(
          {
            mail: {
              to: message.to,
              subject: message.subject,
              text: message.text,
              attachments: message.attachments?.map((a) => a.filename),
            },
          },
          'mail not sent (no SMTP_URL): written to the log instead',
        );
        return { delivered: false, messageId: null };
      },
      async close() {},
    };
  }
  const transport = nodemailer.createTransport(options.smtpUrl);
  return {
    async send(message) {
      const info = await transport.sendMail({
        from: options.from,
        to: message.to,
        subject: message.subject,
        text: message.text,
        ...(message.html ? { html: message.html } : {}),
        ...(message.attachments ? { attachments: message.attachments } : {}),
      });
      return { delivered: true, messageId: info.messageId ?? null };
    },
    async close() {
      transport.close();
    },
  };
}
