import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type AdjustableClock, adjustableClock } from '../../test/adjustable-clock.js';
import { createTestApp, type TestApp } from '../../test/app-fixture.js';
import { employeesByExternalId, person, sync, syncCompany, toCsv } from './sync.test-kit.js';

let t: TestApp;
let clock: AdjustableClock;
beforeAll(async () => {
  clock = adjustableClock();
  t = await createTestApp({ clock });
});
afterAll(async () => t?.close());

describe("HR data sync: today is the company's calendar day", () => {
  it('an end_date of the local today terminates, with that date, where UTC is still on the day before', async () => {
    // 20:30 UTC on 6 December is 7 December at UTC+14.
    clock.advance(Date.parse('2026-12-06T20:30:00Z') - clock.nowMs());
    const c = await syncCompany(t);
    const { company } = c;
    const tz = await t.call('PUT', `/core/v3/companies/${company.id}`, {
      auth: c.auth,
      body: {
        name: company.name,
        notificationEmail: company.notificationEmail,
        language: company.language,
        timezone: 'Pacific/Kiritimati',
      },
    });
    expect(tz.statusCode).toBe(200);
    await sync(t, toCsv([person('L1'), person('L2'), person('L3')]), { auth: c.auth });
    const file = await sync(
      t,
      toCsv([person('L1', { end_date: '2026-12-07' }), person('L2'), person('L3')], {
        columns: ['employee_id', 'forename', 'surname', 'email', 'employee_type', 'department', 'start_date', 'country', 'end_date'],
      }),
      { auth: c.auth },
    );
    expect(file).toMatchObject({ status: 'complete', counts: { terminated: 1 } });
    expect((await employeesByExternalId(t, c)).get('L1')).toMatchObject({ status: 'inactive', terminationDate: '2026-12-07' });
    // Missing from the file: terminated on the company's today too.
    await sync(t, toCsv([person('L2')]), { auth: c.auth });
    expect((await employeesByExternalId(t, c)).get('L3')).toMatchObject({ status: 'inactive', terminationDate: '2026-12-07' });
  });
});
