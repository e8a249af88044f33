import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp, type TestCompany } from '../../test/app-fixture.js';
import { newMapping, syncCompany, upload } from './sync.test-kit.js';

/** A mapping that could never read a file is refused (400 listing every problem, 409 for a taken name or kind). */

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => t?.close());

const company = () => syncCompany(t);

const create = (c: TestCompany, body: Record<string, unknown>) => newMapping(t, c, body);

type FieldError = { pointer: string; message: string };

/** Asserts a problem+json answer of the given status and type; returns pointer → message. */
function problem(res: Awaited<ReturnType<TestApp['call']>>, status: number, type: string): Map<string, string> {
  expect(res.statusCode, res.body).toBe(status);
  expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
  expect(res.json).toMatchObject({ type, status });
  return new Map((res.json.errors as FieldError[]).map((e) => [e.pointer, e.message]));
}

async function refusedCreate(c: TestCompany, body: Record<string, unknown>) {
  const before = (await t.call('GET', '/sync/v1/mappings', { auth: c.auth })).json.meta.total;
  const errors = problem(await t.call('POST', '/sync/v1/mappings', { auth: c.auth, body }), 400, '/problems/validation');
  expect((await t.call('GET', '/sync/v1/mappings', { auth: c.auth })).json.meta.total).toBe(before);
  return errors;
}

