import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../test/app-fixture.js';
import { expectOrderByRefused, idsInOrder } from '../../test/order-by.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => t?.close());

let seq = 0;
async function newEmployee(body: Record<string, unknown> = {}, auth?: Record<string, string>) {
  seq += 1;
  const res = await t.call('POST', '/core/v3/employees', {
    auth,
    body: { firstName: `First${seq}`, lastName: `Last${seq}`, email: `person${seq}@example.com`, ...body },
  });
  expect(res.statusCode, res.body).toBe(200);
  return res.json.data;
}

/** A request with this body text as sent (t.call serializes JSON bodies). */
function rawBody(method: 'POST' | 'DELETE', url: string, contentType: string, payload: string) {
  return t.app.inject({ method, url, headers: { ...t.a.auth, 'content-type': contentType }, payload });
}

describe('employees: create, read, update, delete', () => {
  it('creates an employee in Sesame shape, with the envelope and defaults', async () => {
    const res = await t.call('POST', '/core/v3/employees', {
      body: {
        companyId: t.a.company.id,
        firstName: 'Amy',
        lastName: 'Adams',
        email: 'Amy.Adams@Example.com',
        invitation: false,
        status: 'active',
        gender: 'female',
        code: 1001,
        nid: '12345678Z',
        identityNumberType: 'dni',
        dateOfBirth: '1990-02-03',
        childrenCount: 2,
        personalEmail: 'amy@home.example',
        pricePerHour: 21.5,
        externalId: 'SAP-1001',
        startDate: '2024-01-15',
      },
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json.meta).toEqual({ currentPage: 1, lastPage: 1, total: 1, perPage: 1 });
    const e = res.json.data;
    expect(e).toMatchObject({
      firstName: 'Amy',
      lastName: 'Adams',
      email: 'Amy.Adams@Example.com',
      status: 'active',
      workStatus: 'offline',
      code: 1001,
      nid: '12345678Z',
      dateOfBirth: '1990-02-03',
      children: 2,
      personalMail: 'amy@home.example',
      pricePerHour: 21.5,
      externalId: 'SAP-1001',
      startDate: '2024-01-15',
      terminationDate: null,
      customFields: [],
    });
    expect(e.company).toMatchObject({ id: t.a.company.id, name: 'Company A' });
    expect(e.createdAt).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\+00:00$/);

    const get = await t.call('GET', `/core/v3/employees/${e.id}`);
    expect(get.statusCode).toBe(200);
    expect(get.json.data).toEqual(e);
    expect(get.headers.etag).toBeTruthy();
  });

  it('accepts the seed’s minimal body with departmentId and officeId', async () => {
    const dep = await t.db.db
      .insertInto('departments')
      .values({
        id: '0190d6c0-0000-7000-8000-000000000001',
        companyId: t.a.company.id,
        name: 'Sales',
        nameKey: 'sales',
        parentId: null,
        externalId: null,
        createdAt: new Date().toISOString(),
        updatedAt: new Date().toISOString(),
      })
      .execute();
    expect(dep).toBeTruthy();
    const e = await newEmployee({ departmentId: '0190d6c0-0000-7000-8000-000000000001' });
    const list = await t.call('GET', '/core/v3/employees?departmentIds=0190d6c0-0000-7000-8000-000000000001');
    expect(list.json.data.map((x: { id: string }) => x.id)).toEqual([e.id]);
  });

  it('updates with PUT: fields sent change, others keep their value, and emits changes', async () => {
    const e = await newEmployee({ phone: '+34 600 000 000', city: 'Madrid' });
    const res = await t.call('PUT', `/core/v3/employees/${e.id}`, {
      body: { firstName: e.firstName, lastName: 'Changed', status: 'active', city: 'Valencia' },
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json.data).toMatchObject({ lastName: 'Changed', city: 'Valencia', phone: '+34 600 000 000' });
    const event = await t.db.db
      .selectFrom('events')
      .selectAll()
      .where('resourceId', '=', e.id)
      .where('type', '=', 'employee.updated')
      .executeTakeFirstOrThrow();
    expect(JSON.parse(event.changes ?? '[]').sort()).toEqual(['city', 'lastName']);
    const audit = await t.call('GET', `/security/v1/audit-logs?resourceType=employee&resourceId=${e.id}`);
    expect(audit.json.data.map((r: { action: string }) => r.action)).toEqual(['employee.updated', 'employee.created']);
  });

  it('PUT requires Sesame’s required fields and reports every failing field', async () => {
    const e = await newEmployee();
    const res = await t.call('PUT', `/core/v3/employees/${e.id}`, { body: { email: 'not-an-email', gender: 'x' } });
    expect(res.statusCode).toBe(400);
    expect(res.headers['content-type']).toContain('application/problem+json');
    const pointers = res.json.errors.map((x: { pointer: string }) => x.pointer).sort();
    expect(pointers).toEqual(['/email', '/firstName', '/gender', '/lastName', '/status']);
    expect(res.json.requestId).toBeTruthy();
    expect(res.json.type).toBe('/problems/validation');
  });

  it('a wrong type on a nullable field reads "must be integer or null", with every failing field', async () => {
    const res = await t.call('POST', '/core/v3/employees', {
      body: { firstName: 'A', lastName: 'B', status: 'active', code: 'x', pin: 1.5, childrenCount: '2' },
    });
    expect(res.statusCode).toBe(400);
    const byPointer = Object.fromEntries(res.json.errors.map((x: { pointer: string; message: string }) => [x.pointer, x.message]));
    expect(byPointer).toEqual({
      '/code': 'must be integer or null',
      '/pin': 'must be integer or null',
      '/childrenCount': 'must be integer or null',
    });
    expect(res.json.detail).toContain('/code must be integer or null');
  });

  it('deletes (erases) an employee: 404 afterwards, id gone from lists, deleted event', async () => {
    const e = await newEmployee({ nid: 'X1' });
    const del = await t.call('DELETE', `/core/v3/employees/${e.id}`);
    expect(del.statusCode).toBe(200);
    expect(del.json).toEqual({ data: '', meta: { currentPage: 1, lastPage: 1, total: 1, perPage: 1 } });
    expect((await t.call('GET', `/core/v3/employees/${e.id}`)).statusCode).toBe(404);
    const row = await t.db.db.selectFrom('employees').selectAll().where('id', '=', e.id).executeTakeFirstOrThrow();
    expect(row.nid).toBeNull();
    expect(row.email).toBeNull();
    expect(row.deletedAt).toBeTruthy();
    expect((await t.call('DELETE', `/core/v3/employees/${e.id}`)).statusCode).toBe(404);
  });

  it('lists deleted employees only with onlyReturn=deleted|all, with deletedAt, so deletions can be synced', async () => {
    const c = await t.newCompany('Deletions');
    const call = (url: string) => t.call('GET', url, { auth: c.auth });
    const make = async (lastName: string) =>
      (await t.call('POST', '/core/v3/employees', { auth: c.auth, body: { firstName: 'Del', lastName, externalId: `X-${lastName}` } })).json
        .data;
    const kept = await make('Kept');
    const gone = await make('Gone');
    const before = new Date(Date.now() - 1000).toISOString();
    expect((await t.call('DELETE', `/core/v3/employees/${gone.id}`, { auth: c.auth })).statusCode).toBe(200);

    const ids = (res: { json: { data: { id: string }[] } }) => res.json.data.map((e) => e.id);
    const plain = await call('/core/v3/employees');
    expect(ids(plain)).toEqual([kept.id]);
    expect(plain.json.data[0]).not.toHaveProperty('deletedAt');
    expect(ids(await call('/core/v3/employees?onlyReturn=not_deleted'))).toEqual([kept.id]);

    const deleted = await call(`/core/v3/employees?onlyReturn=deleted&updatedAt[gte]=${encodeURIComponent(before)}`);
    expect(deleted.statusCode, deleted.body).toBe(200);
    expect(ids(deleted)).toEqual([gone.id]);
    expect(deleted.json.meta).toEqual({ currentPage: 1, lastPage: 1, total: 1, perPage: 50 });
    expect(deleted.json.data[0]).toMatchObject({ id: gone.id, status: 'inactive', email: null, externalId: 'X-Gone' });
    expect(deleted.json.data[0].deletedAt).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}[+-]\d{2}:\d{2}$/);

    const all = await call('/core/v3/employees?onlyReturn=all&orderBy=lastName%20asc');
    expect(ids(all)).toEqual([gone.id, kept.id]);
    const bad = await call('/core/v3/employees?onlyReturn=trash');
    expect(bad.statusCode).toBe(400);
    expect(bad.json.errors[0]).toMatchObject({ pointer: '/onlyReturn', location: 'query', parameter: 'onlyReturn' });
    // A deleted employee stays a 404 by id, and another company never sees it.
    expect((await call(`/core/v3/employees/${gone.id}`)).statusCode).toBe(404);
    expect((await t.call('GET', '/core/v3/employees?onlyReturn=deleted', { auth: t.b.auth })).json.data).toEqual([]);
  });
});

