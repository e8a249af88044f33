import { deflateSync, gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp, type TestCompany } from '../../test/app-fixture.js';
import { employeesByExternalId, enableSync, errorsOf, header, person, sync, toCsv, toXml } from './sync.test-kit.js';

/** How an upload's body reaches the server: multipart framing, Content-Encoding, charset and JSON numbers. */

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => t?.close());

const boundary = 'roster-test-boundary';
const multipartType = `multipart/form-data; boundary=${boundary}`;
const part = (name: string, content: string, filename: string | null = 'e.csv', type = 'text/csv') =>
  [
    `--${boundary}`,
    `Content-Disposition: form-data; name="${name}"${filename === null ? '' : `; filename="${filename}"`}`,
    ...(type ? [`Content-Type: ${type}`] : []),
    '',
    content,
  ].join('\r\n');
const form = (...parts: string[]) => `${parts.join('\r\n')}\r\n--${boundary}--\r\n`;

async function send(c: TestCompany, body: string | Buffer, headers: Record<string, string>, url = '/sync/v1/employee-files?dryRun=true') {
  const res = await t.app.inject({ method: 'POST', url, headers: { ...c.auth, ...headers }, payload: body });
  // biome-ignore lint/suspicious/noExplicitAny: parsed answers are asserted field by field
  return Object.assign(res, { json: JSON.parse(res.body || 'null') as any });
}

/** A refused upload: the status, a problem+json naming what to fix, and no file recorded for the company. */
async function expectRefused(c: TestCompany, res: Awaited<ReturnType<typeof send>>, status: number, detail: RegExp) {
  expect(res.statusCode, res.body).toBe(status);
  expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
  expect(res.json.status).toBe(status);
  expect(res.json.detail).toMatch(detail);
  expect(res.body).not.toMatch(/busboy|stack|at .*\.js/);
  const files = await t.call('GET', '/sync/v1/files', { auth: c.auth });
  expect(files.json.meta.total).toBe(0);
}

describe('malformed multipart bodies', () => {
  it('answers 400 saying how to send the file, on every upload path, and records nothing', async () => {
    const c = await t.newCompany();
    const csv = toCsv([person('M1')]);
    const basic = { authorization: `Basic ${Buffer.from(`api-key:${c.token}`).toString('base64')}` };
    const truncated = form(part('file', csv)).slice(0, 150);
    const cases: [string, string, Record<string, string>][] = [
      ['no boundary', csv, { 'content-type': 'multipart/form-data' }],
      ['a boundary the body does not have', csv, { 'content-type': 'multipart/form-data; boundary=XYZ' }],
      ['a part cut off', truncated, { 'content-type': multipartType }],
    ];
    for (const url of ['/sync/v1/employee-files?dryRun=true', '/sync/v1/position-files?dryRun=true', '/admin/api/v2/hrdatasync/position']) {
      for (const [what, body, headers] of cases) {
        const res = await send(c, body, { ...headers, ...(url.startsWith('/admin') ? basic : {}) }, url);
        await expectRefused(c, res, 400, /multipart body is malformed.*part named "file".*Content-Type/);
        expect(res.json.type, `${url} ${what}`).toBe('/problems/validation');
      }
    }
    const noBoundary = await send(c, csv, { 'content-type': 'multipart/form-data' });
    expect(noBoundary.json.detail).toMatch(/no boundary/);
  });
});

