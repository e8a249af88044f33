import { fork } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import { Session } from 'node:inspector/promises';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import SQLite from 'better-sqlite3';
import Fastify, { type FastifyInstance, type FastifyRequest } from 'fastify';
import type { Insertable } from 'kysely';
import { uuidv7 } from 'uuidv7';
import { buildApp } from '../../apps/server/src/app.js';
import { loadConfig } from '../../apps/server/src/config.js';
import { openDatabase } from '../../apps/server/src/db/database.js';
import { migrateToLatest } from '../../apps/server/src/db/migrate.js';
import { sortKey } from '../../apps/server/src/db/sort-key.js';
import type { CustomFieldsTable, CustomFieldValuesTable } from '../../apps/server/src/modules/custom-fields/custom-fields.tables.js';
import { blankEmployee } from '../../apps/server/src/modules/employees/employees.repo.js';
import type { EmployeesTable } from '../../apps/server/src/modules/employees/employees.tables.js';
import { createCompany } from '../../apps/server/src/platform/companies/companies.service.js';
import { seeded } from '../seeded.js';

/**
 * Read path of the employees API: the real server (auth, rate limit, scopes, schemas, envelope, Kysely) against a
 * bare Fastify server running the same SQL on the same SQLite file. See bench/README.md.
 *
 *   npm run bench:api-read
 *   BENCH_DURATION=30 BENCH_CONNECTIONS=10 BENCH_EMPLOYEES=10000 BENCH_LOG_LEVEL=info npm run bench:api-read
 */

const env = process.env;
const employeeCount = intEnv('BENCH_EMPLOYEES', 10_000);
const durationSeconds = intEnv('BENCH_DURATION', 5);
const warmupSeconds = intEnv('BENCH_WARMUP', 2, 0);
const connections = intEnv('BENCH_CONNECTIONS', 10);
/** Paired rounds per endpoint (real and bare back to back); the round with the median real/bare ratio is reported. */
const rounds = intEnv('BENCH_ROUNDS', 5);
/** The real server logs as main.ts does by default (`info`: one line per request and per response), into a file. */
const logLevel = env.BENCH_LOG_LEVEL || 'info';
/** A directory: writes a CPU profile of the server process per measurement and prints where the time goes. */
const profileDir = env.BENCH_PROFILE || undefined;
/** Which endpoints to measure: `list`, `get` or both (default). */
const only = new Set((env.BENCH_ENDPOINTS || 'list,get').split(',').map((s) => s.trim()));
const listPath = '/core/v3/employees?limit=100';
const target = 0.9;

function intEnv(name: string, fallback: number, min = 1): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < min) throw new Error(`${name} must be an integer ≥ ${min}, got "${raw}"`);
  return n;
}

// ---------------------------------------------------------------------------------------------------------------
// Data: realistic employees, deterministic (seeded), loaded in one transaction.

function randomHelpers(seed: number) {
  const next = seeded(seed);
  return {
    next,
    int: (min: number, max: number) => min + Math.floor(next() * (max - min + 1)),
    pick: <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)]!,
    digits: (n: number) => Array.from({ length: n }, () => Math.floor(next() * 10)).join(''),
  };
}