describe('mapping validation', () => {
  it('refuses a constant for the key of the kind (externalId; positionId and parentPositionId)', async () => {
    const c = await company();
    const employees = await refusedCreate(c, { name: 'Const id', constants: { externalId: 'X', country: 'ES' } });
    expect([...employees.keys()]).toEqual(['/constants/externalId']);
    expect(employees.get('/constants/externalId')).toMatch(/identifies each employee: it must come from a column/);

    const positions = await refusedCreate(c, {
      name: 'Const position',
      kind: 'positions',
      constants: { positionId: 'P1', parentPositionId: 'ROOT', title: 'Clerk' },
    });
    expect([...positions.keys()].sort()).toEqual(['/constants/parentPositionId', '/constants/positionId']);
    expect(positions.get('/constants/positionId')).toMatch(/identifies each position/);
    expect(positions.get('/constants/parentPositionId')).toMatch(/no single root/);
    // A constant for a field that does not identify the row stays possible.
    await create(c, { name: 'Holder constant', kind: 'positions', constants: { holderExternalId: 'E1' } });
  });

  it('refuses value-map targets and constants outside a closed set or not in the date format, and names of other kinds', async () => {
    const c = await company();
    const errors = await refusedCreate(c, {
      name: 'Values',
      dateFormat: 'DD.MM.YYYY',
      valueMaps: {
        status: { A: 'retired', I: 'Inactive', X: '', 'a/b~': 'gone' },
        gender: { '1': 'm', '2': 'female', '0': 'NO_RESPONSE' },
        startDate: { '?': '2020-01-31', '!': '31.01.2020' },
        salary: { '1': 'high' },
      },
      constants: { gender: 'x', title: 'Boss' },
      dateFormats: { shoeSize: 'YYYY-MM-DD', country: 'YYYY-MM-DD', endDate: 'MM/YYYY' },
    });
    expect([...errors.keys()].sort()).toEqual([
      '/constants/gender',
      '/constants/title',
      '/dateFormats/country',
      '/dateFormats/endDate',
      '/dateFormats/shoeSize',
      '/valueMaps/gender/1',
      '/valueMaps/salary',
      '/valueMaps/startDate/?',
      '/valueMaps/status/A',
      '/valueMaps/status/a~1b~0',
    ]);
    expect(errors.get('/valueMaps/status/A')).toBe('"retired" is not a valid status: one of active, inactive (or empty)');
    expect(errors.get('/valueMaps/gender/1')).toBe('"m" is not a valid gender: one of female, male, no_response (or empty)');
    expect(errors.get('/constants/gender')).toMatch(/one of female, male, no_response/);
    expect(errors.get('/valueMaps/startDate/?')).toBe('"2020-01-31" is not a date in the format DD.MM.YYYY of startDate');
    expect(errors.get('/valueMaps/salary')).toMatch(/"salary" is not a sync field of employee files/);
    expect(errors.get('/constants/title')).toMatch(/"title" is not a sync field of employee files/);
    expect(errors.get('/dateFormats/country')).toBe('not a date field');
    expect(errors.get('/dateFormats/endDate')).toMatch(/needs YYYY, M\(M\) and D\(D\)/);

    const positions = await refusedCreate(c, { name: 'Positions values', kind: 'positions', valueMaps: { status: { A: 'active' } } });
    expect([...positions.keys()]).toEqual(['/valueMaps/status']);
    expect(positions.get('/valueMaps/status')).toMatch(
      /not a sync field of position files \(positionId, title, parentPositionId, holderExternalId\)/,
    );

    // A constant goes through the value map, as a cell does: "a" → "active" works; the allowed values in any case too.
    const ok = await create(c, {
      name: 'Values ok',
      valueMaps: { status: { A: 'active', L: 'INACTIVE', '': 'inactive' }, gender: { W: 'Female' } },
      constants: { status: 'a', dateOfBirth: '01.02.1990' },
      dateFormats: { dateOfBirth: 'DD.MM.YYYY' },
    });
    expect(ok.constants).toEqual({ status: 'a', dateOfBirth: '01.02.1990' });
  });

  it('refuses an empty source column and two columns that differ only by case or spaces with different fields', async () => {
    const c = await company();
    const errors = await refusedCreate(c, {
      name: 'Columns',
      columns: {
        '': 'externalId',
        '  ': 'firstName',
        PERNR: 'externalId',
        ' pernr ': 'lastName',
        Name: 'firstName',
        NAME: 'firstName',
        'a/b': 'x',
      },
    });
    expect([...errors.keys()].sort()).toEqual(['/columns/', '/columns/  ', '/columns/ pernr ', '/columns/a~1b']);
    expect(errors.get('/columns/')).toBe('a source column name cannot be empty or only spaces');
    expect(errors.get('/columns/ pernr ')).toMatch(/the same source column as "PERNR" .* \(lastName, not externalId\)/);
    expect(errors.get('/columns/a~1b')).toMatch(/"x" is not a sync field of employee files/);
    expect(errors.has('/columns/NAME')).toBe(false);
  });

  it('refuses a mapping that gives a default column name to another field and so leaves a required field without a column', async () => {
    const c = await company();
    const noId = await refusedCreate(c, { name: 'No id', columns: { employee_id: 'middleName' } });
    expect([...noId.keys()]).toEqual(['/columns/employee_id']);
    expect(noId.get('/columns/employee_id')).toMatch(
      /^externalId is required and this leaves it no column: "employee_id" gives middleName here/,
    );
    const noFirst = await refusedCreate(c, { name: 'No first name', columns: { Forename: 'lastName' } });
    expect([...noFirst.keys()]).toEqual(['/columns/Forename']);
    expect(noFirst.get('/columns/Forename')).toMatch(/^firstName is required/);
    // Another column (or a constant) for the field makes the same mapping readable.
    for (const body of [
      { name: 'Id elsewhere', columns: { employee_id: 'middleName', PERNR: 'externalId' } },
      { name: 'Country constant', columns: { country: 'middleName' }, constants: { country: 'ES' } },
    ]) {
      const res = await t.call('POST', '/sync/v1/mappings', { auth: c.auth, body });
      expect(res.statusCode, res.body).toBe(200);
    }
    const positions = await refusedCreate(c, {
      name: 'No parent',
      kind: 'positions',
      columns: { parent_position_id: 'title', Titel: 'title' },
    });
    expect([...positions.keys()]).toContain('/columns/parent_position_id');
  });

  it('refuses a second mapping of the same name and kind in the company (trimmed, case-insensitive) with 409 naming it', async () => {
    const c = await company();
    const first = await create(c, { name: 'SAP HCM', columns: { PERNR: 'externalId' } });
    for (const body of [
      { name: '  sap hcm ', columns: { PERNR: 'externalId' } },
      { name: 'SAP HCM', kind: 'employees' },
    ]) {
      const res = await t.call('POST', '/sync/v1/mappings', { auth: c.auth, body });
      const errors = problem(res, 409, '/problems/conflict');
      expect(res.json.detail).toContain(first.id);
      expect(res.json.existingId).toBe(first.id);
      expect(errors.get('/name')).toMatch(/A mapping of kind employees named "SAP HCM" already exists/);
    }
    // The position mapping of the same export may have the same name (the CLI looks a mapping up by name and kind).
    const positions = await create(c, { name: 'SAP HCM', kind: 'positions' });
    // Moving it to the employees kind would make two employee mappings of that name.
    const moved = await t.call('PUT', `/sync/v1/mappings/${positions.id}`, {
      auth: c.auth,
      body: { kind: 'employees', columns: { PERNR: 'externalId' } },
    });
    expect(problem(moved, 409, '/problems/conflict').get('/name')).toContain(first.id);
    await t.call('DELETE', `/sync/v1/mappings/${positions.id}`, { auth: c.auth });
    const blank = await refusedCreate(c, { name: '   ' });
    expect(blank.get('/name')).toBe('cannot be empty or only spaces');
    // The same name in another company is free.
    await create(await company(), { name: 'SAP HCM' });

    const second = await create(c, { name: 'Datev' });
    const rename = await t.call('PUT', `/sync/v1/mappings/${second.id}`, { auth: c.auth, body: { name: 'Sap Hcm' } });
    expect(problem(rename, 409, '/problems/conflict').get('/name')).toContain(first.id);
    // Renaming a mapping to its own name in another case is no conflict.
    const own = await t.call('PUT', `/sync/v1/mappings/${first.id}`, { auth: c.auth, body: { name: ' sap hcm' } });
    expect(own.statusCode, own.body).toBe(200);
    expect(own.json.data.name).toBe('sap hcm');
    const names = (await t.call('GET', '/sync/v1/mappings', { auth: c.auth })).json.data.map((m: { name: string }) => m.name);
    expect(names).toEqual(['Datev', 'sap hcm']);
  });

  it('changes the kind only while no file was read with the mapping, validating the whole mapping for the new kind', async () => {
    const c = await company();
    const m = await create(c, { name: 'Kind', columns: { PERNR: 'externalId' }, constants: { country: 'DE' } });
    const url = `/sync/v1/mappings/${m.id}`;
    const wrong = problem(await t.call('PUT', url, { auth: c.auth, body: { kind: 'positions' } }), 400, '/problems/validation');
    expect([...wrong.keys()].sort()).toEqual(['/columns/PERNR', '/constants/country']);
    expect((await t.call('GET', url, { auth: c.auth })).json.data.kind).toBe('employees');

    const changed = await t.call('PUT', url, {
      auth: c.auth,
      body: { kind: 'positions', columns: { STELLE: 'positionId' }, constants: {} },
    });
    expect(changed.statusCode, changed.body).toBe(200);
    expect(changed.json.data).toMatchObject({ kind: 'positions', columns: { STELLE: 'positionId' }, constants: {} });

    const file = await upload(t, 'STELLE,position_title,parent_position_id\r\nP1,Boss,\r\n', {
      auth: c.auth,
      kind: 'positions',
      query: `mappingId=${m.id}`,
    });
    expect(file.statusCode, file.body).toBe(202);
    const used = await t.call('PUT', url, { auth: c.auth, body: { kind: 'employees', columns: { PERNR: 'externalId' } } });
    const errors = problem(used, 409, '/problems/conflict');
    expect(errors.get('/kind')).toBe(
      'The mapping is for positions files and 1 file(s) were read with it: its kind cannot change. Create a new mapping of kind employees instead.',
    );
    expect((await t.call('GET', url, { auth: c.auth })).json.data).toMatchObject({ kind: 'positions', columns: { STELLE: 'positionId' } });
    // Sending the kind it already has is no change.
    expect((await t.call('PUT', url, { auth: c.auth, body: { kind: 'positions' } })).statusCode).toBe(200);
  });

  it('update validates the merged mapping, not only the fields sent, and keeps it on refusal', async () => {
    const c = await company();
    const m = await create(c, { name: 'Merged', columns: { PERNR: 'externalId' }, valueMaps: { status: { A: 'active' } } });
    const url = `/sync/v1/mappings/${m.id}`;
    const put = (body: Record<string, unknown>) => t.call('PUT', url, { auth: c.auth, body });
    const cases: [Record<string, unknown>, string[]][] = [
      [{ dateFormat: 'DD' }, ['/dateFormat']],
      [{ dateFormats: { startDate: 'YYYY' } }, ['/dateFormats/startDate']],
      [{ valueMaps: { status: { A: 'retired' } } }, ['/valueMaps/status/A']],
      // The constant goes through the stored value map: "Z" is not mapped, so every row would be refused.
      [{ constants: { status: 'Z' } }, ['/constants/status']],
      [{ constants: { externalId: '1' } }, ['/constants/externalId']],
      [{ columns: { '': 'externalId' } }, ['/columns/']],
    ];
    for (const [body, pointers] of cases) {
      const errors = problem(await put(body), 400, '/problems/validation');
      expect([...errors.keys()], JSON.stringify(body)).toEqual(pointers);
    }
    const stored = (await t.call('GET', url, { auth: c.auth })).json.data;
    expect(stored).toMatchObject({ dateFormat: 'YYYY-MM-DD', dateFormats: {}, constants: {}, valueMaps: { status: { A: 'active' } } });
    expect(stored.updatedAt).toBe(m.updatedAt);

    const mapped = await put({ constants: { status: 'a' } });
    expect(mapped.statusCode, mapped.body).toBe(200);
    // The stored constant now meets a value map sent alone that no longer maps it.
    const errors = problem(await put({ valueMaps: { status: { B: 'active' } } }), 400, '/problems/validation');
    expect(errors.get('/constants/status')).toBe('"a" is not a valid status: one of active, inactive (or empty)');
    const again = problem(await put({ columns: { PERNR: 'externalId', STAT: 'status' } }), 400, '/problems/validation');
    expect(again.get('/constants/status')).toBe('this field also has a column; keep one of them');
    expect((await t.call('GET', '/sync/v1/mappings', { auth: c.auth })).json.data).toEqual([
      expect.objectContaining({ id: m.id, constants: { status: 'a' }, columns: { PERNR: 'externalId' } }),
    ]);
  });
});
