import Fastify from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type SmtpInbox, startSmtpInbox } from '../../test/smtp-inbox.js';
import { createMailer } from './mailer.js';

let inbox: SmtpInbox;
beforeAll(async () => {
  inbox = await startSmtpInbox();
});
afterAll(async () => inbox?.close());

describe('mailer', () => {
  it('delivers through SMTP when SMTP_URL is set, with attachments', async () => {
    const mailer = createMailer({ smtpUrl: inbox.url, from: 'Roster <roster@example.com>' }, { warn() {} });
    const result = await mailer.send({
      to: ['it@example.com', 'hr@example.com'],
      subject: 'Sync complete – 3 créés',
      text: 'Created: 3\nA long line '.repeat(20),
      attachments: [{ filename: 'errors.csv', content: 'row,employee_id\n1,E1\n', contentType: 'text/csv' }],
    });
    expect(result.delivered).toBe(true);
    const mail = await inbox.waitFor((m) => m.subject.startsWith('Sync complete'));
    expect(mail.to.sort()).toEqual(['hr@example.com', 'it@example.com']);
    expect(mail.from).toBe('roster@example.com');
    expect(mail.subject).toBe('Sync complete – 3 créés');
    expect(mail.text).toContain('Created: 3');
    expect(mail.parsed.attachments[0]?.filename).toBe('errors.csv');
    expect(mail.parsed.attachments[0]?.content.toString()).toContain('1,E1');
    await mailer.close();
  });

  it('writes the message to the log without SMTP_URL', async () => {
    const lines: { obj: object; msg: string }[] = [];
    const mailer = createMailer({ from: 'x@example.com' }, { warn: (obj, msg) => lines.push({ obj, msg }) });
    const result = await mailer.send({
      to: ['a@example.com'],
      subject: 'Hello',
      text: 'Body',
      about: { fileId: 'f1', companyId: 'c1', reqId: 'req-1' },
    });
    expect(result).toEqual({ delivered: false, messageId: null });
    expect(lines).toHaveLength(1);
    expect(JSON.stringify(lines[0])).toContain('Hello');
    // The line says what the mail is about, as the other lines about that file or subscription do.
    expect(lines[0]?.obj).toMatchObject({ fileId: 'f1', companyId: 'c1', reqId: 'req-1' });
  });

  /** The server's own logger (pino, as app.ts hands it to the mailer) at a LOG_LEVEL, with the lines it writes. */
  function serverLog(level: string) {
    const lines: { level: number; msg: string; mail?: { subject: string } }[] = [];
    const app = Fastify({ logger: { level, stream: { write: (line: string) => lines.push(JSON.parse(line)) } } });
    return { log: app.log, lines };
  }

  it('without SMTP_URL, logs the mail as a warning: kept at LOG_LEVEL=warn, a level that drops info', async () => {
    const { log, lines } = serverLog('warn');
    const mailer = createMailer({ from: 'x@example.com' }, log);
    await expect(mailer.send({ to: ['a@example.com'], subject: 'Webhook disabled', text: 'Body' })).resolves.toEqual({
      delivered: false,
      messageId: null,
    });
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatchObject({ level: 40, mail: { subject: 'Webhook disabled' } });
  });

  it('without SMTP_URL, fails the send when the log level would drop the mail, so the caller records it as not delivered', async () => {
    for (const level of ['error', 'fatal', 'silent']) {
      const { log, lines } = serverLog(level);
      const mailer = createMailer({ from: 'x@example.com' }, log);
      await expect(mailer.send({ to: ['a@example.com'], subject: 'Hello', text: 'Body' }), level).rejects.toThrow(
        `mail not sent: SMTP_URL is not set, and LOG_LEVEL=${level} drops the warn line`,
      );
      expect(lines).toHaveLength(0);
    }
  });

  it('fails loudly when the SMTP server cannot be reached', async () => {
    const mailer = createMailer(
      { smtpUrl: 'smtp://127.0.0.1:1?ignoreTLS=true&connectionTimeout=2000', from: 'x@example.com' },
      { warn() {} },
    );
    await expect(mailer.send({ to: ['a@example.com'], subject: 's', text: 't' })).rejects.toThrow();
  });
});
