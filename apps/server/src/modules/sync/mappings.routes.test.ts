import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp, type TestCompany } from '../../test/app-fixture.js';
import { expectOrderByRefused, idsInOrder } from '../../test/order-by.js';
import { employeesByExternalId, errorsOf, newMapping, sync, syncCompany, upload } from './sync.test-kit.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => t?.close());

const company = () => syncCompany(t);

const mapping = (c: TestCompany, body: Record<string, unknown>) => newMapping(t, c, body);

describe('mappings', () => {
  it('CRUD with validation, scopes and tenant isolation', async () => {
    const c = await company();
    const created = await mapping(c, { name: 'SAP HCM', columns: { PERNR: 'externalId' }, constants: { country: 'DE' } });
    expect(created).toMatchObject({
      name: 'SAP HCM',
      kind: 'employees',
      columns: { PERNR: 'externalId' },
      valueMaps: {},
      dateFormat: 'YYYY-MM-DD',
      dateFormats: {},
      constants: { country: 'DE' },
      delimiter: null,
      encoding: 'utf-8',
    });
    const bad = await t.call('POST', '/sync/v1/mappings', {
      auth: c.auth,
      body: {
        name: 'x',
        columns: { A: 'salary', B: 'country' },
        constants: { country: 'ES', shoeSize: '42' },
        dateFormat: 'DD.MM',
        encoding: 'klingon',
      },
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json.errors.map((e: { pointer: string }) => e.pointer).sort()).toEqual([
      '/columns/A',
      '/constants/country',
      '/constants/shoeSize',
      '/dateFormat',
      '/encoding',
    ]);
    const updated = await t.call('PUT', `/sync/v1/mappings/${created.id}`, {
      auth: c.auth,
      body: { dateFormat: 'YYYYMMDD', delimiter: ';' },
    });
    expect(updated.json.data).toMatchObject({ dateFormat: 'YYYYMMDD', delimiter: ';', columns: { PERNR: 'externalId' } });
    // Fields not sent keep their value: the date format is not reset to the create default.
    const renamed = await t.call('PUT', `/sync/v1/mappings/${created.id}`, { auth: c.auth, body: { name: 'SAP HCM export' } });
    expect(renamed.json.data).toMatchObject({ name: 'SAP HCM export', dateFormat: 'YYYYMMDD', delimiter: ';' });
    expect((await t.call('GET', '/sync/v1/mappings', { auth: c.auth })).json.meta.total).toBe(1);
    expect((await t.call('GET', `/sync/v1/mappings/${created.id}`, { auth: t.b.auth })).statusCode).toBe(404);
    const reader = await c.key(['sync:read']);
    expect((await t.call('POST', '/sync/v1/mappings', { auth: reader.auth, body: { name: 'y' } })).statusCode).toBe(403);
    expect((await t.call('GET', '/sync/v1/mappings', { auth: {} })).statusCode).toBe(401);
    // Mappings do not apply to XML, nor to a file of another kind.
    const xml = await upload(t, '<employees/>', { auth: c.auth, type: 'application/xml', query: `mappingId=${created.id}` });
    expect(xml.statusCode).toBe(400);
    expect((await upload(t, 'a', { auth: c.auth, kind: 'positions', query: `mappingId=${created.id}` })).statusCode).toBe(400);
    expect((await upload(t, 'a', { auth: c.auth, query: 'mappingId=0190d6c0-0000-7000-8000-00000000dead' })).statusCode).toBe(404);
    expect((await t.call('DELETE', `/sync/v1/mappings/${created.id}`, { auth: c.auth })).statusCode).toBe(200);
    expect((await t.call('GET', `/sync/v1/mappings/${created.id}`, { auth: c.auth })).statusCode).toBe(404);
    const events = await t.db.db
      .selectFrom('events')
      .select('type')
      .where('companyId', '=', c.company.id)
      .where('type', 'like', 'sync_mapping.%')
      .orderBy('seq')
      .execute();
    expect(events.map((e) => e.type)).toEqual([
      'sync_mapping.created',
      'sync_mapping.updated',
      'sync_mapping.updated',
      'sync_mapping.deleted',
    ]);
  });

  it('reads a SAP HCM export: German column names, YYYYMMDD dates, status codes, a constant country', async () => {
    const c = await company();
    const m = await mapping(c, {
      name: 'SAP HCM (PA0001/PA0002 export)',
      columns: {
        PERNR: 'externalId',
        VORNA: 'firstName',
        NACHN: 'lastName',
        USRID_LONG: 'email',
        PERSK: 'employeeType',
        ORGTX: 'department',
        BEGDA: 'startDate',
        STAT2: 'status',
        PLSTX: 'jobTitle',
      },
      valueMaps: { status: { '3': 'active', '0': 'inactive' }, employeeType: { '01': 'Full time', '02': 'Part time' } },
      dateFormat: 'YYYYMMDD',
      constants: { country: 'DE' },
    });
    const csv = [
      'PERNR;VORNA;NACHN;USRID_LONG;PERSK;ORGTX;BEGDA;STAT2;PLSTX',
      '00001001;Jürgen;Müller;j.mueller@example.de;01;Vertrieb;20190401;3;Vertriebsleiter',
      '00001002;Anna;Schmidt;a.schmidt@example.de;02;Vertrieb;20210115;3;',
      '00001003;Old;Leaver;old@example.de;01;Vertrieb;20100101;0;',
      '00001004;Bad;Date;bad@example.de;01;Vertrieb;2021-01-15;3;',
    ].join('\r\n');
    const file = await sync(t, csv, { auth: c.auth, query: `mappingId=${m.id}` });
    expect(file).toMatchObject({ status: 'complete_with_errors', mappingId: m.id, counts: { created: 2, rejected: 1, unchanged: 1 } });
    expect(await errorsOf(t, file.id, c)).toEqual([
      { row: 5, employeeId: '00001004', field: 'startDate', message: '"2021-01-15" is not a valid date in the expected format' },
    ]);
    const people = await employeesByExternalId(t, c);
    expect(people.get('00001001')).toMatchObject({ firstName: 'Jürgen', lastName: 'Müller', startDate: '2019-04-01', country: 'DE' });
    expect(people.get('00001002').customFields[0]).toMatchObject({ slug: 'cf_employee_type', value: 'Part time' });
    expect(people.has('00001003')).toBe(false);
  });

  it('reads a 1C:ZUP export: Cyrillic headers in windows-1251, DD.MM.YYYY dates, semicolons', async () => {
    const c = await company();
    const m = await mapping(c, {
      name: '1C:ZUP',
      columns: {
        'Табельный номер': 'externalId',
        Имя: 'firstName',
        Фамилия: 'lastName',
        'Электронная почта': 'email',
        'Вид занятости': 'employeeType',
        Подразделение: 'department',
        'Дата приема': 'startDate',
        Должность: 'jobTitle',
        Руководитель: 'manager',
      },
      valueMaps: { employeeType: { 'Основное место работы': 'Full time', 'Внутреннее совместительство': 'Part time' } },
      dateFormat: 'DD.MM.YYYY',
      constants: { country: 'RU' },
      encoding: 'windows-1251',
    });
    const text = [
      'Табельный номер;Фамилия;Имя;Электронная почта;Вид занятости;Подразделение;Дата приема;Должность;Руководитель',
      '0000-000001;Иванов;Иван;ivanov@example.ru;Основное место работы;Бухгалтерия;01.03.2018;Главный бухгалтер;',
      '0000-000002;Петрова;Анна;petrova@example.ru;Внутреннее совместительство;Бухгалтерия;15.09.2020;Бухгалтер;0000-000001',
    ].join('\r\n');
    const cp1251 = encode1251(text);
    expect(cp1251.length).toBeLessThan(Buffer.byteLength(text));
    const file = await sync(t, cp1251, { auth: c.auth, query: `mappingId=${m.id}` });
    expect(file.status, JSON.stringify(file)).toBe('complete');
    const people = await employeesByExternalId(t, c);
    expect(people.get('0000-000001')).toMatchObject({ firstName: 'Иван', lastName: 'Иванов', startDate: '2018-03-01', country: 'RU' });
    expect(people.get('0000-000002').managerId).toBe(people.get('0000-000001').id);
    const departments = await t.call('GET', '/core/v3/departments', { auth: c.auth });
    expect(departments.json.data[0].name).toBe('Бухгалтерия');
    // Without the encoding the same bytes are rejected as not UTF-8.
    const plain = await sync(t, cp1251, { auth: c.auth, query: 'dryRun=true' });
    expect(plain).toMatchObject({ status: 'error', error: expect.stringContaining('not valid UTF-8') });
  });

  it('reads a Dynamics 365 JSON export: OData keys, ISO date-times, MM/DD/YYYY birthdays, numeric codes', async () => {
    const c = await company();
    const m = await mapping(c, {
      name: 'Dynamics 365 HR',
      columns: {
        PersonnelNumber: 'externalId',
        FirstName: 'firstName',
        LastName: 'lastName',
        PrimaryContactEmail: 'email',
        WorkerType: 'employeeType',
        DepartmentName: 'department',
        EmploymentStartDate: 'startDate',
        AddressCountryRegionId: 'country',
        BirthDate: 'dateOfBirth',
        Gender: 'gender',
      },
      valueMaps: { employeeType: { '0': 'Employee', '1': 'Contractor' }, gender: { '1': 'male', '2': 'female', '0': 'no_response' } },
      dateFormats: { dateOfBirth: 'MM/DD/YYYY' },
    });
    const records = [
      {
        PersonnelNumber: '000123',
        FirstName: 'Ava',
        LastName: 'Jones',
        PrimaryContactEmail: 'ava@example.com',
        WorkerType: 0,
        DepartmentName: 'Finance',
        EmploymentStartDate: '2022-05-02T00:00:00Z',
        AddressCountryRegionId: 'GBR',
        BirthDate: '07/04/1990',
        Gender: 2,
        '@odata.etag': 'W/"JzE7"',
      },
    ];
    // As Dynamics exports an OData entity (docs/sync.md): the records under `value`, beside `@odata.*` members.
    const odata = { '@odata.context': 'https://contoso.operations.dynamics.com/data/$metadata#Workers', value: records };
    // A page of a larger result (it links the next): applied alone it would terminate everyone on the other pages.
    const paged = await sync(
      t,
      JSON.stringify({ ...odata, '@odata.nextLink': 'https://contoso.operations.dynamics.com/data/Workers?$skiptoken=2' }),
      { auth: c.auth, type: 'application/json', query: `mappingId=${m.id}` },
    );
    expect(paged).toMatchObject({ status: 'error', counts: { created: 0 } });
    expect(paged.error).toMatch(/one page of a larger OData result .*"@odata\.nextLink".*Export all pages into one file/);
    const file = await sync(t, JSON.stringify(odata), {
      auth: c.auth,
      type: 'application/json',
      query: `mappingId=${m.id}`,
    });
    expect(file.status, JSON.stringify(file)).toBe('complete');
    const ava = (await employeesByExternalId(t, c)).get('000123');
    expect(ava).toMatchObject({ startDate: '2022-05-02', dateOfBirth: '1990-07-04', gender: 'female', country: 'GBR' });
    expect(ava.customFields[0].value).toBe('Employee');
    // `{"employees": [...]}` is read as before.
    const wrapped = await sync(t, JSON.stringify({ employees: records }), {
      auth: c.auth,
      type: 'application/json',
      query: `mappingId=${m.id}&dryRun=true`,
    });
    expect(wrapped).toMatchObject({ status: 'complete', counts: { unchanged: 1 } });

    // A position file exported the same way.
    const positions = {
      '@odata.context': 'https://contoso.operations.dynamics.com/data/$metadata#Positions',
      value: [
        { '@odata.etag': 'W/"JzE7"', position_id: 'P1', position_title: 'Finance lead', parent_position_id: null, employee_id: '000123' },
      ],
    };
    const tree = await sync(t, JSON.stringify(positions), { auth: c.auth, kind: 'positions', type: 'application/json' });
    expect(tree, JSON.stringify(tree)).toMatchObject({ status: 'complete', counts: { created: 1 } });
  });
});

/** Windows-1251 encoder for the test (Node has a decoder, not an encoder). */
function encode1251(text: string): Buffer {
  const decoder = new TextDecoder('windows-1251');
  const table = new Map<string, number>();
  for (let b = 0; b < 256; b++) table.set(decoder.decode(Uint8Array.of(b)), b);
  return Buffer.from([...text].map((ch) => table.get(ch) ?? 0x3f));
}

describe('GET /sync/v1/mappings: orderBy and updatedAt filters', () => {
  it('sorts by name (default), kind, createdAt and updatedAt both ways, filters on updatedAt, and stays in its company', async () => {
    const c = await t.newCompany('Sorted Mappings Co');
    const made: Record<string, string> = {};
    // name, kind, createdAt, updatedAt: "Workday" and "Personio" share createdAt, so the id or a second field decides.
    const rows: [string, 'employees' | 'positions', string, string][] = [
      ['Workday', 'positions', '2026-02-01T09:00:00.000Z', '2026-02-07T09:00:00.000Z'],
      ['Personio', 'employees', '2026-02-01T09:00:00.000Z', '2026-02-02T09:00:00.000Z'],
      ['Datev', 'employees', '2026-02-03T09:00:00.000Z', '2026-02-04T09:00:00.000Z'],
    ];
    for (const [name, kind, createdAt, updatedAt] of rows) {
      const columns = kind === 'positions' ? { STELLE: 'positionId' } : { PERNR: 'externalId' };
      const created = await mapping(c, { name, kind, columns });
      made[name] = created.id;
      await t.db.db.updateTable('syncMappings').set({ createdAt, updatedAt }).where('id', '=', created.id).execute();
    }
    const { Workday, Personio, Datev } = made;
    const url = '/sync/v1/mappings';
    const order = (orderBy?: string) => idsInOrder(t, url, orderBy, c.auth);
    expect(await order()).toEqual([Datev, Personio, Workday]);
    expect(await order('name desc')).toEqual([Workday, Personio, Datev]);
    expect(await order('kind asc, name desc')).toEqual([Personio, Datev, Workday]);
    expect(await order('kind desc, name asc')).toEqual([Workday, Datev, Personio]);
    const tied = [Workday, Personio].sort();
    expect(await order('createdAt asc')).toEqual([...tied, Datev]);
    expect(await order('createdAt desc, name asc')).toEqual([Datev, Personio, Workday]);
    expect(await order('updatedAt asc')).toEqual([Personio, Datev, Workday]);
    expect(await order('updatedAt desc')).toEqual([Workday, Datev, Personio]);
    await expectOrderByRefused(t, url, 'encoding', ['name', 'kind', 'createdAt', 'updatedAt'], c.auth);

    const filtered = (query: string) => idsInOrder(t, `${url}?${query}`, undefined, c.auth);
    expect(await filtered('updatedAt[gte]=2026-02-04')).toEqual([Datev, Workday]);
    expect(await filtered('updatedAt[lte]=2026-02-04&kind=employees')).toEqual([Datev, Personio]);
    expect((await t.call('GET', `${url}?updatedAt[gte]=tomorrow`, { auth: c.auth })).statusCode).toBe(400);

    const other = await t.call('GET', `${url}?orderBy=name&updatedAt[gte]=2000-01-01`, { auth: t.b.auth });
    expect(other.statusCode).toBe(200);
    for (const id of Object.values(made)) expect(other.json.data.map((m: { id: string }) => m.id)).not.toContain(id);
  });
});
