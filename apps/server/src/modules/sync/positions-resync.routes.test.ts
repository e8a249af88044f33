import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type AdjustableClock, adjustableClock } from '../../test/adjustable-clock.js';
import { createTestApp, type TestApp } from '../../test/app-fixture.js';
import { employeesByExternalId, enableSync, person, positionsXml, sync, toCsv } from './sync.test-kit.js';

let t: TestApp;
let clock: AdjustableClock;
beforeAll(async () => {
  clock = adjustableClock();
  t = await createTestApp({ clock });
});
afterAll(async () => t?.close());

const minutes = (n: number) => clock.advance(n * 60_000);

describe('the same position file again', () => {
  it('is skipped while nothing changed, and applied again once the roster has (its holders may exist now)', async () => {
    const c = await t.newCompany();
    await enableSync(t, c, { removalThresholdPercent: 100 });
    minutes(2);
    await sync(t, toCsv([person('CEO')]), { auth: c.auth });
    minutes(2);
    const xml = positionsXml([
      { position_id: 'P1', position_title: 'Chief Executive', employee_id: 'CEO' },
      { position_id: 'P2', position_title: 'Chief Technology', parent_position_id: 'P1', employee_id: 'CTO' },
    ]);
    const first = await sync(t, xml, { auth: c.auth, kind: 'positions', type: 'application/xml' });
    expect(first).toMatchObject({ status: 'complete_with_errors', counts: { created: 2 } });
    minutes(2);
    const again = await sync(t, xml, { auth: c.auth, kind: 'positions', type: 'application/xml' });
    expect(again.status).toBe('skipped');

    // The CTO joins: the same position file now fills P2 and gives the CTO a manager.
    minutes(2);
    await sync(t, toCsv([person('CEO'), person('CTO')]), { auth: c.auth });
    minutes(2);
    const applied = await sync(t, xml, { auth: c.auth, kind: 'positions', type: 'application/xml' });
    expect(applied).toMatchObject({ status: 'complete', counts: { updated: 1, unchanged: 1 } });
    const people = await employeesByExternalId(t, c);
    expect(people.get('CTO').managerId).toBe(people.get('CEO').id);
    const positions = await t.call('GET', '/core/v3/positions?orderBy=externalId', { auth: c.auth });
    const p2 = positions.json.data.find((p: { externalId: string }) => p.externalId === 'P2');
    expect(p2.holder).toMatchObject({ id: people.get('CTO').id, status: 'active' });
    minutes(2);
    expect((await sync(t, xml, { auth: c.auth, kind: 'positions', type: 'application/xml' })).status).toBe('skipped');
    // The CTO leaves: until the next position file names someone else, the position shows its holder as inactive.
    minutes(2);
    expect((await sync(t, toCsv([person('CEO')]), { auth: c.auth })).counts).toMatchObject({ terminated: 1 });
    const after = await t.call('GET', `/core/v3/positions?externalId=P2`, { auth: c.auth });
    expect(after.json.data[0].holder).toMatchObject({ id: people.get('CTO').id, status: 'inactive' });
  });
});

describe('a dry run over the removal threshold', () => {
  it('is blocked with a hint that fits a dry run, and cannot itself be approved', async () => {
    const c = await t.newCompany();
    await enableSync(t, c);
    await sync(t, toCsv(['A', 'B', 'C', 'D', 'E'].map((id) => person(id))), { auth: c.auth });
    const dry = await sync(t, toCsv([person('A')]), { auth: c.auth, query: 'dryRun=true' });
    expect(dry).toMatchObject({ status: 'blocked', dryRun: true, counts: { terminated: 4 } });
    expect(dry.error).toContain('upload it without dryRun and approve that file');
    expect(dry.error).not.toContain(dry.id);
    const approve = await t.call('POST', `/sync/v1/files/${dry.id}/approve`, { auth: c.auth });
    expect(approve.statusCode).toBe(409);
    const real = await sync(t, toCsv([person('A')]), { auth: c.auth });
    expect(real.status).toBe('blocked');
    expect(real.error).toContain(`POST /sync/v1/files/${real.id}/approve`);
  });
});
