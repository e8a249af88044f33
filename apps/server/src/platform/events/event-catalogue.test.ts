import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import Ajv from 'ajv';
import addFormats from 'ajv-formats';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../test/app-fixture.js';
import { allScopes } from '../api-keys/scopes.js';
import { toEventPayload } from './event-payload.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => t?.close());

// biome-ignore lint/suspicious/noExplicitAny: answers are checked field by field
async function ok(method: 'GET' | 'POST' | 'PUT' | 'DELETE', url: string, body?: unknown): Promise<any> {
  const res = await t.call(method, url, { body });
  expect(res.statusCode, `${method} ${url}: ${res.body}`).toBe(200);
  return res.json.data;
}

/** One write of every kind each module offers, so that every event type it emits lands in the outbox. */
async function writeEverything() {
  const company = t.a.company;
  await ok('PUT', `/core/v3/companies/${company.id}`, { name: 'Company A', notificationEmail: 'hr@example.com', language: 'es-ES' });
  const field = await ok('POST', '/core/v3/custom-fields', { name: 'Shirt size', type: 'text' });
  await ok('PUT', `/core/v3/custom-fields/${field.id}`, { name: 'Shirt size (EU)' });
  const jobCharge = await ok('POST', '/core/v3/job-charges', { name: 'Clerk' });
  await ok('PUT', `/core/v3/job-charges/${jobCharge.id}`, { name: 'Senior clerk' });
  const department = await ok('POST', '/core/v3/departments', { name: 'Catalogue' });
  const child = await ok('POST', '/core/v3/departments', { name: 'Catalogue child', parentId: department.id });
  await ok('PUT', `/core/v3/departments/${child.id}`, { name: 'Catalogue child 2' });
  const office = await ok('POST', '/core/v3/offices', { name: 'Catalogue office' });
  await ok('PUT', `/core/v3/offices/${office.id}`, { name: 'Catalogue office 2' });
  const boss = await ok('POST', '/core/v3/employees', { firstName: 'Boss', lastName: 'One', nid: 'X1', pricePerHour: 30 });
  const employee = await ok('POST', '/core/v3/employees', {
    firstName: 'Emp',
    lastName: 'Two',
    email: 'emp.two@example.com',
    departmentId: department.id,
    officeId: office.id,
    customFields: [{ id: field.id, value: 'M' }],
  });
  await ok('PUT', `/core/v3/employees/${employee.id}`, {
    firstName: 'Emp',
    lastName: 'Three',
    status: 'active',
    jobChargeId: jobCharge.id,
  });
  await ok('PUT', `/core/v3/employee-profiles/organization-chart-managers/${employee.id}`, { managerId: boss.id });
  const link = await ok('POST', '/core/v3/employee-managers', {
    employeeId: employee.id,
    managerId: boss.id,
    permission: 'vacation',
    order: 0,
  });
  await ok('DELETE', `/core/v3/employee-managers/${link.id}`);
  await ok('POST', '/core/v3/employee-department-assignations', { employeeId: boss.id, departmentId: child.id });
  await ok('DELETE', '/core/v3/employee-department-assignations', { employeeId: boss.id, departmentId: child.id });
  await ok('POST', '/core/v3/employee-office-assignations', { employeeId: boss.id, officeId: office.id });
  await ok('DELETE', '/core/v3/employee-office-assignations', { employeeId: boss.id, officeId: office.id });
  const role = await ok('POST', '/core/v3/roles', { name: 'Catalogue role' });
  await ok('PUT', `/core/v3/roles/${role.id}`, { name: 'Catalogue role 2' });
  await ok('POST', '/core/v3/roles/assignation', { roleId: role.id, employeeId: employee.id, entityAffectedId: company.id });
  const [assignation] = (await t.call('GET', `/core/v3/roles/assignation/${employee.id}`)).json.data;
  await ok('DELETE', '/core/v3/roles/assignation', { assignationId: assignation.id });
  await ok('POST', `/core/v3/employees/${employee.id}/terminate`, { reason: 'end of contract' });
  await ok('POST', `/core/v3/employees/${employee.id}/reactivate`);
  await ok('PUT', `/core/v3/employees/${employee.id}`, { firstName: 'Emp', lastName: 'Three', status: 'inactive' });
  await ok('DELETE', `/core/v3/custom-fields/${field.id}`);
  await ok('DELETE', `/core/v3/employees/${employee.id}`);
  await ok('DELETE', `/core/v3/departments/${department.id}`);
  await ok('DELETE', `/core/v3/job-charges/${jobCharge.id}`);
  await ok('DELETE', `/core/v3/offices/${office.id}`);
  await ok('DELETE', `/core/v3/roles/${role.id}`);
  const key = await ok('POST', '/security/v1/api-keys', { name: 'Catalogue key', scopes: ['core:read'] });
  await ok('PUT', `/security/v1/api-keys/${key.id}`, { name: 'Catalogue key 2' });
  await ok('DELETE', `/security/v1/api-keys/${key.id}`);
  const sub = await ok('POST', '/webhook/v1/subscriptions', { url: 'https://93.184.215.14/hook', events: ['*'] });
  await ok('PUT', `/webhook/v1/subscriptions/${sub.id}`, { description: 'catalogue' });
  await ok('POST', `/webhook/v1/subscriptions/${sub.id}/rotate-secret`);
  await ok('DELETE', `/webhook/v1/subscriptions/${sub.id}`);
}

