import { systemContext } from '../../context.js';
import type { Db, Dialect } from '../../db/database.js';
import { createEmployee } from '../../modules/employees/index.js';
import { assignEmployeeManager } from '../../modules/managers/index.js';
import { createDepartment, createJobCharge, createOffice } from '../../modules/org/index.js';
import { allScopes } from '../api-keys/scopes.js';

const offices = [
  {
    name: 'Madrid HQ',
    address: 'Paseo de la Castellana 100, 28046 Madrid',
    coordinates: { latitude: 40.4465, longitude: -3.6916 },
    timezone: 'Europe/Madrid',
  },
  {
    name: 'Barcelona',
    address: 'Carrer de Pallars 193, 08005 Barcelona',
    coordinates: { latitude: 41.4036, longitude: 2.1963 },
    timezone: 'Europe/Madrid',
  },
  {
    name: 'Lisbon',
    address: 'Avenida da Liberdade 110, 1250-146 Lisboa',
    coordinates: { latitude: 38.7205, longitude: -9.1459 },
    timezone: 'Europe/Lisbon',
  },
];

const departments = ['Management', 'Engineering', 'Sales', 'Finance', 'People', 'Operations'];

/** Job titles: the CEO's, a head's, and one per department for its members (in the order of `departments`). */
const jobTitles = [
  'Chief Executive Officer',
  'Head of department',
  'Software engineer',
  'Account executive',
  'Accountant',
  'HR specialist',
  'Operations analyst',
];

const firstNames = [
  'Lucía',
  'Hugo',
  'Martina',
  'Mateo',
  'Sofía',
  'Leo',
  'Julia',
  'Daniel',
  'Paula',
  'Pablo',
  'Valeria',
  'Álvaro',
  'Emma',
  'Manuel',
  'Carla',
  'Adrián',
  'Sara',
  'David',
  'Noa',
  'Mario',
];
const lastNames = [
  'García',
  'Rodríguez',
  'González',
  'Fernández',
  'López',
  'Martínez',
  'Sánchez',
  'Pérez',
  'Gómez',
  'Martín',
  'Jiménez',
  'Ruiz',
  'Hernández',
  'Díaz',
  'Moreno',
  'Muñoz',
  'Álvarez',
  'Romero',
  'Alonso',
  'Gutiérrez',
];

function ascii(s: string) {
  return s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();
}

/**
 * The demo organisation of a first start: 3 offices, 6 departments (Management at the top), 7 job titles and 40
 * employees, each department with a head reporting to the CEO and members reporting to their head (the org chart).
 * Their approval managers (`/core/v3/employee-managers`) follow the same lines: each employee's org-chart manager
 * validates clock-ins (`check`) and approves time off (`vacation`), and the CEO is every member's second time-off
 * approver. Written through the services,
 * so it has audit rows and events like any other data. Runs in the caller's transaction when given one (first start
 * writes the company, its admin key and this organisation in one), else in a transaction of its own.
 */
export async function seedDemoOrganisation(base: { db: Db; dialect: Dialect }, companyId: string): Promise<void> {
  const run = (fn: (trx: Db) => Promise<void>): Promise<void> =>
    base.db.isTransaction ? fn(base.db) : base.db.transaction().execute((trx) => fn(trx));
  await run(async (trx) => {
    const ctx = {
      ...systemContext({ db: trx, dialect: base.dialect }, companyId, allScopes),
      actor: { type: 'system' as const, id: null, name: 'demo seed' },
    };
    const officeIds: string[] = [];
    for (const office of offices) officeIds.push((await createOffice(ctx, office)).id);
    const top = await createDepartment(ctx, { name: departments[0] as string });
    const departmentIds = [top.id];
    for (const name of departments.slice(1)) departmentIds.push((await createDepartment(ctx, { name, parentId: top.id })).id);

    const jobChargeIds: string[] = [];
    for (const name of jobTitles) jobChargeIds.push((await createJobCharge(ctx, { name })).id);

    let n = 0;
    const person = async (departmentIndex: number, managerId: string | null, description: string, jobChargeId: string) => {
      const first = firstNames[n % firstNames.length] as string;
      const last = lastNames[(n * 7) % lastNames.length] as string;
      n += 1;
      return createEmployee(ctx, {
        firstName: first,
        lastName: last,
        email: `${ascii(first)}.${ascii(last)}${n}@demo.example`,
        code: n,
        externalId: `DEMO-${String(n).padStart(4, '0')}`,
        description,
        gender: n % 2 === 0 ? 'male' : 'female',
        phone: `+34 600 000 ${String(n).padStart(3, '0')}`,
        startDate: `20${String(15 + (n % 10)).padStart(2, '0')}-${String((n % 12) + 1).padStart(2, '0')}-01`,
        country: 'ES',
        departmentId: departmentIds[departmentIndex] as string,
        officeId: officeIds[n % officeIds.length] as string,
        managerId,
        jobChargeId,
      });
    };
    const approvers = async (employeeId: string, managerId: string, backupId?: string) => {
      for (const permission of ['check', 'vacation'] as const)
        await assignEmployeeManager(ctx, { employeeId, managerId, permission, order: 0 });
      if (backupId) await assignEmployeeManager(ctx, { employeeId, managerId: backupId, permission: 'vacation', order: 1 });
    };
    const ceo = await person(0, null, 'Chief Executive Officer', jobChargeIds[0] as string);
    const heads = [];
    for (let d = 1; d < departments.length; d++) {
      const head = await person(d, ceo.id, `Head of ${departments[d]}`, jobChargeIds[1] as string);
      await approvers(head.id, ceo.id);
      heads.push(head);
    }
    // 40 in all: the CEO, 5 heads and 34 members spread over the five departments.
    for (let i = 0; i < 34; i++) {
      const d = (i % 5) + 1;
      const head = heads[d - 1] as { id: string };
      const member = await person(d, head.id, `${departments[d]} team`, jobChargeIds[d + 1] as string);
      await approvers(member.id, head.id, ceo.id);
    }
  });
}
