import { describe, expect, it } from 'vitest';
import { diffEmployees } from './employee-diff.js';
import { LinkMap, type NamedRow, type RosterEmployee, type RosterSnapshot } from './roster-snapshot.js';
import type { EmployeeSyncField } from './sync-fields.js';
import type { SyncRecord } from './sync-records.js';
import { defaultSyncSettings, type EffectiveSyncSettings } from './sync-settings.service.js';

/** The comparison of a file with the roster, on hand-made snapshots: which rows count as unchanged, which change. */

const fields: EmployeeSyncField[] = [
  'externalId',
  'firstName',
  'lastName',
  'email',
  'employeeType',
  'department',
  'startDate',
  'country',
  'jobTitle',
  'manager',
  'office',
  'phone',
];

function employee(n: number, over: Partial<RosterEmployee> = {}): RosterEmployee {
  return {
    id: `id-${n}`,
    externalId: `E${n}`,
    code: null,
    firstName: `First${n}`,
    lastName: `Last${n}`,
    email: `p${n}@example.com`,
    emailNormalized: `p${n}@example.com`,
    status: 'active',
    gender: null,
    phone: null,
    dateOfBirth: null,
    country: 'ES',
    startDate: '2020-01-01',
    terminationDate: null,
    terminationReason: null,
    managerId: n === 1 ? null : 'id-1',
    jobChargeId: 'jc-1',
    ...over,
  };
}

function record(n: number, over: Partial<Record<EmployeeSyncField, string>> = {}, row = n + 1): SyncRecord<EmployeeSyncField> {
  return {
    row,
    values: {
      externalId: `E${n}`,
      firstName: `First${n}`,
      lastName: `Last${n}`,
      email: `p${n}@example.com`,
      employeeType: 'Full time',
      department: 'Sales',
      startDate: '2020-01-01',
      country: 'ES',
      jobTitle: 'Engineer',
      manager: n === 1 ? '' : 'E1',
      office: 'Madrid',
      phone: '',
      ...over,
    },
  };
}

function index(rows: NamedRow[]) {
  const byKey = new Map<string, NamedRow>();
  for (const r of rows) if (!byKey.has(r.name.trim().toLowerCase())) byKey.set(r.name.trim().toLowerCase(), r);
  return { byKey, names: new Map(rows.map((r) => [r.id, r.name])) };
}

function snapshot(employees: RosterEmployee[], extra: { departments?: NamedRow[]; links?: [string, string[]][] } = {}): RosterSnapshot {
  const departments = index(extra.departments ?? [{ id: 'd-1', name: 'Sales' }]);
  const offices = index([{ id: 'o-1', name: 'Madrid' }]);
  const jobCharges = index([{ id: 'jc-1', name: 'Engineer' }]);
  const links = new Map<string, string[]>(employees.map((e) => [e.id, ['d-1']]));
  for (const [id, ids] of extra.links ?? []) links.set(id, ids);
  const linkMap = (from: Map<string, string[]>) => {
    const out = new LinkMap();
    for (const [id, ids] of from) for (const target of ids) out.add(id, target);
    return out;
  };
  return {
    company: { id: 'c-1' } as RosterSnapshot['company'],
    employees,
    byId: new Map(employees.map((e) => [e.id, e])),
    byExternalId: new Map(employees.map((e) => [e.externalId as string, e])),
    departments: departments.byKey,
    offices: offices.byKey,
    jobCharges: jobCharges.byKey,
    departmentName: departments.names,
    officeName: offices.names,
    jobChargeName: jobCharges.names,
    employeeDepartments: linkMap(links),
    employeeOffices: linkMap(new Map(employees.map((e) => [e.id, ['o-1']]))),
    employeeTypes: new Map(employees.map((e) => [e.id, 'Full time'])),
    employeeTypeField: null,
  };
}

function diff(s: RosterSnapshot, records: SyncRecord<EmployeeSyncField>[], settings: Partial<EffectiveSyncSettings> = {}) {
  const plan = diffEmployees({
    snapshot: s,
    records,
    parseErrors: [],
    fields,
    settings: { ...defaultSyncSettings, enabled: true, manualFields: [], ...settings },
    today: '2026-11-24',
    now: '2026-11-24T12:00:00.000Z',
    fileId: 'f-1',
  });
  const changed = Object.fromEntries(plan.changes.map((c) => [c.after.externalId, c.fieldChanges.map((f) => f.field)]));
  return { plan, changed };
}

