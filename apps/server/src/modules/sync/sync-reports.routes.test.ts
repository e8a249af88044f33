import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../test/app-fixture.js';
import { enableSync, errorsOf, header, person, sync, syncCompany, toXml, upload } from './sync.test-kit.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => t?.close());

const company = () => syncCompany(t);

const line = (id: string, cells: Partial<Record<string, string>> = {}) => {
  const p = { ...person(id), ...cells } as Record<string, string>;
  return header.map((h) => p[h] ?? '').join(',');
};

describe('error report rows', () => {
  it('gives the CSV line a record starts on, also after a multi-line cell of a Windows (CRLF) export', async () => {
    const c = await company();
    // Line 1 header; L1 spans lines 2-3 (a quoted cell with a line break); L2 is on line 4, L3 on line 6 after a blank line.
    const crlf = [
      header.join(','),
      line('L1', { forename: '"Ana\r\nMaría"' }),
      line('L2', { email: 'broken' }),
      '',
      line('L3', { start_date: '31/02/2023' }),
      '',
    ].join('\r\n');
    const file = await sync(t, crlf, { auth: c.auth, query: 'dryRun=true' });
    expect(file.status).toBe('complete_with_errors');
    expect((await errorsOf(t, file.id, c)).map((e: { row: number; employeeId: string }) => [e.row, e.employeeId])).toEqual([
      [4, 'L2'],
      [6, 'L3'],
    ]);
    // The same file with \n line endings gives the same lines; a record that spans lines is reported on its first.
    const lf = crlf.replaceAll('\r\n', '\n');
    const same = await sync(t, lf, { auth: c.auth, query: 'dryRun=true' });
    expect((await errorsOf(t, same.id, c)).map((e: { row: number }) => e.row)).toEqual([4, 6]);
    const multiLineBad = [header.join(','), line('M1', { forename: '"Ana\r\nMaría"', email: 'broken' }), ''].join('\r\n');
    const spanning = await sync(t, multiLineBad, { auth: c.auth, query: 'dryRun=true' });
    expect((await errorsOf(t, spanning.id, c)).map((e: { row: number }) => e.row)).toEqual([2]);
  });

  it('lists a malformed XML file as one error with its line, the source line it points at kept in the message', async () => {
    const c = await company();
    const xml = toXml([person('X1'), person('X2')]).replace('<surname>LastX2</surname>', '<surname>LastX2</surnam>');
    const file = await sync(t, xml, { auth: c.auth, type: 'application/xml' });
    expect(file.status).toBe('error');
    expect(file.errorCount).toBe(1);
    const report = await errorsOf(t, file.id, c);
    expect(report).toEqual([
      {
        row: 16,
        employeeId: null,
        field: null,
        message: expect.stringMatching(/^parser error : Opening and ending tag mismatch: .* \(at: <surname>LastX2<\/surnam>\)$/),
      },
    ]);
    expect(file.error).toMatch(/^The file is not well-formed XML \(line 16\): parser error/);
  });

  it('ends the XSD rejection message with one full stop', async () => {
    const c = await company();
    const xml = toXml([person('X1')]).replace('<surname>LastX1</surname>', '<lastname>LastX1</lastname>');
    const file = await sync(t, xml, { auth: c.auth, type: 'application/xml' });
    expect(file.status).toBe('error');
    expect(file.error).toMatch(/^The file does not match employees\.xsd \(line \d+\): Schemas validity error : .*\)\.$/);
    expect(file.error).not.toMatch(/\.\.$/);
  });
});

describe('error report query', () => {
  it('follows the query rules of every route: decimal numbers, no bracketed parameter it lacks, no empty value', async () => {
    const c = await company();
    const file = await sync(t, [header.join(','), line('Q1', { email: 'broken' }), line('Q2', { email: 'bad' })].join('\n'), {
      auth: c.auth,
      query: 'dryRun=true',
    });
    const get = (query: string) => t.call('GET', `/sync/v1/files/${file.id}/errors?${query}`, { auth: c.auth });
    const page = await get('format=json&limit=1&page=2');
    expect(page.statusCode).toBe(200);
    expect(page.json.meta).toMatchObject({ currentPage: 2, perPage: 1, total: 2 });
    for (const [query, parameter] of [
      ['format=json&limit=0x10', 'limit'],
      ['format=json&page=1e2', 'page'],
      ['format=json&limit=1.0', 'limit'],
      ['foo[]=a', 'foo[]'],
      ['format=json&page[gte]=1', 'page[gte]'],
      ['format=', 'format'],
    ]) {
      const res = await get(query as string);
      expect(res.statusCode, query).toBe(400);
      expect(res.headers['content-type'], query).toMatch(/^application\/problem\+json/);
      expect(
        res.json.errors.map((e: { parameter: string }) => e.parameter),
        query,
      ).toEqual([parameter]);
    }
    // An unknown plain parameter is ignored, as everywhere (Sesame does).
    expect((await get('format=json&foo=a')).statusCode).toBe(200);
  });
});

