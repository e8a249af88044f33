import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp, type TestCompany } from '../../test/app-fixture.js';
import { diffOf, employeesByExternalId, enableSync, errorsOf, person, positionsXml, sync, toCsv } from './sync.test-kit.js';

let t: TestApp;
let c: TestCompany;
beforeAll(async () => {
  t = await createTestApp();
  c = await t.newCompany();
  await enableSync(t, c);
  await sync(t, toCsv(['CEO', 'CTO', 'DEV1', 'DEV2', 'CFO'].map((id) => person(id))), { auth: c.auth });
});
afterAll(async () => t?.close());

const tree = [
  { position_id: 'P1', position_title: 'Chief Executive', employee_id: 'CEO' },
  { position_id: 'P2', position_title: 'Chief Technology', parent_position_id: 'P1', employee_id: 'CTO' },
  { position_id: 'P3', position_title: 'Engineering Lead', parent_position_id: 'P2' },
  { position_id: 'P4', position_title: 'Developer', parent_position_id: 'P3', employee_id: 'DEV1' },
  { position_id: 'P5', position_title: 'Developer', parent_position_id: 'P3', employee_id: 'DEV2' },
  { position_id: 'P6', position_title: 'Chief Financial', parent_position_id: 'P1', employee_id: 'CFO' },
];

