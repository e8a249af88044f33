import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../test/app-fixture.js';
import { expectOrderByRefused, idsInOrder } from '../../test/order-by.js';

let t: TestApp;
// A clock the tests move forward, so that rows created apart have different createdAt.
let now = Date.parse('2026-03-02T08:00:00.000Z');
const clock = { now: () => new Date(now) };
const tick = (seconds = 60) => {
  now += seconds * 1000;
};

beforeAll(async () => {
  t = await createTestApp({ clock });
});
afterAll(async () => t?.close());

const unknownId = '0190d6c0-0000-7000-8000-00000000dead';
const pointers = (res: { json: { errors?: { pointer: string }[] } }) => (res.json.errors ?? []).map((e) => e.pointer).sort();

async function newJobCharge(body: Record<string, unknown>, auth?: Record<string, string>) {
  const res = await t.call('POST', '/core/v3/job-charges', { auth, body });
  expect(res.statusCode, res.body).toBe(200);
  return res.json.data;
}

describe('job charges', () => {
  it('creates, reads (with ETag), updates and deletes a job charge', async () => {
    const jc = await newJobCharge({ name: 'Backend developer', description: 'Builds the API' });
    expect(jc).toEqual({
      id: expect.any(String),
      companyId: t.a.company.id,
      name: 'Backend developer',
      description: 'Builds the API',
      createdAt: expect.stringMatching(/\+00:00$/),
      updatedAt: expect.stringMatching(/\+00:00$/),
    });
    const get = await t.call('GET', `/core/v3/job-charges/${jc.id}`);
    expect(get.statusCode).toBe(200);
    expect(get.json.data).toEqual(jc);
    expect(get.headers.etag).toBeTruthy();

    const put = await t.call('PUT', `/core/v3/job-charges/${jc.id}`, { body: { name: 'Senior backend developer' } });
    expect(put.statusCode, put.body).toBe(200);
    expect(put.json.data).toMatchObject({ name: 'Senior backend developer', description: 'Builds the API' });
    const cleared = await t.call('PUT', `/core/v3/job-charges/${jc.id}`, { body: { name: 'Senior backend developer', description: null } });
    expect(cleared.json.data.description).toBeNull();

    const del = await t.call('DELETE', `/core/v3/job-charges/${jc.id}`);
    expect(del.statusCode).toBe(200);
    expect(del.json.data).toBe('');
    expect((await t.call('GET', `/core/v3/job-charges/${jc.id}`)).statusCode).toBe(404);

    const events = await t.db.db.selectFrom('events').select(['type', 'changes']).where('resourceId', '=', jc.id).orderBy('id').execute();
    expect(events.map((e) => e.type)).toEqual(['job_charge.created', 'job_charge.updated', 'job_charge.updated', 'job_charge.deleted']);
    expect(JSON.parse(events[1]?.changes ?? '[]')).toEqual(['name']);
    const audit = await t.call('GET', `/security/v1/audit-logs?resourceType=job_charge&resourceId=${jc.id}`);
    expect(audit.json.meta.total).toBe(4);
  });

  it('lists with a name filter, orderBy and pagination', async () => {
    const c = await t.newCompany('Charges Co');
    const names = ['Accountant', 'Backend developer', 'Frontend developer', 'Designer'];
    const created = [];
    for (const name of names) created.push(await newJobCharge({ name }, c.auth));
    const all = await t.call('GET', '/core/v3/job-charges', { auth: c.auth });
    expect(all.json.data.map((j: { name: string }) => j.name)).toEqual([
      'Accountant',
      'Backend developer',
      'Designer',
      'Frontend developer',
    ]);
    const devs = await t.call('GET', '/core/v3/job-charges?name[contains]=DEVELOPER&orderBy=name%20desc', { auth: c.auth });
    expect(devs.json.data.map((j: { name: string }) => j.name)).toEqual(['Frontend developer', 'Backend developer']);
    // name= is the whole name, ignoring case and surrounding spaces: "Designer" does not find "Senior designer".
    const senior = await newJobCharge({ name: 'Senior designer' }, c.auth);
    const designer = await t.call('GET', `/core/v3/job-charges?name=${encodeURIComponent(' DESIGNER ')}`, { auth: c.auth });
    expect(designer.json.data.map((j: { id: string }) => j.id)).toEqual([created[3].id]);
    const part = await t.call('GET', '/core/v3/job-charges?name[contains]=designer', { auth: c.auth });
    expect(part.json.data.map((j: { id: string }) => j.id)).toEqual([created[3].id, senior.id]);
    expect((await t.call('GET', '/core/v3/job-charges?name=developer', { auth: c.auth })).json.data).toEqual([]);
    expect((await t.call('DELETE', `/core/v3/job-charges/${senior.id}`, { auth: c.auth })).statusCode).toBe(200);
    const page = await t.call('GET', '/core/v3/job-charges?limit=3&page=2&orderBy=createdAt', { auth: c.auth });
    expect(page.json.meta).toEqual({ currentPage: 2, lastPage: 2, total: 4, perPage: 3 });
    expect(page.json.data).toHaveLength(1);
    expect((await t.call('GET', '/core/v3/job-charges?orderBy=description', { auth: c.auth })).statusCode).toBe(400);
    expect((await t.call('GET', '/core/v3/job-charges?limit=501', { auth: c.auth })).statusCode).toBe(400);
  });

  it('sorts on two fields (ties on id) and names the sortable fields when refusing another', async () => {
    const c = await t.newCompany('Sorted Charges Co');
    tick();
    const [writer, analyst] = [await newJobCharge({ name: 'Writer' }, c.auth), await newJobCharge({ name: 'Analyst' }, c.auth)];
    tick();
    const tester = await newJobCharge({ name: 'Tester' }, c.auth);
    const ids = (orderBy: string) => idsInOrder(t, '/core/v3/job-charges', orderBy, c.auth);
    expect(await ids('name asc')).toEqual([analyst.id, tester.id, writer.id]);
    expect(await ids('name desc')).toEqual([writer.id, tester.id, analyst.id]);
    expect(await ids('createdAt desc, name asc')).toEqual([tester.id, analyst.id, writer.id]);
    expect(await ids('createdAt asc, name desc')).toEqual([writer.id, analyst.id, tester.id]);
    expect(await ids('updatedAt asc')).toEqual([writer.id, analyst.id, tester.id]);
    expect(await ids('id asc')).toEqual([writer.id, analyst.id, tester.id].sort());
    expect(await ids('id desc')).toEqual([writer.id, analyst.id, tester.id].sort().reverse());
    await expectOrderByRefused(t, '/core/v3/job-charges', 'name asc, salary', ['name', 'createdAt', 'updatedAt', 'id'], c.auth);
  });

  it('refuses to delete a job charge an employee holds (409)', async () => {
    const jc = await newJobCharge({ name: 'Held' });
    const e = await t.call('POST', '/core/v3/employees', {
      body: { firstName: 'Job', lastName: 'Holder', email: 'holder@example.com', jobChargeId: jc.id },
    });
    expect(e.statusCode, e.body).toBe(200);
    const res = await t.call('DELETE', `/core/v3/job-charges/${jc.id}`);
    expect(res.statusCode).toBe(409);
    expect(res.json.type).toBe('/problems/conflict');
    expect((await t.call('GET', `/core/v3/job-charges/${jc.id}`)).statusCode).toBe(200);
  });

  it('validates the body and the jobChargeId path parameter', async () => {
    const bad = await t.call('POST', '/core/v3/job-charges', { body: { description: 7 } });
    expect(bad.statusCode).toBe(400);
    expect(pointers(bad)).toEqual(['/description', '/name']);
    const path = await t.call('GET', '/core/v3/job-charges/xyz');
    expect(path.statusCode).toBe(400);
    expect(path.json.errors[0]).toMatchObject({ pointer: '/jobChargeId', location: 'path', parameter: 'jobChargeId' });
    const jc = await newJobCharge({ name: 'Valid' });
    expect(pointers(await t.call('PUT', `/core/v3/job-charges/${jc.id}`, { body: { name: '' } }))).toEqual(['/name']);
  });

  it('is 404 for unknown ids and another company’s job charges', async () => {
    const theirs = await newJobCharge({ name: 'B charge' }, t.b.auth);
    for (const id of [unknownId, theirs.id]) {
      expect((await t.call('GET', `/core/v3/job-charges/${id}`)).statusCode).toBe(404);
      expect((await t.call('PUT', `/core/v3/job-charges/${id}`, { body: { name: 'x' } })).statusCode).toBe(404);
      expect((await t.call('DELETE', `/core/v3/job-charges/${id}`)).statusCode).toBe(404);
    }
    expect((await t.call('GET', '/core/v3/job-charges?name=B%20charge')).json.meta.total).toBe(0);
  });

  it('needs a token, and core:write to write', async () => {
    const jc = await newJobCharge({ name: 'Scoped charge' });
    expect((await t.call('GET', '/core/v3/job-charges', { auth: {} })).statusCode).toBe(401);
    const reader = await t.a.key(['core:read']);
    expect((await t.call('GET', `/core/v3/job-charges/${jc.id}`, { auth: reader.auth })).statusCode).toBe(200);
    expect((await t.call('POST', '/core/v3/job-charges', { auth: reader.auth, body: { name: 'x' } })).statusCode).toBe(403);
    expect((await t.call('PUT', `/core/v3/job-charges/${jc.id}`, { auth: reader.auth, body: { name: 'x' } })).statusCode).toBe(403);
    expect((await t.call('DELETE', `/core/v3/job-charges/${jc.id}`, { auth: reader.auth })).statusCode).toBe(403);
  });
});
