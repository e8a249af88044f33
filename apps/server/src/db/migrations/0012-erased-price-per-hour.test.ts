import { describe, expect, it } from 'vitest';
import { scratchDatabases } from '../../test/scratch-database.js';
import { migrateToLatest } from '../migrate.js';

const scratch = scratchDatabases();

const at = '2026-12-01T10:00:00.000Z';
const companyId = '0190d6c0-0000-7000-8000-0000000000d1';
const erasedId = '0190d6c0-0000-7000-8000-0000000000e1';
const liveId = '0190d6c0-0000-7000-8000-0000000000e2';

const employee = (id: string, names: [string, string], price: string, deleted: boolean) => ({
  id,
  companyId,
  firstName: names[0],
  lastName: names[1],
  status: deleted ? 'inactive' : 'active',
  pricePerHour: price,
  createdAt: at,
  updatedAt: at,
  deletedAt: deleted ? at : null,
});
const snapshot = (id: string, names: [string, string], price: number) => ({
  id,
  firstName: names[0],
  lastName: names[1],
  pricePerHour: price,
});

describe('migration 0012', () => {
  it('empties the cost per hour of erased employees, in their rows and in the snapshots that hold them, and nothing else', async () => {
    const handle = await scratch.open();
    try {
      await migrateToLatest(handle.db, handle.dialect, handle.pgSchema, '0011-sync-pending-end-date');
      // biome-ignore lint/suspicious/noExplicitAny: the schema before the migration
      const db = handle.db as any;
      await db.insertInto('companies').values({ id: companyId, name: 'C', region: 'eu1', createdAt: at, updatedAt: at }).execute();
      await db
        .insertInto('employees')
        .values([employee(erasedId, ['Deleted', 'Employee'], '42.75', true), employee(liveId, ['Li', 'Ve'], '10.5', false)])
        .execute();
      const erasedSnapshot = snapshot(erasedId, ['Deleted', 'Employee'], 42.75);
      const liveSnapshot = snapshot(liveId, ['Li', 'Ve'], 10.5);
      const audit = (id: string, resourceId: string, after: unknown) => ({
        id,
        companyId,
        actorType: 'api_key',
        action: 'employee.created',
        resourceType: 'employee',
        resourceId,
        before: null,
        after: JSON.stringify(after),
        createdAt: at,
      });
      await db
        .insertInto('auditLogs')
        .values([
          audit('0190d6c0-0000-7000-8000-0000000000a1', erasedId, erasedSnapshot),
          audit('0190d6c0-0000-7000-8000-0000000000a2', liveId, liveSnapshot),
        ])
        .execute();
      const event = (id: string, resourceId: string, data: unknown) => ({
        id,
        companyId,
        type: 'employee_department_assignation.created',
        resourceType: 'employee_department_assignation',
        resourceId,
        data: JSON.stringify(data),
        createdAt: at,
      });
      await db
        .insertInto('events')
        .values([
          event('0190d6c0-0000-7000-8000-0000000000b1', 'x1', { id: 'x1', employee: erasedSnapshot }),
          event('0190d6c0-0000-7000-8000-0000000000b2', 'x2', { id: 'x2', employee: liveSnapshot }),
        ])
        .execute();

      expect(await migrateToLatest(handle.db, handle.dialect, handle.pgSchema, '0012-erased-price-per-hour')).toEqual([
        '0012-erased-price-per-hour',
      ]);

      const rows = await db.selectFrom('employees').select(['id', 'pricePerHour']).orderBy('id').execute();
      expect(rows).toEqual([
        { id: erasedId, pricePerHour: null },
        { id: liveId, pricePerHour: '10.5' },
      ]);
      const audits = await db.selectFrom('auditLogs').select(['resourceId', 'after']).orderBy('id').execute();
      expect(audits.map((a: { after: string }) => JSON.parse(a.after))).toEqual([{ ...erasedSnapshot, pricePerHour: null }, liveSnapshot]);
      const events = await db.selectFrom('events').select(['data']).orderBy('seq').execute();
      expect(events.map((e: { data: string }) => JSON.parse(e.data))).toEqual([
        { id: 'x1', employee: { ...erasedSnapshot, pricePerHour: null } },
        { id: 'x2', employee: liveSnapshot },
      ]);
    } finally {
      await handle.close();
    }
  });
});
