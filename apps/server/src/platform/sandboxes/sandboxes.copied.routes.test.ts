import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { enableSync, person, sync, toCsv } from '../../modules/sync/sync.test-kit.js';
import { createTestApp, type TestApp } from '../../test/app-fixture.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => t?.close());

describe('sandboxes: employeesCopied', () => {
  it('stays the number copied at creation while the sandbox roster changes, in get, list and the delete event', async () => {
    await enableSync(t, t.a, { removalThresholdPercent: 100 });
    await sync(t, toCsv([person('S1'), person('S2'), person('S3')]));

    const copied = (await t.call('POST', '/security/v1/sandboxes', { body: { name: 'With staff', copyEmployees: true } })).json.data;
    const empty = (await t.call('POST', '/security/v1/sandboxes', { body: { name: 'Configuration only' } })).json.data;
    expect(copied.employeesCopied).toBe(3);
    expect(empty.employeesCopied).toBe(0);

    // The sandboxes' own files change their rosters: one employee left in the first, two created in the second.
    const first = { authorization: `Bearer ${copied.adminKey.token}` };
    const second = { authorization: `Bearer ${empty.adminKey.token}` };
    expect((await sync(t, toCsv([person('S1')]), { auth: first })).status).toBe('complete');
    expect((await sync(t, toCsv([person('N1'), person('N2')]), { auth: second })).status).toBe('complete');

    const one = await t.call('GET', `/security/v1/sandboxes/${copied.id}`);
    expect(one.json.data.employeesCopied).toBe(3);
    const list = await t.call('GET', '/security/v1/sandboxes');
    expect(list.json.data.map((s: { name: string; employeesCopied: number }) => [s.name, s.employeesCopied])).toEqual([
      ['With staff', 3],
      ['Configuration only', 0],
    ]);

    expect((await t.call('DELETE', `/security/v1/sandboxes/${empty.id}`)).statusCode).toBe(200);
    const deleted = await t.db.db
      .selectFrom('events')
      .select('data')
      .where('companyId', '=', t.a.company.id)
      .where('type', '=', 'sandbox.deleted')
      .executeTakeFirstOrThrow();
    expect(JSON.parse(deleted.data).employeesCopied).toBe(0);
  });
});
