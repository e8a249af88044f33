import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../test/app-fixture.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => t?.close());

describe('PUT /core/v3/companies/{id}', () => {
  it('stores the time zone under its canonical IANA name, as offices do', async () => {
    const id = t.a.company.id;
    const body = { name: 'Company A', notificationEmail: 'hr@example.com', language: 'es-ES' };
    const res = await t.call('PUT', `/core/v3/companies/${id}`, { body: { ...body, timezone: 'europe/madrid' } });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json.data).toMatchObject({ id, language: 'es-ES', timezone: 'Europe/Madrid' });
    expect((await t.call('GET', '/core/v3/info')).json.data.company.timezone).toBe('Europe/Madrid');

    const office = await t.call('POST', '/core/v3/offices', { body: { name: 'HQ', timezone: 'europe/madrid' } });
    expect(office.json.data.timezone).toBe('Europe/Madrid');

    const bad = await t.call('PUT', `/core/v3/companies/${id}`, { body: { ...body, timezone: 'Mars/Base' } });
    expect(bad.statusCode).toBe(400);
    expect(bad.json.errors).toEqual([expect.objectContaining({ pointer: '/timezone' })]);
    // Without a time zone, the stored one stays.
    const kept = await t.call('PUT', `/core/v3/companies/${id}`, { body });
    expect(kept.json.data.timezone).toBe('Europe/Madrid');
  });

  it('takes notificationEmail null (as a company made with the CLI shows it) and refuses a language that is no tag', async () => {
    const c = await t.newCompany('Tagged Co');
    const id = c.company.id;
    const cleared = await t.call('PUT', `/core/v3/companies/${id}`, {
      auth: c.auth,
      body: { name: 'Tagged Co', notificationEmail: null, language: 'en' },
    });
    expect(cleared.statusCode, cleared.body).toBe(200);
    expect(cleared.json.data).toMatchObject({ notificationEmail: null, language: 'en' });
    // What /info shows can be sent back as it is.
    const { name, notificationEmail, language } = (await t.call('GET', '/core/v3/info', { auth: c.auth })).json.data.company;
    expect(
      (await t.call('PUT', `/core/v3/companies/${id}`, { auth: c.auth, body: { name, notificationEmail, language } })).statusCode,
    ).toBe(200);
    // What the CLI takes for a company, the PUT takes back.
    expect(
      (await t.call('PUT', `/core/v3/companies/${id}`, { auth: c.auth, body: { name, notificationEmail, language: 'en-US-u-ca-gregory' } }))
        .statusCode,
    ).toBe(200);
    // A language stored before the rule is sent back as read without a 400.
    await t.db.db.updateTable('companies').set({ language: 'EN_gb' }).where('id', '=', id).execute();
    expect(
      (await t.call('PUT', `/core/v3/companies/${id}`, { auth: c.auth, body: { name, notificationEmail, language: 'EN_gb' } })).statusCode,
    ).toBe(200);
    for (const bad of ['not a language', 'e', 'es_ES', '123']) {
      const res = await t.call('PUT', `/core/v3/companies/${id}`, { auth: c.auth, body: { name, notificationEmail, language: bad } });
      expect(res.statusCode, bad).toBe(400);
      expect(res.json.errors[0].pointer).toBe('/language');
    }
  });
});
