import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../test/app-fixture.js';
import { expectOrderByRefused, idsInOrder } from '../../test/order-by.js';

let t: TestApp;
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

async function newOffice(body: Record<string, unknown>, auth?: Record<string, string>) {
  tick();
  const res = await t.call('POST', '/core/v3/offices', { auth, body });
  expect(res.statusCode, res.body).toBe(200);
  return res.json.data;
}

let seq = 0;
async function newEmployee() {
  seq += 1;
  const res = await t.call('POST', '/core/v3/employees', {
    body: { firstName: `Off${seq}`, lastName: 'Tester', email: `off${seq}@example.com` },
  });
  expect(res.statusCode, res.body).toBe(200);
  return res.json.data as { id: string };
}

describe('offices: create, read, list, update', () => {
  it('creates an office with Sesame fields and the timezone extension, and reads it back', async () => {
    const res = await t.call('POST', '/core/v3/offices', {
      body: {
        companyId: t.a.company.id,
        name: 'Madrid HQ',
        description: 'Head office',
        address: 'Paseo de la Castellana 100, 28046 Madrid',
        coordinates: { latitude: 40.4465, longitude: -3.6916 },
        radio: 150,
        timezone: 'europe/madrid',
      },
    });
    expect(res.statusCode, res.body).toBe(200);
    const o = res.json.data;
    expect(o).toEqual({
      id: expect.any(String),
      name: 'Madrid HQ',
      description: 'Head office',
      address: 'Paseo de la Castellana 100, 28046 Madrid',
      coordinates: { latitude: 40.4465, longitude: -3.6916 },
      radio: 150,
      timezone: 'Europe/Madrid',
      createdAt: expect.stringMatching(/\+00:00$/),
      updatedAt: expect.stringMatching(/\+00:00$/),
    });
    const get = await t.call('GET', `/core/v3/offices/${o.id}`);
    expect(get.statusCode).toBe(200);
    expect(get.json.data).toEqual(o);
    expect(get.headers.etag).toBeTruthy();

    const minimal = await newOffice({ name: 'Kiosk' });
    expect(minimal).toMatchObject({ description: null, address: null, coordinates: null, radio: null, timezone: null });
  });

  it('lists with name filter, orderBy, pagination and updatedAt bounds', async () => {
    const c = await t.newCompany('Offices Co');
    const lisbon = await newOffice({ name: 'Lisbon' }, c.auth);
    const since = new Date(now + 1000).toISOString();
    const barcelona = await newOffice({ name: 'Barcelona' }, c.auth);
    const berlin = await newOffice({ name: 'Berlin' }, c.auth);

    const all = await t.call('GET', '/core/v3/offices', { auth: c.auth });
    expect(all.json.data.map((o: { name: string }) => o.name)).toEqual(['Barcelona', 'Berlin', 'Lisbon']);
    const containing = await t.call('GET', '/core/v3/offices?name[contains]=B', { auth: c.auth });
    expect(containing.json.data.map((o: { id: string }) => o.id)).toEqual([barcelona.id, berlin.id, lisbon.id]);
    const lower = await t.call('GET', '/core/v3/offices?name[contains]=lin', { auth: c.auth });
    expect(lower.json.data.map((o: { id: string }) => o.id)).toEqual([berlin.id]);
    // name= is the whole name, ignoring case and surrounding spaces.
    for (const name of ['berlin', ' BERLIN ']) {
      const exact = await t.call('GET', `/core/v3/offices?name=${encodeURIComponent(name)}`, { auth: c.auth });
      expect(
        exact.json.data.map((o: { id: string }) => o.id),
        name,
      ).toEqual([berlin.id]);
    }
    expect((await t.call('GET', '/core/v3/offices?name=B', { auth: c.auth })).json.data).toEqual([]);
    const sevilla = await newOffice({ name: 'Sevilla Oficina Técnica' }, c.auth);
    const accented = await t.call('GET', `/core/v3/offices?name=${encodeURIComponent('SEVILLA OFICINA TÉCNICA')}`, { auth: c.auth });
    expect(accented.json.data.map((o: { id: string }) => o.id)).toEqual([sevilla.id]);
    expect((await t.call('GET', '/core/v3/offices?name=sevilla%20oficina%20tecnica', { auth: c.auth })).json.data).toEqual([]);
    expect((await t.call('DELETE', `/core/v3/offices/${sevilla.id}`, { auth: c.auth })).statusCode).toBe(200);
    const paged = await t.call('GET', '/core/v3/offices?orderBy=name%20desc&limit=1&page=2', { auth: c.auth });
    expect(paged.json.meta).toEqual({ currentPage: 2, lastPage: 3, total: 3, perPage: 1 });
    expect(paged.json.data.map((o: { id: string }) => o.id)).toEqual([berlin.id]);
    const recent = await t.call('GET', `/core/v3/offices?updatedAt[gte]=${encodeURIComponent(since)}`, { auth: c.auth });
    expect(recent.json.data.map((o: { id: string }) => o.id)).toEqual([barcelona.id, berlin.id]);
    expect((await t.call('GET', '/core/v3/offices?orderBy=radio', { auth: c.auth })).statusCode).toBe(400);
  });

  it('sorts by name or creation, asc and desc, and on two fields with ties on id', async () => {
    const c = await t.newCompany('Sorted Offices Co');
    const porto = await newOffice({ name: 'Porto' }, c.auth);
    const madrid = await newOffice({ name: 'Madrid' }, c.auth);
    // Without a tick Bilbao shares Madrid's createdAt: only the second field or the id separates them.
    const res = await t.call('POST', '/core/v3/offices', { auth: c.auth, body: { name: 'Bilbao' } });
    expect(res.statusCode, res.body).toBe(200);
    const bilbao = res.json.data;
    const ids = (orderBy?: string) => idsInOrder(t, '/core/v3/offices', orderBy, c.auth);
    expect(await ids()).toEqual([bilbao.id, madrid.id, porto.id]);
    expect(await ids('name desc')).toEqual([porto.id, madrid.id, bilbao.id]);
    expect(await ids('createdAt asc')).toEqual([porto.id, madrid.id, bilbao.id]);
    expect(await ids('createdAt desc')).toEqual([madrid.id, bilbao.id, porto.id]);
    expect(await ids('createdAt desc, name asc')).toEqual([bilbao.id, madrid.id, porto.id]);
    expect(await ids('updatedAt asc, name desc')).toEqual([porto.id, madrid.id, bilbao.id]);
    expect(await ids('id asc')).toEqual([porto.id, madrid.id, bilbao.id].sort());
    expect(await ids('id desc')).toEqual([porto.id, madrid.id, bilbao.id].sort().reverse());
    await expectOrderByRefused(t, '/core/v3/offices', 'timezone', ['name', 'createdAt', 'updatedAt', 'id'], c.auth);
  });

  it('PUT replaces the fields sent and keeps the others; null clears', async () => {
    const o = await newOffice({
      name: 'Valencia',
      address: 'Calle Colón 1',
      coordinates: { latitude: 39.47, longitude: -0.37 },
      radio: 50,
    });
    tick();
    const res = await t.call('PUT', `/core/v3/offices/${o.id}`, {
      body: { name: 'Valencia Centre', radio: 80, timezone: 'Europe/Madrid' },
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json.data).toMatchObject({
      name: 'Valencia Centre',
      address: 'Calle Colón 1',
      coordinates: { latitude: 39.47, longitude: -0.37 },
      radio: 80,
      timezone: 'Europe/Madrid',
    });
    const cleared = await t.call('PUT', `/core/v3/offices/${o.id}`, {
      body: { name: 'Valencia Centre', coordinates: null, address: null },
    });
    expect(cleared.json.data).toMatchObject({ coordinates: null, address: null, radio: 80 });

    const event = await t.db.db
      .selectFrom('events')
      .selectAll()
      .where('resourceId', '=', o.id)
      .where('type', '=', 'office.updated')
      .orderBy('createdAt')
      .orderBy('id')
      .executeTakeFirstOrThrow();
    expect(JSON.parse(event.changes ?? '[]').sort()).toEqual(['name', 'radio', 'timezone']);
    const audit = await t.call('GET', `/security/v1/audit-logs?resourceType=office&resourceId=${o.id}`);
    expect(audit.json.data.map((r: { action: string }) => r.action)).toEqual(['office.updated', 'office.updated', 'office.created']);
  });
});

describe('offices: coordinates', () => {
  it('takes either coordinate alone (Sesame requires neither); one sent replaces the pair, the other becomes null', async () => {
    const north = await newOffice({ name: 'Latitude only', coordinates: { latitude: 40.1 } });
    expect(north.coordinates).toEqual({ latitude: 40.1, longitude: null });
    const east = await newOffice({ name: 'Longitude only', coordinates: { longitude: -3.7, latitude: null } });
    expect(east.coordinates).toEqual({ latitude: null, longitude: -3.7 });
    expect((await t.call('GET', `/core/v3/offices/${east.id}`)).json.data.coordinates).toEqual({ latitude: null, longitude: -3.7 });
    expect((await newOffice({ name: 'No coordinates', coordinates: {} })).coordinates).toBeNull();

    const pair = await newOffice({ name: 'Pair', coordinates: { latitude: 39.47, longitude: -0.37 } });
    const moved = await t.call('PUT', `/core/v3/offices/${pair.id}`, { body: { name: 'Pair', coordinates: { latitude: 41.39 } } });
    expect(moved.statusCode, moved.body).toBe(200);
    expect(moved.json.data.coordinates).toEqual({ latitude: 41.39, longitude: null });
    // Sent back as read: no change.
    const same = await t.call('PUT', `/core/v3/offices/${pair.id}`, { body: moved.json.data });
    expect(same.json.data).toEqual(moved.json.data);
    const kept = await t.call('PUT', `/core/v3/offices/${pair.id}`, { body: { name: 'Pair', radio: 10 } });
    expect(kept.json.data.coordinates).toEqual({ latitude: 41.39, longitude: null });
    const cleared = await t.call('PUT', `/core/v3/offices/${pair.id}`, { body: { name: 'Pair', coordinates: { latitude: null } } });
    expect(cleared.json.data.coordinates).toBeNull();
  });
});

describe('offices: errors and access', () => {
  it('validates the body, the timezone and the path', async () => {
    const bad = await t.call('POST', '/core/v3/offices', {
      body: { description: 3, coordinates: { latitude: 91, longitude: 'x' }, radio: 1.5 },
    });
    expect(bad.statusCode).toBe(400);
    expect(pointers(bad)).toEqual(['/coordinates/latitude', '/coordinates/longitude', '/description', '/name', '/radio']);
    const outOfRange = await t.call('POST', '/core/v3/offices', { body: { name: 'x', coordinates: { longitude: 181 } } });
    expect(pointers(outOfRange)).toEqual(['/coordinates/longitude']);
    const tz = await t.call('POST', '/core/v3/offices', { body: { name: 'Somewhere', timezone: 'Mars/Olympus_Mons' } });
    expect(tz.statusCode).toBe(400);
    expect(tz.json.errors).toEqual([expect.objectContaining({ pointer: '/timezone' })]);
    const o = await newOffice({ name: 'Tz office' });
    const tzPut = await t.call('PUT', `/core/v3/offices/${o.id}`, { body: { name: 'Tz office', timezone: 'Nowhere' } });
    expect(tzPut.statusCode).toBe(400);
    expect((await t.call('GET', '/core/v3/offices/abc')).json.errors[0]).toMatchObject({
      pointer: '/id',
      location: 'path',
      parameter: 'id',
    });
  });

  it('is 404 for unknown ids and another company’s offices', async () => {
    const theirs = await newOffice({ name: 'B office' }, t.b.auth);
    for (const id of [unknownId, theirs.id]) {
      expect((await t.call('GET', `/core/v3/offices/${id}`)).statusCode).toBe(404);
      expect((await t.call('PUT', `/core/v3/offices/${id}`, { body: { name: 'x' } })).statusCode).toBe(404);
      expect((await t.call('DELETE', `/core/v3/offices/${id}`)).statusCode).toBe(404);
    }
    expect((await t.call('POST', '/core/v3/offices', { body: { companyId: t.b.company.id, name: 'x' } })).statusCode).toBe(404);
    expect((await t.call('GET', '/core/v3/offices?name=B%20office')).json.meta.total).toBe(0);
  });

  it('needs a token, and core:write to write', async () => {
    const o = await newOffice({ name: 'Scoped office' });
    expect((await t.call('GET', '/core/v3/offices', { auth: {} })).statusCode).toBe(401);
    const reader = await t.a.key(['core:read']);
    expect((await t.call('GET', `/core/v3/offices/${o.id}`, { auth: reader.auth })).statusCode).toBe(200);
    expect((await t.call('POST', '/core/v3/offices', { auth: reader.auth, body: { name: 'x' } })).statusCode).toBe(403);
    expect((await t.call('PUT', `/core/v3/offices/${o.id}`, { auth: reader.auth, body: { name: 'x' } })).statusCode).toBe(403);
    expect((await t.call('DELETE', `/core/v3/offices/${o.id}`, { auth: reader.auth })).statusCode).toBe(403);
  });
});

describe('offices: delete', () => {
  it('deletes an empty office and records it', async () => {
    const o = await newOffice({ name: 'Pop-up' });
    const res = await t.call('DELETE', `/core/v3/offices/${o.id}`);
    expect(res.statusCode).toBe(200);
    expect(res.json.data).toBe('');
    expect((await t.call('GET', `/core/v3/offices/${o.id}`)).statusCode).toBe(404);
    const audit = await t.call('GET', `/security/v1/audit-logs?resourceType=office&action=office.deleted&resourceId=${o.id}`);
    expect(audit.json.data).toHaveLength(1);
  });

  it('refuses to delete an office with employees (409) and moves them with reassignTo', async () => {
    const from = await newOffice({ name: 'Old site' });
    const to = await newOffice({ name: 'New site' });
    const e1 = await newEmployee();
    const e2 = await newEmployee();
    for (const e of [e1, e2]) {
      const res = await t.call('POST', '/core/v3/employee-office-assignations', { body: { employeeId: e.id, officeId: from.id } });
      expect(res.statusCode, res.body).toBe(200);
    }
    expect((await t.call('DELETE', `/core/v3/offices/${from.id}`)).statusCode).toBe(409);
    expect((await t.call('DELETE', `/core/v3/offices/${from.id}?reassignTo=${unknownId}`)).statusCode).toBe(404);
    expect((await t.call('DELETE', `/core/v3/offices/${from.id}?reassignTo=${from.id}`)).statusCode).toBe(422);
    const moved = await t.call('DELETE', `/core/v3/offices/${from.id}?reassignTo=${to.id}`);
    expect(moved.statusCode, moved.body).toBe(200);
    const list = await t.call('GET', `/core/v3/employee-office-assignations?officeId=${to.id}`);
    expect(list.json.data.map((a: { employee: { id: string } }) => a.employee.id).sort()).toEqual([e1.id, e2.id].sort());
    expect(list.json.data[0].office).toMatchObject({ id: to.id, name: 'New site' });
  });
});
