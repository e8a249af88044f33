import type { Static } from 'typebox';
import { apiTimestamp, nowIso, type ServiceContext } from '../../context.js';
import { tenant } from '../../db/tenant.js';
import { DomainError } from '../../http/errors.js';
import { changedFields, changesNothing, inTransaction, recordChange } from '../../platform/audit/record-change.js';
import { sensitiveFieldScopes } from '../../platform/audit/sensitive-fields.js';
import type { SyncSettingsTable } from './sync.tables.js';
import {
  defaultManualFields,
  type EmployeeSyncField,
  employeeSyncFields,
  ignoredFields,
  type ManualCapableField,
  requiredEmployeeFields,
} from './sync-fields.js';
import type { SyncSettings, SyncSettingsBody } from './sync-settings.schemas.js';

export type SyncSettingsView = Static<typeof SyncSettings>;

/** Settings as the engine and the lock use them. */
export interface EffectiveSyncSettings {
  enabled: boolean;
  leaverAction: 'terminate' | 'delete';
  removalThresholdPercent: number;
  manualFields: ManualCapableField[];
  notificationEmails: string[];
  matchBy: 'externalId' | 'email';
  updatedAt: string | null;
}

type Ctx = Pick<ServiceContext, 'db' | 'companyId'>;

export const defaultSyncSettings: EffectiveSyncSettings = {
  enabled: false,
  leaverAction: 'terminate',
  removalThresholdPercent: 75,
  manualFields: defaultManualFields,
  notificationEmails: [],
  matchBy: 'externalId',
  updatedAt: null,
};

function fromRow(row: SyncSettingsTable | undefined): EffectiveSyncSettings {
  if (!row) return { ...defaultSyncSettings };
  return {
    enabled: row.enabled === 1,
    leaverAction: row.leaverAction,
    removalThresholdPercent: row.removalThresholdPercent,
    manualFields: JSON.parse(row.manualFields),
    notificationEmails: JSON.parse(row.notificationEmails),
    matchBy: row.matchBy,
    updatedAt: row.updatedAt,
  };
}

export async function loadSyncSettings(ctx: Ctx): Promise<EffectiveSyncSettings> {
  return fromRow(await tenant(ctx).selectFrom('syncSettings').selectAll().executeTakeFirst());
}

/**
 * The sync fields the feed owns: those the last applied employee file carried (the mandatory ones before any file),
 * plus `manager` once a position file was applied; less the always-manual fields. externalId and status are always
 * owned (the feed matches on the first and terminates / reactivates).
 */
export async function ownedSyncFields(ctx: Ctx, settings: EffectiveSyncSettings): Promise<EmployeeSyncField[]> {
  const last = await tenant(ctx)
    .selectFrom('syncFiles')
    .select(['fields'])
    .where('kind', '=', 'employees')
    .where('dryRun', '=', 0)
    .where('status', 'in', ['complete', 'complete_with_errors'])
    .orderBy('finishedAt', 'desc')
    .orderBy('id', 'desc')
    .executeTakeFirst();
  const positions = await tenant(ctx)
    .selectFrom('syncFiles')
    .select('id')
    .where('kind', '=', 'positions')
    .where('dryRun', '=', 0)
    .where('status', 'in', ['complete', 'complete_with_errors'])
    .executeTakeFirst();
  // Files are kept 30 days; a company that uploads monthly may have none left. The lock must not loosen then: the
  // audit trail (kept for good) still has what the last applied files were.
  const fromAudit = !last || !positions ? await appliedFilesFromAudit(ctx, { employees: !last, positions: !positions }) : null;
  const lastFields = last ? last.fields : (fromAudit?.employeeFields ?? null);
  const carried = new Set<EmployeeSyncField>(lastFields ? JSON.parse(lastFields) : requiredEmployeeFields);
  if (positions || fromAudit?.positionsApplied) carried.add('manager');
  carried.add('externalId');
  carried.add('status');
  if (carried.has('endDate')) carried.delete('endDate');
  const manual = new Set<string>(settings.manualFields);
  return employeeSyncFields.filter((f) => carried.has(f) && !manual.has(f) && !ignoredFields.includes(f));
}

/**
 * What the audit trail says about applied files that are no longer kept: the fields of the last applied employee file
 * (its `sync_file.completed` row) and whether a position file was ever applied. Read only when the files are gone.
 */
async function appliedFilesFromAudit(
  ctx: Ctx,
  want: { employees: boolean; positions: boolean },
): Promise<{ employeeFields: string | null; positionsApplied: boolean }> {
  const applied = (kind: 'employees' | 'positions', limit: number) =>
    ctx.db
      .selectFrom('auditLogs')
      .select('after')
      .where('companyId', '=', ctx.companyId)
      .where('resourceType', '=', 'sync_file')
      .where('action', '=', 'sync_file.completed')
      // The row holds the file as the API shows it (JSON.stringify: no spaces).
      .where('after', 'like', `%"kind":"${kind}"%`)
      .where('after', 'like', '%"dryRun":false%')
      .orderBy('createdAt', 'desc')
      .orderBy('id', 'desc')
      .limit(limit)
      .execute();
  const parse = (after: string | null): { status?: string; fields?: unknown } => {
    try {
      return after ? JSON.parse(after) : {};
    } catch {
      return {};
    }
  };
  const isApplied = (f: { status?: string }) => f.status === 'complete' || f.status === 'complete_with_errors';
  let employeeFields: string | null = null;
  if (want.employees) {
    const last = (await applied('employees', 20)).map((r) => parse(r.after)).find(isApplied);
    if (last && Array.isArray(last.fields)) employeeFields = JSON.stringify(last.fields);
  }
  const positionsApplied = want.positions && (await applied('positions', 20)).some((r) => isApplied(parse(r.after)));
  return { employeeFields, positionsApplied };
}

