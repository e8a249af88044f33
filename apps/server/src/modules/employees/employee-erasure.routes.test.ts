import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp, type TestCompany } from '../../test/app-fixture.js';
import { employeesByExternalId, enableSync, person, positionsXml, sync, toCsv } from '../sync/sync.test-kit.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => t?.close());

type Event = { type: string; data: Record<string, unknown> & { id: string } };

/** Every event of the company so far, through the change feed. */
async function feed(c: TestCompany): Promise<Event[]> {
  const out: Event[] = [];
  let after = '';
  for (let i = 0; i < 50; i++) {
    const page = await t.call('GET', `/event/v1/events?limit=500${after ? `&after=${after}` : ''}`, { auth: c.auth });
    expect(page.statusCode, page.body).toBe(200);
    out.push(...page.json.data);
    after = page.json.meta.nextCursor;
    if (!page.json.meta.hasMore) break;
  }
  return out;
}

describe('deleting an employee (GDPR erasure)', () => {
  it('removes its links one by one, with an audit row and a deleted event each', async () => {
    const c = await t.newCompany('Erasure links');
    const post = async (path: string, body: unknown) => {
      const res = await t.call('POST', path, { auth: c.auth, body });
      expect(res.statusCode, res.body).toBe(200);
      return res.json.data;
    };
    const department = await post('/core/v3/departments', { name: 'Ops' });
    const office = await post('/core/v3/offices', { name: 'Lisbon' });
    const boss = await post('/core/v3/employees', { firstName: 'Bo', lastName: 'Ss' });
    const gone = await post('/core/v3/employees', {
      firstName: 'Greta',
      lastName: 'Gone',
      departmentId: department.id,
      officeId: office.id,
    });
    const report = await post('/core/v3/employees', { firstName: 'Re', lastName: 'Port' });
    const up = await post('/core/v3/employee-managers', { employeeId: gone.id, managerId: boss.id, permission: 'vacation', order: 1 });
    const down = await post('/core/v3/employee-managers', { employeeId: report.id, managerId: gone.id, permission: 'check', order: 1 });
    const role = (await t.call('GET', '/core/v3/roles', { auth: c.auth })).json.data[0];
    await post('/core/v3/roles/assignation', { roleId: role.id, employeeId: gone.id, entityAffectedId: c.company.id });

    expect((await t.call('DELETE', `/core/v3/employees/${gone.id}`, { auth: c.auth })).statusCode).toBe(200);
    const deleted = (await feed(c)).filter((e) => e.type.endsWith('.deleted'));
    expect(deleted.map((e) => e.type).sort()).toEqual([
      'employee.deleted',
      'employee_department_assignation.deleted',
      'employee_manager.deleted',
      'employee_manager.deleted',
      'employee_office_assignation.deleted',
      'role_assignation.deleted',
    ]);
    expect(
      deleted
        .filter((e) => e.type === 'employee_manager.deleted')
        .map((e) => e.data.id)
        .sort(),
    ).toEqual([up.id, down.id].sort());
    for (const type of ['employee_department_assignation.deleted', 'employee_manager.deleted', 'role_assignation.deleted']) {
      const audit = await t.call('GET', `/security/v1/audit-logs?action=${type}`, { auth: c.auth });
      expect(audit.json.data.length, type).toBeGreaterThan(0);
    }
    // Nothing of it is left to list.
    expect((await t.call('GET', `/core/v3/employee-managers?managerId=${gone.id}`, { auth: c.auth })).json.data).toEqual([]);
    expect(
      (await t.call('GET', `/core/v3/employee-department-assignations?departmentId=${department.id}`, { auth: c.auth })).json.data,
    ).toEqual([]);
    expect((await t.call('DELETE', `/core/v3/departments/${department.id}`, { auth: c.auth })).statusCode).toBe(200);
  });

  it('erases its personal data from the audit log and the change feed too, and only its own', async () => {
    const c = await t.newCompany('Erasure history');
    const department = (await t.call('POST', '/core/v3/departments', { auth: c.auth, body: { name: 'Care' } })).json.data;
    const created = await t.call('POST', '/core/v3/employees', {
      auth: c.auth,
      body: {
        firstName: 'Gdpr',
        lastName: 'Person',
        email: 'gdpr.person@example.com',
        phone: '+34 611 222 333',
        nid: '12345678Z',
        pricePerHour: 42.75,
        salaryRange: '40k-50k',
        externalId: 'GDPR-1',
        departmentId: department.id,
      },
    });
    expect(created.statusCode, created.body).toBe(200);
    const id = created.json.data.id;
    const other = (
      await t.call('POST', '/core/v3/employees', { auth: c.auth, body: { firstName: 'Stays', lastName: 'Here', phone: '+34 699 000 000' } })
    ).json.data;
    const edit = await t.call('PUT', `/core/v3/employees/${id}`, {
      auth: c.auth,
      body: { firstName: 'Gdpr', lastName: 'Person', status: 'active', phone: '+34 622 333 444' },
    });
    expect(edit.statusCode, edit.body).toBe(200);
    expect((await t.call('DELETE', `/core/v3/employees/${id}`, { auth: c.auth })).statusCode).toBe(200);

    const personal = /Gdpr|Person|gdpr\.person|611 222 333|622 333 444|12345678Z|42\.75|40k-50k/;
    // The erased row itself, as a list of deleted employees shows it to a key that may read pay.
    const erased = await t.call('GET', `/core/v3/employees?onlyReturn=deleted&externalId=GDPR-1`, { auth: c.auth });
    expect(erased.statusCode, erased.body).toBe(200);
    expect(erased.json.data[0]).toMatchObject({ id, pricePerHour: null, salaryRange: null, nid: null });
    const audit = await t.call('GET', `/security/v1/audit-logs?resourceId=${id}&limit=500`, { auth: c.auth });
    expect(audit.json.data.map((a: { action: string }) => a.action).sort()).toEqual([
      'employee.created',
      'employee.deleted',
      'employee.updated',
    ]);
    expect(JSON.stringify(audit.json.data)).not.toMatch(personal);
    const created0 = audit.json.data.find((a: { action: string }) => a.action === 'employee.created');
    expect(created0.after).toMatchObject({
      id,
      firstName: 'Deleted',
      lastName: 'Employee',
      email: null,
      phone: null,
      externalId: 'GDPR-1',
    });
    const events = await feed(c);
    expect(JSON.stringify(events)).not.toMatch(personal);
    const assignation = events.find((e) => e.type === 'employee_department_assignation.created');
    expect(assignation?.data.employee).toMatchObject({ id, firstName: 'Deleted', email: null });
    expect(events.find((e) => e.type === 'employee.created' && e.data.id === id)?.data).toMatchObject({
      externalId: 'GDPR-1',
      status: 'active',
    });
    // Another employee's history is as it was.
    const theirs = events.find((e) => e.type === 'employee.created' && e.data.id === other.id);
    expect(theirs?.data).toMatchObject({ firstName: 'Stays', phone: '+34 699 000 000' });
  });

  it('reaches the positions it held and the sync diffs that named it', async () => {
    const c = await t.newCompany('Erasure positions');
    await enableSync(t, c, { manualFields: [] });
    await sync(t, toCsv([person('BOSS'), person('GONE', { line_manager_id: 'BOSS', phone: '+34 655 444 333' })]), { auth: c.auth });
    await sync(t, toCsv([person('BOSS'), person('GONE', { line_manager_id: 'BOSS', phone: '+34 655 444 000' })]), { auth: c.auth });
    const positions = positionsXml([
      { position_id: 'P1', position_title: 'Boss', employee_id: 'BOSS' },
      { position_id: 'P2', position_title: 'Gone', parent_position_id: 'P1', employee_id: 'GONE' },
    ]);
    expect((await sync(t, positions, { auth: c.auth, kind: 'positions', type: 'application/xml' })).status).toBe('complete');
    await enableSync(t, c, { enabled: false });
    const gone = (await employeesByExternalId(t, c)).get('GONE');
    expect((await t.call('DELETE', `/core/v3/employees/${gone.id}`, { auth: c.auth })).statusCode).toBe(200);

    const personal = /FirstGONE|LastGONE|gone@example\.com|655 444/;
    expect(JSON.stringify(await feed(c))).not.toMatch(personal);
    // The position it held is vacant, and says so: a position.updated event (changes: holder) and an audit row.
    const p2 = (await t.call('GET', '/core/v3/positions?externalId=P2', { auth: c.auth })).json.data[0];
    expect(p2.holder).toBeNull();
    const vacated = (await feed(c)).filter((e) => e.type === 'position.updated' && e.data.id === p2.id);
    expect(vacated).toHaveLength(1);
    expect((vacated[0] as unknown as { changes: string[] }).changes).toEqual(['holder']);
    expect(vacated[0]?.data.holder).toBeNull();
    const since = await t.call('GET', `/core/v3/positions?updatedAt[gte]=${encodeURIComponent(p2.updatedAt)}`, { auth: c.auth });
    expect(since.json.data.map((p: { id: string }) => p.id)).toContain(p2.id);
    const positionAudit = await t.call('GET', '/security/v1/audit-logs?resourceType=position&limit=500', { auth: c.auth });
    expect(positionAudit.json.data.length).toBeGreaterThan(0);
    expect(JSON.stringify(positionAudit.json.data)).not.toMatch(personal);
    const files = (await t.call('GET', '/sync/v1/files?limit=100', { auth: c.auth })).json.data;
    for (const file of files) {
      const diff = await t.call('GET', `/sync/v1/files/${file.id}/diff?limit=500`, { auth: c.auth });
      expect(JSON.stringify(diff.json.data)).not.toMatch(personal);
    }
    // The boss's history is untouched.
    expect(JSON.stringify(await feed(c))).toMatch(/FirstBOSS/);
  });

  it('reaches links removed before, and positions it held before someone else', async () => {
    const c = await t.newCompany('Erasure earlier links');
    await enableSync(t, c, { manualFields: [] });
    await sync(t, toCsv([person('BOSS'), person('OLD'), person('NEXT')]), { auth: c.auth });
    const holding = (holder: string) =>
      positionsXml([
        { position_id: 'P1', position_title: 'Boss', employee_id: 'BOSS' },
        { position_id: 'P2', position_title: 'Seat', parent_position_id: 'P1', employee_id: holder },
      ]);
    expect((await sync(t, holding('OLD'), { auth: c.auth, kind: 'positions', type: 'application/xml' })).status).toBe('complete');
    expect((await sync(t, holding('NEXT'), { auth: c.auth, kind: 'positions', type: 'application/xml' })).status).toBe('complete');
    await enableSync(t, c, { enabled: false });
    const people = await employeesByExternalId(t, c);
    const old = people.get('OLD');
    // A manager link made and removed again before the erasure.
    const link = await t.call('POST', '/core/v3/employee-managers', {
      auth: c.auth,
      body: { employeeId: old.id, managerId: people.get('BOSS').id, permission: 'check', order: 1 },
    });
    expect(link.statusCode, link.body).toBe(200);
    expect((await t.call('DELETE', `/core/v3/employee-managers/${link.json.data.id}`, { auth: c.auth })).statusCode).toBe(200);
    expect((await t.call('DELETE', `/core/v3/employees/${old.id}`, { auth: c.auth })).statusCode).toBe(200);

    const personal = /FirstOLD|LastOLD|old@example\.com/;
    expect(JSON.stringify(await feed(c))).not.toMatch(personal);
    for (const type of ['position', 'employee_manager']) {
      const audit = await t.call('GET', `/security/v1/audit-logs?resourceType=${type}&limit=500`, { auth: c.auth });
      expect(audit.json.data.length, type).toBeGreaterThan(0);
      expect(JSON.stringify(audit.json.data), type).not.toMatch(personal);
    }
    expect(JSON.stringify(await feed(c))).toMatch(/FirstNEXT/);
  });
});
