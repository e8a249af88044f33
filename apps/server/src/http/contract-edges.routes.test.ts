import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newId } from '../db/ids.js';
import { createTestApp, type TestApp } from '../test/app-fixture.js';

/** Edges of the API's conventions that external clients meet: query names, numbers, ids, strings, ETags. */
let t: TestApp;

beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => t?.close());

async function employee(body: Record<string, unknown> = {}) {
  const res = await t.call('POST', '/core/v3/employees', { body: { firstName: 'Edge', lastName: `Case ${newId()}`, ...body } });
  expect(res.statusCode, res.body).toBe(200);
  return res.json.data as { id: string; firstName: string; lastName: string; status: string; terminationDate: string | null };
}

describe('query parameters', () => {
  it('a filter name with brackets the operation lacks is a 400, never the unfiltered list', async () => {
    for (const query of ['status[in][x]=inactive', 'status[[in]]=inactive', 'updatedAt[gte][]=2030-01-01', 'status[in]x=1']) {
      const res = await t.call('GET', `/core/v3/employees?${query}`);
      expect(res.statusCode, query).toBe(400);
      expect(res.json.type).toBe('/problems/validation');
    }
    const managers = await t.call('GET', '/core/v3/employee-managers?permission[in][x]=vacation');
    expect(managers.statusCode).toBe(400);
    // The array forms are for parameters that take several values: a one-value parameter written so is not read as it.
    for (const query of ['page[]=2&limit=1', 'limit[0]=1', 'code[]=1']) {
      const res = await t.call('GET', `/core/v3/employees?${query}`);
      expect(res.statusCode, query).toBe(400);
      expect(res.json.errors[0].message, query).toMatch(/is a filter of this operation without an operator/);
    }
  });

  it('reads `[in]` values as qs and axios write arrays: status[in][]=a&status[in][]=b and status[in][0]=a', async () => {
    const gone = await employee();
    expect((await t.call('POST', `/core/v3/employees/${gone.id}/terminate`)).statusCode).toBe(200);
    const stay = await employee();
    const ids = async (query: string) => {
      const res = await t.call('GET', `/core/v3/employees?limit=500&${query}`);
      expect(res.statusCode, res.body).toBe(200);
      return (res.json.data as { id: string }[]).map((e) => e.id);
    };
    for (const query of ['status[in][]=inactive', 'status[in][0]=inactive', 'status[in]=inactive']) {
      const found = await ids(query);
      expect(found, query).toContain(gone.id);
      expect(found, query).not.toContain(stay.id);
    }
    const both = await ids('status[in][]=inactive&status[in][]=active');
    expect(both).toEqual(expect.arrayContaining([gone.id, stay.id]));
    const bad = await t.call('GET', '/core/v3/employees?status[in][]=bogus');
    expect(bad.statusCode).toBe(400);
  });

  it('an empty `[in]` selection is a 400, not every row', async () => {
    for (const query of ['status[in]=', 'status[in]=,', 'status[in][]=']) {
      const res = await t.call('GET', `/core/v3/employees?${query}`);
      expect(res.statusCode, query).toBe(400);
      expect(res.json.errors[0]).toMatchObject({ parameter: 'status[in]' });
    }
  });

  it('a filter sent without a value is a 400 that says so, never the unfiltered list', async () => {
    await employee({ externalId: `EXT-${newId()}` });
    for (const query of [
      'externalId=',
      'email=',
      'email=%20',
      'dni=',
      'departmentIds=',
      'departmentIds=,',
      'departmentIds[]=',
      'officeIds=',
    ]) {
      const res = await t.call('GET', `/core/v3/employees?${query}`);
      expect(res.statusCode, query).toBe(400);
      expect(res.json.errors[0].message, query).toMatch(/is empty/);
      expect(res.json.detail, query).toMatch(/^The query is not valid: \w+ is empty/);
    }
    // A parameter whose empty value is its default keeps it: the default order.
    expect((await t.call('GET', '/core/v3/departments?orderBy=')).statusCode).toBe(200);
    // The change feed's cursor given empty is a first poll: from the start.
    expect((await t.call('GET', '/event/v1/events?after=')).statusCode).toBe(200);
  });

  it('names of built-in object properties are unknown names, never a 500: orderBy, mapping fields', async () => {
    for (const field of ['constructor', 'toString', '__proto__', 'hasOwnProperty']) {
      const res = await t.call('GET', `/core/v3/employees?orderBy=${field}`);
      expect(res.statusCode, field).toBe(400);
      expect(res.json.errors[0].parameter).toBe('orderBy');
    }
    const mapping = await t.call('POST', '/sync/v1/mappings', {
      body: { name: 'proto', columns: { ID: 'externalId' }, valueMaps: { constructor: { a: 'b' } }, constants: { toString: 'x' } },
    });
    expect(mapping.statusCode, mapping.body).toBe(400);
    expect(mapping.json.errors.map((e: { pointer: string }) => e.pointer).sort()).toEqual([
      '/constants/toString',
      '/valueMaps/constructor',
    ]);
  });

  it('the detail of a malformed number names the parameter and what is wrong with it', async () => {
    const res = await t.call('GET', '/core/v3/employees?page=abc');
    expect(res.statusCode).toBe(400);
    expect(res.json.detail).toBe('The query is not valid: page must be a number in decimal digits, not "abc".');
  });

  it('updatedAt[lte] given to the second covers that second: a record shows its updatedAt to the second', async () => {
    const e = await employee();
    const shown = (await t.call('GET', `/core/v3/employees/${e.id}`)).json.data.updatedAt as string;
    const at = encodeURIComponent(shown);
    const both = await t.call('GET', `/core/v3/employees?updatedAt[gte]=${at}&updatedAt[lte]=${at}`);
    expect(both.json.data.map((x: { id: string }) => x.id)).toContain(e.id);
    // Consecutive windows that end and start on whole seconds miss nothing.
    const next = new Date(new Date(shown).getTime() + 1000).toISOString().replace('.000Z', 'Z');
    const first = await t.call('GET', `/core/v3/employees?updatedAt[lte]=${at}&limit=500`);
    const second = await t.call('GET', `/core/v3/employees?updatedAt[gte]=${next}&limit=500`);
    const seen = [...first.json.data, ...second.json.data].filter((x: { id: string }) => x.id === e.id);
    expect(seen).toHaveLength(1);
    // Fractions of a second are taken as given.
    const before = new Date(new Date(shown).getTime() - 1).toISOString();
    expect(
      (await t.call('GET', `/core/v3/employees?updatedAt[lte]=${before}&limit=500`)).json.data.map((x: { id: string }) => x.id),
    ).not.toContain(e.id);
  });

  it('numbers in decimal digits only, and a page within range: never a 500 or a silently different number', async () => {
    for (const query of ['limit=0x10', 'page=1e2', 'page=Infinity', 'page=1e400', 'page=9007199254740993', 'limit=1.5']) {
      for (const path of ['/core/v3/employees', '/core/v3/departments', '/security/v1/audit-logs']) {
        const res = await t.call('GET', `${path}?${query}`);
        expect(res.statusCode, `${path}?${query}`).toBe(400);
        expect(res.json.type).toBe('/problems/validation');
      }
    }
    const far = await t.call('GET', '/core/v3/departments?page=2147483647&limit=1');
    expect(far.statusCode).toBe(200);
    expect(far.json).toMatchObject({ data: [], meta: { currentPage: 2147483647 } });
  });

  it('yes/no query parameters take 1 and 0 as well as true and false', async () => {
    for (const value of ['1', '0', 'true', 'false']) {
      expect((await t.call('GET', `/core/v3/positions?root=${value}`)).statusCode, value).toBe(200);
    }
    expect((await t.call('GET', '/core/v3/positions?root=yes')).statusCode).toBe(400);
  });
});