describe('Workstars paths', () => {
  it('challenge with Basic on a 401, so clients that send credentials only when asked can authenticate', async () => {
    const c = await company();
    for (const url of ['/admin/api/v2/hrdatasync/employee', '/admin/api/v2/hrdatasync/position']) {
      const res = await upload(t, toXml([person('W1')]), { auth: {}, type: 'application/xml', url });
      expect(res.statusCode).toBe(401);
      const challenges = ([] as string[]).concat(res.headers['www-authenticate'] ?? []).join(', ');
      expect(challenges).toMatch(/^Basic realm="roster"/);
      expect(challenges).toContain('Bearer realm="roster"');
    }
    // A wrong key answers the same challenge; the right one is accepted.
    const wrong = { authorization: `Basic ${Buffer.from('api-key:rk_wrong').toString('base64')}` };
    const refused = await upload(t, toXml([person('W1')]), {
      auth: wrong,
      type: 'application/xml',
      url: '/admin/api/v2/hrdatasync/employee',
    });
    expect(refused.statusCode).toBe(401);
    expect(([] as string[]).concat(refused.headers['www-authenticate'] ?? []).join(', ')).toMatch(/^Basic /);
    const basic = { authorization: `Basic ${Buffer.from(`api-key:${c.token}`).toString('base64')}` };
    const ok = await upload(t, toXml([person('W1')]), { auth: basic, type: 'application/xml', url: '/admin/api/v2/hrdatasync/employee' });
    expect(ok.statusCode).toBe(202);
    // The Roster paths keep the Bearer challenge of the rest of the API.
    const own = await upload(t, toXml([person('W1')]), { auth: {}, type: 'application/xml' });
    expect(own.statusCode).toBe(401);
    expect(own.headers['www-authenticate']).toBe('Bearer realm="roster"');
  });
});

describe('lock messages', () => {
  it('offer the always-manual way out only for fields that can be always-manual (never externalId or status)', async () => {
    const c = await company();
    await sync(t, toXml([person('K1')]), { auth: c.auth, type: 'application/xml' });
    const employee = (await t.call('GET', '/core/v3/employees?externalId=K1', { auth: c.auth })).json.data[0];
    const put = (body: Record<string, unknown>) =>
      t.call('PUT', `/core/v3/employees/${employee.id}`, {
        auth: c.auth,
        body: { firstName: employee.firstName, lastName: employee.lastName, status: 'active', ...body },
      });

    const surname = await put({ lastName: 'Other' });
    expect(surname.statusCode).toBe(409);
    expect(surname.json.detail).toContain('(or declare the field always-manual in /sync/v1/settings)');

    const key = await put({ externalId: 'K9' });
    expect(key.statusCode).toBe(409);
    expect(key.json.syncManagedFields).toEqual(['externalId']);
    expect(key.json.detail).not.toContain('always-manual');
    expect(key.json.detail).toMatch(/change it in the HR system, or disable sync\.$/);

    const both = await put({ lastName: 'Other', status: 'inactive' });
    expect(both.statusCode).toBe(409);
    expect(both.json.detail).toContain('(lastName can be declared always-manual in /sync/v1/settings)');

    const terminate = await t.call('POST', `/core/v3/employees/${employee.id}/terminate`, { auth: c.auth, body: {} });
    expect(terminate.statusCode).toBe(409);
    expect(terminate.json.detail).not.toContain('always-manual');
  });
});

describe('encodings', () => {
  it('tells an XML or JSON sender to save the file as UTF-8 (a mapping encoding is for CSV only)', async () => {
    const c = await company();
    const latin1 = (text: string) => Buffer.from(text, 'latin1');
    const xml = await sync(t, latin1(toXml([person('U1', { forename: 'Lucía' })])), { auth: c.auth, type: 'application/xml' });
    expect(xml.status).toBe('error');
    expect(xml.error).toBe('The file is not valid UTF-8: save XML files as UTF-8.');
    const json = await sync(t, latin1(JSON.stringify([{ ...person('U1'), forename: 'Lucía' }])), {
      auth: c.auth,
      type: 'application/json',
    });
    expect(json.status).toBe('error');
    expect(json.error).toBe('The file is not valid UTF-8: save JSON files as UTF-8.');
    const csv = await sync(t, latin1(`${header.join(',')}\n${line('U1', { forename: 'Lucía' })}\n`), { auth: c.auth });
    expect(csv.error).toMatch(/name its encoding in the mapping/);
  });
});

describe('size limit', () => {
  it('answers 413 naming the limit, for a raw body and for a multipart upload, on the Roster and Workstars paths', async () => {
    const small = await createTestApp({ config: { syncMaxFileBytes: 2048 } });
    try {
      await enableSync(small);
      const big = `${header.join(',')}\n${Array.from({ length: 100 }, (_, i) => line(`B${i}`)).join('\n')}\n`;
      for (const url of ['/sync/v1/employee-files', '/admin/api/v2/hrdatasync/employee']) {
        const raw = await upload(small, big, { url });
        expect(raw.statusCode).toBe(413);
        expect(raw.json).toMatchObject({ status: 413, type: '/problems/payload-too-large' });
        expect(raw.json.detail).toBe('The file is larger than 2048 bytes, the most this server accepts (SYNC_MAX_FILE_BYTES).');
      }
      const boundary = 'x-roster-boundary';
      const form = `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="e.csv"\r\nContent-Type: text/csv\r\n\r\n${big}\r\n--${boundary}--\r\n`;
      const multipart = await upload(small, form, { type: `multipart/form-data; boundary=${boundary}` });
      expect(multipart.statusCode).toBe(413);
      expect(multipart.json.detail).toBe('The file is larger than 2048 bytes, the most this server accepts (SYNC_MAX_FILE_BYTES).');
      // Everything else keeps its problem.
      const wrongType = await upload(small, 'x', { type: 'image/png' });
      expect(wrongType.statusCode).toBe(415);
      expect(wrongType.json.type).toBe('/problems/unsupported-media-type');
    } finally {
      await small.close();
    }
  });
});
