import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { systemContext } from '../context.js';
import { createEmployee } from '../modules/employees/employees.service.js';
import { createTestApp, type TestApp } from '../test/app-fixture.js';
import { camelCaseColumns, executeWithoutRowMapping } from './camel-case-rows.js';
import { preparedQuery } from './prepared-query.js';
import { tenant } from './tenant.js';

let t: TestApp;
const ids: string[] = [];

beforeAll(async () => {
  t = await createTestApp();
  const ctx = systemContext(t.db, t.a.company.id, ['core:write']);
  for (const [firstName, lastName] of [
    ['Ana', 'López'],
    ['Ben', 'Smith'],
    ['Carla', 'Núñez'],
  ] as const) {
    ids.push((await createEmployee(ctx, { firstName, lastName })).id);
  }
});

afterAll(() => t.close());

const names = preparedQuery(
  (db, p: { companyId: string; ids: string[] }) =>
    tenant({ db, companyId: p.companyId })
      .selectFrom('employees')
      .select(['id', 'firstName', 'lastName'])
      .where('deletedAt', 'is', null)
      .where('id', 'in', p.ids)
      .orderBy('firstName'),
  { maxShapes: 2 },
);

describe('preparedQuery', () => {
  it('answers as the same query built each time, for every list length and company', async () => {
    const companyId = t.a.company.id;
    for (const list of [[ids[0]!], ids, [ids[2]!, ids[1]!], [ids[1]!], ids.slice(0, 2)]) {
      const built = await tenant({ db: t.db.db, companyId })
        .selectFrom('employees')
        .select(['id', 'firstName', 'lastName'])
        .where('deletedAt', 'is', null)
        .where('id', 'in', list)
        .orderBy('firstName')
        .execute();
      expect(await names(t.db.db, { companyId, ids: list })).toEqual(built);
      expect(built.length).toBe(list.length);
    }
    expect(await names(t.db.db, { companyId: t.b.company.id, ids })).toEqual([]);
  });

  it('runs inside a transaction, seeing its uncommitted rows', async () => {
    const companyId = t.a.company.id;
    let inside: string | undefined;
    const rollback = new Error('roll back');
    await expect(
      t.db.db.transaction().execute(async (tx) => {
        await tx.updateTable('employees').set({ firstName: 'Anabel' }).where('id', '=', ids[0]!).execute();
        inside = (await names(tx, { companyId, ids: [ids[0]!] }))[0]?.firstName;
        throw rollback;
      }),
    ).rejects.toBe(rollback);
    expect(inside).toBe('Anabel');
    expect((await names(t.db.db, { companyId, ids: [ids[0]!] }))[0]?.firstName).toBe('Ana');
  });

  it('refuses an argument used other than as a parameter', async () => {
    const misused = preparedQuery((db, p: { name: string }) =>
      db.selectFrom('employees').select('id').where('firstName', '=', String(p.name).toLowerCase()),
    );
    await expect(misused(t.db.db, { name: 'Ana' })).rejects.toThrow(/argument "name" must be used as a query parameter/);
  });

  it('returns the rows as selected with mapRows: false, for camelCase aliases', async () => {
    const byId = preparedQuery(
      (db, p: { id: string }) =>
        db
          .selectFrom('employees')
          .select(camelCaseColumns('employees', ['id', 'firstName', 'companyId']) as never)
          .where('id', '=', p.id)
          .$castTo<{ id: string; firstName: string; companyId: string }>(),
      { mapRows: false },
    );
    expect(await byId(t.db.db, { id: ids[1]! })).toEqual([{ id: ids[1], firstName: 'Ben', companyId: t.a.company.id }]);
    const rows = await executeWithoutRowMapping(
      t.db.db,
      t.db.db
        .selectFrom('employees')
        .select(camelCaseColumns('employees', ['id', 'lastName']) as never)
        .where('id', '=', ids[2]!)
        .$castTo<{ id: string; lastName: string }>(),
    );
    expect(rows).toEqual([{ id: ids[2], lastName: 'Núñez' }]);
  });
});