describe('multipart part names', () => {
  it('answers 400 for a file part with another name, naming the part expected', async () => {
    const c = await t.newCompany();
    const res = await send(c, form(part('upload', toCsv([person('N1')]))), { 'content-type': multipartType });
    await expectRefused(c, res, 400, /part named "upload".*name it "file"/);
    expect(res.json.errors).toEqual([expect.objectContaining({ pointer: '/upload' })]);
  });

  it('answers 400 for two file parts: one file per request', async () => {
    const c = await t.newCompany();
    const res = await send(c, form(part('file', toCsv([person('N1')])), part('file', toCsv([person('N2')]), 'f.csv')), {
      'content-type': multipartType,
    });
    await expectRefused(c, res, 400, /more than one file.*one file per request/);
  });

  it('still ignores other form fields, and reads a part named "file" sent without a file name', async () => {
    const c = await t.newCompany();
    await enableSync(t, c);
    const withField = await sync(t, form(part('comment', 'nightly export', null, ''), part('file', toCsv([person('N1')]))), {
      auth: c.auth,
      type: multipartType,
    });
    expect(withField).toMatchObject({ status: 'complete', filename: 'e.csv', counts: { created: 1 } });
    const noFilename = await sync(t, form(part('file', toCsv([person('N1'), person('N2')]), null)), { auth: c.auth, type: multipartType });
    expect(noFilename).toMatchObject({ status: 'complete', format: 'csv', counts: { created: 1, unchanged: 1 } });
  });
});

describe('multipart part types', () => {
  it('answers 415 for a file part whose content type and name are no format it reads, recording nothing', async () => {
    const c = await t.newCompany();
    const png = await send(c, form(part('file', toCsv([person('T1')]), 'e.png', 'image/png')), { 'content-type': multipartType });
    await expectRefused(c, png, 415, /Content-Type is image\/png and its name "e\.png".*application\/xml, text\/csv or application\/json/);
    const pdf = await send(c, form(part('file', toCsv([person('T1')]), null, 'application/pdf')), { 'content-type': multipartType });
    await expectRefused(c, pdf, 415, /Content-Type is application\/pdf/);
  });

  it('takes the format from the extension when the type is another (text/x-csv), and sniffs octet-stream', async () => {
    const c = await t.newCompany();
    await enableSync(t, c);
    const xcsv = await sync(t, form(part('file', toCsv([person('T1')]), 'roster.CSV', 'text/x-csv')), {
      auth: c.auth,
      type: multipartType,
    });
    expect(xcsv).toMatchObject({ status: 'complete', format: 'csv', counts: { created: 1 } });
    const json = JSON.stringify([person('T1'), person('T2')]);
    const sniffed = await sync(t, form(part('file', json, 'export', 'application/octet-stream')), { auth: c.auth, type: multipartType });
    expect(sniffed).toMatchObject({ status: 'complete', format: 'json', counts: { created: 1, unchanged: 1 } });
  });
});

