import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../test/app-fixture.js';

/** How the bytes of a request are read: JSON bodies in UTF-8 only, percent-encoding that decodes to UTF-8, router errors. */
let t: TestApp;

beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => t?.close());

/** Sends `bytes` as they are (no re-encoding) with the given Content-Type. */
async function send(method: 'POST' | 'DELETE', url: string, bytes: Buffer, contentType = 'application/json') {
  const res = await t.app.inject({ method, url, headers: { ...t.a.auth, 'content-type': contentType }, payload: bytes });
  return Object.assign(res, { json: res.body ? JSON.parse(res.body) : undefined });
}

const latin1 = (text: string) => Buffer.from(text, 'latin1');

describe('JSON bodies are UTF-8', () => {
  it('bytes that are not UTF-8 are a 400 that says where, never stored as U+FFFD', async () => {
    const res = await send('POST', '/core/v3/employees', latin1('{"firstName":"A\xff\xfeB","lastName":"Bytes"}'));
    expect(res.statusCode).toBe(400);
    expect(res.headers['content-type']).toContain('application/problem+json');
    expect(res.json).toMatchObject({ type: '/problems/validation', status: 400 });
    expect(res.json.detail).toContain('not valid UTF-8');
    expect(res.json.detail).toContain('byte offset 15');
    expect(res.json.detail).toContain('0xff');
    const stored = await t.call('GET', '/core/v3/employees?lastName=Bytes');
    expect(stored.json.data).toEqual([]);
  });

  it('an encoded surrogate (ed a0 80) is a 400 like the escaped one, and so is a sequence cut short', async () => {
    const surrogate = await send('POST', '/core/v3/departments', latin1('{"name":"x\xed\xa0\x80y"}'));
    expect(surrogate.statusCode).toBe(400);
    expect(surrogate.json.detail).toContain('byte offset 10');
    expect(surrogate.json.detail).toContain('surrogate');
    const cut = await send('POST', '/core/v3/departments', latin1('{"name":"x\xc3"}'));
    expect(cut.statusCode).toBe(400);
    expect(cut.json.detail).toContain('byte offset 10');
  });

  it('another charset is a 415 that says to send UTF-8; utf-8 and utf8 in any case are read', async () => {
    for (const charset of ['iso-8859-1', 'windows-1252', 'utf-16']) {
      const res = await send(
        'POST',
        '/core/v3/employees',
        latin1('{"firstName":"Jos\xe9","lastName":"Charset"}'),
        `application/json; charset=${charset}`,
      );
      expect(res.statusCode, charset).toBe(415);
      expect(res.json.type).toBe('/problems/unsupported-media-type');
      expect(res.json.detail).toContain(`charset=${charset}`);
      expect(res.json.detail).toContain('UTF-8');
    }
    expect((await t.call('GET', '/core/v3/employees?lastName=Charset')).json.data).toEqual([]);
    // US-ASCII is a subset of UTF-8 (older clients label JSON so), and an empty label names nothing.
    for (const charset of ['utf-8', 'UTF-8', 'utf8', '"UTF8"', 'us-ascii', 'US-ASCII', '']) {
      const body = Buffer.from(JSON.stringify({ firstName: 'José', lastName: `Charset ${charset}` }));
      const res = await send('POST', '/core/v3/employees', body, `application/json;charset=${charset}`);
      expect(res.statusCode, charset).toBe(200);
      expect(res.json.data.firstName).toBe('José');
    }
  });

  it('an empty body is still no body, whatever its charset; a body over the limit is still a 413', async () => {
    const dept = (await t.call('POST', '/core/v3/departments', { body: { name: 'Empty body' } })).json.data;
    const res = await send('DELETE', `/core/v3/departments/${dept.id}`, Buffer.alloc(0), 'application/json; charset=iso-8859-1');
    expect(res.statusCode, res.body).toBe(200);
    const empty = await send('POST', '/core/v3/departments', Buffer.alloc(0));
    expect(empty.statusCode).toBe(400);
    expect(empty.json.errors).toEqual([{ pointer: '', message: 'must be object' }]);
    const big = await send('POST', '/core/v3/departments', Buffer.from(JSON.stringify({ name: 'x'.repeat(2 * 1024 * 1024) })));
    expect(big.statusCode).toBe(413);
  });
});

