import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../test/app-fixture.js';
import { expectOrderByRefused } from '../../test/order-by.js';
import { enableSync, person, sync, toCsv } from '../sync/sync.test-kit.js';

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

async function newField(body: Record<string, unknown>, auth?: Record<string, string>) {
  const res = await t.call('POST', '/core/v3/custom-fields', { auth, body });
  expect(res.statusCode, res.body).toBe(200);
  return res.json.data as { id: string; slug: string; name: string; type: string; companyId: string };
}

describe('custom fields', () => {
  it('creates a field in Sesame shape with a slug derived from the name, unique per company', async () => {
    const f = await newField({ companyId: t.a.company.id, name: 'Preferred OS', type: 'text' });
    expect(f).toEqual({
      id: expect.stringMatching(/^[0-9a-f-]{36}$/),
      companyId: t.a.company.id,
      name: 'Preferred OS',
      slug: 'cf_preferred_os',
      type: 'text',
      createdAt: expect.stringMatching(/\+00:00$/),
      updatedAt: expect.stringMatching(/\+00:00$/),
    });
    expect((await newField({ name: 'Preferred  OS!', type: 'text' })).slug).toBe('cf_preferred_os_2');
    expect((await newField({ name: 'Número de pie', type: 'number' })).slug).toBe('cf_numero_de_pie');
    // Written in Latin letters: a 1C company's Cyrillic names and German ß keep a readable slug; null is omitted.
    expect((await newField({ name: 'Табельный номер', type: 'text', slug: null })).slug).toBe('cf_tabelniy_nomer');
    expect((await newField({ name: 'Straße', type: 'text' })).slug).toBe('cf_strasse');
    const taken = await t.call('POST', '/core/v3/custom-fields', { body: { name: 'Other', slug: 'cf_preferred_os', type: 'text' } });
    expect(taken.statusCode).toBe(409);
    expect(taken.json.errors[0].pointer).toBe('/slug');
    // The same slug in another company is fine.
    expect((await newField({ name: 'Preferred OS', type: 'text' }, t.b.auth)).slug).toBe('cf_preferred_os');
  });

  it('validates the body: name, slug pattern, type, company', async () => {
    const bad = await t.call('POST', '/core/v3/custom-fields', { body: { name: '', slug: 'Bad Slug', type: 'colour' } });
    expect(bad.statusCode).toBe(400);
    expect(bad.json.errors.map((e: { pointer: string }) => e.pointer).sort()).toEqual(['/name', '/slug', '/type']);
    const foreign = await t.call('POST', '/core/v3/custom-fields', { body: { companyId: t.b.company.id, name: 'x', type: 'text' } });
    expect(foreign.statusCode).toBe(404);
  });

  it('lists with orderBy and pagination, reads one with an ETag, renames and changes the slug', async () => {
    const c = await t.newCompany('Fields Co');
    const a = await newField({ name: 'Alpha', type: 'text' }, c.auth);
    await newField({ name: 'Beta', type: 'date' }, c.auth);
    const list = await t.call('GET', '/core/v3/custom-fields?orderBy=name desc&limit=1', { auth: c.auth });
    expect(list.json.data.map((f: { name: string }) => f.name)).toEqual(['Beta']);
    expect(list.json.meta).toEqual({ currentPage: 1, lastPage: 2, total: 2, perPage: 1 });

    const get = await t.call('GET', `/core/v3/custom-fields/${a.id}`, { auth: c.auth });
    expect(get.headers.etag).toBeTruthy();
    const renamed = await t.call('PUT', `/core/v3/custom-fields/${a.id}`, {
      auth: c.auth,
      body: { name: 'Alpha 2', slug: 'cf_alpha_two' },
      headers: { 'if-match': get.headers.etag as string },
    });
    expect(renamed.statusCode, renamed.body).toBe(200);
    expect(renamed.json.data).toMatchObject({ name: 'Alpha 2', slug: 'cf_alpha_two', type: 'text' });
    const keep = await t.call('PUT', `/core/v3/custom-fields/${a.id}`, { auth: c.auth, body: { name: 'Alpha 3' } });
    expect(keep.json.data.slug).toBe('cf_alpha_two');
    const clash = await t.call('PUT', `/core/v3/custom-fields/${a.id}`, { auth: c.auth, body: { name: 'x', slug: 'cf_beta' } });
    expect(clash.statusCode).toBe(409);
    const stale = await t.call('PUT', `/core/v3/custom-fields/${a.id}`, {
      auth: c.auth,
      body: { name: 'x' },
      headers: { 'if-match': get.headers.etag as string },
    });
    expect(stale.statusCode).toBe(412);
  });

  it('sorts by name, slug or creation, asc and desc, on two fields; another field is a 400 naming the sortable ones', async () => {
    const c = await t.newCompany('Sorted Fields Co');
    tick();
    const alpha = await newField({ name: 'Alpha', slug: 'cf_zulu', type: 'text' }, c.auth);
    const beta = await newField({ name: 'Beta', slug: 'cf_alpha', type: 'text' }, c.auth);
    tick();
    const gamma = await newField({ name: 'Gamma', slug: 'cf_mid', type: 'date' }, c.auth);
    const names = async (orderBy: string) => {
      const res = await t.call('GET', `/core/v3/custom-fields?orderBy=${encodeURIComponent(orderBy)}`, { auth: c.auth });
      expect(res.statusCode, res.body).toBe(200);
      return res.json.data.map((f: { name: string }) => f.name);
    };
    expect(await names('slug asc')).toEqual(['Beta', 'Gamma', 'Alpha']);
    expect(await names('slug desc')).toEqual(['Alpha', 'Gamma', 'Beta']);
    expect(await names('createdAt desc, name asc')).toEqual(['Gamma', 'Alpha', 'Beta']);
    expect(await names('createdAt asc, slug asc')).toEqual(['Beta', 'Alpha', 'Gamma']);
    const byId = [alpha, beta, gamma].sort((a, b) => (a.id < b.id ? -1 : 1)).map((f) => f.name);
    expect(await names('id asc')).toEqual(byId);
    expect(await names('id desc')).toEqual([...byId].reverse());
    await expectOrderByRefused(t, '/core/v3/custom-fields', 'type asc', ['name', 'slug', 'createdAt', 'updatedAt', 'id'], c.auth);
  });

  it('stores typed values on employees and deletes them with the field, emitting employee.updated', async () => {
    const size = await newField({ name: 'Shoe size', type: 'number' });
    const since = await newField({ name: 'Member since', type: 'date' });
    const created = await t.call('POST', '/core/v3/employees', {
      body: {
        firstName: 'Cf',
        lastName: 'Holder',
        customFields: [
          { id: size.id, value: '44' },
          { id: since.id, value: '2020-01-31' },
        ],
      },
    });
    expect(created.statusCode, created.body).toBe(200);
    const employeeId = created.json.data.id;
    expect(created.json.data.customFields.map((v: { slug: string; value: string }) => [v.slug, v.value])).toEqual([
      ['cf_member_since', '2020-01-31'],
      ['cf_shoe_size', '44'],
    ]);
    const wrong = await t.call('PUT', `/core/v3/employees/${employeeId}`, {
      body: { firstName: 'Cf', lastName: 'Holder', status: 'active', customFields: [{ id: size.id, value: 'big' }] },
    });
    expect(wrong.statusCode).toBe(400);
    expect(wrong.json.errors[0]).toMatchObject({ pointer: '/customFields/0/value', message: 'must be a number' });

    const del = await t.call('DELETE', `/core/v3/custom-fields/${size.id}`);
    expect(del.statusCode, del.body).toBe(200);
    expect((await t.call('GET', `/core/v3/custom-fields/${size.id}`)).statusCode).toBe(404);
    const after = await t.call('GET', `/core/v3/employees/${employeeId}`);
    expect(after.json.data.customFields.map((v: { slug: string }) => v.slug)).toEqual(['cf_member_since']);
    const updates = await t.db.db
      .selectFrom('events')
      .selectAll()
      .where('resourceId', '=', employeeId)
      .where('type', '=', 'employee.updated')
      .execute();
    expect(updates).toHaveLength(1);
    expect(JSON.parse(updates[0]!.changes!)).toEqual(['customFields']);
    const deleted = await t.db.db
      .selectFrom('events')
      .selectAll()
      .where('resourceId', '=', size.id)
      .where('type', '=', 'custom_field.deleted')
      .execute();
    expect(deleted).toHaveLength(1);
  });

  it('isolates companies and enforces scopes', async () => {
    const theirs = await newField({ name: 'Theirs', type: 'text' }, t.b.auth);
    expect((await t.call('GET', `/core/v3/custom-fields/${theirs.id}`)).statusCode).toBe(404);
    expect((await t.call('PUT', `/core/v3/custom-fields/${theirs.id}`, { body: { name: 'x' } })).statusCode).toBe(404);
    expect((await t.call('DELETE', `/core/v3/custom-fields/${theirs.id}`)).statusCode).toBe(404);
    expect((await t.call('DELETE', `/core/v3/custom-fields/${unknownId}`)).statusCode).toBe(404);
    const mineList = await t.call('GET', '/core/v3/custom-fields?limit=500');
    expect(mineList.json.data.some((f: { id: string }) => f.id === theirs.id)).toBe(false);
    // Another company's field cannot be set on my employee.
    const e = await t.call('POST', '/core/v3/employees', {
      body: { firstName: 'X', lastName: 'Y', customFields: [{ id: theirs.id, value: 'v' }] },
    });
    expect(e.statusCode).toBe(404);

    const reader = await t.a.key(['core:read']);
    expect((await t.call('GET', '/core/v3/custom-fields', { auth: reader.auth })).statusCode).toBe(200);
    expect((await t.call('POST', '/core/v3/custom-fields', { auth: reader.auth, body: { name: 'n', type: 'text' } })).statusCode).toBe(403);
    expect((await t.call('GET', '/core/v3/custom-fields', { auth: {} })).statusCode).toBe(401);
  });
});

describe('DELETE /core/v3/custom-fields/{id} while HR data sync owns the field', () => {
  it('answers 409 and declares it in the API description', async () => {
    const c = await t.newCompany('Synced Fields Co');
    await enableSync(t, c);
    await sync(t, toCsv([person('CF1')]), { auth: c.auth });
    const fields = await t.call('GET', '/core/v3/custom-fields', { auth: c.auth });
    const owned = fields.json.data.find((f: { slug: string }) => f.slug === 'cf_employee_type');
    const del = await t.call('DELETE', `/core/v3/custom-fields/${owned.id}`, { auth: c.auth });
    expect(del.statusCode).toBe(409);
    expect(del.headers['content-type']).toContain('application/problem+json');

    const spec = await t.call('GET', '/openapi.json', { auth: {} });
    const op = spec.json.paths['/core/v3/custom-fields/{id}'].delete;
    expect(Object.keys(op.responses)).toContain('409');
    expect(op.responses['409'].content['application/problem+json']).toBeTruthy();
  });
});
