import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../test/app-fixture.js';
import { raceKit } from './race.test-kit.js';

// One link removed by several requests at the same moment: the same unassignation sent twice (a retrying client), an
// unassignation beside the delete of its employee, a role unassigned while its department is deleted. On PostgreSQL
// each request runs on its own connection, so both may read the link before either removes it; exactly one of them
// removes it, with one audit row and one `….deleted` event, and the others answer 404 (or, for the employee's or
// department's delete, succeed without recording the link a second time). SQLite runs one write at a time; the test
// must pass there too.
let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => t?.close());

const { post, newEmployee } = raceKit(() => t, 'Unlinked');

/** The audit rows and events recorded for one link. */
async function recorded(resourceType: string, resourceId: string) {
  const audit = await t.call('GET', `/security/v1/audit-logs?resourceType=${resourceType}&resourceId=${resourceId}&limit=100`);
  expect(audit.statusCode, audit.body).toBe(200);
  const events = await t.db.db.selectFrom('events').select('type').where('resourceId', '=', resourceId).orderBy('seq').execute();
  return {
    actions: (audit.json.data as { action: string }[]).map((a) => a.action).sort(),
    events: events.map((e) => e.type),
  };
}

const rounds = 10;

describe('a link removed by several requests at once', () => {
  it('department and office assignations: one removal, one audit row, one event; the other requests are 404', async () => {
    const department = await post('/core/v3/departments', { name: 'Race unassign dep' });
    const office = await post('/core/v3/offices', { name: 'Race unassign office' });
    for (let round = 0; round < rounds; round++) {
      const e = await newEmployee();
      const dep = await post('/core/v3/employee-department-assignations', { employeeId: e.id, departmentId: department.id });
      const off = await post('/core/v3/employee-office-assignations', { employeeId: e.id, officeId: office.id });
      const unassign = (path: string, body: Record<string, unknown>) => t.call('DELETE', path, { body });
      const results = await Promise.all([
        ...Array.from({ length: 3 }, () =>
          unassign('/core/v3/employee-department-assignations', { employeeId: e.id, departmentId: department.id }),
        ),
        ...Array.from({ length: 3 }, () => unassign('/core/v3/employee-office-assignations', { employeeId: e.id, officeId: office.id })),
      ]);
      for (const [kind, slice] of [
        ['department', results.slice(0, 3)],
        ['office', results.slice(3)],
      ] as const) {
        expect(slice.map((r) => r.statusCode).sort(), `${kind}: ${slice.map((r) => r.body).join(' | ')}`).toEqual([200, 404, 404]);
        for (const r of slice.filter((x) => x.statusCode === 404)) expect(r.json.type).toBe('/problems/not-found');
      }
      expect(await recorded('employee_department_assignation', dep.id)).toEqual({
        actions: ['employee_department_assignation.created', 'employee_department_assignation.deleted'],
        events: ['employee_department_assignation.created', 'employee_department_assignation.deleted'],
      });
      expect(await recorded('employee_office_assignation', off.id)).toEqual({
        actions: ['employee_office_assignation.created', 'employee_office_assignation.deleted'],
        events: ['employee_office_assignation.created', 'employee_office_assignation.deleted'],
      });
    }
  });

  it('an unassignation beside the delete of its employee: the link is recorded as removed once', async () => {
    const department = await post('/core/v3/departments', { name: 'Race employee dep' });
    for (let round = 0; round < rounds; round++) {
      const e = await newEmployee();
      const boss = await newEmployee();
      const dep = await post('/core/v3/employee-department-assignations', { employeeId: e.id, departmentId: department.id });
      const link = await post('/core/v3/employee-managers', { employeeId: e.id, managerId: boss.id, permission: 'check', order: 0 });
      const [unassigned, unlinked, deleted] = await Promise.all([
        t.call('DELETE', '/core/v3/employee-department-assignations', { body: { employeeId: e.id, departmentId: department.id } }),
        t.call('DELETE', `/core/v3/employee-managers/${link.id}`),
        t.call('DELETE', `/core/v3/employees/${e.id}`),
      ]);
      expect(deleted.statusCode, deleted.body).toBe(200);
      expect([200, 404], unassigned.body).toContain(unassigned.statusCode);
      expect([200, 404], unlinked.body).toContain(unlinked.statusCode);
      const depRecords = await recorded('employee_department_assignation', dep.id);
      expect(depRecords.events).toEqual(['employee_department_assignation.created', 'employee_department_assignation.deleted']);
      expect(depRecords.actions).toEqual(['employee_department_assignation.created', 'employee_department_assignation.deleted']);
      const linkRecords = await recorded('employee_manager', link.id);
      expect(linkRecords.events).toEqual(['employee_manager.created', 'employee_manager.deleted']);
      expect(linkRecords.actions).toEqual(['employee_manager.created', 'employee_manager.deleted']);
    }
  });

  it('a role unassigned while its department is deleted, twice at once: recorded as removed once', async () => {
    const roles = await t.call('GET', '/core/v3/roles?limit=100');
    const role = (roles.json.data as { id: string; name: string }[])[0];
    if (!role) throw new Error('no role');
    for (let round = 0; round < rounds; round++) {
      const e = await newEmployee();
      const department = await post('/core/v3/departments', { name: `Race role dep ${round}` });
      const assigned = await t.call('POST', '/core/v3/roles/assignation', {
        body: { roleId: role.id, employeeId: e.id, entityAffectedId: department.id },
      });
      expect(assigned.statusCode, assigned.body).toBe(200);
      const list = await t.call('GET', `/core/v3/roles/assignation/${e.id}`);
      const assignationId = (list.json.data as { id: string; affectedEntityId: string }[]).find((a) => a.affectedEntityId === department.id)
        ?.id as string;
      const [un1, un2, gone] = await Promise.all([
        t.call('DELETE', '/core/v3/roles/assignation', { body: { assignationId } }),
        t.call('DELETE', '/core/v3/roles/assignation', { body: { assignationId } }),
        t.call('DELETE', `/core/v3/departments/${department.id}`),
      ]);
      expect(gone.statusCode, gone.body).toBe(200);
      expect([un1.statusCode, un2.statusCode].filter((s) => s === 200).length, `${un1.body} | ${un2.body}`).toBeLessThanOrEqual(1);
      for (const r of [un1, un2]) expect([200, 404], r.body).toContain(r.statusCode);
      const records = await recorded('role_assignation', assignationId);
      expect(records.events).toEqual(['role_assignation.created', 'role_assignation.deleted']);
      expect(records.actions).toEqual(['role_assignation.created', 'role_assignation.deleted']);
    }
  });
});