const firstNames = (
  'Lucía Hugo Martina Mateo Sofía Leo María Daniel Julia Alejandro Paula Pablo Valeria Manuel Emma ' +
  'Álvaro Daniela Adrián Carla David Sara Mario Alba Diego Noa Javier Olivia Marcos Claudia Jorge Anna ' +
  'Oliver Emily James Charlotte Jack Amelia Noah Isla Thomas'
).split(' ');
const lastNames = (
  'García Rodríguez González Fernández López Martínez Sánchez Pérez Gómez Martín Jiménez Ruiz Hernández ' +
  'Díaz Moreno Muñoz Álvarez Romero Alonso Gutiérrez Navarro Torres Domínguez Vázquez Ramos Gil Ramírez ' +
  'Serrano Blanco Molina Morales Suárez Ortega Delgado Castro Ortiz Rubio Marín Sanz Núñez Iglesias ' +
  'Medina Garrido Cortés Castillo Santos Lozano Guerrero Cano Prieto Smith Jones Taylor Brown Williams ' +
  'Wilson Johnson Davies Evans Thomas'
).split(' ');
const cities = [
  ['Madrid', 'Madrid', '28'],
  ['Barcelona', 'Barcelona', '08'],
  ['Valencia', 'Valencia', '46'],
  ['Sevilla', 'Sevilla', '41'],
  ['Zaragoza', 'Zaragoza', '50'],
  ['Málaga', 'Málaga', '29'],
  ['Bilbao', 'Bizkaia', '48'],
  ['Castellón de la Plana', 'Castellón', '12'],
] as const;
const streets = ['Calle Mayor', 'Avenida de la Constitución', 'Calle Real', 'Paseo de Gracia', 'Calle del Carmen', 'Gran Vía'];
const categories = [
  ['G1', 'Titulados superiores'],
  ['G2', 'Titulados medios'],
  ['G3', 'Jefes administrativos'],
  ['G5', 'Oficiales administrativos'],
  ['G7', 'Auxiliares administrativos'],
] as const;

function ascii(s: string): string {
  return s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();
}

function employeeRows(companyId: string, count: number): Insertable<EmployeesTable>[] {
  const rnd = randomHelpers(20_260_105);
  const rows: Insertable<EmployeesTable>[] = [];
  const base = Date.parse('2024-01-01T08:00:00.000Z');
  for (let i = 0; i < count; i++) {
    const firstName = rnd.pick(firstNames);
    const lastName = rnd.pick(lastNames);
    const email = `${ascii(firstName)}.${ascii(lastName)}.${i}@example.com`;
    const [city, province, postalPrefix] = rnd.pick(cities);
    const [categoryCode, categoryDescription] = rnd.pick(categories);
    const inactive = i % 20 === 19;
    const startYear = rnd.int(2008, 2025);
    const created = new Date(base + i * 60_000).toISOString();
    const id = uuidv7();
    rows.push({
      id,
      companyId,
      externalId: `HR-${String(100_000 + i)}`,
      code: 1_000 + i,
      firstName,
      lastName,
      firstNameKey: sortKey(firstName),
      lastNameKey: sortKey(lastName),
      email,
      emailNormalized: email,
      description: i % 7 === 0 ? 'Part-time, mornings' : null,
      status: inactive ? 'inactive' : 'active',
      workStatus: rnd.pick(['online', 'offline', 'offline', 'paused', 'remote']),
      imageProfileUrl: null,
      gender: rnd.pick(['female', 'male', 'no_response']),
      contractId: null,
      pin: rnd.int(1_000, 9_999),
      nid: `${rnd.digits(8)}${rnd.pick(['T', 'R', 'W', 'A', 'G', 'M'])}`,
      identityNumberType: 'dni',
      ssn: rnd.digits(12),
      phone: `+34 6${rnd.digits(2)} ${rnd.digits(3)} ${rnd.digits(3)}`,
      dateOfBirth: `${rnd.int(1960, 2004)}-${String(rnd.int(1, 12)).padStart(2, '0')}-${String(rnd.int(1, 28)).padStart(2, '0')}`,
      nationality: rnd.next() < 0.9 ? 'ES' : rnd.pick(['PT', 'FR', 'GB', 'IT', 'RO']),
      maritalStatus: rnd.pick(['single', 'married', 'divorced', 'widowed']),
      address: `${rnd.pick(streets)} ${rnd.int(1, 180)}, ${rnd.int(1, 8)}º`,
      postalCode: `${postalPrefix}${rnd.digits(3)}`,
      city,
      province,
      country: 'ES',
      emergencyPhone: `+34 6${rnd.digits(2)} ${rnd.digits(3)} ${rnd.digits(3)}`,
      childrenCount: rnd.int(0, 3),
      disability: rnd.next() < 0.03 ? 33 : 0,
      personalEmail: `${ascii(firstName)}${rnd.digits(2)}@mail.example`,
      salaryRange: rnd.pick(['20000-25000', '25000-30000', '30000-40000', '40000-55000']),
      studyLevel: rnd.pick(['secondary', 'vocational', 'bachelor', 'master']),
      professionalCategoryCode: categoryCode,
      professionalCategoryDescription: categoryDescription,
      bic: rnd.pick(['CAIXESBBXXX', 'BBVAESMMXXX', 'BSCHESMMXXX']),
      accountNumber: `ES${rnd.digits(22)}`,
      pricePerHour: `${rnd.int(12, 45)}.${rnd.pick(['00', '25', '50', '75'])}`,
      startDate: `${startYear}-${String(rnd.int(1, 12)).padStart(2, '0')}-01`,
      terminationDate: inactive ? '2025-12-31' : null,
      terminationReason: inactive ? 'End of contract' : null,
      // Teams of 50 under the first member of each block: a realistic org chart, and the FK is satisfied in order.
      managerId: i % 50 === 0 ? null : rows[i - (i % 50)]!.id,
      jobChargeId: null,
      invitation: 0,
      createdAt: created,
      updatedAt: created,
      deletedAt: null,
    });
  }
  return rows;
}