describe('diffEmployees', () => {
  const roster = [employee(1), employee(2), employee(3)];

  it('matching by email, takes the active one of employees without an external id that share an email', () => {
    const shared = { externalId: null, email: 'shared@example.com', emailNormalized: 'shared@example.com' };
    const active = employee(7, shared);
    const leaver = employee(8, { ...shared, status: 'inactive', terminationDate: '2025-01-01' });
    for (const order of [
      [active, leaver],
      [leaver, active],
    ]) {
      const s = snapshot([employee(1), ...order]);
      s.byExternalId.delete('null');
      const { plan } = diff(s, [record(1), record(9, { externalId: 'X9', email: 'shared@example.com' })], { matchBy: 'email' });
      const change = plan.changes.find((c) => c.after.externalId === 'X9');
      expect(change?.id).toBe('id-7');
      expect(change?.action).toBe('updated');
    }
  });

  it('counts identical rows as unchanged, whatever their order', () => {
    const { plan } = diff(snapshot(roster), [record(3), record(1), record(2)]);
    expect(plan.changes).toEqual([]);
    expect(plan.unchanged).toBe(3);
    // The file carries employee types and the company has no such field yet: it is created even if nothing changes.
    expect(plan.createEmployeeTypeField).toBe(true);
  });

  it('matches department, office and job title names case-insensitively and trimmed, as unchanged', () => {
    const { plan } = diff(snapshot(roster), [
      record(1, { department: 'SALES', office: 'madrid', jobTitle: 'engineer ' }),
      record(2),
      record(3),
    ]);
    expect(plan.changes).toEqual([]);
    expect(plan.unchanged).toBe(3);
  });

  it('notes every kind of difference', () => {
    const s = snapshot(
      [
        employee(1),
        employee(2, { email: 'P2@example.com' }),
        employee(3, { phone: '+34 600' }),
        employee(4, { jobChargeId: null }),
        employee(5, { status: 'inactive', terminationDate: '2026-01-01' }),
        employee(6),
        employee(7, { managerId: 'id-6' }),
        employee(8),
        employee(9),
      ],
      {
        departments: [
          { id: 'd-1', name: 'Sales' },
          { id: 'd-2', name: 'Marketing' },
        ],
        links: [
          ['id-8', ['d-2']],
          ['id-9', ['d-1', 'd-2']],
        ],
      },
    );
    s.employeeTypes.set('id-6', 'Contractor');
    const { changed, plan } = diff(s, [record(1), record(2), record(3), record(4), record(5), record(6), record(7), record(8), record(9)]);
    expect(changed).toEqual({
      E2: ['email'],
      E3: ['phone'],
      E4: ['jobTitle'],
      E5: ['status'],
      E6: ['employeeType'],
      E7: ['manager'],
      // In another department, or in the file's and another: the employee is assigned exactly the file's.
      E8: ['department'],
      E9: ['department'],
    });
    expect(plan.changes.find((c) => c.after.externalId === 'E5')?.action).toBe('reactivated');
    expect(plan.unchanged).toBe(1);
  });

  it('treats an empty cell as no value, and leaves always-manual fields alone on existing employees', () => {
    const s = snapshot([employee(1), employee(2, { country: null, startDate: '2019-05-05' })]);
    const { plan, changed } = diff(s, [record(1), record(2, { country: '', startDate: '2020-01-01' })], {
      manualFields: ['startDate'],
    });
    expect(changed).toEqual({});
    expect(plan.unchanged).toBe(2);
  });

  it('rejects a row whose department or office name several share, case-insensitively, and leaves its employee as is', () => {
    const s = snapshot([employee(1), employee(2), employee(3)], {
      departments: [
        { id: 'd-1', name: 'Sales' },
        { id: 'd-2', name: 'Sales' },
        { id: 'd-3', name: 'sales ' },
        { id: 'd-4', name: 'Support' },
      ],
    });
    s.offices = new Map([['madrid', { id: 'o-1', name: 'Madrid' }]]);
    s.officeName = new Map([
      ['o-1', 'Madrid'],
      ['o-2', 'MADRID'],
    ]);
    const { plan } = diff(s, [
      record(1, { department: 'Support', office: '' }),
      record(2, { department: 'SALES' }),
      record(3, { department: 'Support' }),
      record(4, { department: 'Support', office: '' }),
    ]);
    expect(plan.rowErrors).toEqual([
      {
        row: 3,
        externalId: 'E2',
        field: 'department',
        message:
          '"SALES" is the name of 3 departments (names are matched case-insensitively): the file\'s department must name exactly one; rename the others',
      },
      {
        row: 3,
        externalId: 'E2',
        field: 'office',
        message:
          '"Madrid" is the name of 2 offices (names are matched case-insensitively): the file\'s office must name exactly one; rename the others',
      },
      {
        row: 4,
        externalId: 'E3',
        field: 'office',
        message:
          '"Madrid" is the name of 2 offices (names are matched case-insensitively): the file\'s office must name exactly one; rename the others',
      },
    ]);
    // Rejected rows neither change nor terminate their employees; the others apply.
    expect(plan.changes.map((c) => [c.action, c.after.externalId])).toEqual([
      ['updated', 'E1'],
      ['created', 'E4'],
    ]);
    expect(plan.removals).toBe(0);
    // A department that is always-manual is not written on existing employees: its name is not looked up for them.
    const manual = diff(s, [record(1, { office: '' }), record(2, { office: '' }), record(3, { office: '' })], {
      manualFields: ['department'],
    });
    expect(manual.plan.rowErrors).toEqual([]);
  });

  it('creates new employees and terminates those missing from the file', () => {
    const { plan } = diff(snapshot(roster), [record(1), record(2), record(4)]);
    expect(plan.changes.map((c) => [c.action, c.after.externalId])).toEqual([
      ['created', 'E4'],
      ['terminated', 'E3'],
    ]);
    expect(plan.unchanged).toBe(2);
  });
});
