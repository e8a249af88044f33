import fastJsonStringify from 'fast-json-stringify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { etagOf } from '../../http/etag.js';
import { Envelope, ListEnvelope } from '../../http/schema-kit.js';
import { createTestApp, type TestApp } from '../../test/app-fixture.js';
import { Employee, EmployeeSchema } from './employees.schemas.js';

// The employee list and the single employee are serialized with JSON.stringify (`plainJson` in employees.routes.ts),
// not by their response schemas: their answers must be exactly what the schema's serializer would make of them (no
// extra property, no value of another type, nothing missing), or a field of a view would reach clients unchecked.
const bySchema = fastJsonStringify(ListEnvelope(Employee), { schema: { Employee: EmployeeSchema } }) as (value: unknown) => string;

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => t?.close());

const oneBySchema = fastJsonStringify(Envelope(Employee), { schema: { Employee: EmployeeSchema } }) as (value: unknown) => string;

/** The single read: the schema's text, and the ETag of its data as any other representation's (If-Match on PUT). */
async function expectItemSchemaShaped(id: string, auth?: Record<string, string>) {
  const res = await t.call('GET', `/core/v3/employees/${id}`, { auth });
  expect(res.statusCode, res.body).toBe(200);
  expect(res.headers['content-type']).toBe('application/json; charset=utf-8');
  expect(res.body).toBe(oneBySchema(res.json));
  expect(res.headers.etag).toBe(etagOf(res.json.data));
  const again = await t.call('GET', `/core/v3/employees/${id}`, { auth, headers: { 'if-none-match': res.headers.etag as string } });
  expect(again.statusCode).toBe(304);
  expect(again.body).toBe('');
  return res;
}

function expectSchemaShaped(res: { body: string; headers: Record<string, unknown> }) {
  expect(res.headers['content-type']).toBe('application/json; charset=utf-8');
  const body = res.body;
  const parsed = JSON.parse(body);
  expect(parsed.data.length).toBeGreaterThan(0);
  // The schema serializer drops unknown properties and coerces types: the same text means neither was needed.
  expect(body).toBe(bySchema(parsed));
}

