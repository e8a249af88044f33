import { describe, expect, it } from 'vitest';
import { scratchDatabases } from '../test/scratch-database.js';
import { migrateToLatest } from './migrate.js';
import { sortKey } from './sort-key.js';

describe('sortKey', () => {
  it('sorts names as people expect: accents and case do not count, letters without a decomposition map to their base', () => {
    const names = [
      'Zapata',
      'Álvarez',
      'alba',
      'Alonso',
      'Ørsted',
      'Oliveira',
      'Łukasz',
      'Lopez',
      'Íñigo',
      'Ibáñez',
      'Žižek',
      'Иванов',
      'Ёлкин',
    ];
    const sorted = [...names].sort((a, b) => (sortKey(a) < sortKey(b) ? -1 : sortKey(a) > sortKey(b) ? 1 : 0));
    expect(sorted).toEqual([
      'alba',
      'Alonso',
      'Álvarez',
      'Ibáñez',
      'Íñigo',
      'Lopez',
      'Łukasz',
      'Oliveira',
      'Ørsted',
      'Zapata',
      'Žižek',
      'Ёлкин',
      'Иванов',
    ]);
    expect(sortKey('Straße')).toBe('strasse');
    expect(sortKey('GARCÍA')).toBe(sortKey('garcia'));
  });
});

describe('migration 0006: rows written before it get their sort keys', () => {
  const scratch = scratchDatabases();

  it('fills the keys of existing employees, departments, offices, job charges, roles and custom fields', async () => {
    const handle = await scratch.open();
    const { pgSchema } = handle;
    try {
      await migrateToLatest(handle.db, handle.dialect, pgSchema, '0005-sync-line-fingerprint');
      // biome-ignore lint/suspicious/noExplicitAny: the schema before the migration has no key columns
      const db = handle.db as any;
      const at = new Date().toISOString();
      const companyId = '0190d6c0-0000-7000-8000-00000000000a';
      await db.insertInto('companies').values({ id: companyId, name: 'Old', region: 'eu1', createdAt: at, updatedAt: at }).execute();
      await db
        .insertInto('employees')
        .values({
          id: '0190d6c0-0000-7000-8000-00000000000b',
          companyId,
          firstName: 'Íñigo',
          lastName: 'Álvarez',
          status: 'active',
          createdAt: at,
          updatedAt: at,
        })
        .execute();
      for (const table of ['departments', 'offices', 'jobCharges', 'roles']) {
        await db
          .insertInto(table)
          .values({
            id: `0190d6c0-0000-7000-8000-0000000000${table.length}c`,
            companyId,
            name: 'Área Técnica',
            createdAt: at,
            updatedAt: at,
          })
          .execute();
      }
      await db
        .insertInto('customFields')
        .values({
          id: '0190d6c0-0000-7000-8000-00000000000d',
          companyId,
          name: 'Ñandú',
          slug: 'cf_nandu',
          type: 'text',
          createdAt: at,
          updatedAt: at,
        })
        .execute();

      expect(await migrateToLatest(handle.db, handle.dialect, pgSchema)).toContain('0006-name-sort-keys');

      const employee = await handle.db.selectFrom('employees').select(['firstNameKey', 'lastNameKey']).executeTakeFirstOrThrow();
      expect(employee).toEqual({ firstNameKey: 'inigo', lastNameKey: 'alvarez' });
      for (const table of ['departments', 'offices', 'jobCharges', 'roles'] as const) {
        const row = await handle.db.selectFrom(table).select('nameKey').where('companyId', '=', companyId).executeTakeFirstOrThrow();
        expect({ table, key: row.nameKey }).toEqual({ table, key: 'area tecnica' });
      }
      const field = await handle.db.selectFrom('customFields').select('nameKey').executeTakeFirstOrThrow();
      expect(field.nameKey).toBe('nandu');
    } finally {
      await handle.close();
    }
  });
});
