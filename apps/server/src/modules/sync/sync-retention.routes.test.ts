import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../test/app-fixture.js';
import { enableSync, person, positionsXml, sync, toCsv } from './sync.test-kit.js';

let t: TestApp;
let now = new Date();
beforeAll(async () => {
  t = await createTestApp({ clock: { now: () => now } });
});
afterAll(async () => t?.close());

describe('the lock after the 30 days files are kept', () => {
  it('still owns what the last applied files carried when a monthly upload is more than 30 days ago', async () => {
    await enableSync(t);
    const file = await sync(
      t,
      toCsv([
        person('M1', { job_title: 'CEO', office: 'HQ', phone: '+34 1' }),
        person('M2', { job_title: 'Agent', office: 'HQ', phone: '+34 2' }),
      ]),
    );
    expect(file.status).toBe('complete');
    const positions = await sync(
      t,
      positionsXml([
        { position_id: 'P1', position_title: 'CEO', employee_id: 'M1' },
        { position_id: 'P2', position_title: 'Agent', parent_position_id: 'P1', employee_id: 'M2' },
      ]),
      { kind: 'positions', type: 'application/xml' },
    );
    expect(positions.status).toBe('complete');
    const owned = (await t.call('GET', '/sync/v1/settings')).json.data.ownedFields;
    expect(owned).toEqual(expect.arrayContaining(['jobTitle', 'office', 'phone', 'manager']));

    // 31 days later the runner's housekeeping has removed the files (bytes, reports, diffs and their records).
    now = new Date(now.getTime() + 31 * 86_400_000);
    await t.app.syncRunner.drain();
    expect((await t.db.db.selectFrom('syncFiles').select('id').where('companyId', '=', t.a.company.id).execute()).length).toBe(0);

    expect((await t.call('GET', '/sync/v1/settings')).json.data.ownedFields).toEqual(owned);
    const m2 = (await t.call('GET', '/core/v3/employees?externalId=M2')).json.data[0];
    const edit = await t.call('PUT', `/core/v3/employees/${m2.id}`, {
      body: { firstName: m2.firstName, lastName: m2.lastName, status: 'active', phone: '+34 999', managerId: null },
    });
    expect(edit.statusCode).toBe(409);
    expect(edit.json.syncManagedFields).toEqual(expect.arrayContaining(['phone', 'managerId']));
  });
});
