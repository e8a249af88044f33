import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import SQLite from 'better-sqlite3';
import { uuidv7 } from 'uuidv7';
import { openDatabase } from '../../apps/server/src/db/database.js';
import { migrateToLatest } from '../../apps/server/src/db/migrate.js';
import { sortKey } from '../../apps/server/src/db/sort-key.js';
import { createCompany } from '../../apps/server/src/platform/companies/companies.service.js';
import { seeded } from '../seeded.js';

/**
 * The floor of an initial load on SQLite: the rows a first file of N employees must write — as HR data sync writes
 * them, on Roster's schema (its indexes and foreign keys) — inserted the fastest way better-sqlite3 can: one prepared
 * single-row statement per table, values ready (JSON already serialized, ids already made), one transaction. No
 * parsing, comparison, views or serialization: whatever the engine does, it cannot write these rows faster on this
 * machine. See bench/README.md ("sync: the floor of an initial load").
 *
 *   npx tsx bench/sync/floor.ts            # BENCH_EMPLOYEES=100000
 */
const count = Number(process.env.BENCH_EMPLOYEES || 100_000);
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'roster-floor-'));
const file = path.join(dir, 'roster.sqlite');
const handle = await openDatabase({ sqliteFile: file });
await migrateToLatest(handle.db, handle.dialect);
const { company } = await createCompany(handle, { name: 'Floor', region: 'eu1' });
await handle.close();

const db = new SQLite(file);
db.pragma('journal_mode = WAL');
db.pragma('foreign_keys = ON');
db.pragma('synchronous = NORMAL');
const now = new Date().toISOString();
const companyId = company.id;

const random = seeded(7);
const pick = <T>(list: T[]): T => list[Math.floor(random() * list.length)] as T;
const firstNames = 'Lucía Hugo Martina Mateo Sofía Leo María Daniel Julia Alejandro Paula Pablo Emma Oliver James'.split(' ');
const lastNames = 'García Rodríguez González Fernández López Martínez Sánchez Pérez Smith Jones Taylor Brown'.split(' ');

// Reference data, as a first file creates it: 50 departments, 5 offices, 30 job titles, the employee-type field.
const named = (table: string, n: number, label: string) => {
  const ids: string[] = [];
  const insert = db.prepare(`insert into ${table} (id, company_id, name, created_at, updated_at) values (?, ?, ?, ?, ?)`);
  for (let i = 0; i < n; i++) {
    const id = uuidv7();
    insert.run(id, companyId, `${label} ${i + 1}`, now, now);
    ids.push(id);
  }
  return ids;
};
const departments = named('departments', 50, 'Department');
const offices = named('offices', 5, 'Office');
const jobCharges = named('job_charges', 30, 'Job title');
const typeField = uuidv7();
db.prepare('insert into custom_fields (id, company_id, name, slug, type, created_at, updated_at) values (?, ?, ?, ?, ?, ?, ?)').run(
  typeField,
  companyId,
  'Employee type',
  'cf_employee_type',
  'text',
  now,
  now,
);

// The employees' values, made before the clock starts. Managers in teams of 20 (a manager is written before their team).
const columns = (db.prepare('select * from employees limit 0').columns() as { name: string }[]).map((c) => c.name);
const ids = Array.from({ length: count }, () => uuidv7());
const order = ids.map((_, i) => i).sort(() => random() - 0.5);
const rows = ids.map((id, i) => {
  const first = pick(firstNames);
  const last = pick(lastNames);
  const row: Record<string, unknown> = Object.fromEntries(columns.map((c) => [c, null]));
  Object.assign(row, {
    id,
    company_id: companyId,
    external_id: `E${100000 + i}`,
    first_name: first,
    last_name: last,
    first_name_key: sortKey(first),
    last_name_key: sortKey(last),
    email: `p${order[i]}.${last.toLowerCase()}@example.com`,
    email_normalized: `p${order[i]}.${last.toLowerCase()}@example.com`,
    status: 'active',
    work_status: 'offline',
    phone: `+34 6${String(Math.floor(random() * 1e8)).padStart(8, '0')}`,
    date_of_birth: '1980-01-01',
    country: 'ES',
    start_date: '2020-01-01',
    manager_id: i % 20 === 0 ? (i === 0 ? null : ids[i - 20]) : ids[i - (i % 20)],
    job_charge_id: pick(jobCharges),
    invitation: 0,
    created_at: now,
    updated_at: now,
  });
  return columns.map((c) => row[c]);
});
// The audit row's `after` and the event's `data`: an employee view as the API returns it is ~1.4 KB of JSON.
const view = (i: number) => JSON.stringify({ id: ids[i], externalId: `E${100000 + i}`, padding: 'x'.repeat(1_300) }).slice(0, 1_400);
const views = ids.map((_, i) => view(i));