async function loadData(handle: Awaited<ReturnType<typeof openDatabase>>, companyId: string): Promise<string[]> {
  const employees = employeeRows(companyId, employeeCount);
  const at = new Date().toISOString();
  const fields: Insertable<CustomFieldsTable>[] = [
    {
      id: uuidv7(),
      companyId,
      name: 'Badge number',
      nameKey: 'badge number',
      slug: 'badge-number',
      type: 'number',
      createdAt: at,
      updatedAt: at,
    },
    {
      id: uuidv7(),
      companyId,
      name: 'T-shirt size',
      nameKey: 't-shirt size',
      slug: 't-shirt-size',
      type: 'text',
      createdAt: at,
      updatedAt: at,
    },
    {
      id: uuidv7(),
      companyId,
      name: 'Remote allowed',
      nameKey: 'remote allowed',
      slug: 'remote-allowed',
      type: 'boolean',
      createdAt: at,
      updatedAt: at,
    },
  ];
  const sizes = ['S', 'M', 'L', 'XL'];
  const values: Insertable<CustomFieldValuesTable>[] = employees.flatMap((e, i) => [
    { companyId, employeeId: e.id, customFieldId: fields[0]!.id, value: String(50_000 + i) },
    { companyId, employeeId: e.id, customFieldId: fields[1]!.id, value: sizes[i % sizes.length]! },
  ]);
  await handle.db.transaction().execute(async (trx) => {
    await trx.insertInto('customFields').values(fields).execute();
    for (let i = 0; i < employees.length; i += 200)
      await trx
        .insertInto('employees')
        .values(employees.slice(i, i + 200))
        .execute();
    for (let i = 0; i < values.length; i += 500)
      await trx
        .insertInto('customFieldValues')
        .values(values.slice(i, i + 500))
        .execute();
  });
  return employees.map((e) => e.id);
}

// ---------------------------------------------------------------------------------------------------------------
// The bare server: the statements the real server runs per request (checked before measuring: `checkSameSql`), with
// the same SHA-256 of the token, as prepared statements on its own connection; no schemas, envelope, hooks or views.