describe('employees: uniqueness and lifecycle rules', () => {
  it('externalId: spaces around it are trimmed (as HR data sync trims employee_id); one of only spaces is a 400', async () => {
    const created = await newEmployee({ externalId: '  PAD-7  ' });
    expect(created.externalId).toBe('PAD-7');
    const found = await t.call('GET', `/core/v3/employees?externalId=${encodeURIComponent(' PAD-7 ')}`);
    expect(found.json.data.map((e: { id: string }) => e.id)).toEqual([created.id]);
    const dup = await t.call('POST', '/core/v3/employees', { body: { firstName: 'X', lastName: 'Y', externalId: 'PAD-7 ' } });
    expect(dup.statusCode).toBe(409);
    const blank = await t.call('POST', '/core/v3/employees', { body: { firstName: 'X', lastName: 'Y', externalId: '   ' } });
    expect(blank.statusCode).toBe(400);
    expect(blank.json.errors).toEqual([expect.objectContaining({ pointer: '/externalId', message: 'must not be blank' })]);
    const put = await t.call('PUT', `/core/v3/employees/${created.id}`, {
      body: { firstName: created.firstName, lastName: created.lastName, status: 'active', externalId: '\tPAD-8 ' },
    });
    expect(put.json.data.externalId).toBe('PAD-8');
  });

  it('a 400 lists every field that fails the rules checked after the schema, on create and on PUT', async () => {
    const field = await t.call('POST', '/core/v3/custom-fields', { body: { name: 'Shoe size', type: 'number' } });
    expect(field.statusCode, field.body).toBe(200);
    const customFields = [{ id: field.json.data.id, value: 'abc' }];
    const expected = [
      { pointer: '/firstName', message: 'must not be blank' },
      { pointer: '/dateOfBirth', message: 'must not be in the future (2999-01-01)' },
      { pointer: '/imageProfileURL', message: 'must be an http(s) URL' },
      { pointer: '/customFields/0/value', message: 'must be a number' },
    ];
    const body = { firstName: '  ', lastName: 'Many', dateOfBirth: '2999-01-01', imageProfileURL: 'javascript:alert(1)', customFields };
    const created = await t.call('POST', '/core/v3/employees', { body });
    expect(created.statusCode).toBe(400);
    expect(created.json.errors.map((e: { pointer: string; message: string }) => ({ pointer: e.pointer, message: e.message }))).toEqual(
      expected,
    );
    const e = await newEmployee();
    const put = await t.call('PUT', `/core/v3/employees/${e.id}`, { body: { ...body, status: 'active' } });
    expect(put.statusCode).toBe(400);
    expect(put.json.errors.map((x: { pointer: string; message: string }) => ({ pointer: x.pointer, message: x.message }))).toEqual(
      expected,
    );
    // Nothing was written.
    expect((await t.call('GET', `/core/v3/employees/${e.id}`)).json.data.firstName).toBe(e.firstName);
  });

  it('409 on duplicate externalId, code and active email (case-insensitive)', async () => {
    await newEmployee({ externalId: 'DUP-1', code: 5001, email: 'dup@example.com' });
    for (const body of [{ externalId: 'DUP-1' }, { code: 5001 }, { email: 'DUP@example.com' }]) {
      const res = await t.call('POST', '/core/v3/employees', {
        body: { firstName: 'X', lastName: 'Y', email: `u${Math.random()}@e.com`, ...body },
      });
      expect(res.statusCode, JSON.stringify(body)).toBe(409);
      expect(res.json.type).toBe('/problems/conflict');
    }
  });

  it('an inactive employee’s email can be reused; reactivating then conflicts', async () => {
    const old = await newEmployee({ email: 'reuse@example.com' });
    const term = await t.call('POST', `/core/v3/employees/${old.id}/terminate`, { body: { date: '2026-01-31', reason: 'Resigned' } });
    expect(term.statusCode, term.body).toBe(200);
    expect(term.json.data).toMatchObject({ status: 'inactive', terminationDate: '2026-01-31', terminationReason: 'Resigned' });
    expect((await t.call('POST', `/core/v3/employees/${old.id}/terminate`, { body: {} })).statusCode).toBe(409);
    await newEmployee({ email: 'reuse@example.com' });
    const react = await t.call('POST', `/core/v3/employees/${old.id}/reactivate`);
    expect(react.statusCode).toBe(409);
    const types = await t.db.db.selectFrom('events').select('type').where('resourceId', '=', old.id).orderBy('seq').execute();
    expect(types.map((x) => x.type)).toEqual(['employee.created', 'employee.terminated']);
  });

  it('reactivate clears the termination', async () => {
    const e = await newEmployee();
    await t.call('POST', `/core/v3/employees/${e.id}/terminate`, { body: {} });
    const res = await t.call('POST', `/core/v3/employees/${e.id}/reactivate`);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json.data).toMatchObject({ status: 'active', terminationDate: null, terminationReason: null });
  });

  it('termination before the start date is 422', async () => {
    const e = await newEmployee({ startDate: '2026-03-01' });
    const res = await t.call('POST', `/core/v3/employees/${e.id}/terminate`, { body: { date: '2026-02-01' } });
    expect(res.statusCode).toBe(422);
  });

  it('PUT status inactive terminates, emitting employee.terminated too', async () => {
    const e = await newEmployee();
    const res = await t.call('PUT', `/core/v3/employees/${e.id}`, {
      body: { firstName: e.firstName, lastName: e.lastName, status: 'inactive' },
    });
    expect(res.json.data.status).toBe('inactive');
    expect(res.json.data.terminationDate).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    const types = await t.db.db.selectFrom('events').select('type').where('resourceId', '=', e.id).orderBy('seq').execute();
    expect(types.map((x) => x.type)).toEqual(['employee.created', 'employee.updated', 'employee.terminated']);
    // Audited as what it is, so that ?action=employee.terminated finds terminations however they were made.
    const back = await t.call('PUT', `/core/v3/employees/${e.id}`, {
      body: { firstName: e.firstName, lastName: e.lastName, status: 'active' },
    });
    expect(back.json.data.status).toBe('active');
    const audit = await t.call('GET', `/security/v1/audit-logs?resourceType=employee&resourceId=${e.id}&orderBy=createdAt asc`);
    expect(audit.json.data.map((a: { action: string }) => a.action)).toEqual([
      'employee.created',
      'employee.terminated',
      'employee.reactivated',
    ]);
    const found = await t.call('GET', `/security/v1/audit-logs?action=employee.reactivated&resourceId=${e.id}`);
    expect(found.json.data).toHaveLength(1);
  });

  it('manager cycles are 422, unknown manager 404', async () => {
    const boss = await newEmployee();
    const mid = await newEmployee({ managerId: boss.id });
    expect(mid.managerId).toBe(boss.id);
    const res = await t.call('PUT', `/core/v3/employees/${boss.id}`, {
      body: { firstName: 'B', lastName: 'B', status: 'active', managerId: mid.id },
    });
    expect(res.statusCode).toBe(422);
    const self = await t.call('PUT', `/core/v3/employees/${boss.id}`, {
      body: { firstName: 'B', lastName: 'B', status: 'active', managerId: boss.id },
    });
    expect(self.statusCode).toBe(422);
    const unknown = await newEmployee().then(() =>
      t.call('POST', '/core/v3/employees', { body: { firstName: 'X', lastName: 'Y', managerId: '0190d6c0-0000-7000-8000-00000000ffff' } }),
    );
    expect(unknown.statusCode).toBe(404);
  });
});

