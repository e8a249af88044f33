import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../test/app-fixture.js';
import { type SmtpInbox, startSmtpInbox } from '../../test/smtp-inbox.js';
import { enableSync, person, sync, toCsv } from './sync.test-kit.js';

let inbox: SmtpInbox;
let t: TestApp;
beforeAll(async () => {
  inbox = await startSmtpInbox();
  t = await createTestApp({ config: { smtpUrl: inbox.url, publicUrl: 'https://hr.example.com' } });
});
afterAll(async () => {
  await t?.close();
  await inbox?.close();
});

describe('notification mail after each file', () => {
  it('reaches the notification recipients and the technical users, with status, counts, the error report link and file', async () => {
    await t.call('POST', '/security/v1/technical-users', { body: { name: 'Integration', email: 'bot@example.com' } });
    await enableSync(t, undefined, { notificationEmails: ['hr-it@example.com'] });
    const file = await sync(t, toCsv([person('M1'), person('M2', { email: 'broken' })]));
    expect(file.status).toBe('complete_with_errors');
    const mail = await inbox.waitFor((m) => m.text.includes(file.id));
    expect(mail.to.sort()).toEqual(['bot@example.com', 'hr-it@example.com']);
    expect(mail.subject).toBe('HR data sync: employees file complete with errors (Company A)');
    expect(mail.text).toContain('Created: 1');
    expect(mail.text).toContain('Rejected rows: 1');
    expect(mail.text).toContain(`Error report (1 line): https://hr.example.com/sync/v1/files/${file.id}/errors`);
    const attachment = mail.parsed.attachments[0];
    expect(attachment?.filename).toBe(`errors-${file.id}.csv`);
    expect(attachment?.content.toString()).toContain('3,M2,email,');

    // One mail per file, also for rejected and skipped files; none for dry runs.
    const rejected = await sync(t, 'not,a,roster\n');
    await inbox.waitFor((m) => m.text.includes(rejected.id) && m.subject.includes('rejected'));
    const dry = await sync(t, toCsv([person('M1')]), { query: 'dryRun=true' });
    await t.app.syncRunner.drain();
    expect(inbox.messages.filter((m) => m.text.includes(dry.id))).toHaveLength(0);
    expect(inbox.messages.filter((m) => m.text.includes(file.id))).toHaveLength(1);
    const row = await t.db.db
      .selectFrom('syncFiles')
      .select(['notifiedAt', 'notificationError'])
      .where('id', '=', file.id)
      .executeTakeFirstOrThrow();
    expect(row.notifiedAt).toBeTruthy();
    expect(row.notificationError).toBeNull();
  });

  it("never quotes a personal field's value in the mailed error report: its recipients are not keys with personal:read", async () => {
    const c = await t.newCompany('Birthday Mail');
    await enableSync(t, c, { notificationEmails: ['spy@example.com'] });
    const columns = [
      'employee_id',
      'forename',
      'surname',
      'email',
      'employee_type',
      'department',
      'start_date',
      'country',
      'date_of_birth',
    ];
    const file = await sync(
      t,
      toCsv([person('D1', { date_of_birth: '1980-02-03' }), person('D2', { date_of_birth: '1985-13-31', email: 'broken' })], { columns }),
      { auth: c.auth },
    );
    expect(file.status).toBe('complete_with_errors');
    const mail = await inbox.waitFor((m) => m.text.includes(file.id));
    const report = mail.parsed.attachments[0]?.content.toString() ?? '';
    expect(report).not.toContain('1985-13-31');
    // Worded as GET …/errors words it for a key without personal:read; other fields' lines as they are.
    const readOnly = await c.key(['sync:read']);
    const api = await t.call('GET', `/sync/v1/files/${file.id}/errors`, { auth: readOnly.auth });
    expect(api.body).not.toContain('1985-13-31');
    expect(report).toBe(api.body);
    expect(report).toContain(
      '3,D2,dateOfBirth,"dateOfBirth is not valid (the message quotes the value, shown to keys with personal:read)"',
    );
    expect(report).toContain('3,D2,email,"""broken"" is not an email address"');
  });

  it('a blocked file is mailed when it blocks, and again with its outcome once approved and applied', async () => {
    const c = await t.newCompany('Blocked Mail');
    await enableSync(t, c, { notificationEmails: ['approver@example.com'] });
    await sync(t, toCsv([person('B1'), person('B2'), person('B3'), person('B4'), person('B5')]), { auth: c.auth });
    const blocked = await sync(t, toCsv([person('B1')]), { auth: c.auth });
    expect(blocked.status).toBe('blocked');
    const first = await inbox.waitFor((m) => m.text.includes(blocked.id) && m.subject.includes('blocked'));
    expect(first.text).toContain(`Approve: POST https://hr.example.com/sync/v1/files/${blocked.id}/approve`);
    expect(first.text).toContain('approving one with sync:write');
    const approved = await t.call('POST', `/sync/v1/files/${blocked.id}/approve`, { auth: c.auth });
    expect(approved.statusCode, approved.body).toBe(200);
    await t.app.syncRunner.drain();
    const second = await inbox.waitFor((m) => m.text.includes(blocked.id) && m.subject.includes('file complete'));
    expect(second.text).toContain('Terminated: 4');
    expect(inbox.messages.filter((m) => m.text.includes(blocked.id))).toHaveLength(2);
  });
});