describe('validation', () => {
  it('lists the failing fields of every part of the request together: path, query and body', async () => {
    const res = await t.call('PUT', '/core/v3/departments/not-a-uuid', { body: { name: 5 } });
    expect(res.statusCode).toBe(400);
    expect(res.json.errors).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ pointer: '/id', location: 'path', parameter: 'id' }),
        expect.objectContaining({ pointer: '/name' }),
      ]),
    );
    expect(res.json.detail).toMatch(/id.*name/s);
    // One part alone keeps its own wording.
    const one = await t.call('PUT', `/core/v3/departments/${newId()}`, { body: { name: 5 } });
    expect(one.json.detail).toMatch(/^The request body failed validation/);
  });
});

describe('ids and strings', () => {
  it('an id written as urn:uuid:… is a malformed id (400) in the path, the query and the body', async () => {
    const e = await employee();
    const urn = `urn:uuid:${e.id}`;
    expect((await t.call('GET', `/core/v3/employees/${urn}`)).statusCode).toBe(400);
    expect((await t.call('GET', `/core/v3/employee-managers?employeeId=${urn}`)).statusCode).toBe(400);
    const body = await t.call('POST', '/core/v3/employee-managers', { body: { employeeId: urn, managerId: e.id, permission: 'vacation' } });
    expect(body.statusCode).toBe(400);
    expect(body.json.errors.map((x: { pointer: string }) => x.pointer)).toContain('/employeeId');
  });

  it('half of a surrogate pair alone is a 400 naming the field, never stored', async () => {
    const res = await t.call('POST', '/core/v3/departments', { body: '{"name":"x\\ud800y"}' });
    expect(res.statusCode).toBe(400);
    expect(res.json.errors[0]).toMatchObject({ pointer: '/name' });
    expect(res.json.errors[0].message).toMatch(/surrogate/);
    // A whole pair (an emoji) is a character like any other.
    const ok = await t.call('POST', '/core/v3/departments', { body: '{"name":"Team \\ud83d\\ude80"}' });
    expect(ok.statusCode, ok.body).toBe(200);
    expect(ok.json.data.name).toBe('Team 🚀');
  });

  it('answers say not to sniff their content type', async () => {
    for (const url of ['/core/v3/info', '/core/v3/nothing-here']) {
      expect((await t.call('GET', url)).headers['x-content-type-options'], url).toBe('nosniff');
    }
  });

  it('a caller X-Request-Id is kept when it looks like an id, replaced otherwise', async () => {
    const kept = await t.call('GET', '/core/v3/employees/not-a-uuid', { headers: { 'x-request-id': 'erp-run-42.7:a_b' } });
    expect(kept.headers['x-request-id']).toBe('erp-run-42.7:a_b');
    expect(kept.json.requestId).toBe('erp-run-42.7:a_b');
    for (const sent of ['abc"<script>', 'x'.repeat(129), 'two words']) {
      const res = await t.call('GET', '/core/v3/employees/not-a-uuid', { headers: { 'x-request-id': sent } });
      expect(res.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
      expect(res.json.requestId).toBe(res.headers['x-request-id']);
    }
  });
});

describe('employees', () => {
  it('null for an optional field a generated client sends is taken as not sent', async () => {
    const created = await t.call('POST', '/core/v3/employees', {
      body: { firstName: 'Null', lastName: 'Sender', customFields: null, departmentId: null, officeId: null, externalId: null },
    });
    expect(created.statusCode, created.body).toBe(200);
    const id = created.json.data.id;
    const put = await t.call('PUT', `/core/v3/employees/${id}`, {
      body: { firstName: 'Null', lastName: 'Sender', status: 'active', customFields: null },
    });
    expect(put.statusCode, put.body).toBe(200);
    const ended = await t.call('POST', `/core/v3/employees/${id}/terminate`, { body: { date: null, reason: null } });
    expect(ended.statusCode, ended.body).toBe(200);
    expect(ended.json.data.terminationDate).toBe(new Date().toISOString().slice(0, 10));
  });

  it('imageProfileURL is an http(s) URL; dateOfBirth a day of the past from 1900 on', async () => {
    const e = await employee();
    const put = (body: Record<string, unknown>) =>
      t.call('PUT', `/core/v3/employees/${e.id}`, { body: { firstName: e.firstName, lastName: e.lastName, status: 'active', ...body } });
    for (const url of ['javascript:alert(1)', 'data:text/html,<b>x</b>', 'not a url', 'https://']) {
      const res = await put({ imageProfileURL: url });
      expect(res.statusCode, url).toBe(400);
      expect(res.json.errors[0].pointer).toBe('/imageProfileURL');
    }
    expect((await put({ imageProfileURL: 'https://cdn.example.com/p/1.png' })).statusCode).toBe(200);
    // A value stored before the rule is sent back as read without a 400.
    await t.db.db.updateTable('employees').set({ imageProfileUrl: '/avatars/1.png' }).where('id', '=', e.id).execute();
    expect((await put({ imageProfileURL: '/avatars/1.png' })).statusCode).toBe(200);
    expect((await put({ imageProfileURL: '/avatars/2.png' })).statusCode).toBe(400);
    for (const day of ['9999-12-31', '0000-01-01', '1899-12-31']) {
      const res = await put({ dateOfBirth: day });
      expect(res.statusCode, day).toBe(400);
      expect(res.json.errors[0].pointer).toBe('/dateOfBirth');
    }
    expect((await put({ dateOfBirth: '1985-04-12' })).statusCode).toBe(200);
    expect(
      (await t.call('POST', '/core/v3/employees', { body: { firstName: 'A', lastName: 'B', dateOfBirth: '2999-01-01' } })).statusCode,
    ).toBe(400);
  });

  it('blank names are a 400 naming each field', async () => {
    const res = await t.call('POST', '/core/v3/employees', { body: { firstName: '  ', lastName: '\t' } });
    expect(res.statusCode).toBe(400);
    expect(res.json.errors.map((e: { pointer: string }) => e.pointer).sort()).toEqual(['/firstName', '/lastName']);
    const e = await employee();
    const put = await t.call('PUT', `/core/v3/employees/${e.id}`, { body: { firstName: ' ', lastName: e.lastName, status: 'active' } });
    expect(put.statusCode).toBe(400);
  });

  it('status inactive before the start date leaves no termination date before it (pre-hire, hire called off)', async () => {
    const preHire = await employee({ status: 'inactive', startDate: '2099-01-01' });
    expect(preHire).toMatchObject({ status: 'inactive', terminationDate: null });
    const hire = await employee({ startDate: '2099-01-01' });
    const off = await t.call('PUT', `/core/v3/employees/${hire.id}`, {
      body: { firstName: hire.firstName, lastName: hire.lastName, status: 'inactive' },
    });
    expect(off.statusCode, off.body).toBe(200);
    expect(off.json.data).toMatchObject({ status: 'inactive', terminationDate: null, startDate: '2099-01-01' });
    // An employee who has started is terminated today, as before.
    const started = await employee({ startDate: '2020-01-01', status: 'inactive' });
    expect(started.terminationDate).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  it('number custom fields take decimal notation only', async () => {
    const field = await t.call('POST', '/core/v3/custom-fields', { body: { name: `Shoe ${newId()}`, type: 'number' } });
    expect(field.statusCode, field.body).toBe(200);
    const e = await employee();
    const put = (value: string) =>
      t.call('PUT', `/core/v3/employees/${e.id}`, {
        body: { firstName: e.firstName, lastName: e.lastName, status: 'active', customFields: [{ id: field.json.data.id, value }] },
      });
    for (const value of ['0x10', '0b11', '0o7', ' 42 ', '+5', '.5', '5.', 'NaN', 'Infinity', '']) {
      const res = await put(value);
      expect(res.statusCode, JSON.stringify(value)).toBe(400);
      expect(res.json.errors[0].pointer).toBe('/customFields/0/value');
    }
    for (const value of ['42', '-3.5', '1e3', '007']) expect((await put(value)).statusCode, value).toBe(200);
    // A value stored before the rule was this strict is sent back as read: not a write of it, so no 400.
    await t.db.db
      .updateTable('customFieldValues')
      .set({ value: '+42' })
      .where('employeeId', '=', e.id)
      .where('customFieldId', '=', field.json.data.id)
      .execute();
    expect((await put('+42')).statusCode).toBe(200);
    expect((await put('+43')).statusCode).toBe(400);
  });

  it('terminate and reactivate honour If-Match; a write answers the ETag a later GET gives', async () => {
    const e = await employee();
    const stale = await t.call('POST', `/core/v3/employees/${e.id}/terminate`, { headers: { 'if-match': '"stale"' } });
    expect(stale.statusCode).toBe(412);
    expect((await t.call('GET', `/core/v3/employees/${e.id}`)).json.data.status).toBe('active');
    const tag = (await t.call('GET', `/core/v3/employees/${e.id}`)).headers.etag as string;
    const done = await t.call('POST', `/core/v3/employees/${e.id}/terminate`, { headers: { 'if-match': tag } });
    expect(done.statusCode, done.body).toBe(200);
    const after = await t.call('GET', `/core/v3/employees/${e.id}`);
    expect(done.headers.etag).toBe(after.headers.etag);
    expect((await t.call('POST', `/core/v3/employees/${e.id}/reactivate`, { headers: { 'if-match': tag } })).statusCode).toBe(412);
    const back = await t.call('POST', `/core/v3/employees/${e.id}/reactivate`, { headers: { 'if-match': after.headers.etag as string } });
    expect(back.statusCode, back.body).toBe(200);
    const put = await t.call('PUT', `/core/v3/employees/${e.id}`, {
      body: { firstName: 'Renamed', lastName: e.lastName, status: 'active' },
      headers: { 'if-match': back.headers.etag as string },
    });
    expect(put.statusCode, put.body).toBe(200);
    expect(put.headers.etag).toBe((await t.call('GET', `/core/v3/employees/${e.id}`)).headers.etag);
  });

  it('the company PUT answers its ETag, which the next If-Match uses', async () => {
    const id = t.a.company.id;
    const body = { name: 'Company A', notificationEmail: 'hr@example.com', language: 'en-GB' };
    const first = await t.call('PUT', `/core/v3/companies/${id}`, { body });
    expect(first.statusCode, first.body).toBe(200);
    expect(first.headers.etag).toMatch(/^"/);
    const next = await t.call('PUT', `/core/v3/companies/${id}`, {
      body: { ...body, name: 'Company A2' },
      headers: { 'if-match': first.headers.etag as string },
    });
    expect(next.statusCode, next.body).toBe(200);
    const stale = await t.call('PUT', `/core/v3/companies/${id}`, { body, headers: { 'if-match': first.headers.etag as string } });
    expect(stale.statusCode).toBe(412);
  });
});

describe('other operations', () => {
  it('unassigning a role honours If-Match', async () => {
    const e = await employee();
    const role = await t.call('POST', '/core/v3/roles', { body: { name: `Role ${newId()}` } });
    expect(role.statusCode, role.body).toBe(200);
    const assign = await t.call('POST', '/core/v3/roles/assignation', {
      body: { employeeId: e.id, roleId: role.json.data.id, entityAffectedId: t.a.company.id },
    });
    expect(assign.statusCode, assign.body).toBe(200);
    const list = await t.call('GET', `/core/v3/roles/assignation/${e.id}`);
    const assignationId = list.json.data[0].id as string;
    const stale = await t.call('DELETE', '/core/v3/roles/assignation', { body: { assignationId }, headers: { 'if-match': '"stale"' } });
    expect(stale.statusCode).toBe(412);
    // `*`: whatever its state, as long as it exists.
    expect(
      (await t.call('DELETE', '/core/v3/roles/assignation', { body: { assignationId }, headers: { 'if-match': '*' } })).statusCode,
    ).toBe(200);
    expect((await t.call('DELETE', '/core/v3/roles/assignation', { body: { assignationId } })).statusCode).toBe(404);
  });

  it('/openapi.json documents the 415 of every write and the 404 of every body that names an id', async () => {
    // An operation without a body answers 415 to a body that is not JSON, like one with a body.
    const dept = (await t.call('POST', '/core/v3/departments', { body: { name: `Plain ${newId()}` } })).json.data;
    const plain = await t.app.inject({
      method: 'DELETE',
      url: `/core/v3/departments/${dept.id}`,
      headers: { ...t.a.auth, 'content-type': 'text/plain' },
      payload: 'x',
    });
    expect(plain.statusCode).toBe(415);
    const spec = (await t.call('GET', '/openapi.json', { auth: {} })).json;
    type Operation = { operationId: string; responses: Record<string, unknown>; requestBody?: unknown };
    const operations = Object.values(spec.paths as Record<string, Record<string, Operation>>).flatMap((item) =>
      Object.entries(item).map(([method, op]) => ({ method, ...op })),
    );
    const writes = operations.filter((op) => ['post', 'put', 'patch', 'delete'].includes(op.method));
    expect(writes.length).toBeGreaterThan(40);
    expect(writes.filter((op) => !op.responses['415']).map((op) => op.operationId)).toEqual([]);
    const ops = Object.fromEntries(operations.map((op) => [op.operationId, op]));
    for (const id of ['Departments_removeById', 'Employees_reactivate']) expect(ops[id]?.responses['415'], id).toBeDefined();
    // An id in the body may be unknown or another company's: a 404, documented wherever the body has one.
    const hasId = (schema: unknown): boolean =>
      !!schema &&
      typeof schema === 'object' &&
      ((schema as { format?: unknown }).format === 'uuid' ||
        ('$ref' in schema && hasId(spec.components.schemas[String(schema.$ref).split('/').pop() as string])) ||
        Object.values(schema).some(hasId));
    const withIds = writes.filter((op) => hasId(op.requestBody));
    expect(withIds.map((op) => op.operationId)).toContain('JobCharges_create');
    expect(withIds.filter((op) => !op.responses['404']).map((op) => op.operationId)).toEqual([]);
  });

  it('onlyReturn=deleted on a list without deleted rows names that list’s own deleted event, or none', async () => {
    for (const [url, type] of [
      ['/core/v3/offices', 'office.deleted'],
      ['/core/v3/job-charges', 'job_charge.deleted'],
      ['/core/v3/departments', 'department.deleted'],
      ['/sync/v1/mappings', 'sync_mapping.deleted'],
      ['/webhook/v1/subscriptions', 'webhook_subscription.deleted'],
    ] as const) {
      const res = await t.call('GET', `${url}?onlyReturn=deleted`);
      expect(res.statusCode, url).toBe(400);
      expect(res.json.errors[0].message, url).toContain(`types=${type})`);
    }
    const deliveries = await t.call('GET', '/webhook/v1/deliveries?onlyReturn=deleted');
    expect(deliveries.statusCode).toBe(400);
    expect(deliveries.json.errors[0].message).toContain('/event/v1/events');
    expect(deliveries.json.errors[0].message).not.toContain('types=');
  });

  it('a job charge created with another company’s id is a 404, as the other create operations answer', async () => {
    const res = await t.call('POST', '/core/v3/job-charges', { body: { companyId: t.b.company.id, name: `Charge ${newId()}` } });
    expect(res.statusCode).toBe(404);
    const own = await t.call('POST', '/core/v3/job-charges', { body: { companyId: t.a.company.id, name: `Charge ${newId()}` } });
    expect(own.statusCode, own.body).toBe(200);
  });

  it('the audit log leaves out even the redaction marker of a sensitive field for a key that may not read it', async () => {
    const e = await employee();
    const set = await t.call('PUT', `/core/v3/employees/${e.id}`, {
      body: { firstName: e.firstName, lastName: e.lastName, status: 'active', nid: '12345678Z' },
    });
    expect(set.statusCode, set.body).toBe(200);
    const query = `/security/v1/audit-logs?resourceId=${e.id}&action=employee.updated`;
    const full = await t.call('GET', query);
    expect(full.json.data[0].after.nid).toBe('[redacted]');
    const reader = await t.a.key(['security:read', 'core:read']);
    const limited = await t.call('GET', query, { auth: reader.auth });
    expect(limited.statusCode).toBe(200);
    expect(limited.json.data[0].after).toBeNull();
    expect(limited.json.data[0].before).toBeNull();
    // A change that also touches a visible field shows the states, without the hidden field.
    const both = await t.call('PUT', `/core/v3/employees/${e.id}`, {
      body: { firstName: 'Visible', lastName: e.lastName, status: 'active', nid: '87654321X' },
    });
    expect(both.statusCode, both.body).toBe(200);
    const next = await t.call('GET', query, { auth: reader.auth });
    expect(next.json.data[0].after).toMatchObject({ firstName: 'Visible' });
    expect(next.json.data[0].after).not.toHaveProperty('nid');
    expect((await t.call('GET', query)).json.data[0].after).toMatchObject({ firstName: 'Visible', nid: '[redacted]' });
  });
});
