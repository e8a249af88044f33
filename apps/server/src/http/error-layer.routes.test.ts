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
