import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../test/app-fixture.js';
import { raceKit } from './race.test-kit.js';

// Links (approval managers, department and office assignations) read or moved while the employees they embed are
// deleted at the same moment. On PostgreSQL each request runs on its own connection of the pool, so an employee's
// delete can commit between the queries of a read (the links, then the employees they embed) or of a department's or
// office's delete with reassignTo (the assignations, then their employees). SQLite runs one write at a time; the test
// must pass there too.
let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => t?.close());

const { post, newEmployee } = raceKit(() => t, 'Reader');
const newDepartment = (name: string) => post('/core/v3/departments', { name });
const newOffice = (name: string) =>
  post('/core/v3/offices', { name, coordinates: { latitude: 41.4, longitude: 2.19 }, timezone: 'Europe/Madrid' });

async function employees(n: number) {
  const out: { id: string }[] = [];
  for (let i = 0; i < n; i++) out.push(await newEmployee());
  return out;
}

interface EmbeddedEmployee {
  id: string;
  firstName: string;
  deletedAt?: string;
}

describe('links read while their employees are deleted', () => {
  it('lists and single reads never answer 500 and never show an employee that is gone', async () => {
    const n = 30;
    const staff = await employees(n);
    const department = await newDepartment('Race department');
    const office = await newOffice('Race office');
    const linkIds: string[] = [];
    for (const [i, e] of staff.entries()) {
      await post('/core/v3/employee-department-assignations', { employeeId: e.id, departmentId: department.id });
      await post('/core/v3/employee-office-assignations', { employeeId: e.id, officeId: office.id });
      // A chain: each employee is managed by the one before it (no cycle).
      const boss = staff[i - 1];
      if (boss)
        linkIds.push(
          (await post('/core/v3/employee-managers', { employeeId: e.id, managerId: boss.id, permission: 'check', order: 0 })).id,
        );
    }

    // Every other employee is deleted, a few at a time, while readers loop until the deletes are done.
    const doomed = staff.filter((_, i) => i % 2 === 1).map((e) => e.id);
    const deletedBefore = new Set<string>();
    let deleting = true;
    const deletes = (async () => {
      try {
        for (let i = 0; i < doomed.length; i += 3) {
          const batch = doomed.slice(i, i + 3);
          const res = await Promise.all(batch.map((id) => t.call('DELETE', `/core/v3/employees/${id}`)));
          for (const [j, r] of res.entries()) {
            expect(r.statusCode, r.body).toBe(200);
            deletedBefore.add(batch[j] as string);
          }
        }
      } finally {
        deleting = false;
      }
    })();

    const failures: string[] = [];
    const check = (url: string, gone: ReadonlySet<string>, res: { statusCode: number; body: string; json: { data?: unknown } }) => {
      if (res.statusCode !== 200 && !(res.statusCode === 404 && url.includes('/employee-managers/'))) {
        failures.push(`${url}: ${res.statusCode} ${res.body.slice(0, 200)}`);
        return;
      }
      if (res.statusCode !== 200) return;
      const items = (Array.isArray(res.json.data) ? res.json.data : [res.json.data]) as Record<string, EmbeddedEmployee>[];
      for (const item of items) {
        for (const key of ['employee', 'manager'] as const) {
          const e = item[key];
          if (!e) continue;
          // An employee whose delete was answered before the read was sent is gone from every link the read shows.
          if (e.deletedAt || e.firstName === 'Deleted' || gone.has(e.id)) failures.push(`${url}: shows deleted employee ${e.id}`);
        }
      }
    };
    const reader = async (url: () => string) => {
      let reads = 0;
      while (deleting || reads === 0) {
        const gone = new Set(deletedBefore);
        const u = url();
        check(u, gone, await t.call('GET', u));
        reads += 1;
      }
      return reads;
    };
    let next = 0;
    const single = () => `/core/v3/employee-managers/${linkIds[next++ % linkIds.length]}`;
    const reads = await Promise.all([
      reader(() => '/core/v3/employee-managers?limit=100'),
      reader(() => `/core/v3/employee-department-assignations?departmentId=${department.id}&limit=100`),
      reader(() => `/core/v3/employee-office-assignations?officeId=${office.id}&limit=100`),
      reader(single),
      reader(single),
      deletes.then(() => 0),
    ]);
    expect(failures).toEqual([]);
    expect(reads.reduce((a, b) => a + b, 0)).toBeGreaterThan(10);

    // Once the deletes are done, the lists show exactly the employees that are left.
    const left = staff.filter((_, i) => i % 2 === 0).map((e) => e.id);
    const deps = await t.call('GET', `/core/v3/employee-department-assignations?departmentId=${department.id}&limit=100`);
    expect(deps.json.data.map((a: { employee: { id: string } }) => a.employee.id).sort()).toEqual([...left].sort());
    expect(deps.json.meta.total).toBe(left.length);
    const offs = await t.call('GET', `/core/v3/employee-office-assignations?officeId=${office.id}&limit=100`);
    expect(offs.json.data.map((a: { employee: { id: string } }) => a.employee.id).sort()).toEqual([...left].sort());
    const managers = await t.call('GET', '/core/v3/employee-managers?limit=100');
    expect(managers.statusCode).toBe(200);
    for (const link of managers.json.data as { employee: { id: string }; manager: { id: string } }[]) {
      expect(doomed).not.toContain(link.employee.id);
      expect(doomed).not.toContain(link.manager.id);
    }
  }, 30_000);
});