describe('percent-encoding that is not UTF-8', () => {
  it('in a query value is a 400 naming the parameter, as in a path', async () => {
    for (const [url, parameter] of [
      ['/core/v3/employees?email=%FF', 'email'],
      ['/core/v3/employees?code=%FF%FE', 'code'],
      ['/core/v3/departments?name=a%E0%A4%A', 'name'],
      ['/core/v3/employees?departmentIds[]=%ff', 'departmentIds'],
    ] as const) {
      const res = await t.call('GET', url);
      expect(res.statusCode, url).toBe(400);
      expect(res.json.errors, url).toEqual([
        { pointer: `/${parameter}`, location: 'query', parameter, message: expect.stringContaining('not UTF-8') },
      ]);
    }
    // A parameter the route does not define stays ignored; a `%` written as %25 is a character like any other.
    expect((await t.call('GET', '/core/v3/employees?unknown=%FF')).statusCode).toBe(200);
    expect((await t.call('GET', '/core/v3/employees?email=a%25ff%40example.com')).statusCode).toBe(200);
  });
});

describe('paths the router cannot read', () => {
  it('are 400s with the headers of every answer and an errors entry for the path parameter', async () => {
    const long = 'a'.repeat(5000);
    for (const [url, message] of [
      ['/core/v3/employees/%ff', 'not UTF-8'],
      ['/core/v3/employees/%E0%A4%A', 'not UTF-8'],
      [`/core/v3/employees/${long}`, 'longer than the 100 characters'],
    ] as const) {
      const res = await t.call('GET', url);
      expect(res.statusCode, url).toBe(400);
      expect(res.headers['content-type']).toContain('application/problem+json');
      expect(res.headers['x-request-id'], url).toBe(res.json.requestId);
      expect(res.headers['x-content-type-options'], url).toBe('nosniff');
      expect(res.headers['ratelimit-policy'], url).toBe('"default";q=1000;w=60');
      expect(res.headers.ratelimit, url).toMatch(/^"default";r=\d+;t=\d+$/);
      expect(res.json.errors, url).toEqual([
        { pointer: '/id', location: 'path', parameter: 'id', message: expect.stringContaining(message) },
      ]);
      expect(res.json.detail).not.toContain(long);
    }
    // The route the path reaches names the parameter: another one's name on another route.
    const charge = await t.call('DELETE', '/core/v3/job-charges/%ff');
    expect(charge.json.errors).toEqual([expect.objectContaining({ pointer: '/jobChargeId', parameter: 'jobChargeId' })]);
    // A caller's X-Request-Id is kept, as on every other answer.
    const kept = await t.call('GET', '/core/v3/employees/%ff', { headers: { 'x-request-id': 'erp-7' } });
    expect(kept.headers['x-request-id']).toBe('erp-7');
    expect(kept.json.requestId).toBe('erp-7');
    // A path that reaches no route is still a 400 (without an errors entry).
    const nowhere = await t.call('GET', '/nothing-here/%ff', { auth: {} });
    expect(nowhere.statusCode).toBe(400);
    expect(nowhere.json.errors).toBeUndefined();
    expect(nowhere.headers.ratelimit).toBeDefined();
  });

  it('spend the caller’s budget like an unrouted 404: a 429 once it is spent', async () => {
    const limited = await t.a.key(['core:read'], { rateLimitPerMinute: 1 });
    expect((await t.call('GET', '/core/v3/employees/%ff', { auth: limited.auth })).statusCode).toBe(400);
    const over = await t.call('GET', '/core/v3/employees/%ff', { auth: limited.auth });
    expect(over.statusCode).toBe(429);
    expect(over.headers['retry-after']).toBeDefined();
    expect(over.headers['x-request-id']).toBe(over.json.requestId);
  });
});
