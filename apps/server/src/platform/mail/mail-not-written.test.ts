import Fastify from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { enableSync, person, sync, toCsv } from '../../modules/sync/sync.test-kit.js';
import { notifyFileResult } from '../../modules/sync/sync-notifications.js';
import { createTestApp, type TestApp } from '../../test/app-fixture.js';
import { sendDueNotices } from '../webhooks/disable-notices.js';
import { createMailer } from './mailer.js';

/**
 * Without SMTP_URL a mail is only a log line; at LOG_LEVEL=error that line is never written. Its senders must then
 * record the mail as not sent (as for an SMTP failure), not as sent: the sync file's `notification_error`, and a
 * webhook-disabled notice retried a few minutes apart, then given up.
 */
let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => t?.close());

/** The mailer app.ts builds without SMTP_URL, on the server's own logger at this level. */
function logOnlyMailer(level: string) {
  const app = Fastify({ logger: { level, stream: { write() {} } } });
  return { mailer: createMailer({ from: 'Roster <roster@localhost>' }, app.log), log: app.log };
}

describe('mail that the log level would drop', () => {
  it('is recorded on the sync file as not sent', async () => {
    await enableSync(t, undefined, { notificationEmails: ['hr-it@example.com'] });
    const file = await sync(t, toCsv([person('Q1')]));
    expect(file.status).toBe('complete');
    // As if the file had just finished on a server at LOG_LEVEL=error (finished two days ago: the runner's own
    // catch-up of unsent mail, which looks at the last day, leaves it alone).
    await t.db.db
      .updateTable('syncFiles')
      .set({ notifiedAt: null, notificationError: null, finishedAt: new Date(Date.now() - 2 * 86_400_000).toISOString() })
      .where('id', '=', file.id)
      .execute();

    const { mailer, log } = logOnlyMailer('error');
    expect(await notifyFileResult({ db: t.db.db, mailer, publicUrl: 'https://hr.example.com', log }, file.id, new Date())).toBe('failed');
    const row = await t.db.db
      .selectFrom('syncFiles')
      .select(['notifiedAt', 'notificationError'])
      .where('id', '=', file.id)
      .executeTakeFirstOrThrow();
    expect(row.notificationError).toContain('mail not sent: SMTP_URL is not set, and LOG_LEVEL=error');
    // Claimed once: not mailed again in a loop.
    expect(row.notifiedAt).toBeTruthy();
  });

  it('makes a webhook-disabled notice a failed send, retried later rather than marked sent', async () => {
    const created = await t.call('POST', '/webhook/v1/subscriptions', {
      body: { url: 'https://93.184.215.14/hooks', events: ['employee.*'] },
    });
    expect(created.statusCode, created.body).toBe(200);
    const id = created.json.data.id;
    // Due an hour from now, so that the app's own dispatcher (real time) leaves it to the call below.
    const now = new Date(Date.now() + 2 * 3_600_000);
    const dueAt = new Date(Date.now() + 3_600_000).toISOString();
    await t.db.db
      .updateTable('webhookSubscriptions')
      .set({ enabled: 0, disabledReason: 'gone', disabledAt: dueAt, noticeDueAt: dueAt, noticeAttempts: 0 })
      .where('id', '=', id)
      .execute();

    const { mailer, log } = logOnlyMailer('silent');
    const sent = await sendDueNotices({ db: t.db.db, clock: { now: () => now }, mailer, publicUrl: 'https://hr.example.com', log });
    expect(sent).toBe(0);
    const row = await t.db.db
      .selectFrom('webhookSubscriptions')
      .select(['noticeDueAt', 'noticeAttempts'])
      .where('id', '=', id)
      .executeTakeFirstOrThrow();
    expect(row.noticeAttempts).toBe(1);
    expect(row.noticeDueAt).toBe(new Date(now.getTime() + 60_000).toISOString());
  });
});