describe('employees: list', () => {
  it('filters, paginates and orders', async () => {
    const c = await t.newCompany('List Co');
    const make = (i: number, extra: Record<string, unknown> = {}) =>
      newEmployee(
        { firstName: `F${i}`, lastName: `L${String(i).padStart(2, '0')}`, email: `l${i}@list.example`, code: 9000 + i, ...extra },
        c.auth,
      );
    for (let i = 1; i <= 7; i++) await make(i, i === 3 ? { nid: 'DNI-3', externalId: 'EXT-3' } : {});
    const call = (q: string) => t.call('GET', `/core/v3/employees${q}`, { auth: c.auth });

    const page = await call('?limit=3&page=2');
    expect(page.json.meta).toEqual({ currentPage: 2, lastPage: 3, total: 7, perPage: 3 });
    expect(page.json.data.map((e: { lastName: string }) => e.lastName)).toEqual(['L04', 'L05', 'L06']);
    const beyond = await call('?limit=3&page=9');
    expect(beyond.json.data).toEqual([]);
    expect(beyond.json.meta.total).toBe(7);

    expect((await call('?code=9002')).json.data[0].firstName).toBe('F2');
    expect((await call('?dni=DNI-3')).json.data[0].firstName).toBe('F3');
    expect((await call('?externalId=EXT-3')).json.data[0].firstName).toBe('F3');
    expect((await call('?email=L5@LIST.example')).json.data[0].firstName).toBe('F5');
    expect((await call('?orderBy=code desc&limit=1')).json.data[0].code).toBe(9007);

    const first = (await call('?limit=1')).json.data[0];
    await t.call('POST', `/core/v3/employees/${first.id}/terminate`, { auth: c.auth, body: {} });
    expect((await call('?status=inactive')).json.meta.total).toBe(1);
    expect((await call('?status[in]=active,inactive')).json.meta.total).toBe(7);
    expect((await call('?status=active')).json.meta.total).toBe(6);

    const future = new Date(Date.now() + 60_000).toISOString();
    expect((await call(`?updatedAt[gte]=${encodeURIComponent(future)}`)).json.meta.total).toBe(0);
    expect((await call('?updatedAt[gte]=2020-01-01')).json.meta.total).toBe(7);
  });

  it('sorts with orderBy, asc and desc, on two fields; another field is a 400 naming the sortable ones', async () => {
    const c = await t.newCompany('Sorted Employees Co');
    const ana = await newEmployee({ firstName: 'Ana', lastName: 'Zapata', code: 3 }, c.auth);
    const bruno = await newEmployee({ firstName: 'Bruno', lastName: 'Alves', code: 1 }, c.auth);
    const carla = await newEmployee({ firstName: 'Carla', lastName: 'Alves', code: 2 }, c.auth);
    const ids = (orderBy?: string) => idsInOrder(t, '/core/v3/employees', orderBy, c.auth);
    expect(await ids()).toEqual([bruno.id, carla.id, ana.id]);
    expect(await ids('firstName asc')).toEqual([ana.id, bruno.id, carla.id]);
    expect(await ids('firstName desc')).toEqual([carla.id, bruno.id, ana.id]);
    expect(await ids('code desc')).toEqual([ana.id, carla.id, bruno.id]);
    expect(await ids('lastName asc, firstName desc')).toEqual([carla.id, bruno.id, ana.id]);
    expect(await ids('status asc, code asc')).toEqual([bruno.id, carla.id, ana.id]);
    const sortable = ['firstName', 'lastName', 'email', 'code', 'createdAt', 'updatedAt', 'startDate', 'status'];
    await expectOrderByRefused(t, '/core/v3/employees', 'salaryRange desc', sortable, c.auth);
  });

  it('rejects bad query values with 400', async () => {
    for (const q of [
      '?limit=0',
      '?limit=501',
      '?page=0',
      '?orderBy=salary asc',
      '?status=gone',
      '?status[in]=active,gone',
      '?code=abc',
      '?updatedAt[gte]=yesterday',
      '?departmentIds=sales',
      '?officeIds=0190d6c0-0000-7000-8000-000000000001,madrid',
    ]) {
      const res = await t.call('GET', `/core/v3/employees${q}`);
      expect(res.statusCode, q).toBe(400);
      expect(res.json.errors?.length, q).toBeGreaterThan(0);
    }
  });
});