describe('employee serialization (list and single)', () => {
  it('answers every field in the schema’s shape and types: full and minimal employees, custom fields, deleted ones', async () => {
    const fields: string[] = [];
    for (const [name, type] of [
      ['Badge', 'number'],
      ['Shirt', 'text'],
      ['Since', 'date'],
      ['Remote', 'boolean'],
    ] as const) {
      const res = await t.call('POST', '/core/v3/custom-fields', { body: { name, type } });
      expect(res.statusCode, res.body).toBe(200);
      fields.push(res.json.data.id);
    }
    const boss = await t.call('POST', '/core/v3/employees', { body: { firstName: 'Bea', lastName: 'Boss' } });
    expect(boss.statusCode, boss.body).toBe(200);
    const full = await t.call('POST', '/core/v3/employees', {
      body: {
        firstName: 'Álvaro "Al"',
        lastName: 'Núñez\\Ortiz',
        email: 'al.nunez@example.com',
        description: 'Line one\nline two\ttabbed <b>&</b> \u2028',
        gender: 'male',
        contractId: 'C-1',
        code: 2147483647,
        pin: 0,
        nid: '12345678Z',
        identityNumberType: 'dni',
        ssn: '281234567840',
        phone: '+34 600 000 000',
        dateOfBirth: '1985-06-30',
        nationality: 'ES',
        maritalStatus: 'married',
        address: 'Calle Mayor 1, 2º',
        postalCode: '28013',
        emergencyPhone: '+34 600 000 001',
        childrenCount: 3,
        disability: 33,
        personalEmail: 'al@home.example',
        city: 'Madrid',
        province: 'Madrid',
        country: 'ES',
        salaryRange: '30000-40000',
        studyLevel: 'master',
        professionalCategoryCode: 'G1',
        professionalCategoryDescription: 'Titulados superiores',
        bic: 'CAIXESBBXXX',
        accountNumber: 'ES9121000418450200051332',
        pricePerHour: 21.75,
        imageProfileURL: 'https://img.example/al.png',
        externalId: 'SAP-0001',
        startDate: '2020-01-01',
        managerId: boss.json.data.id,
        customFields: [
          { id: fields[0], value: '42' },
          { id: fields[1], value: 'XL' },
          { id: fields[2], value: '2024-02-29' },
          { id: fields[3], value: 'true' },
        ],
      },
    });
    expect(full.statusCode, full.body).toBe(200);
    const leaver = await t.call('POST', '/core/v3/employees', { body: { firstName: 'Lee', lastName: 'Leaver', pricePerHour: 10 } });
    const terminated = await t.call('POST', `/core/v3/employees/${leaver.json.data.id}/terminate`, {
      body: { date: '2025-06-30', reason: 'End of contract' },
    });
    expect(terminated.statusCode, terminated.body).toBe(200);
    const gone = await t.call('POST', '/core/v3/employees', { body: { firstName: 'Gus', lastName: 'Gone' } });
    expect((await t.call('DELETE', `/core/v3/employees/${gone.json.data.id}`)).statusCode).toBe(200);

    const all = await t.call('GET', '/core/v3/employees?limit=500');
    expect(all.statusCode, all.body).toBe(200);
    expect(all.json.data.map((e: { lastName: string }) => e.lastName)).toEqual(['Boss', 'Leaver', 'Núñez\\Ortiz']);
    expectSchemaShaped(all);
    const listed = all.json.data.find((e: { id: string }) => e.id === full.json.data.id);
    expect(listed).toEqual(full.json.data);
    for (const e of all.json.data) expect((await expectItemSchemaShaped(e.id)).json.data).toEqual(e);

    const withDeleted = await t.call('GET', '/core/v3/employees?onlyReturn=all&orderBy=lastName desc');
    expect(withDeleted.statusCode, withDeleted.body).toBe(200);
    const erased = withDeleted.json.data.filter((e: { deletedAt?: string }) => e.deletedAt);
    expect(erased.map((e: { id: string }) => e.id)).toEqual([gone.json.data.id]);
    expectSchemaShaped(withDeleted);

    // Without personal:read / compensation:read the sensitive fields are absent, not null.
    const narrow = await t.a.key(['core:read']);
    const redacted = await t.call('GET', '/core/v3/employees', { auth: narrow.auth });
    expect(redacted.statusCode, redacted.body).toBe(200);
    expectSchemaShaped(redacted);
    const seen = redacted.json.data.find((e: { id: string }) => e.id === full.json.data.id);
    for (const field of ['nid', 'ssn', 'dateOfBirth', 'address', 'accountNumber', 'bic', 'pricePerHour', 'salaryRange']) {
      expect(seen).not.toHaveProperty(field);
    }
    const one = await expectItemSchemaShaped(full.json.data.id, narrow.auth);
    expect(one.json.data).toEqual(seen);
    // The tag differs from the full representation's (what the key sees is another representation).
    const whole = await t.call('GET', `/core/v3/employees/${full.json.data.id}`);
    expect(one.headers.etag).not.toBe(whole.headers.etag);
    // If-Match with the tag of a GET is accepted by PUT (the same tag for the same representation).
    const put = await t.call('PUT', `/core/v3/employees/${full.json.data.id}`, {
      headers: { 'if-match': whole.headers.etag as string },
      body: { firstName: 'Álvaro', lastName: 'Núñez', status: 'active' },
    });
    expect(put.statusCode, put.body).toBe(200);
    const stale = await t.call('PUT', `/core/v3/employees/${full.json.data.id}`, {
      headers: { 'if-match': whole.headers.etag as string },
      body: { firstName: 'Al', lastName: 'Núñez', status: 'active' },
    });
    expect(stale.statusCode, stale.body).toBe(412);
  });

  it('the unfiltered list (prepared queries) pages exactly as the same list through the general path', async () => {
    const c = await t.newCompany('Paging Company');
    for (const [first, last] of [
      ['Ana', 'Zubiri'],
      ['ana', 'álvarez'],
      ['Bea', 'Álvarez'],
      ['Carl', 'Moreno'],
      ['Dan', 'moreno'],
      ['Eva', 'Ortiz'],
      ['Fay', 'Ortiz'],
    ]) {
      const res = await t.call('POST', '/core/v3/employees', { auth: c.auth, body: { firstName: first, lastName: last } });
      expect(res.statusCode, res.body).toBe(200);
    }
    for (const limit of [1, 2, 3, 7, 50]) {
      for (let page = 1; page <= Math.ceil(7 / limit) + 1; page++) {
        const plain = await t.call('GET', `/core/v3/employees?limit=${limit}&page=${page}`, { auth: c.auth });
        // `orderBy` and `onlyReturn` given take the general path; their values are the defaults.
        const general = await t.call(
          'GET',
          `/core/v3/employees?limit=${limit}&page=${page}&onlyReturn=not_deleted&orderBy=${encodeURIComponent('lastName asc, firstName asc')}`,
          { auth: c.auth },
        );
        expect(plain.statusCode, plain.body).toBe(200);
        expect(plain.json, `limit ${limit} page ${page}`).toEqual(general.json);
        expect(plain.json.meta).toEqual({ currentPage: page, lastPage: Math.ceil(7 / limit), total: 7, perPage: limit });
      }
    }
    const first = await t.call('GET', '/core/v3/employees?limit=3', { auth: c.auth });
    expect(first.json.data.map((e: { firstName: string; lastName: string }) => `${e.firstName} ${e.lastName}`)).toEqual([
      'ana álvarez',
      'Bea Álvarez',
      'Carl Moreno',
    ]);
    // Another company's list through the same prepared statements: only its own employees.
    const other = await t.call('GET', '/core/v3/employees?limit=500', { auth: t.b.auth });
    expect(other.statusCode).toBe(200);
    expect(other.json.meta.total).toBe(0);
    expect(other.json.data).toEqual([]);
  });
});
