import nodemailer from 'nodemailer';

export interface MailMessage {
  to: string[];
  subject: string;
  text: string;
  html?: string;
  attachments?: { filename: string; content: string | Buffer; contentType?: string }[];
  /** What the mail is about, for the log line written in its place without SMTP_URL (`reqId`, `companyId`, …). */
  about?: Record<string, string | null>;
}

export interface MailResult {
  /** True when an SMTP server accepted the message; false when it was only written to the log (no SMTP_URL). */
  delivered: boolean;
  messageId: string | null;
}

/**
 * Sends notification mail: through SMTP when `SMTP_URL` is set, otherwise into the log so nothing is lost silently.
 * `send` rejects when the message reached neither (SMTP refused it, or the log level drops it): callers record that.
 */
export interface Mailer {
  send(message: MailMessage): Promise<MailResult>;
  close(): Promise<void>;
}

interface MailLog {
  warn(obj: object, msg: string): void;
  /** pino's; a logger without it (a no-op one) is taken to write everything. */
  isLevelEnabled?(level: string): boolean;
  level?: string;
}

/**
 * The level a mail without SMTP_URL is logged at: `warn`, since it is a mail that was not sent, and so that it is kept
 * at the levels an operator quietens a server to (LOG_LEVEL=warn).
 */
const logOnlyMailLevel = 'warn';

/**
 * `smtpUrl` is a nodemailer connection URL: `smtp://user:pass@host:587` (STARTTLS when offered), `smtps://…:465`
 * (TLS), with query options such as `?ignoreTLS=true` for a relay on a private network.
 */
export function createMailer(options: { smtpUrl?: string; from: string }, log: MailLog): Mailer {
  if (!options.smtpUrl) {
    return {
      async send(message) {
        // At LOG_LEVEL error, fatal or silent the line would be dropped: a lost mail is a failed send, not a sent one.
        if (log.isLevelEnabled && !log.isLevelEnabled(logOnlyMailLevel)) {
          throw new Error(
            `mail not sent: SMTP_URL is not set, and LOG_LEVEL=${log.level ?? 'unknown'} drops the ${logOnlyMailLevel} line such mail is written to instead; set SMTP_URL, or LOG_LEVEL=${logOnlyMailLevel} (or info, debug, trace)`,
          );
        }
        log.warn(
          {
            ...message.about,
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