const insertEmployee = db.prepare(`insert into employees (${columns.join(', ')}) values (${columns.map(() => '?').join(', ')})`);
const insertDepartment = db.prepare(
  'insert into employee_departments (id, company_id, employee_id, department_id, created_at, updated_at) values (?, ?, ?, ?, ?, ?)',
);
const insertOffice = db.prepare(
  'insert into employee_offices (id, company_id, employee_id, office_id, created_at, updated_at) values (?, ?, ?, ?, ?, ?)',
);
const insertType = db.prepare('insert into custom_field_values (company_id, employee_id, custom_field_id, value) values (?, ?, ?, ?)');
const insertAudit = db.prepare(
  'insert into audit_logs (id, company_id, actor_type, actor_id, actor_name, action, resource_type, resource_id, before, after, request_id, created_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)',
);
const insertEvent = db.prepare(
  'insert into events (id, company_id, type, resource_type, resource_id, data, changes, request_id, created_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?)',
);
const assignmentIds = Array.from({ length: count * 2 }, () => uuidv7());
const auditIds = Array.from({ length: count }, () => uuidv7());
const eventIds = Array.from({ length: count }, () => uuidv7());

const times: [string, number][] = [];
let t = performance.now();
const lap = (name: string) => {
  const now = performance.now();
  times.push([name, Math.round(now - t)]);
  t = now;
};
db.exec('begin immediate');
for (const row of rows) insertEmployee.run(row);
lap('employees (row, 6 indexes, 3 foreign keys)');
for (let i = 0; i < count; i++) {
  insertDepartment.run(assignmentIds[2 * i], companyId, ids[i], pick(departments), now, now);
  insertOffice.run(assignmentIds[2 * i + 1], companyId, ids[i], pick(offices), now, now);
}
lap('department and office assignments (2 per employee)');
for (let i = 0; i < count; i++) insertType.run(companyId, ids[i], typeField, i % 4 ? 'Full time' : 'Part time');
lap('employee type values');
for (let i = 0; i < count; i++) {
  insertAudit.run(
    auditIds[i],
    companyId,
    'sync',
    'file',
    'HR data sync',
    'employee.created',
    'employee',
    ids[i],
    null,
    views[i],
    null,
    now,
  );
}
lap('audit rows (~1.4 KB each)');
for (let i = 0; i < count; i++) {
  insertEvent.run(eventIds[i], companyId, 'employee.created', 'employee', ids[i], views[i], null, null, now);
}
lap('events (~1.4 KB each)');
db.exec('commit');
lap('commit');
const inTransaction = times.slice(0, -1).reduce((sum, [, ms]) => sum + ms, 0);
db.pragma('wal_checkpoint(TRUNCATE)');
lap('checkpoint (WAL into the database file)');
db.close();
fs.rmSync(dir, { recursive: true, force: true });

console.log(`SQLite floor of an initial load of ${count} employees (${os.cpus()[0]?.model ?? '?'}, Node ${process.version}):`);
for (const [name, ms] of times) console.log(`  ${name.padEnd(52)} ${String(ms).padStart(6)} ms`);
console.log(`  ${'inserts, in the transaction'.padEnd(52)} ${String(inTransaction).padStart(6)} ms`);