describe('position files', () => {
  it('stores the tree and sets each holder’s org-chart manager to the holder of the nearest filled position above', async () => {
    const file = await sync(t, positionsXml(tree), { auth: c.auth, kind: 'positions', type: 'application/xml' });
    expect(file).toMatchObject({ kind: 'positions', status: 'complete', counts: { created: 6, deleted: 0 } });
    const people = await employeesByExternalId(t, c);
    const id = (x: string) => people.get(x).id;
    expect(people.get('CEO').managerId).toBeNull();
    expect(people.get('CTO').managerId).toBe(id('CEO'));
    expect(people.get('DEV1').managerId).toBe(id('CTO'));
    expect(people.get('DEV2').managerId).toBe(id('CTO'));
    expect(people.get('CFO').managerId).toBe(id('CEO'));
    const diff = await diffOf(t, file.id, c, '&resourceType=employee');
    expect(diff).toHaveLength(4);
    expect(diff.find((d: { externalId: string }) => d.externalId === 'DEV1').changes).toEqual([
      { field: 'manager', before: null, after: 'CTO' },
    ]);

    const list = await t.call('GET', '/core/v3/positions?limit=2', { auth: c.auth });
    expect(list.statusCode).toBe(200);
    expect(list.json.meta).toMatchObject({ total: 6, lastPage: 3 });
    expect(list.json.data[0]).toMatchObject({
      externalId: 'P1',
      title: 'Chief Executive',
      parentId: null,
      parent: null,
      holder: { id: id('CEO'), externalId: 'CEO', firstName: 'FirstCEO' },
    });
    const p2 = list.json.data[1];
    expect(p2).toMatchObject({ externalId: 'P2', parentId: list.json.data[0].id, parent: { externalId: 'P1', title: 'Chief Executive' } });
    const children = await t.call('GET', `/core/v3/positions?parentId=${p2.id}`, { auth: c.auth });
    expect(children.json.data.map((p: { externalId: string; holder: unknown }) => [p.externalId, p.holder])).toEqual([['P3', null]]);
    expect((await t.call('GET', `/core/v3/positions?holderId=${id('DEV2')}`, { auth: c.auth })).json.data[0].externalId).toBe('P5');
    expect((await t.call('GET', '/core/v3/positions?root=true', { auth: c.auth })).json.meta.total).toBe(1);
    const one = await t.call('GET', `/core/v3/positions/${p2.id}`, { auth: c.auth });
    expect(one.json.data.externalId).toBe('P2');
    expect(one.headers.etag).toBeTruthy();
    const events = await t.db.db
      .selectFrom('events')
      .select('type')
      .where('companyId', '=', c.company.id)
      .where('type', 'like', 'position.%')
      .execute();
    expect(events).toHaveLength(6);

    // Read-only through the API, readable with core:read, private to the company.
    const post = await t.call('POST', '/core/v3/positions', { auth: c.auth, body: {} });
    expect(post.statusCode).toBe(405);
    expect(post.headers.allow).toBe('GET, HEAD');
    const reader = await c.key(['core:read']);
    expect((await t.call('GET', '/core/v3/positions', { auth: reader.auth })).statusCode).toBe(200);
    expect((await t.call('GET', '/core/v3/positions', { auth: (await c.key(['sync:read'])).auth })).statusCode).toBe(403);
    expect((await t.call('GET', `/core/v3/positions/${p2.id}`, { auth: t.b.auth })).statusCode).toBe(404);
    expect((await t.call('GET', '/core/v3/positions', { auth: t.b.auth })).json.meta.total).toBe(0);
  });

  it('moves, renames and removes positions on the next file (CSV), and lists unknown holders as row errors', async () => {
    const csv = [
      'position_id,position_title,parent_position_id,employee_id',
      'P1,Chief Executive,,CEO',
      'P2,Chief Technology Officer,P1,CTO',
      'P4,Developer,P2,DEV1',
      'P5,Developer,P2,DEV2',
      'P6,Chief Financial,P1,NOBODY',
      'P7,Assistant,P6,CFO',
    ].join('\n');
    const file = await sync(t, csv, { auth: c.auth, kind: 'positions' });
    expect(file).toMatchObject({ status: 'complete_with_errors', counts: { created: 1, updated: 4, deleted: 1, unchanged: 1 } });
    expect(await errorsOf(t, file.id, c)).toEqual([
      {
        row: 6,
        employeeId: 'P6',
        field: 'holderExternalId',
        message: 'no active employee with employee_id NOBODY; the position is left vacant',
      },
    ]);
    const people = await employeesByExternalId(t, c);
    expect(people.get('DEV1').managerId).toBe(people.get('CTO').id);
    // P6 is vacant now: the CFO (in P7) reports to the holder above it, the CEO.
    expect(people.get('CFO').managerId).toBe(people.get('CEO').id);
    const positions = await t.call('GET', '/core/v3/positions?limit=50', { auth: c.auth });
    expect(positions.json.data.map((p: { externalId: string }) => p.externalId)).toEqual(['P1', 'P2', 'P4', 'P5', 'P6', 'P7']);
    const p6 = positions.json.data.find((p: { externalId: string }) => p.externalId === 'P6');
    expect(p6.holder).toBeNull();
  });

  it('rejects a tree that does not reach the root, has two roots or an unknown parent; nothing changes', async () => {
    const before = await t.call('GET', '/core/v3/positions?limit=50', { auth: c.auth });
    const cases: [string, RegExp][] = [
      ['P1,Root,,CEO\nP2,A,P3,\nP3,B,P2,', /does not reach the root/],
      ['P1,Root,,CEO\nP2,Other root,,', /2 roots/],
      ['P1,Root,,CEO\nP2,A,P9,', /unknown parent position P9/],
      ['P2,A,P3,\nP3,B,P2,', /no root/],
    ];
    for (const [rows, message] of cases) {
      const file = await sync(t, `position_id,position_title,parent_position_id,employee_id\n${rows}\n`, {
        auth: c.auth,
        kind: 'positions',
      });
      expect(file.status).toBe('error');
      expect(file.error).toMatch(message);
    }
    const xml = await sync(
      t,
      '<positions><position><position_id>X</position_id><position_title>x</position_title><parent_position_id>Y</parent_position_id></position></positions>',
      {
        auth: c.auth,
        kind: 'positions',
        type: 'application/xml',
      },
    );
    expect(xml).toMatchObject({ status: 'error', error: expect.stringContaining('positions.xsd') });
    const after = await t.call('GET', '/core/v3/positions?limit=50', { auth: c.auth });
    expect(after.json.data).toEqual(before.json.data);
  });

  it('blocks a position file that removes more than the threshold', async () => {
    const file = await sync(t, 'position_id,position_title,parent_position_id,employee_id\nP1,Chief Executive,,CEO\n', {
      auth: c.auth,
      kind: 'positions',
    });
    expect(file).toMatchObject({ status: 'blocked', counts: { deleted: 5 } });
    expect((await t.call('GET', '/core/v3/positions', { auth: c.auth })).json.meta.total).toBe(6);
  });

  it('reads a file without any employee_id (CSV column or XML element) as a tree of vacant positions', async () => {
    const own = await t.newCompany();
    await enableSync(t, own);
    await sync(t, toCsv([person('V1')]), { auth: own.auth });
    const csv = await sync(t, 'position_id,position_title,parent_position_id\nV-P1,Board,\nV-P2,Office,V-P1\n', {
      auth: own.auth,
      kind: 'positions',
    });
    expect(csv).toMatchObject({ status: 'complete', counts: { created: 2, rejected: 0 } });
    const xml = await sync(
      t,
      '<positions><root><position_id>V-P1</position_id><position_title>Board</position_title></root><position><position_id>V-P2</position_id><position_title>Front office</position_title><parent_position_id>V-P1</parent_position_id></position></positions>',
      { auth: own.auth, kind: 'positions', type: 'application/xml' },
    );
    expect(xml).toMatchObject({ status: 'complete', counts: { updated: 1, unchanged: 1 } });
    const positions = await t.call('GET', '/core/v3/positions', { auth: own.auth });
    expect(positions.json.data.map((p: { externalId: string; holder: unknown }) => [p.externalId, p.holder])).toEqual([
      ['V-P1', null],
      ['V-P2', null],
    ]);
  });
});