describe('Content-Encoding', () => {
  it('reads gzip and deflate bodies, and stores the file decompressed', async () => {
    const c = await t.newCompany();
    await enableSync(t, c);
    const csv = toCsv([person('G1', { forename: 'Lucía' })]);
    for (const [coding, bytes] of [
      ['gzip', gzipSync(csv)],
      ['deflate', deflateSync(toCsv([person('G1', { forename: 'Lucía' }), person('G2')]))],
    ] as const) {
      const res = await send(c, bytes, { 'content-type': 'text/csv', 'content-encoding': coding }, '/sync/v1/employee-files');
      expect(res.statusCode, res.body).toBe(202);
      await t.app.syncRunner.drain();
      const file = (await t.call('GET', `/sync/v1/files/${res.json.data.id}`, { auth: c.auth })).json.data;
      expect(file.status, JSON.stringify(file)).toBe('complete');
      const original = await t.app.inject({ method: 'GET', url: `/sync/v1/files/${file.id}/original`, headers: c.auth });
      expect(original.body).toContain('Lucía');
    }
    expect((await employeesByExternalId(t, c)).get('G1').firstName).toBe('Lucía');
  });

  it('answers 415 for codings it does not support, and for compressed multipart bodies', async () => {
    const c = await t.newCompany();
    const csv = toCsv([person('G1')]);
    const br = await send(c, csv, { 'content-type': 'text/csv', 'content-encoding': 'br' });
    await expectRefused(c, br, 415, /Content-Encoding br.*gzip.*deflate/);
    expect(br.headers['accept-encoding']).toBe('gzip, deflate');
    const multi = await send(c, gzipSync(form(part('file', csv))), { 'content-type': multipartType, 'content-encoding': 'gzip' });
    await expectRefused(c, multi, 415, /multipart.*not compressed/);
  });

  it('answers 400 for a body that is not what its Content-Encoding says', async () => {
    const c = await t.newCompany();
    const res = await send(c, toCsv([person('G1')]), { 'content-type': 'text/csv', 'content-encoding': 'gzip' });
    await expectRefused(c, res, 400, /not valid gzip data/);
    const cut = gzipSync(toCsv([person('G1'), person('G2')]));
    const truncated = await send(c, cut.subarray(0, cut.length - 12), { 'content-type': 'text/csv', 'content-encoding': 'gzip' });
    await expectRefused(c, truncated, 400, /not valid gzip data/);
  });

  it('applies SYNC_MAX_FILE_BYTES to the decompressed size (413), bombs included', async () => {
    const small = await createTestApp({ config: { syncMaxFileBytes: 131072 } });
    try {
      const big = gzipSync(toCsv(Array.from({ length: 2000 }, (_, i) => person(`Z${i}`))));
      // 64 MB of zeros in 65 KB: decompression stops at the limit.
      const bomb = gzipSync(Buffer.alloc(64 * 1048576));
      for (const body of [big, bomb]) {
        expect(body.length).toBeLessThan(131072);
        const res = await small.app.inject({
          method: 'POST',
          url: '/sync/v1/employee-files?dryRun=true',
          headers: { ...small.a.auth, 'content-type': 'text/csv', 'content-encoding': 'gzip' },
          payload: body,
        });
        expect(res.statusCode, res.body).toBe(413);
        expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
        expect(JSON.parse(res.body).detail).toBe(
          'The file is larger than 131072 bytes once decompressed, the most this server accepts (SYNC_MAX_FILE_BYTES).',
        );
      }
      const files = await small.call('GET', '/sync/v1/files');
      expect(files.json.meta.total).toBe(0);
    } finally {
      await small.close();
    }
  });
});

const latin1 = (s: string) => Buffer.from(s, 'latin1');