describe('event catalogue', () => {
  it('documents every event type that writes emit, and every payload matches its schema', async () => {
    await writeEverything();
    const rows = await t.db.db.selectFrom('events').selectAll().where('companyId', '=', t.a.company.id).orderBy('seq').execute();
    const types = new Set(rows.map((r) => r.type));
    const catalogue = (await t.call('GET', '/event/v1/event-types')).json.data as { type: string; module: string; payloadSchema: object }[];
    const known = new Map(catalogue.map((e) => [e.type, e.payloadSchema]));
    const undocumented = [...types].filter((type) => !known.has(type));
    expect(undocumented, 'emitted but missing from the catalogue: register them in the module’s *.events.ts').toEqual([]);
    // The writes above exercise (nearly) every event of the modules they touch.
    const touched = new Set(['employees', 'org', 'managers', 'roles', 'custom-fields', 'core', 'api-keys', 'webhooks']);
    const unexercised = catalogue.filter((e) => touched.has(e.module) && !types.has(e.type)).map((e) => e.type);
    expect(unexercised.sort()).toEqual(['webhook.test', 'webhook_subscription.disabled']);

    const ajv = addFormats.default(new Ajv.default({ strict: false, allErrors: true }));
    const everything = new Set(allScopes);
    for (const row of rows) {
      const validate = ajv.compile(known.get(row.type)!);
      const payload = toEventPayload(row, everything);
      expect(validate(payload), `${row.type}: ${ajv.errorsText(validate.errors)}`).toBe(true);
    }
  });

  it('catches event types in the source that the catalogue lacks', async () => {
    const src = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
    const files = fs
      .readdirSync(src, { recursive: true, encoding: 'utf8' })
      .filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts') && !f.includes('test/'));
    const literals = new Set<string>();
    for (const file of files) {
      const text = fs.readFileSync(path.join(src, file), 'utf8');
      if (!text.includes('recordChange(')) continue;
      // `event: { type: 'x.y'`, `extraEvents: [{ type: 'x.y'`, and `type: cond ? 'x.y' : 'x.z'`.
      for (const m of text.matchAll(/\btype:\s*(?:[^,{}]*\?\s*)?'([a-z_]+\.[a-z_]+)'(?:\s*:\s*'([a-z_]+\.[a-z_]+)')?/g)) {
        literals.add(m[1]!);
        if (m[2]) literals.add(m[2]);
      }
    }
    expect(literals.size).toBeGreaterThan(30);
    const known = new Set(((await t.call('GET', '/event/v1/event-types')).json.data as { type: string }[]).map((e) => e.type));
    const missing = [...literals].filter((l) => !known.has(l)).sort();
    expect(
      missing,
      'event types written in the source but not catalogued: declare them in the module’s <module>.events.ts (defineEvents) and register it in the module’s register function',
    ).toEqual([]);
  });

  it('serves the catalogue with self-contained payload schemas, to any key', async () => {
    const reader = await t.a.key(['event:read']);
    const res = await t.call('GET', '/event/v1/event-types', { auth: reader.auth });
    expect(res.statusCode).toBe(200);
    const byType = new Map(res.json.data.map((e: { type: string }) => [e.type, e]));
    expect(byType.get('employee.updated')).toMatchObject({
      module: 'employees',
      scope: 'core:read',
      inFeed: true,
      payloadSchema: {
        type: 'object',
        required: ['id', 'type', 'timestamp', 'companyId', 'data'],
        properties: {
          type: { const: 'employee.updated' },
          changes: { type: 'array' },
          data: { properties: { firstName: { type: 'string' } } },
        },
      },
    });
    const manager = byType.get('employee_manager.created') as { payloadSchema: object };
    expect(JSON.stringify(manager.payloadSchema)).not.toContain('$ref');
    expect(byType.get('webhook.test')).toMatchObject({ inFeed: false });
    expect(byType.get('api_key.created')).toMatchObject({ scope: 'security:read' });
    expect((await t.call('GET', '/event/v1/event-types', { auth: {} })).statusCode).toBe(401);
  });

  it('publishes every event as an OpenAPI 3.1 webhook in /openapi.json', async () => {
    const doc = (await t.app.inject({ method: 'GET', url: '/openapi.json' })).json();
    expect(doc.openapi).toBe('3.1.0');
    const hook = doc.webhooks['employee.updated'].post;
    expect(hook.requestBody.content['application/json'].schema.properties.data).toEqual({ $ref: '#/components/schemas/Employee' });
    expect(doc.components.schemas.Employee).toBeTruthy();
    expect(Object.keys(doc.webhooks)).toContain('webhook_subscription.disabled');
    expect(doc.paths['/event/v1/events'].get.responses['410']).toBeTruthy();
  });
});