/** The SQL texts, exactly as Kysely compiles the real server's queries (apps/server/src/http/auth.ts, modules/employees). */
function bareStatements() {
  // Every column of employees aliased to its camelCase name (employees.repo.ts: employeeRowsQuery).
  const employeeColumns = Object.keys(blankEmployee('', '', ''))
    .map((camel) => camel.replace(/[A-Z]/g, (ch) => `_${ch.toLowerCase()}`))
    .map((name) => {
      const camel = name.replace(/_([a-z])/g, (_, ch: string) => ch.toUpperCase());
      return camel === name ? `"employees"."${name}"` : `"employees"."${name}" as "${camel}"`;
    })
    .join(', ');
  const companyColumns = ['name', 'notification_email', 'language', 'timezone', 'region', 'live_company_id', 'created_at', 'updated_at']
    .map((c) => `"companies"."${c}" as "company_${c}"`)
    .join(', ');
  const employees = '"employees"."company_id" = ? and "employees"."deleted_at" is null';
  return {
    key:
      `select "api_keys".*, ${companyColumns} from "api_keys" inner join "companies" on "companies"."id" = "api_keys"."company_id" ` +
      `where "api_keys"."token_hash" = ?`,
    touchKey: 'update "api_keys" set "last_used_at" = ? where "id" = ?',
    count: `select count(*) as "total" from "employees" where ${employees}`,
    page: `select ${employeeColumns} from "employees" where ${employees} order by "last_name_key" asc, "first_name_key" asc, "last_name" asc, "first_name" asc, "id" asc limit ? offset ?`,
    one: `select ${employeeColumns} from "employees" where ${employees} and "employees"."id" = ?`,
    customFieldValues: (n: number) =>
      `select "custom_field_values"."employee_id" as "employeeId", "custom_fields"."id", "custom_fields"."company_id" as "companyId", "custom_fields"."name", ` +
      `"custom_fields"."slug", "custom_fields"."type", "custom_field_values"."value" from "custom_field_values" ` +
      `inner join "custom_fields" on "custom_fields"."id" = "custom_field_values"."custom_field_id" ` +
      `where "custom_field_values"."company_id" = ? and "custom_field_values"."employee_id" in (${Array(n).fill('?').join(', ')}) ` +
      `order by "custom_fields"."name"`,
  };
}

function bareServer(file: string): { app: FastifyInstance; close(): void } {
  const sqlite = new SQLite(file);
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma('synchronous = NORMAL');
  sqlite.pragma('busy_timeout = 5000');
  const text = bareStatements();
  // `all()` everywhere, as Kysely's SQLite driver runs every statement that returns rows.
  const key = sqlite.prepare(text.key);
  const touchKey = sqlite.prepare(text.touchKey);
  const count = sqlite.prepare(text.count);
  const page = sqlite.prepare(text.page);
  const one = sqlite.prepare(text.one);
  const valuesByCount = new Map<number, SQLite.Statement>();
  const customFieldValues = (companyId: string, ids: string[]) => {
    let stmt = valuesByCount.get(ids.length);
    if (!stmt) {
      stmt = sqlite.prepare(text.customFieldValues(ids.length));
      valuesByCount.set(ids.length, stmt);
    }
    return stmt.all(companyId, ...ids) as { employeeId: string }[];
  };

  /** The auth hook's SQL: the key with its company by token hash, and `last_used_at` at most once a minute. */
  const authenticate = (request: FastifyRequest): string | null => {
    const token = request.headers.authorization?.slice('Bearer '.length) ?? '';
    const hash = createHash('sha256').update(token, 'utf8').digest('hex');
    const row = key.all(hash)[0] as { id: string; company_id: string; revoked_at: string | null; last_used_at: string | null } | undefined;
    if (!row || row.revoked_at) return null;
    const now = Date.now();
    if (!row.last_used_at || now - Date.parse(row.last_used_at) > 60_000) touchKey.run(new Date(now).toISOString(), row.id);
    return row.company_id;
  };

  const app = Fastify({ logger: false });
  app.get('/core/v3/employees', async (request, reply) => {
    const companyId = authenticate(request);
    if (!companyId) return reply.code(401).send();
    const query = request.query as { limit?: string; page?: string };
    const limit = Math.min(500, Number(query.limit ?? 50) || 50);
    const pageNo = Math.max(1, Number(query.page ?? 1) || 1);
    const { total } = count.all(companyId)[0] as { total: number };
    const rows = page.all(companyId, limit, (pageNo - 1) * limit) as Record<string, unknown>[];
    const values = rows.length
      ? customFieldValues(
          companyId,
          rows.map((r) => r.id as string),
        )
      : [];
    const byEmployee = new Map<string, unknown[]>();
    for (const v of values) {
      const list = byEmployee.get(v.employeeId);
      if (list) list.push(v);
      else byEmployee.set(v.employeeId, [v]);
    }
    reply.header('x-total-count', String(total));
    return rows.map((r) => ({ ...r, customFields: byEmployee.get(r.id as string) ?? [] }));
  });
  app.get('/core/v3/employees/:id', async (request, reply) => {
    const companyId = authenticate(request);
    if (!companyId) return reply.code(401).send();
    const id = (request.params as { id: string }).id;
    const row = one.all(companyId, id)[0] as Record<string, unknown> | undefined;
    if (!row) return reply.code(404).send();
    return { ...row, customFields: customFieldValues(companyId, [id]) };
  });
  return { app, close: () => sqlite.close() };
}