describe('charset parameter', () => {
  it('reads the file in the charset its Content-Type names', async () => {
    const c = await t.newCompany();
    await enableSync(t, c);
    const csv = toCsv([person('C1', { forename: 'Lucía', surname: 'Núñez' })]);
    const file = await sync(t, latin1(csv), { auth: c.auth, type: 'text/csv; charset=windows-1252' });
    expect(file, JSON.stringify(file)).toMatchObject({ status: 'complete', contentType: 'text/csv', counts: { created: 1 } });
    expect((await employeesByExternalId(t, c)).get('C1')).toMatchObject({ firstName: 'Lucía', lastName: 'Núñez' });
    // UTF-16 with a BOM, sniffed from text/plain.
    const utf16 = Buffer.concat([
      Buffer.from([0xff, 0xfe]),
      Buffer.from(toCsv([person('C1', { forename: 'Lucía', surname: 'Núñez' }), person('C2')]), 'utf16le'),
    ]);
    const second = await sync(t, utf16, { auth: c.auth, type: 'text/plain; charset="UTF-16LE"' });
    expect(second).toMatchObject({ status: 'complete', format: 'csv', counts: { created: 1, unchanged: 1 } });
  });

  it("lets a mapping's encoding win over the charset parameter", async () => {
    const c = await t.newCompany();
    await enableSync(t, c);
    const mapping = await t.call('POST', '/sync/v1/mappings', { auth: c.auth, body: { name: '1C', encoding: 'windows-1251' } });
    expect(mapping.statusCode, mapping.body).toBe(200);
    const bytes = new Uint8Array([
      ...Buffer.from(`${header.join(',')}\r\nR1,`),
      0xc8,
      0xe2,
      0xe0,
      0xed,
      ...Buffer.from(',Ivanov,r1@example.com,,Sales,2020-01-15,RU\r\n'),
    ]);
    const file = await sync(t, Buffer.from(bytes), {
      auth: c.auth,
      type: 'text/csv; charset=windows-1252',
      query: `mappingId=${mapping.json.data.id}`,
    });
    expect(file, JSON.stringify(file)).toMatchObject({ status: 'complete' });
    expect((await employeesByExternalId(t, c)).get('R1').firstName).toBe('Иван');
  });

  it('answers 415 for an unknown charset and 400 for bytes that are not in it, recording nothing', async () => {
    const c = await t.newCompany();
    const unknown = await send(c, toCsv([person('C1')]), { 'content-type': 'text/csv; charset=klingon-8' });
    await expectRefused(c, unknown, 415, /charset "klingon-8"/);
    const odd = await send(c, Buffer.from([0x41, 0x00, 0x42]), { 'content-type': 'text/csv; charset=utf-16le' });
    await expectRefused(c, odd, 400, /not valid utf-16le/);
    // Named UTF-8 too: a Latin-1 é (0xE9) is no UTF-8, whatever the format.
    const csv = latin1(toCsv([person('C1', { forename: 'José' })]));
    await expectRefused(c, await send(c, csv, { 'content-type': 'text/csv; charset=utf-8' }), 400, /not valid utf-8, the charset/);
    const xml = latin1(toXml([person('C1', { forename: 'José' })]));
    await expectRefused(c, await send(c, xml, { 'content-type': 'application/xml; charset=UTF-8' }), 400, /not valid UTF-8/);
    const json = latin1(JSON.stringify([person('C1', { forename: 'José' })]));
    await expectRefused(c, await send(c, json, { 'content-type': 'application/json; charset="utf8"' }), 400, /not valid utf8/);
  });

  it('leaves bytes sent without a charset to the file (UTF-8 is assumed: the file ends in error), and a mapping decides', async () => {
    const c = await t.newCompany();
    const csv = latin1(toCsv([person('C1', { forename: 'José' })]));
    const unnamed = await send(c, csv, { 'content-type': 'text/csv' });
    expect(unnamed.statusCode, unnamed.body).toBe(202);
    await t.app.syncRunner.drain();
    const file = (await t.call('GET', `/sync/v1/files/${unnamed.json.data.id}`, { auth: c.auth })).json.data;
    expect(file).toMatchObject({ status: 'error', error: expect.stringContaining('not valid UTF-8') });
    const mapping = await t.call('POST', '/sync/v1/mappings', { auth: c.auth, body: { name: 'Latin', encoding: 'windows-1252' } });
    const mapped = await send(
      c,
      csv,
      { 'content-type': 'text/csv; charset=utf-8' },
      `/sync/v1/employee-files?dryRun=true&mappingId=${mapping.json.data.id}`,
    );
    expect(mapped.statusCode, mapped.body).toBe(202);
  });

  it('answers 400 when an XML declaration names another encoding than the charset', async () => {
    const c = await t.newCompany();
    const xml = toXml([person('X1')]);
    const res = await send(c, latin1(xml), { 'content-type': 'application/xml; charset=windows-1251' });
    await expectRefused(c, res, 400, /charset=windows-1251.*encoding="UTF-8"/);
    const agreed = await send(c, latin1(xml.replace('UTF-8', 'ISO-8859-1').replace('FirstX1', 'Lucía')), {
      'content-type': 'application/xml; charset=iso-8859-1',
    });
    expect(agreed.statusCode, agreed.body).toBe(202);
    await t.app.syncRunner.drain();
    const file = (await t.call('GET', `/sync/v1/files/${agreed.json.data.id}`, { auth: c.auth })).json.data;
    expect(file, JSON.stringify(file)).toMatchObject({ status: 'complete', format: 'xml' });
  });
});

