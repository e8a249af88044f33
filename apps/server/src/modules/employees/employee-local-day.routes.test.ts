import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type AdjustableClock, adjustableClock } from '../../test/adjustable-clock.js';
import { createTestApp, type TestApp } from '../../test/app-fixture.js';

let t: TestApp;
let clock: AdjustableClock;
beforeAll(async () => {
  clock = adjustableClock();
  t = await createTestApp({ clock });
});
afterAll(async () => t?.close());

/** 20:30 UTC on 6 December: already 7 December at UTC+14, still 6 December in Madrid and Los Angeles. */
function setInstant(iso: string) {
  clock.advance(Date.parse(iso) - clock.nowMs());
}

async function companyIn(timezone: string) {
  const c = await t.newCompany();
  const { company } = c;
  const put = await t.call('PUT', `/core/v3/companies/${company.id}`, {
    auth: c.auth,
    body: { name: company.name, notificationEmail: company.notificationEmail, language: company.language, timezone },
  });
  expect(put.statusCode).toBe(200);
  return c;
}

describe("today is the company's calendar day (its timezone), not UTC's", () => {
  it('terminate without a date, status inactive by PUT and the date-of-birth rule use the local day', async () => {
    setInstant('2026-12-06T20:30:00Z');
    const east = await companyIn('Pacific/Kiritimati');
    const hired = await t.call('POST', '/core/v3/employees', {
      auth: east.auth,
      body: { firstName: 'Ana', lastName: 'Ruiz', startDate: '2026-12-07' },
    });
    expect(hired.statusCode).toBe(200);
    const term = await t.call('POST', `/core/v3/employees/${hired.json.data.id}/terminate`, { auth: east.auth, body: {} });
    expect(term.statusCode).toBe(200);
    expect(term.json.data).toMatchObject({ status: 'inactive', terminationDate: '2026-12-07' });

    const other = await t.call('POST', '/core/v3/employees', { auth: east.auth, body: { firstName: 'Bo', lastName: 'Li' } });
    const put = await t.call('PUT', `/core/v3/employees/${other.json.data.id}`, {
      auth: east.auth,
      body: { firstName: 'Bo', lastName: 'Li', status: 'inactive' },
    });
    expect(put.json.data).toMatchObject({ status: 'inactive', terminationDate: '2026-12-07' });

    // Born "today" where the company is: not in the future there.
    const baby = await t.call('POST', '/core/v3/employees', {
      auth: east.auth,
      body: { firstName: 'Cy', lastName: 'Ng', dateOfBirth: '2026-12-07' },
    });
    expect(baby.statusCode).toBe(200);

    const west = await companyIn('America/Los_Angeles');
    const w = await t.call('POST', '/core/v3/employees', { auth: west.auth, body: { firstName: 'Di', lastName: 'Ox' } });
    const wt = await t.call('POST', `/core/v3/employees/${w.json.data.id}/terminate`, { auth: west.auth, body: {} });
    expect(wt.json.data.terminationDate).toBe('2026-12-06');
    const future = await t.call('POST', '/core/v3/employees', {
      auth: west.auth,
      body: { firstName: 'Ed', lastName: 'Po', dateOfBirth: '2026-12-07' },
    });
    expect(future.statusCode).toBe(400);
    expect(future.json.errors).toEqual([expect.objectContaining({ pointer: '/dateOfBirth' })]);
  });
});