describe('a department or office deleted with reassignTo while its employees are deleted', () => {
  for (const kind of ['departments', 'offices'] as const) {
    it(`${kind}: the delete succeeds and moves exactly the employees that are left`, async () => {
      const table = kind === 'departments' ? 'employeeDepartments' : 'employeeOffices';
      const column = kind === 'departments' ? 'departmentId' : 'officeId';
      const assignations = kind === 'departments' ? 'employee-department-assignations' : 'employee-office-assignations';
      const create = kind === 'departments' ? newDepartment : newOffice;
      const target = await create(`Target ${kind}`);
      const answers: (number | string)[] = [];
      for (let round = 0; round < 4; round++) {
        const from = await create(`From ${kind} ${round}`);
        const staff = await employees(8);
        for (const e of staff) await post(`/core/v3/${assignations}`, { employeeId: e.id, [column]: from.id });
        const doomed = staff.slice(0, 4).map((e) => e.id);
        // The employees' deletes and the reassigning delete sent at once, the deletes a moment apart: some commit before
        // the move reads the assignations, some between its queries, some while it writes.
        const [moved, ...deleted] = await Promise.all([
          t.call('DELETE', `/core/v3/${kind}/${from.id}?reassignTo=${target.id}`),
          ...doomed.map((id, i) =>
            new Promise((r) => setTimeout(r, [0, 1, 3, 6][i])).then(() => t.call('DELETE', `/core/v3/employees/${id}`)),
          ),
        ]);
        for (const d of deleted) expect(d.statusCode, d.body).toBe(200);
        answers.push(moved?.statusCode === 200 ? 200 : `${moved?.statusCode} ${moved?.body.slice(0, 120)}`);
        if (moved?.statusCode !== 200) continue;
        // The deleted employees have no assignation left anywhere (none moved to the target behind their delete).
        const stray = await t.db.db
          .selectFrom(table)
          .select('employeeId')
          .where('companyId', '=', t.a.company.id)
          .where('employeeId', 'in', doomed)
          .execute();
        expect(stray).toEqual([]);
        const list = await t.call('GET', `/core/v3/${assignations}?${column}=${target.id}&limit=100`);
        const inTarget = new Set(list.json.data.map((a: { employee: { id: string } }) => a.employee.id));
        for (const e of staff.slice(4)) expect(inTarget.has(e.id)).toBe(true);
        // Each deleted employee's assignation was removed once: one deleted event, by whichever came first.
        const events = await t.db.db
          .selectFrom('events')
          .select(['data'])
          .where('companyId', '=', t.a.company.id)
          .where('type', '=', kind === 'departments' ? 'employee_department_assignation.deleted' : 'employee_office_assignation.deleted')
          .execute();
        for (const id of doomed) {
          const removals = events.filter((e) => String(e.data).includes(id) && String(e.data).includes(from.id));
          expect(removals, id).toHaveLength(1);
        }
      }
      expect(answers).toEqual([200, 200, 200, 200]);
    }, 30_000);
  }
});
