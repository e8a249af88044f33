import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../test/app-fixture.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => t?.close());

describe('validation errors: RFC 6901 pointers into the object the field belongs to', () => {
  it('body fields are pointers into the body', async () => {
    const res = await t.call('POST', '/core/v3/employees', { body: { firstName: 'A', lastName: 'B', email: 'not-an-email' } });
    expect(res.statusCode).toBe(400);
    expect(res.headers['content-type']).toContain('application/problem+json');
    expect(res.json.errors).toEqual([{ pointer: '/email', message: 'must be a valid email' }]);
  });

  it('a body that is not an object is the whole-document pointer ""', async () => {
    const res = await t.call('POST', '/core/v3/employees', { body: [{ firstName: 'A', lastName: 'B' }] });
    expect(res.statusCode).toBe(400);
    expect(res.json.errors).toEqual([{ pointer: '', message: 'must be object' }]);
    expect(res.json.detail).toBe('The request body failed validation: the body must be object.');
  });

  it('query parameters: pointer /<name>, location query, parameter <name>', async () => {
    const res = await t.call('GET', '/core/v3/employees?limit=501');
    expect(res.statusCode).toBe(400);
    expect(res.json.errors).toEqual([{ pointer: '/limit', location: 'query', parameter: 'limit', message: 'must be <= 500' }]);
    expect(res.json.detail).toBe('The query parameters failed validation: limit must be <= 500.');
  });

  it('an impossible date in a date filter names its own parameter', async () => {
    for (const [path, parameter] of [
      ['/security/v1/audit-logs?createdAt[gte]=2026-13-01T00:00:00Z', 'createdAt[gte]'],
      ['/core/v3/employees?updatedAt[lte]=2026-02-30', 'updatedAt[lte]'],
      ['/core/v3/departments?updatedAt[gte]=2026-04-31T10:00:00+02:00', 'updatedAt[gte]'],
    ] as const) {
      const res = await t.call('GET', path);
      expect(res.statusCode, path).toBe(400);
      expect(res.json.errors, path).toEqual([expect.objectContaining({ pointer: `/${parameter}`, location: 'query', parameter })]);
    }
    const ok = await t.call('GET', '/core/v3/employees?updatedAt[gte]=2024-02-29&updatedAt[lte]=2026-12-31T23:59:59Z');
    expect(ok.statusCode).toBe(200);
  });

  it('a date bound outside years 0001–9999 in UTC means from the beginning / to the end (PostgreSQL has no such time)', async () => {
    const all = await t.call('GET', '/core/v3/employees?limit=500');
    for (const query of [
      'updatedAt[gte]=0000-01-01',
      'updatedAt[gte]=0001-01-01T00:00:00%2B14:00',
      'updatedAt[lte]=9999-12-31T23:59:59-23:59',
      'updatedAt[gte]=0000-01-01&updatedAt[lte]=9999-12-31T23:59:59-12:00',
    ]) {
      const res = await t.call('GET', `/core/v3/employees?limit=500&${query}`);
      expect(res.statusCode, query).toBe(200);
      expect(res.json.meta.total, query).toBe(all.json.meta.total);
    }
    const none = await t.call('GET', '/core/v3/employees?updatedAt[lte]=0000-01-01');
    expect(none.statusCode).toBe(200);
    expect(none.json.data).toEqual([]);
  });

  it('query errors found after validation have the same shape', async () => {
    const res = await t.call('GET', '/core/v3/departments?orderBy=salary');
    expect(res.statusCode).toBe(400);
    expect(res.json.errors[0]).toMatchObject({ pointer: '/orderBy', location: 'query', parameter: 'orderBy' });
    const status = await t.call('GET', '/core/v3/employees?status[in]=active,lost');
    expect(status.statusCode).toBe(400);
    expect(status.json.errors[0]).toMatchObject({ pointer: '/status[in]', location: 'query', parameter: 'status[in]' });
    const ids = await t.call('GET', '/core/v3/employees?departmentIds=nope');
    expect(ids.statusCode).toBe(400);
    expect(ids.json.errors[0]).toMatchObject({ pointer: '/departmentIds', location: 'query', parameter: 'departmentIds' });
  });

  it('path parameters: pointer /<name>, location path, parameter <name>', async () => {
    const res = await t.call('GET', '/core/v3/employees/not-a-uuid');
    expect(res.statusCode).toBe(400);
    expect(res.json.errors).toEqual([{ pointer: '/id', location: 'path', parameter: 'id', message: 'must be a valid uuid' }]);
  });
});

