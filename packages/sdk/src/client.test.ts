import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../apps/server/src/test/app-fixture.js';
import { createRosterClient, RosterApiError, unwrap } from './index.js';

let t: TestApp;
let baseUrl: string;
beforeAll(async () => {
  t = await createTestApp();
  baseUrl = await t.app.listen({ port: 0, host: '127.0.0.1' });
});
afterAll(async () => t?.close());

describe('the generated SDK against a real server', () => {
  it('creates, lists and reads employees with typed calls', async () => {
    const roster = createRosterClient({ baseUrl, token: t.a.token });
    const created = unwrap(await roster.POST('/core/v3/employees', { body: { firstName: 'Sdk', lastName: 'User', externalId: 'SDK-1' } }));
    expect(created.data.externalId).toBe('SDK-1');
    const list = unwrap(await roster.GET('/core/v3/employees', { params: { query: { externalId: 'SDK-1', limit: 10 } } }));
    expect(list.meta.total).toBe(1);
    expect(list.data[0]?.id).toBe(created.data.id);
    const one = unwrap(await roster.GET('/core/v3/employees/{id}', { params: { path: { id: created.data.id } } }));
    expect(one.data.firstName).toBe('Sdk');
  });

  it('turns error answers into RosterApiError with the problem details', async () => {
    const roster = createRosterClient({ baseUrl, token: t.a.token });
    const result = await roster.POST('/core/v3/employees', { body: { firstName: '', lastName: 'x' } });
    expect(result.response.status).toBe(400);
    try {
      unwrap(result);
      expect.unreachable();
    } catch (err) {
      expect(err).toBeInstanceOf(RosterApiError);
      const e = err as RosterApiError;
      expect(e.status).toBe(400);
      expect(e.problem.errors?.[0]?.pointer).toBe('/firstName');
      expect(e.problem.requestId).toBeTruthy();
    }
    const anonymous = createRosterClient({ baseUrl, token: 'rk_wrong' });
    const denied = await anonymous.GET('/core/v3/info');
    expect(denied.response.status).toBe(401);
    expect(() => unwrap(denied)).toThrow(/401/);
  });
});
