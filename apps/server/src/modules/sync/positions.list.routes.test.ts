import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp, type TestCompany } from '../../test/app-fixture.js';
import { expectOrderByRefused } from '../../test/order-by.js';
import { enableSync, person, positionsXml, sync, toCsv } from './sync.test-kit.js';

let t: TestApp;
let c: TestCompany;
beforeAll(async () => {
  t = await createTestApp();
  c = await t.newCompany();
  await enableSync(t, c);
  await sync(t, toCsv(['CEO', 'CTO', 'DEV1', 'DEV2'].map((id) => person(id))), { auth: c.auth });
  const tree = [
    { position_id: 'P1', position_title: 'Chief Executive', employee_id: 'CEO' },
    { position_id: 'P2', position_title: 'Chief Technology', parent_position_id: 'P1', employee_id: 'CTO' },
    { position_id: 'P3', position_title: 'Engineering Lead', parent_position_id: 'P2' },
    { position_id: 'P4', position_title: 'Developer', parent_position_id: 'P3', employee_id: 'DEV1' },
    { position_id: 'P5', position_title: 'Developer', parent_position_id: 'P3', employee_id: 'DEV2' },
    { position_id: 'P10', position_title: 'Auditor', parent_position_id: 'P1' },
  ];
  const file = await sync(t, positionsXml(tree), { auth: c.auth, kind: 'positions', type: 'application/xml' });
  expect(file).toMatchObject({ status: 'complete', counts: { created: 6 } });
});
afterAll(async () => t?.close());

const externalIds = async (orderBy?: string) => {
  const url = `/core/v3/positions${orderBy ? `?orderBy=${encodeURIComponent(orderBy)}` : ''}`;
  const res = await t.call('GET', url, { auth: c.auth });
  expect(res.statusCode, res.body).toBe(200);
  return res.json.data.map((p: { externalId: string }) => p.externalId);
};

describe('GET /core/v3/positions: orderBy', () => {
  it('lists by externalId compared as text by default', async () => {
    expect(await externalIds()).toEqual(['P1', 'P10', 'P2', 'P3', 'P4', 'P5']);
  });

  it('sorts on the fields it lists, asc and desc, and on two fields', async () => {
    expect(await externalIds('externalId desc')).toEqual(['P5', 'P4', 'P3', 'P2', 'P10', 'P1']);
    expect(await externalIds('title asc, externalId desc')).toEqual(['P10', 'P1', 'P2', 'P5', 'P4', 'P3']);
    expect(await externalIds('title desc, externalId asc')).toEqual(['P3', 'P4', 'P5', 'P2', 'P1', 'P10']);
  });

  it('answers 400 naming the sortable fields for any other field or direction', async () => {
    for (const bad of ['holderId', 'title sideways']) {
      await expectOrderByRefused(t, '/core/v3/positions', bad, ['externalId', 'title', 'createdAt', 'updatedAt'], c.auth);
    }
  });
});