describe('JSON numbers', () => {
  it('rejects a row holding a number JSON cannot carry exactly, telling the sender to send a string', async () => {
    const c = await t.newCompany();
    await enableSync(t, c);
    const rec = (id: string, extra: Record<string, unknown> = {}) => ({ ...person(id), ...extra });
    const text = [
      '[',
      `${JSON.stringify(rec('X')).slice(0, -1)}, "fte": 0.75, "grade": 1.10, "cost": -1.5e3, "note": "12345678901234567891"}`,
      `,${JSON.stringify({ ...rec('Y'), employee_id: undefined }).slice(0, -1)}, "employee_id": 12345678901234567891}`,
      `,${JSON.stringify(rec('Z')).slice(0, -1)}, "salary": 1e400}`,
      `,${JSON.stringify(rec('W')).slice(0, -1)}, "ratio": 0.1234567890123456789}`,
      `,${JSON.stringify(rec('V')).slice(0, -1)}, "n": 9007199254740991, "m": -0}`,
      ']',
    ].join('\n');
    const file = await sync(t, text, { auth: c.auth, type: 'application/json' });
    expect(file, JSON.stringify(file)).toMatchObject({ status: 'complete_with_errors', counts: { created: 2, rejected: 3 } });
    const errors = await errorsOf(t, file.id, c);
    expect(errors).toEqual([
      expect.objectContaining({
        row: 2,
        employeeId: '12345678901234567891',
        message: expect.stringMatching(/"employee_id".*12345678901234567891.*send it as a string/),
      }),
      expect.objectContaining({ row: 3, employeeId: 'Z', message: expect.stringMatching(/"salary".*1e400.*send it as a string/) }),
      expect.objectContaining({ row: 4, employeeId: 'W', message: expect.stringMatching(/"ratio".*send it as a string/) }),
    ]);
    const people = await employeesByExternalId(t, c);
    expect([...people.keys()].sort()).toEqual(['V', 'X']);
  });
});

describe('large bodies', () => {
  it('stores a file of several megabytes byte for byte, with or without Content-Length, compressed or not', async () => {
    const c = await t.newCompany();
    const csv = Buffer.from(toCsv(Array.from({ length: 30_000 }, (_, i) => person(`L${i}`))));
    expect(csv.length).toBeGreaterThan(2 * 1024 * 1024);
    const { Readable } = await import('node:stream');
    const inChunks = () =>
      Readable.from(Array.from({ length: Math.ceil(csv.length / 65_536) }, (_, i) => csv.subarray(i * 65_536, (i + 1) * 65_536)));
    const bodies: [string, string | Buffer | InstanceType<typeof Readable>, Record<string, string>][] = [
      ['with Content-Length', csv, { 'content-type': 'text/csv' }],
      ['streamed, no Content-Length', inChunks(), { 'content-type': 'text/csv' }],
      ['gzip', gzipSync(csv), { 'content-type': 'text/csv', 'content-encoding': 'gzip' }],
    ];
    for (const [what, body, headers] of bodies) {
      const res = await t.app.inject({
        method: 'POST',
        url: '/sync/v1/employee-files?dryRun=true',
        headers: { ...c.auth, ...headers },
        payload: body,
      });
      expect(res.statusCode, `${what}: ${res.body}`).toBe(202);
      const id = JSON.parse(res.body).data.id as string;
      const original = await t.app.inject({ method: 'GET', url: `/sync/v1/files/${id}/original`, headers: c.auth });
      expect(original.statusCode).toBe(200);
      expect(original.rawPayload.equals(csv), what).toBe(true);
    }
  });

  it('refuses a body longer than its Content-Length says, and stores nothing', async () => {
    const c = await t.newCompany();
    const csv = Buffer.from(toCsv(Array.from({ length: 15_000 }, (_, i) => person(`M${i}`))));
    const res = await send(c, csv, { 'content-type': 'text/csv', 'content-length': String(csv.length - 10) });
    expect(res.statusCode).toBe(400);
    const files = await t.call('GET', '/sync/v1/files', { auth: c.auth });
    expect(files.json.meta.total).toBe(0);
  });
});