describe('405 Method Not Allowed', () => {
  const id = '0190a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b';

  it('a known path with a method it does not have is a 405 with Allow', async () => {
    const res = await t.call('PATCH', `/core/v3/employees/${id}`, { body: { firstName: 'X' } });
    expect(res.statusCode).toBe(405);
    expect(res.headers['content-type']).toContain('application/problem+json');
    expect(res.headers.allow).toBe('GET, HEAD, PUT, DELETE');
    expect(res.json).toMatchObject({
      type: '/problems/method-not-allowed',
      status: 405,
      title: 'Method not allowed',
      instance: `/core/v3/employees/${id}`,
      detail: `PATCH is not allowed on /core/v3/employees/${id}; use GET, HEAD, PUT or DELETE.`,
    });
    expect(res.json.requestId).toBe(res.headers['x-request-id']);

    const list = await t.call('DELETE', '/core/v3/employees');
    expect(list.statusCode).toBe(405);
    expect(list.headers.allow).toBe('GET, HEAD, POST');
    expect(list.json.detail).toBe('DELETE is not allowed on /core/v3/employees; use GET, HEAD or POST.');

    // OPTIONS is not served, so it is not in Allow and is itself a 405 on a known path.
    const options = await t.call('OPTIONS', '/core/v3/employees');
    expect(options.statusCode).toBe(405);
    expect(options.headers.allow).toBe('GET, HEAD, POST');
  });

  it('ignores the query string and a trailing slash, as routing does', async () => {
    const res = await t.call('PUT', '/core/v3/employees/?page=2');
    expect(res.statusCode).toBe(405);
    expect(res.headers.allow).toBe('GET, HEAD, POST');
    expect(res.json.instance).toBe('/core/v3/employees/');
  });

  it('comes before authentication, like a 404: no key is needed to learn the route table', async () => {
    const res = await t.call('DELETE', '/core/v3/employees', { auth: {} });
    expect(res.statusCode).toBe(405);
    expect(res.headers.allow).toBe('GET, HEAD, POST');
  });

  it('unknown paths stay 404, and so does a route that finds nothing for its own method', async () => {
    const unknown = await t.call('PATCH', '/core/v3/nothing-here');
    expect(unknown.statusCode).toBe(404);
    expect(unknown.headers.allow).toBeUndefined();
    expect(unknown.json.type).toBe('/problems/not-found');
    const noType = await t.call('GET', '/problems/no-such-type', { auth: {} });
    expect(noType.statusCode).toBe(404);
    expect(noType.headers.allow).toBeUndefined();
  });

  it("404 and 405 answers carry the RateLimit headers and spend the caller's budget (its key's, or its address's)", async () => {
    const first = await t.call('GET', '/core/v3/nothing-here');
    const second = await t.call('DELETE', '/core/v3/employees');
    expect([first.statusCode, second.statusCode]).toEqual([404, 405]);
    expect(first.headers['ratelimit-policy']).toBe('"default";q=1000;w=60');
    const remaining = (h: unknown) => Number(/r=(\d+)/.exec(String(h))?.[1]);
    expect(remaining(second.headers.ratelimit)).toBe(remaining(first.headers.ratelimit) - 1);
    const anonymous = await t.call('GET', '/core/v3/nothing-here', { auth: {} });
    expect(anonymous.statusCode).toBe(404);
    expect(anonymous.headers.ratelimit).toMatch(/^"default";r=\d+;t=\d+$/);
    // A spent budget is a 429 here too: unknown paths are no way around the limit.
    const limited = await t.a.key(['core:read'], { rateLimitPerMinute: 1 });
    const ok = await t.call('GET', '/core/v3/nothing-here', { auth: limited.auth });
    expect(ok.statusCode).toBe(404);
    const over = await t.call('GET', '/core/v3/nothing-here', { auth: limited.auth });
    expect(over.statusCode).toBe(429);
    expect(over.headers['retry-after']).toBeDefined();
    expect(over.headers['content-type']).toContain('application/problem+json');
    // From outside the key's IP allow-list, unknown paths spend the address's budget, not the key's.
    const fenced = await t.a.key(['core:read'], { rateLimitPerMinute: 2, ipAllowList: ['10.0.0.1'] });
    const from = (remoteAddress: string, url: string) => t.app.inject({ method: 'GET', url, remoteAddress, headers: fenced.auth });
    for (let i = 0; i < 3; i++) expect((await from('203.0.113.9', '/core/v3/nothing-here')).statusCode).toBe(404);
    expect((await from('203.0.113.9', '/core/v3/employees')).statusCode).toBe(403);
    expect((await from('10.0.0.1', '/core/v3/employees')).statusCode).toBe(200);
  });

  it('the problem type is documented at GET /problems/method-not-allowed', async () => {
    const doc = await t.call('GET', '/problems/method-not-allowed', { auth: {} });
    expect(doc.statusCode).toBe(200);
    expect(doc.json).toMatchObject({ type: '/problems/method-not-allowed', status: 405, title: 'Method not allowed' });
    expect(doc.json.description).toContain('Allow');
  });
});