describe('employees: sensitive data and security', () => {
  it('omits sensitive fields without personal:read / compensation:read', async () => {
    const e = await newEmployee({
      nid: 'N-1',
      ssn: 'S-1',
      dateOfBirth: '1980-01-01',
      address: 'Calle 1',
      bic: 'BIC1',
      accountNumber: 'ES00',
      pricePerHour: 10,
      salaryRange: '30-40k',
    });
    const plain = await t.a.key(['core:read']);
    const res = await t.call('GET', `/core/v3/employees/${e.id}`, { auth: plain.auth });
    for (const f of ['nid', 'ssn', 'dateOfBirth', 'address', 'bic', 'accountNumber', 'pricePerHour', 'salaryRange']) {
      expect(res.json.data, f).not.toHaveProperty(f);
    }
    const personal = await t.a.key(['core:read', 'personal:read']);
    const p = (await t.call('GET', `/core/v3/employees/${e.id}`, { auth: personal.auth })).json.data;
    expect(p).toMatchObject({ nid: 'N-1', ssn: 'S-1', dateOfBirth: '1980-01-01', address: 'Calle 1', bic: 'BIC1', accountNumber: 'ES00' });
    expect(p).not.toHaveProperty('pricePerHour');
    const comp = await t.a.key(['core:read', 'compensation:read']);
    const c = (await t.call('GET', '/core/v3/employees?limit=500', { auth: comp.auth })).json.data.find(
      (x: { id: string }) => x.id === e.id,
    );
    expect(c).toMatchObject({ pricePerHour: 10, salaryRange: '30-40k', accountNumber: 'ES00' });
    expect(c).not.toHaveProperty('nid');
  });

  it('writing sensitive fields without the write scope is 403', async () => {
    const writer = await t.a.key(['core:read', 'core:write']);
    const res = await t.call('POST', '/core/v3/employees', { auth: writer.auth, body: { firstName: 'A', lastName: 'B', nid: 'X' } });
    expect(res.statusCode).toBe(403);
    expect(res.json.errors).toEqual([{ pointer: '/nid', message: 'needs personal:write' }]);
    const pay = await t.call('POST', '/core/v3/employees', {
      auth: writer.auth,
      body: { firstName: 'A', lastName: 'B', salaryRange: '30-40k', accountNumber: 'ES00' },
    });
    expect(pay.statusCode).toBe(403);
    expect(pay.json.errors).toEqual([
      { pointer: '/salaryRange', message: 'needs compensation:write' },
      { pointer: '/accountNumber', message: 'needs personal:write or compensation:write' },
    ]);
    expect(pay.json.detail).toContain('salaryRange needs compensation:write');
    const ok = await t.call('POST', '/core/v3/employees', { auth: writer.auth, body: { firstName: 'A', lastName: 'B' } });
    expect(ok.statusCode).toBe(200);
  });

  it('a PUT may send back unchanged sensitive values the key can read; changing them, or sending unreadable ones, is 403', async () => {
    const e = await newEmployee({ nid: 'N-77', dateOfBirth: '1985-05-05', pricePerHour: 12.5, accountNumber: 'ES77' });
    const reader = await t.a.key(['core:read', 'core:write', 'personal:read', 'compensation:read']);
    const read = (await t.call('GET', `/core/v3/employees/${e.id}`, { auth: reader.auth })).json.data;
    expect(read).toMatchObject({ nid: 'N-77', pricePerHour: 12.5 });
    const { firstName, lastName, status, nid, dateOfBirth, pricePerHour, accountNumber, address } = read;
    const echo = { firstName, lastName, status, nid, dateOfBirth, pricePerHour, accountNumber, address, phone: '+34 600 111 222' };
    const ok = await t.call('PUT', `/core/v3/employees/${e.id}`, { auth: reader.auth, body: echo });
    expect(ok.statusCode, ok.body).toBe(200);
    expect(ok.json.data).toMatchObject({ phone: '+34 600 111 222', nid: 'N-77', pricePerHour: 12.5 });
    const changed = await t.call('PUT', `/core/v3/employees/${e.id}`, { auth: reader.auth, body: { ...echo, nid: 'N-78' } });
    expect(changed.statusCode).toBe(403);
    expect(changed.json.errors).toEqual([{ pointer: '/nid', message: 'needs personal:write' }]);
    // A key that cannot read the national id learns nothing by sending the right one.
    const blind = await t.a.key(['core:read', 'core:write']);
    const guess = await t.call('PUT', `/core/v3/employees/${e.id}`, {
      auth: blind.auth,
      body: { firstName, lastName, status, nid: 'N-77' },
    });
    expect(guess.statusCode).toBe(403);
    expect(guess.json.errors).toEqual([{ pointer: '/nid', message: 'needs personal:write' }]);
    expect((await t.call('GET', `/core/v3/employees/${e.id}`)).json.data.nid).toBe('N-77');
  });

  it('filtering by dni needs personal:read (it tells whose national id it is)', async () => {
    const e = await newEmployee({ nid: 'DNI-4242' });
    const plain = await t.a.key(['core:read']);
    const refused = await t.call('GET', '/core/v3/employees?dni=DNI-4242', { auth: plain.auth });
    expect(refused.statusCode).toBe(403);
    expect(refused.json.detail).toContain('personal:read');
    expect(refused.json.errors).toEqual([{ pointer: '/dni', location: 'query', parameter: 'dni', message: 'needs personal:read' }]);
    const personal = await t.a.key(['core:read', 'personal:read']);
    const found = await t.call('GET', '/core/v3/employees?dni=DNI-4242', { auth: personal.auth });
    expect(found.statusCode).toBe(200);
    expect(found.json.data.map((x: { id: string }) => x.id)).toEqual([e.id]);
  });

  it('401 without or with a bad token; 403 without scope', async () => {
    expect((await t.call('GET', '/core/v3/employees', { auth: {} })).statusCode).toBe(401);
    const bad = await t.call('GET', '/core/v3/employees', { auth: { authorization: 'Bearer nope' } });
    expect(bad.statusCode).toBe(401);
    expect(bad.headers['www-authenticate']).toContain('Bearer');
    const reader = await t.a.key(['core:read']);
    const res = await t.call('POST', '/core/v3/employees', { auth: reader.auth, body: { firstName: 'A', lastName: 'B' } });
    expect(res.statusCode).toBe(403);
    expect(res.json.detail).toContain('core:write');
  });

  it('another company’s employee is a 404 for every operation', async () => {
    const e = await newEmployee({}, t.b.auth);
    const other = t.a.auth;
    expect((await t.call('GET', `/core/v3/employees/${e.id}`, { auth: other })).statusCode).toBe(404);
    expect(
      (await t.call('PUT', `/core/v3/employees/${e.id}`, { auth: other, body: { firstName: 'x', lastName: 'y', status: 'active' } }))
        .statusCode,
    ).toBe(404);
    expect((await t.call('DELETE', `/core/v3/employees/${e.id}`, { auth: other })).statusCode).toBe(404);
    expect((await t.call('POST', `/core/v3/employees/${e.id}/terminate`, { auth: other, body: {} })).statusCode).toBe(404);
    expect(
      (await t.call('POST', '/core/v3/employees', { auth: other, body: { firstName: 'x', lastName: 'y', managerId: e.id } })).statusCode,
    ).toBe(404);
    expect(
      (await t.call('POST', '/core/v3/employees', { auth: other, body: { firstName: 'x', lastName: 'y', companyId: t.b.company.id } }))
        .statusCode,
    ).toBe(404);
    const list = await t.call('GET', '/core/v3/employees?limit=500', { auth: other });
    expect(list.json.data.some((x: { id: string }) => x.id === e.id)).toBe(false);
  });

  it('a non-uuid id is 400; malformed JSON is 400; wrong content type is 415', async () => {
    expect((await t.call('GET', '/core/v3/employees/123')).statusCode).toBe(400);
    const bad = await t.call('POST', '/core/v3/employees', { body: '{"firstName": ' });
    expect(bad.statusCode).toBe(400);
    expect(bad.body).not.toMatch(/at .*\.ts/);
    const text = await rawBody('POST', '/core/v3/employees', 'text/plain', 'hi');
    expect(text.statusCode).toBe(415);
    const wrongType = await t.call('POST', '/core/v3/employees', { body: { firstName: 1, lastName: 'x', code: '12' } });
    expect(wrongType.statusCode).toBe(400);
    expect(wrongType.json.errors.map((e: { pointer: string }) => e.pointer).sort()).toEqual(['/code', '/firstName']);
  });

  it('an empty body with Content-Type application/json is no body: DELETE and terminate go ahead, create says what to send', async () => {
    const empty = (method: 'POST' | 'DELETE', url: string) => rawBody(method, url, 'application/json; charset=utf-8', '');
    const leaver = await newEmployee();
    const terminated = await empty('POST', `/core/v3/employees/${leaver.id}/terminate`);
    expect(terminated.statusCode, terminated.body).toBe(200);
    expect(terminated.json().data.status).toBe('inactive');
    const gone = await newEmployee();
    const deleted = await empty('DELETE', `/core/v3/employees/${gone.id}`);
    expect(deleted.statusCode, deleted.body).toBe(200);
    expect((await t.call('GET', `/core/v3/employees/${gone.id}`)).statusCode).toBe(404);
    const create = await empty('POST', '/core/v3/employees');
    expect(create.statusCode).toBe(400);
    expect(create.headers['content-type']).toContain('application/problem+json');
    expect(create.json().errors).toEqual([expect.objectContaining({ pointer: '' })]);
    // A body of whitespace is not empty: it is malformed JSON.
    const blank = await rawBody('POST', '/core/v3/employees', 'application/json', '  ');
    expect(blank.statusCode).toBe(400);
    expect(blank.json().detail).toContain('not valid JSON');
  });
});