/**
 * Runs `fn` and returns the SQL texts of the statements executed meanwhile on any better-sqlite3 connection of this
 * process, in order (the real server's and the bare one's alike: they share the native Statement class).
 */
async function statementsDuring(fn: () => Promise<unknown>): Promise<string[]> {
  const probe = new SQLite(':memory:');
  const proto = Object.getPrototypeOf(probe.prepare('select 1')) as Record<'all' | 'get' | 'run' | 'iterate', (...a: unknown[]) => unknown>;
  probe.close();
  const seen: string[] = [];
  const originals = (['all', 'get', 'run', 'iterate'] as const).map((method) => [method, proto[method]] as const);
  for (const [method, original] of originals) {
    proto[method] = function (this: SQLite.Statement, ...args: unknown[]) {
      seen.push(this.source);
      return original.apply(this, args);
    };
  }
  try {
    await fn();
  } finally {
    for (const [method, original] of originals) proto[method] = original;
  }
  return seen;
}

/** Both servers must run the same statements per request, or the comparison means nothing. */
async function checkSameSql(realUrl: string, bareUrl: string, paths: string[], auth: Record<string, string>) {
  for (const p of paths) {
    const real = await statementsDuring(() => expectOk(`${realUrl}${p}`, auth, 'real'));
    const bare = await statementsDuring(() => expectOk(`${bareUrl}${p}`, auth, 'bare'));
    if (real.length === 0 || real.join('\n') !== bare.join('\n')) {
      throw new Error(
        `GET ${p}: the bare server does not run the real server's SQL.\nreal:\n${real.join('\n')}\nbare:\n${bare.join('\n')}`,
      );
    }
    console.log(`GET ${p}: ${real.length} statements, the same on both servers`);
  }
}

// ---------------------------------------------------------------------------------------------------------------
// Measurement: autocannon in a child process (load.mjs).

interface LoadJob {
  url: string;
  headers: Record<string, string>;
  /** Each request takes one of these paths at random. */
  paths: string[];
  connections: number;
  durationSeconds: number;
}

interface LoadResult {
  requestsPerSecond: number;
  p50Ms: number;
  p99Ms: number;
  total: number;
  non2xx: number;
  errors: number;
  statusCodes: Record<string, number>;
}