describe('Idempotency-Key reused for another request', () => {
  it('on another path: 422 naming the method and path the key was used for', async () => {
    const headers = { 'idempotency-key': 'reused-on-another-path' };
    const first = await t.call('POST', '/core/v3/employees', { body: { firstName: 'Key', lastName: 'Once' }, headers });
    expect(first.statusCode).toBe(200);
    const other = await t.call('POST', '/core/v3/departments', { body: { name: 'Key reuse' }, headers });
    expect(other.statusCode).toBe(422);
    expect(other.headers['content-type']).toContain('application/problem+json');
    expect(other.json.type).toBe('/problems/unprocessable');
    expect(other.json.detail).toBe(
      'This Idempotency-Key was already used for POST /core/v3/employees; send a new key for a different request.',
    );
    // Nothing was created by the refused request.
    const departments = await t.call('GET', '/core/v3/departments?name=Key%20reuse');
    expect(departments.json.data).toEqual([]);
  });

  it('on another path of the same resource (an action): 422 naming it', async () => {
    const e = (await t.call('POST', '/core/v3/employees', { body: { firstName: 'Ter', lastName: 'Minate' } })).json.data;
    const headers = { 'idempotency-key': 'reused-on-an-action' };
    expect((await t.call('POST', '/core/v3/employees', { body: { firstName: 'Other', lastName: 'Person' }, headers })).statusCode).toBe(
      200,
    );
    const action = await t.call('POST', `/core/v3/employees/${e.id}/terminate`, { body: { terminationDate: '2026-01-31' }, headers });
    expect(action.statusCode).toBe(422);
    expect(action.json.detail).toContain('already used for POST /core/v3/employees;');
    expect(action.json.detail).toContain('new key');
  });

  it('on the same path with another body: 422 about the body, naming the request the key was used for', async () => {
    const headers = { 'idempotency-key': 'reused-with-another-body' };
    expect((await t.call('POST', '/core/v3/employees', { body: { firstName: 'Same', lastName: 'Path' }, headers })).statusCode).toBe(200);
    const res = await t.call('POST', '/core/v3/employees', { body: { firstName: 'Same', lastName: 'Other' }, headers });
    expect(res.statusCode).toBe(422);
    expect(res.json.detail).toBe(
      'This Idempotency-Key was already used for POST /core/v3/employees with a different request body; send a new key for a different request.',
    );
  });
});

