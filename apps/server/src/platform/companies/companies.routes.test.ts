import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../test/app-fixture.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => t?.close());

describe('company names', () => {
  it('PUT /core/v3/companies/{id} refuses a name of only spaces (400 naming /name) and trims a padded one', async () => {
    const c = await t.newCompany('Named Co');
    const url = `/core/v3/companies/${c.company.id}`;
    const body = { notificationEmail: null, language: 'en-GB' };
    const blank = await t.call('PUT', url, { auth: c.auth, body: { ...body, name: '   ' } });
    expect(blank.statusCode).toBe(400);
    expect(blank.json.errors).toEqual([expect.objectContaining({ pointer: '/name' })]);
    expect((await t.call('GET', '/core/v3/info', { auth: c.auth })).json.data.company.name).toBe('Named Co');
    const padded = await t.call('PUT', url, { auth: c.auth, body: { ...body, name: '  Named Company  ' } });
    expect(padded.statusCode, padded.body).toBe(200);
    expect(padded.json.data.name).toBe('Named Company');
  });
});
