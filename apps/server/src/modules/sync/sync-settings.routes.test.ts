import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../test/app-fixture.js';
import { employeesByExternalId, enableSync, person, positionsXml, sync, toCsv } from './sync.test-kit.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => t?.close());

describe('sync settings', () => {
  it('has defaults, saves changes (fields not sent keep their value), validates, and records the change', async () => {
    const c = await t.newCompany();
    const initial = await t.call('GET', '/sync/v1/settings', { auth: c.auth });
    expect(initial.statusCode).toBe(200);
    expect(initial.json.data).toEqual({
      enabled: false,
      leaverAction: 'terminate',
      removalThresholdPercent: 75,
      manualFields: ['startDate', 'dateOfBirth'],
      notificationEmails: [],
      matchBy: 'externalId',
      ownedFields: ['externalId', 'firstName', 'lastName', 'email', 'employeeType', 'department', 'country', 'status'],
      updatedAt: null,
    });
    const saved = await t.call('PUT', '/sync/v1/settings', {
      auth: c.auth,
      body: { enabled: true, leaverAction: 'delete', notificationEmails: ['it@example.com', 'it@example.com', 'hr@example.com'] },
    });
    expect(saved.statusCode, saved.body).toBe(200);
    expect(saved.json.data).toMatchObject({
      enabled: true,
      leaverAction: 'delete',
      removalThresholdPercent: 75,
      notificationEmails: ['it@example.com', 'hr@example.com'],
      updatedAt: expect.any(String),
    });
    const again = await t.call('PUT', '/sync/v1/settings', {
      auth: c.auth,
      body: { removalThresholdPercent: 20, manualFields: ['phone'] },
    });
    expect(again.json.data).toMatchObject({ leaverAction: 'delete', removalThresholdPercent: 20, manualFields: ['phone'] });
    const bad = await t.call('PUT', '/sync/v1/settings', {
      auth: c.auth,
      body: { removalThresholdPercent: 101, manualFields: ['salary'], leaverAction: 'fire', notificationEmails: ['nope'], matchBy: 'name' },
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json.errors.map((e: { pointer: string }) => e.pointer).sort()).toEqual([
      '/leaverAction',
      '/manualFields/0',
      '/matchBy',
      '/notificationEmails/0',
      '/removalThresholdPercent',
    ]);
    const events = await t.db.db
      .selectFrom('events')
      .select(['type', 'changes'])
      .where('companyId', '=', c.company.id)
      .where('type', '=', 'sync_settings.updated')
      .orderBy('seq')
      .execute();
    expect(events).toHaveLength(2);
    expect(JSON.parse(events[1]?.changes ?? '[]')).toEqual(expect.arrayContaining(['removalThresholdPercent', 'manualFields']));
    // Scopes and company.
    expect((await t.call('GET', '/sync/v1/settings', { auth: {} })).statusCode).toBe(401);
    const reader = await c.key(['sync:read']);
    expect((await t.call('GET', '/sync/v1/settings', { auth: reader.auth })).statusCode).toBe(200);
    expect((await t.call('PUT', '/sync/v1/settings', { auth: reader.auth, body: { enabled: false } })).statusCode).toBe(403);
    expect((await t.call('GET', '/sync/v1/settings', { auth: (await c.key(['core:read'])).auth })).statusCode).toBe(403);
    expect((await t.call('GET', '/sync/v1/settings', { auth: t.b.auth })).json.data.enabled).toBe(false);
  });
});

describe('the lock while sync is enabled', () => {
  it('refuses creating, deleting and changing owned fields (409 naming them); manual and unowned fields stay editable', async () => {
    const c = await t.newCompany();
    await enableSync(t, c);
    await sync(t, toCsv([person('L1'), person('L2')]), { auth: c.auth });
    const people = await employeesByExternalId(t, c);
    const l1 = people.get('L1');
    const base = { firstName: l1.firstName, lastName: l1.lastName, status: 'active' };

    const create = await t.call('POST', '/core/v3/employees', { auth: c.auth, body: { firstName: 'Hand', lastName: 'Made' } });
    expect(create.statusCode).toBe(409);
    expect(create.json.detail).toContain('created by the sync file');
    const del = await t.call('DELETE', `/core/v3/employees/${l1.id}`, { auth: c.auth });
    expect(del.statusCode).toBe(409);

    const change = await t.call('PUT', `/core/v3/employees/${l1.id}`, {
      auth: c.auth,
      body: { ...base, lastName: 'Other', email: 'x@example.com' },
    });
    expect(change.statusCode).toBe(409);
    expect(change.json.type).toBe('/problems/conflict');
    expect(change.json.detail).toContain('lastName, email are managed by HR data sync');
    expect(change.json.errors.map((e: { pointer: string }) => e.pointer)).toEqual(['/lastName', '/email']);
    expect(change.json.syncManagedFields).toEqual(['lastName', 'email']);

    // The same values (PUT needs firstName, lastName, status), always-manual fields and fields the feed does not carry.
    const allowed = await t.call('PUT', `/core/v3/employees/${l1.id}`, {
      auth: c.auth,
      body: { ...base, email: 'L1@EXAMPLE.COM', startDate: '2018-01-01', dateOfBirth: '1990-01-01', phone: '+34 1', description: 'ok' },
    });
    expect(allowed.statusCode, allowed.body).toBe(200);
    expect(allowed.json.data).toMatchObject({ startDate: '2018-01-01', phone: '+34 1', description: 'ok' });
    // An owned value sent back with other spaces or the email in other case is the same value: the feed's stays.
    expect(allowed.json.data.email).toBe(l1.email);
    const spaced = await t.call('PUT', `/core/v3/employees/${l1.id}`, {
      auth: c.auth,
      body: { ...base, firstName: `${l1.firstName}  `, lastName: ` ${l1.lastName}` },
    });
    expect(spaced.statusCode, spaced.body).toBe(200);
    expect(spaced.json.data).toMatchObject({ firstName: l1.firstName, lastName: l1.lastName, email: l1.email });

    expect((await t.call('POST', `/core/v3/employees/${l1.id}/terminate`, { auth: c.auth, body: {} })).statusCode).toBe(409);
    const typeField = l1.customFields[0];
    const cf = await t.call('PUT', `/core/v3/employees/${l1.id}`, {
      auth: c.auth,
      body: { ...base, customFields: [{ id: typeField.id, value: 'Contractor' }] },
    });
    expect(cf.statusCode).toBe(409);
    expect(cf.json.errors[0].pointer).toBe('/customFields/cf_employee_type');

    // Department assignments are what the file's department column writes; offices are not in this feed, so they
    // stay manual. Another company's ids are still 404, before any lock.
    const l2 = people.get('L2');
    const sales = (await t.call('GET', '/core/v3/departments', { auth: c.auth })).json.data.find(
      (d: { name: string }) => d.name === 'Sales',
    );
    const other = await t.call('POST', '/core/v3/departments', { auth: c.auth, body: { name: 'Other' } });
    expect(other.statusCode, other.body).toBe(200);
    const assign = await t.call('POST', '/core/v3/employee-department-assignations', {
      auth: c.auth,
      body: { employeeId: l2.id, departmentId: other.json.data.id },
    });
    expect(assign.statusCode).toBe(409);
    expect(assign.json.syncManagedFields).toEqual(['departmentId']);
    expect(assign.json.errors[0]).toMatchObject({ pointer: '/departmentId' });
    const unassign = await t.call('DELETE', '/core/v3/employee-department-assignations', {
      auth: c.auth,
      body: { employeeId: l2.id, departmentId: sales.id },
    });
    expect(unassign.statusCode).toBe(409);
    // Deleting the department with reassignTo would move its employees: the same 409, and nobody moves.
    const moved = await t.call('DELETE', `/core/v3/departments/${sales.id}?reassignTo=${other.json.data.id}`, { auth: c.auth });
    expect(moved.statusCode).toBe(409);
    expect(moved.json.syncManagedFields).toEqual(['departmentId']);
    const stillThere = await t.call('GET', `/core/v3/employee-department-assignations?departmentId=${sales.id}`, { auth: c.auth });
    expect(stillThere.json.meta.total).toBeGreaterThan(0);
    // A department nobody is in may go, reassignTo or not.
    const empty = await t.call('POST', '/core/v3/departments', { auth: c.auth, body: { name: 'Empty' } });
    expect(
      (await t.call('DELETE', `/core/v3/departments/${empty.json.data.id}?reassignTo=${other.json.data.id}`, { auth: c.auth })).statusCode,
    ).toBe(200);
    const stranger = await t.call('POST', '/core/v3/employees', { auth: t.b.auth, body: { firstName: 'Other', lastName: 'Company' } });
    const foreign = await t.call('POST', '/core/v3/employee-department-assignations', {
      auth: c.auth,
      body: { employeeId: stranger.json.data.id, departmentId: other.json.data.id },
    });
    expect(foreign.statusCode).toBe(404);
    const office = await t.call('POST', '/core/v3/offices', { auth: c.auth, body: { name: 'HQ' } });
    const officeAssign = await t.call('POST', '/core/v3/employee-office-assignations', {
      auth: c.auth,
      body: { employeeId: l2.id, officeId: office.json.data.id },
    });
    expect(officeAssign.statusCode, officeAssign.body).toBe(200);

    // The org-chart manager is owned once a position file or a manager column is applied.
    const orgChart = `/core/v3/employee-profiles/organization-chart-managers/${l2.id}`;
    expect((await t.call('PUT', orgChart, { auth: c.auth, body: { managerId: l1.id } })).statusCode).toBe(200);
    await sync(
      t,
      positionsXml([
        { position_id: 'P1', position_title: 'Boss', employee_id: 'L1' },
        { position_id: 'P2', position_title: 'Staff', parent_position_id: 'P1', employee_id: 'L2' },
      ]),
      {
        auth: c.auth,
        kind: 'positions',
        type: 'application/xml',
      },
    );
    const settings = await t.call('GET', '/sync/v1/settings', { auth: c.auth });
    expect(settings.json.data.ownedFields).toContain('manager');
    const manager = await t.call('PUT', `/core/v3/employees/${l1.id}`, { auth: c.auth, body: { ...base, managerId: l2.id } });
    expect(manager.statusCode).toBe(409);
    expect(manager.json.errors[0].pointer).toBe('/managerId');
    expect((await t.call('PUT', orgChart, { auth: c.auth, body: { managerId: null } })).statusCode).toBe(409);

    // Declaring a field always-manual unlocks it; disabling sync unlocks everything.
    await t.call('PUT', '/sync/v1/settings', { auth: c.auth, body: { manualFields: ['lastName'] } });
    expect((await t.call('PUT', `/core/v3/employees/${l1.id}`, { auth: c.auth, body: { ...base, lastName: 'Hand' } })).statusCode).toBe(
      200,
    );
    await t.call('PUT', '/sync/v1/settings', { auth: c.auth, body: { enabled: false } });
    expect((await t.call('POST', '/core/v3/employees', { auth: c.auth, body: { firstName: 'Hand', lastName: 'Made' } })).statusCode).toBe(
      200,
    );
    // Other companies are not locked.
    expect((await t.call('POST', '/core/v3/employees', { auth: t.b.auth, body: { firstName: 'B', lastName: 'B' } })).statusCode).toBe(200);
  });
  it('refuses deleting the employee-type custom field or changing its slug while the feed owns employeeType', async () => {
    const c = await t.newCompany();
    await enableSync(t, c);
    await sync(t, toCsv([person('T1')]), { auth: c.auth });
    const fields = await t.call('GET', '/core/v3/custom-fields', { auth: c.auth });
    const type = fields.json.data.find((f: { slug: string }) => f.slug === 'cf_employee_type');
    const del = await t.call('DELETE', `/core/v3/custom-fields/${type.id}`, { auth: c.auth });
    expect(del.statusCode).toBe(409);
    expect(del.json.syncManagedFields).toEqual(['customFields/cf_employee_type']);
    const reslug = await t.call('PUT', `/core/v3/custom-fields/${type.id}`, { auth: c.auth, body: { name: 'Type', slug: 'cf_type' } });
    expect(reslug.statusCode).toBe(409);
    expect(reslug.json.errors[0].pointer).toBe('/customFields/cf_employee_type');
    // Its display name stays manual; other custom fields are not the feed's.
    const renamed = await t.call('PUT', `/core/v3/custom-fields/${type.id}`, { auth: c.auth, body: { name: 'Contract type' } });
    expect(renamed.statusCode, renamed.body).toBe(200);
    const own = await t.call('POST', '/core/v3/custom-fields', { auth: c.auth, body: { name: 'Shoe size', type: 'text' } });
    expect((await t.call('DELETE', `/core/v3/custom-fields/${own.json.data.id}`, { auth: c.auth })).statusCode).toBe(200);
    expect((await employeesByExternalId(t, c)).get('T1').customFields).toEqual([
      expect.objectContaining({ slug: 'cf_employee_type', value: 'Full time' }),
    ]);
    // Always-manual, or sync disabled: the field is the company's again.
    await t.call('PUT', '/sync/v1/settings', { auth: c.auth, body: { manualFields: ['employeeType'] } });
    expect(
      (await t.call('PUT', `/core/v3/custom-fields/${type.id}`, { auth: c.auth, body: { name: 'Type', slug: 'cf_type' } })).statusCode,
    ).toBe(200);
    await t.call('PUT', '/sync/v1/settings', { auth: c.auth, body: { enabled: false, manualFields: [] } });
    expect((await t.call('DELETE', `/core/v3/custom-fields/${type.id}`, { auth: c.auth })).statusCode).toBe(200);
  });
});