describe('errors met before a route runs are problem+json too', () => {
  it('a path with a malformed percent-encoding is a 400 problem with a request id', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/security/v1/api-keys/%E0%A4%A', headers: t.a.auth });
    expect(res.statusCode).toBe(400);
    expect(res.headers['content-type']).toContain('application/problem+json');
    const body = res.json();
    expect(body).toMatchObject({ type: '/problems/validation', status: 400 });
    expect(body.detail).toContain('percent-encode');
    expect(body.requestId).toEqual(expect.any(String));
  });

  /** Sends raw bytes to the listening server and returns everything it answers before closing. */
  async function rawExchange(request: string): Promise<string> {
    const net = await import('node:net');
    if (!t.app.server.listening) await t.app.listen({ port: 0, host: '127.0.0.1' });
    const { port } = t.app.server.address() as { port: number };
    return new Promise<string>((resolve, reject) => {
      const socket = net.connect(port, '127.0.0.1', () => socket.write(request));
      let data = '';
      socket.on('data', (chunk) => {
        data += chunk.toString();
      });
      socket.on('close', () => resolve(data));
      socket.on('error', (err) => (data ? resolve(data) : reject(err)));
    });
  }

  it('headers larger than Node accepts are a 431 problem', async () => {
    const answer = await rawExchange(`GET /health/live HTTP/1.1\r\nHost: x\r\nX-Big: ${'a'.repeat(20_000)}\r\n\r\n`);
    expect(answer).toMatch(/^HTTP\/1\.1 431 /);
    expect(answer).toContain('Content-Type: application/problem+json');
    const body = JSON.parse(answer.slice(answer.indexOf('\r\n\r\n') + 4));
    expect(body).toMatchObject({ type: '/problems/header-fields-too-large', status: 431, title: 'Request header fields too large' });
    expect(body.requestId).toMatch(/^[0-9a-f-]{36}$/);
    expect(answer).toContain(`X-Request-Id: ${body.requestId}`);
  });

  it('a request that is not HTTP/1.1 is a 400 problem with a request id', async () => {
    const answer = await rawExchange('GET /health/live HTTP/1.1\r\nHost: x\r\nBad Header: y\r\n\r\n');
    expect(answer).toMatch(/^HTTP\/1\.1 400 /);
    const body = JSON.parse(answer.slice(answer.indexOf('\r\n\r\n') + 4));
    expect(body).toMatchObject({ type: '/problems/validation', status: 400, detail: 'The request is not valid HTTP/1.1.' });
    expect(body.requestId).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('a body that stops arriving is a 408 problem once the request timeout passes, and the connection is closed', async () => {
    const slow = await createTestApp({ config: { requestTimeoutMs: 1000 } });
    try {
      const net = await import('node:net');
      await slow.app.listen({ port: 0, host: '127.0.0.1' });
      const { port } = slow.app.server.address() as { port: number };
      const started = Date.now();
      const answer = await new Promise<string>((resolve, reject) => {
        const socket = net.connect(port, '127.0.0.1', () =>
          socket.write(
            `POST /core/v3/departments HTTP/1.1\r\nHost: x\r\n${Object.entries(slow.a.auth)
              .map(([k, v]) => `${k}: ${v}`)
              .join('\r\n')}\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n{"name": "Sl`,
          ),
        );
        let data = '';
        socket.on('data', (chunk) => {
          data += chunk.toString();
        });
        socket.on('close', () => resolve(data));
        socket.on('error', (err) => (data ? resolve(data) : reject(err)));
      });
      expect(answer).toMatch(/^HTTP\/1\.1 408 /);
      const body = JSON.parse(answer.slice(answer.indexOf('\r\n\r\n') + 4));
      expect(body).toMatchObject({ type: '/problems/request-timeout', status: 408 });
      expect(Date.now() - started).toBeLessThan(5000);
      // Nothing was stored.
      expect((await slow.call('GET', '/core/v3/departments?name[contains]=Sl')).json.data).toEqual([]);
    } finally {
      await slow.close();
    }
  });
});

describe('a body naming an object prototype', () => {
  it('is a 400 that says which key is refused, not "not valid JSON"', async () => {
    for (const payload of [
      '{"firstName":"A","lastName":"B","__proto__":{"admin":true}}',
      '{"name":"x","constructor":{"prototype":{"a":1}}}',
    ]) {
      const res = await t.app.inject({
        method: 'POST',
        url: '/core/v3/departments',
        headers: { ...t.a.auth, 'content-type': 'application/json' },
        payload,
      });
      expect(res.statusCode).toBe(400);
      expect(res.json().detail).toMatch(/__proto__/);
      expect(res.json().detail).not.toMatch(/not valid JSON/);
    }
  });
});