function load(job: LoadJob): Promise<LoadResult> {
  return new Promise((resolve, reject) => {
    const child = fork(new URL('./load.mjs', import.meta.url), [], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
    let settled = false;
    child.once('message', (msg: { ok: boolean; result?: LoadResult; error?: string }) => {
      settled = true;
      if (msg.ok) resolve(msg.result!);
      else reject(new Error(msg.error));
    });
    child.once('error', reject);
    child.once('exit', (code) => {
      if (!settled) reject(new Error(`load generator exited with ${code} before reporting`));
    });
    child.send(job);
  });
}

/** A load result, and the CPU time this process (both servers, not the load generator) spent per request. */
interface Measured extends LoadResult {
  cpuMicrosPerRequest: number;
}

async function measure(name: string, job: Omit<LoadJob, 'durationSeconds' | 'connections'>, label: string): Promise<Measured> {
  process.stdout.write(`  ${name}: warm-up ${warmupSeconds} s, measure ${durationSeconds} s… `);
  if (warmupSeconds > 0) await load({ ...job, connections, durationSeconds: warmupSeconds });
  const session = profileDir ? new Session() : undefined;
  if (session) {
    session.connect();
    await session.post('Profiler.enable');
    await session.post('Profiler.setSamplingInterval', { interval: 200 });
    await session.post('Profiler.start');
  }
  const cpuBefore = process.cpuUsage();
  const loaded = await load({ ...job, connections, durationSeconds });
  const cpu = process.cpuUsage(cpuBefore);
  const result = { ...loaded, cpuMicrosPerRequest: (cpu.user + cpu.system) / Math.max(1, loaded.total) };
  process.stdout.write(`${Math.round(result.requestsPerSecond)} req/s, ${Math.round(result.cpuMicrosPerRequest)} µs CPU per request\n`);
  if (session && profileDir) {
    const { profile } = await session.post('Profiler.stop');
    session.disconnect();
    fs.mkdirSync(profileDir, { recursive: true });
    const file = path.join(profileDir, `${label}-${name}.cpuprofile`);
    fs.writeFileSync(file, JSON.stringify(profile));
    console.log(summarizeProfile(profile as CpuProfile, file));
  }
  if (result.non2xx > 0 || result.errors > 0) {
    throw new Error(`${name}: ${result.non2xx} non-2xx answers and ${result.errors} errors (${JSON.stringify(result.statusCodes)})`);
  }
  return result;
}

interface CpuProfile {
  nodes: { id: number; callFrame: { functionName: string; url: string; lineNumber: number }; children?: number[] }[];
  samples: number[];
  timeDeltas: number[];
}

/** Self time per package (or app folder) and the top functions, as shares of the profiled time. */
function summarizeProfile(profile: CpuProfile, file: string): string {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const self = new Map<number, number>();
  let total = 0;
  profile.samples.forEach((id, i) => {
    const dt = profile.timeDeltas[i] ?? 0;
    self.set(id, (self.get(id) ?? 0) + dt);
    total += dt;
  });
  const bucketOf = (url: string, fn: string) => {
    if (!url) return fn.startsWith('(') ? fn : '(native)';
    const nm = url.lastIndexOf('node_modules/');
    if (nm >= 0) {
      const rest = url.slice(nm + 'node_modules/'.length).split('/');
      return rest[0]!.startsWith('@') ? `${rest[0]}/${rest[1]}` : rest[0]!;
    }
    if (url.startsWith('node:')) return 'node core';
    const app = url.indexOf('/apps/server/src/');
    if (app >= 0)
      return `app: ${
        url
          .slice(app + '/apps/server/src/'.length)
          .split('/')
          .slice(0, -1)
          .join('/') || '.'
      }`;
    return url.replace(/^file:\/\//, '');
  };
  const buckets = new Map<string, number>();
  const functions = new Map<string, number>();
  for (const [id, t] of self) {
    const node = byId.get(id);
    if (!node) continue;
    const { functionName, url, lineNumber } = node.callFrame;
    const bucket = bucketOf(url, functionName);
    buckets.set(bucket, (buckets.get(bucket) ?? 0) + t);
    const fn = `${functionName || '(anonymous)'} ${bucket}${url ? `:${lineNumber + 1}` : ''}`;
    functions.set(fn, (functions.get(fn) ?? 0) + t);
  }
  const top = (m: Map<string, number>, n: number) =>
    [...m.entries()]
      .sort((a, b) => b[1] - a[1])
      .slice(0, n)
      .map(([k, t]) => `      ${((t / total) * 100).toFixed(1).padStart(5)} %  ${k}`)
      .join('\n');
  return [`    profile ${file}`, '    self time by package:', top(buckets, 12), '    top functions:', top(functions, 15)].join('\n');
}

async function expectOk(url: string, headers: Record<string, string>, what: string): Promise<unknown> {
  const res = await fetch(url, { headers });
  if (res.status !== 200) {
    throw new Error(`${what}: GET ${url} answered ${res.status} ${(await res.text()).slice(0, 300)} (do the employees routes exist yet?)`);
  }
  return res.json();
}

function pad(value: string, width: number, right = false): string {
  return right ? value.padStart(width) : value.padEnd(width);
}

async function main() {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'roster-bench-'));
  const dbFile = path.join(tmp, 'roster.sqlite');
  const handle = await openDatabase({ sqliteFile: dbFile });
  const closers: (() => Promise<void> | void)[] = [];
  try {
    await migrateToLatest(handle.db, handle.dialect);
    const { company, adminToken } = await createCompany(
      { db: handle.db, dialect: handle.dialect },
      { name: 'Bench Company', region: 'eu1', notificationEmail: 'hr@example.com' },
    );
    const loadStart = performance.now();
    const ids = await loadData(handle, company.id);
    console.log(
      `Loaded ${ids.length} employees (+${ids.length * 2} custom field values) in ${Math.round(performance.now() - loadStart)} ms`,
    );

    // The rate limit would stop a benchmark after 1,000 requests a minute: raised, but still counted on every request.
    const config = loadConfig({}, { dataDir: tmp, logLevel, defaultRateLimitPerMinute: 1_000_000_000 });
    const logger = logLevel === 'silent' ? false : { level: logLevel, stream: fs.createWriteStream(path.join(tmp, 'server.log')) };
    const real = await buildApp({ config, db: handle.db, dialect: handle.dialect, logger });
    closers.push(() => real.close());
    await real.listen({ port: 0, host: '127.0.0.1' });
    const realUrl = `http://127.0.0.1:${(real.server.address() as AddressInfo).port}`;

    const bare = bareServer(dbFile);
    closers.push(async () => {
      await bare.app.close();
      bare.close();
    });
    await bare.app.listen({ port: 0, host: '127.0.0.1' });
    const bareUrl = `http://127.0.0.1:${(bare.app.server.address() as AddressInfo).port}`;

    const auth = { authorization: `Bearer ${adminToken}` };
    // The first request records the key's last use (a write both servers make at most once a minute); then compare.
    const realList = (await expectOk(`${realUrl}${listPath}`, auth, 'real list')) as { data: unknown[]; meta: { total: number } };
    const bareList = (await expectOk(`${bareUrl}${listPath}`, auth, 'bare list')) as unknown[];
    if (realList.data.length !== 100 || bareList.length !== 100 || realList.meta.total !== ids.length) {
      throw new Error(`unexpected list sizes: real ${realList.data.length} of ${realList.meta.total}, bare ${bareList.length}`);
    }
    await checkSameSql(realUrl, bareUrl, [listPath, `/core/v3/employees/${ids[0]}`], auth);

    const onePaths = ids.map((id) => `/core/v3/employees/${id}`);
    const cases = [
      { endpoint: `GET ${listPath}`, label: 'list', paths: [listPath] },
      { endpoint: 'GET /core/v3/employees/{id} (random ids)', label: 'get', paths: onePaths },
    ].filter((c) => only.has(c.label));
    if (cases.length === 0) throw new Error('BENCH_ENDPOINTS must name list, get or both');
    const cpus = os.cpus();
    console.log(
      `Node ${process.version}, ${cpus.length} × ${cpus[0]?.model ?? '?'}, ${Math.round(os.totalmem() / 2 ** 30)} GiB; ` +
        `${connections} connections, ${durationSeconds} s per measurement, ${rounds} round(s); real server log level: ${logLevel}`,
    );
    const rows: { endpoint: string; real: Measured; bare: Measured; ratios: number[] }[] = [];
    // Paired rounds: real and bare back to back (which goes first alternates), so both meet the same machine; a round's
    // ratio is real/bare req/s; the round with the median ratio is reported, with the range of all rounds.
    for (const c of cases) {
      console.log(c.endpoint);
      const pairs: { real: Measured; bare: Measured; ratio: number }[] = [];
      for (let round = 1; round <= rounds; round++) {
        const suffix = rounds > 1 ? `-${round}` : '';
        const order = round % 2 === 1 ? (['real', 'bare'] as const) : (['bare', 'real'] as const);
        const got: Partial<Record<'real' | 'bare', Measured>> = {};
        for (const name of order) {
          got[name] = await measure(
            name,
            { url: name === 'real' ? realUrl : bareUrl, headers: auth, paths: c.paths },
            `${c.label}${suffix}`,
          );
        }
        const real = got.real!;
        const bare = got.bare!;
        pairs.push({ real, bare, ratio: real.requestsPerSecond / bare.requestsPerSecond });
      }
      const sorted = [...pairs].sort((a, b) => a.ratio - b.ratio);
      const median = sorted[Math.floor((sorted.length - 1) / 2)]!;
      rows.push({ endpoint: c.endpoint, real: median.real, bare: median.bare, ratios: sorted.map((p) => p.ratio) });
    }

    const w = Math.max(...rows.map((r) => r.endpoint.length), 8);
    const lines = [
      `| ${pad('endpoint', w)} | real req/s | bare req/s | real p99 ms | bare p99 ms | real/bare | rounds' real/bare | real CPU µs/req | bare CPU µs/req | bare/real CPU |`,
      // Biome's Markdown style, so the table can be pasted into bench/README.md as is.
      `| ${'-'.repeat(w)} | ---------: | ---------: | ----------: | ----------: | --------: | ----------------: | --------------: | --------------: | ------------: |`,
    ];
    let below = false;
    const percent = (x: number) => `${(x * 100).toFixed(1)} %`;
    for (const { endpoint, real: r, bare: b, ratios } of rows) {
      const ratio = r.requestsPerSecond / b.requestsPerSecond;
      if (ratio < target) below = true;
      const range = ratios.length > 1 ? `${(ratios[0]! * 100).toFixed(1)}–${percent(ratios[ratios.length - 1]!)}` : '–';
      const cells = [
        pad(String(Math.round(r.requestsPerSecond)), 10, true),
        pad(String(Math.round(b.requestsPerSecond)), 10, true),
        pad(String(r.p99Ms), 11, true),
        pad(String(b.p99Ms), 11, true),
        pad(percent(ratio), 9, true),
        pad(range, 17, true),
        pad(String(Math.round(r.cpuMicrosPerRequest)), 15, true),
        pad(String(Math.round(b.cpuMicrosPerRequest)), 15, true),
        pad(percent(b.cpuMicrosPerRequest / r.cpuMicrosPerRequest), 13, true),
      ];
      lines.push(`| ${pad(endpoint, w)} | ${cells.join(' | ')} |`);
    }
    console.log(`\n${lines.join('\n')}\n`);
    console.log(
      below ? `Below the ${target * 100} % goal on at least one endpoint.` : `Every endpoint measured meets the ${target * 100} % goal.`,
    );
  } finally {
    for (const close of closers.reverse()) await close();
    await handle.close();
    if (env.BENCH_KEEP === '1') console.log(`kept ${tmp}`);
    else fs.rmSync(tmp, { recursive: true, force: true });
  }
}

main().catch((err) => {
  console.error(err);
  process.exitCode = 1;
});
