import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp, type TestCompany } from '../../test/app-fixture.js';
import { enableSync, person, sync, toCsv, upload } from './sync.test-kit.js';

/**
 * The name a file is uploaded with (a multipart part's filename, or `?filename=`) is recorded under the same rules
 * whichever way it came, and given back in `Content-Disposition` (RFC 6266) whatever its characters: a 1C export is
 * commonly named in Cyrillic.
 */
let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => t?.close());

async function company(): Promise<TestCompany> {
  const c = await t.newCompany();
  await enableSync(t, c);
  return c;
}

const boundary = 'roster-names-boundary';

/** A multipart body whose file part carries `filename` as raw UTF-8 bytes, as curl -F and browsers send it. */
function multipart(filename: string, content: string): Buffer {
  return Buffer.concat([
    Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="`),
    Buffer.from(filename, 'utf8'),
    Buffer.from(`"\r\nContent-Type: text/csv\r\n\r\n${content}\r\n--${boundary}--\r\n`),
  ]);
}

const multipartType = `multipart/form-data; boundary=${boundary}`;

/** The name a client reads from `filename*=UTF-8''…` (RFC 8187), and the ASCII `filename="…"` for the others. */
function dispositionNames(header: string | undefined): { ascii: string | undefined; utf8: string | undefined } {
  const ascii = /; filename="((?:[^"\\]|\\.)*)"/.exec(header ?? '')?.[1]?.replace(/\\(.)/g, '$1');
  const encoded = /; filename\*=UTF-8''([^;\s]*)/.exec(header ?? '')?.[1];
  return { ascii, utf8: encoded === undefined ? undefined : decodeURIComponent(encoded) };
}

async function original(c: TestCompany, id: string) {
  return t.app.inject({ method: 'GET', url: `/sync/v1/files/${id}/original`, headers: c.auth });
}

async function fileCount(c: TestCompany): Promise<number> {
  return (await t.call('GET', '/sync/v1/files', { auth: c.auth })).json.meta.total;
}

const csv = toCsv([person('N1')]);

describe('GET …/original of a file with a name that is not ASCII', () => {
  it('answers the bytes with the name in filename* (UTF-8) and an ASCII fallback, sent as multipart or ?filename=', async () => {
    const c = await company();
    const name = 'Сотрудники.csv';
    const viaPart = await sync(t, multipart(name, csv), { auth: c.auth, type: multipartType });
    const viaQuery = await sync(t, `${csv}\r\n`, { auth: c.auth, query: `filename=${encodeURIComponent(name)}` });
    for (const file of [viaPart, viaQuery]) {
      expect(file.filename).toBe(name);
      const res = await original(c, file.id);
      expect(res.statusCode, res.body).toBe(200);
      expect(res.rawPayload.toString('utf8')).toBe(file.id === viaPart.id ? csv : `${csv}\r\n`);
      const disposition = res.headers['content-disposition'] as string;
      expect(disposition).toMatch(/^attachment; filename="[\x20-\x7e]*"; filename\*=UTF-8''[A-Za-z0-9!#$&+\-.^_`|~%]*$/);
      expect(dispositionNames(disposition)).toEqual({ ascii: '__________.csv', utf8: name });
    }
  });

  it('escapes quotes and backslashes in the ASCII name and drops accents from it; filename* keeps the name exactly', async () => {
    const c = await company();
    const name = 'naïve "résumé" \\ 2026.csv';
    const file = await sync(t, csv, { auth: c.auth, query: `filename=${encodeURIComponent(name)}` });
    const res = await original(c, file.id);
    expect(res.statusCode, res.body).toBe(200);
    const disposition = res.headers['content-disposition'] as string;
    expect(disposition).toContain('filename="naive \\"resume\\" \\\\ 2026.csv"');
    expect(dispositionNames(disposition)).toEqual({ ascii: 'naive "resume" \\ 2026.csv', utf8: name });
  });

  it('names the error report download the same way', async () => {
    const c = await company();
    const file = await sync(t, toCsv([person('N2', { email: 'not-an-email' })]), { auth: c.auth });
    const res = await t.app.inject({ method: 'GET', url: `/sync/v1/files/${file.id}/errors`, headers: c.auth });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-disposition']).toBe(`attachment; filename="errors-${file.id}.csv"; filename*=UTF-8''errors-${file.id}.csv`);
  });
});

describe('the recorded file name: the same rules for a multipart part and ?filename=', () => {
  it('refuses a name longer than 255 characters either way (400, no file recorded); 255 are accepted', async () => {
    const c = await company();
    const long = `${'b'.repeat(600)}.csv`;
    const before = await fileCount(c);
    const viaPart = await upload(t, multipart(long, csv), { auth: c.auth, type: multipartType });
    expect(viaPart.statusCode, viaPart.body).toBe(400);
    expect(viaPart.json.detail).toContain('255');
    expect(viaPart.json.errors).toEqual([expect.objectContaining({ pointer: '/file' })]);
    const viaQuery = await upload(t, csv, { auth: c.auth, query: `filename=${long}` });
    expect(viaQuery.statusCode, viaQuery.body).toBe(400);
    expect(viaQuery.json.errors).toEqual([expect.objectContaining({ location: 'query', parameter: 'filename' })]);
    expect(await fileCount(c)).toBe(before);
    // 255 characters, counted as characters (not UTF-16 units, nor bytes): Cyrillic takes two bytes each.
    const longest = `${'ж'.repeat(251)}.csv`;
    const accepted = await upload(t, multipart(longest, csv), { auth: c.auth, type: multipartType });
    expect(accepted.statusCode, accepted.body).toBe(202);
    expect(accepted.json.data.filename).toBe(longest);
    const tooLong = await upload(t, multipart(`ж${longest}`, csv), { auth: c.auth, type: multipartType });
    expect(tooLong.statusCode, tooLong.body).toBe(400);
  });

  it('refuses a name with a control character either way', async () => {
    const c = await company();
    const before = await fileCount(c);
    const viaQuery = await upload(t, csv, { auth: c.auth, query: `filename=${encodeURIComponent('roster\r\nX-Injected: 1.csv')}` });
    expect(viaQuery.statusCode, viaQuery.body).toBe(400);
    expect(viaQuery.json.errors).toEqual([expect.objectContaining({ parameter: 'filename', message: expect.stringContaining('control') })]);
    const viaPart = await upload(t, multipart('roster\t2026.csv', csv), { auth: c.auth, type: multipartType });
    expect(viaPart.statusCode, viaPart.body).toBe(400);
    expect(viaPart.json.errors).toEqual([expect.objectContaining({ pointer: '/file', message: expect.stringContaining('control') })]);
    expect(await fileCount(c)).toBe(before);
  });
});