export async function getSyncSettings(ctx: ServiceContext): Promise<SyncSettingsView> {
  const settings = await loadSyncSettings(ctx);
  return toView(settings, await ownedSyncFields(ctx, settings));
}

function toView(settings: EffectiveSyncSettings, ownedFields: EmployeeSyncField[]): SyncSettingsView {
  return {
    enabled: settings.enabled,
    leaverAction: settings.leaverAction,
    removalThresholdPercent: settings.removalThresholdPercent,
    manualFields: settings.manualFields,
    notificationEmails: settings.notificationEmails,
    matchBy: settings.matchBy,
    ownedFields,
    updatedAt: apiTimestamp(settings.updatedAt),
  };
}

function toRow(companyId: string, s: EffectiveSyncSettings, createdAt: string, updatedAt: string): SyncSettingsTable {
  return {
    companyId,
    enabled: s.enabled ? 1 : 0,
    leaverAction: s.leaverAction,
    removalThresholdPercent: s.removalThresholdPercent,
    manualFields: JSON.stringify(s.manualFields),
    notificationEmails: JSON.stringify(s.notificationEmails),
    matchBy: s.matchBy,
    createdAt,
    updatedAt,
  };
}

/** Writes the settings of a company as given (sandbox creation copies the live company's this way). */
export async function writeSyncSettings(ctx: ServiceContext, settings: EffectiveSyncSettings): Promise<void> {
  const at = nowIso(ctx);
  const exists = await tenant(ctx).selectFrom('syncSettings').select('companyId').executeTakeFirst();
  const row = toRow(ctx.companyId, settings, at, at);
  if (exists) {
    const { companyId: _c, createdAt: _created, ...patch } = row;
    await tenant(ctx).updateTable('syncSettings').set(patch).execute();
  } else {
    await ctx.db.insertInto('syncSettings').values(row).execute();
  }
}

/** PUT: fields sent replace their values, fields not sent keep theirs. */
/**
 * What a settings change may need beyond `sync:write`: letting files write a sensitive field (taking it off the
 * always-manual list) needs that field's write scope, as writing it through the API does; and changing who receives
 * the sync mail (which carries error reports) needs `sync:read`, as reading them does.
 */
function assertSettingsChangeAllowed(scopes: ReadonlySet<string>, current: EffectiveSyncSettings, next: EffectiveSyncSettings) {
  const released = current.manualFields.filter((f) => !next.manualFields.includes(f));
  for (const field of released) {
    const need = sensitiveFieldScopes[field];
    if (need && !need.write.some((scope) => scopes.has(scope))) {
      throw new DomainError(
        'forbidden',
        `Taking ${field} off the always-manual fields lets files write it, which needs the scope "${need.write[0]}" this API key lacks.`,
        { requiredScope: need.write[0] },
      );
    }
  }
  const recipients = (list: string[]) =>
    [...list]
      .map((e) => e.toLowerCase())
      .sort()
      .join(',');
  if (recipients(current.notificationEmails) !== recipients(next.notificationEmails) && !scopes.has('sync:read')) {
    throw new DomainError(
      'forbidden',
      'Changing notificationEmails needs the scope "sync:read" this API key lacks: the sync mail carries the files\' error reports.',
      { requiredScope: 'sync:read' },
    );
  }
}

export async function updateSyncSettings(ctx: ServiceContext, input: Static<typeof SyncSettingsBody>): Promise<SyncSettingsView> {
  return inTransaction(ctx, async (tx) => {
    const stored = await tenant(tx).selectFrom('syncSettings').selectAll().executeTakeFirst();
    const current = fromRow(stored);
    const before = toView(current, await ownedSyncFields(tx, current));
    const next: EffectiveSyncSettings = {
      ...current,
      ...Object.fromEntries(Object.entries(input).filter(([, v]) => v !== undefined)),
    };
    if (input.notificationEmails) next.notificationEmails = [...new Set(input.notificationEmails.map((e) => e.trim()))];
    assertSettingsChangeAllowed(ctx.scopes, current, next);
    // The same settings sent again are not a write (see changesNothing). A company that never saved its settings reads
    // the defaults: sending them stores nothing either.
    const viewChanges = changedFields(before, toView(next, await ownedSyncFields(tx, next)));
    const { createdAt: _created, updatedAt: _updated, ...values } = toRow(tx.companyId, next, '', '');
    if (changesNothing(viewChanges, stored ?? toRow(tx.companyId, current, '', ''), values)) return before;
    await writeSyncSettings(tx, next);
    const saved = await loadSyncSettings(tx);
    const after = toView(saved, await ownedSyncFields(tx, saved));
    await recordChange(tx, {
      resourceType: 'sync_settings',
      resourceId: tx.companyId,
      before,
      after,
      event: { type: 'sync_settings.updated', data: after, changes: changedFields(before, after) },
    });
    return after;
  });
}
