import type { ServiceContext } from '../../context.js';
import { tenant } from '../../db/tenant.js';
import { DomainError } from '../../http/errors.js';
import type { EmployeesTable } from '../employees/employees.tables.js';
import { apiFieldOf, type EmployeeSyncField, employeeTypeSlug, manualCapableFields } from './sync-fields.js';
import { type EffectiveSyncSettings, loadSyncSettings, ownedSyncFields } from './sync-settings.service.js';

/**
 * The lock of HR data sync: while sync is enabled, the fields the feed owns cannot be changed through the API, and
 * employees cannot be created or deleted by hand (the file is the roster). Always-manual fields and fields the feed
 * does not carry stay editable. The employees service calls these checks; the feed itself (actor `sync`) is exempt.
 */

type Change =
  | { kind: 'create' }
  | { kind: 'delete' }
  | { kind: 'terminate' }
  | { kind: 'reactivate' }
  | { kind: 'manager'; current: EmployeesTable; managerId: string | null }
  | { kind: 'update'; current: EmployeesTable; input: Record<string, unknown> };

function locked(fields: { apiField: string; syncField: EmployeeSyncField }[], what: string): DomainError {
  const names = [...new Set(fields.map((f) => f.apiField))];
  const one = names.length === 1;
  // externalId (the matching key) and status (who is in the roster) are always the feed's: no always-manual way out.
  const manualCapable = fields.filter((f) => (manualCapableFields as readonly string[]).includes(f.syncField));
  const hint =
    manualCapable.length === fields.length
      ? ` (or declare ${one ? 'the field' : 'the fields'} always-manual in /sync/v1/settings)`
      : manualCapable.length
        ? ` (${[...new Set(manualCapable.map((f) => f.apiField))].join(', ')} can be declared always-manual in /sync/v1/settings)`
        : ', or disable sync';
  return new DomainError(
    'conflict',
    `${what}: ${names.join(', ')} ${one ? 'is' : 'are'} managed by HR data sync while it is enabled; change ${one ? 'it' : 'them'} in the HR system${hint}.`,
    {
      errors: fields.map((f) => ({ pointer: `/${f.apiField}`, message: `managed by HR data sync (sync field ${f.syncField})` })),
      syncManagedFields: names,
    },
  );
}

function sameValue(current: unknown, next: unknown): boolean {
  const norm = (v: unknown) => (v === undefined || v === '' ? null : typeof v === 'string' ? v.trim() : v);
  return norm(current) === norm(next);
}

/** The company's sync settings when the lock applies to this caller (sync enabled, not the feed itself), else null. */
async function lockingSettings(ctx: ServiceContext): Promise<EffectiveSyncSettings | null> {
  if (ctx.actor.type === 'sync') return null;
  const settings = await loadSyncSettings(ctx);
  return settings.enabled ? settings : null;
}

/**
 * Throws a 409 problem naming the locked fields when the change touches what the feed owns. For an update, returns
 * the owned fields the input sends as they are, give or take surrounding spaces or the email's case: the caller leaves
 * them out of the write, so the value the feed wrote stays exactly (the next file would otherwise change it back).
 */
export async function assertSyncAllowsEmployeeChange(ctx: ServiceContext, change: Change): Promise<string[]> {
  const settings = await lockingSettings(ctx);
  if (!settings) return [];
  if (change.kind === 'create') {
    throw new DomainError(
      'conflict',
      'HR data sync is enabled: employees are created by the sync file, not through the API. Add the employee in the HR system, or disable sync.',
      { errors: [{ pointer: '', message: 'employees are created by HR data sync' }], syncManagedFields: ['employee'] },
    );
  }
  if (change.kind === 'delete') {
    throw new DomainError(
      'conflict',
      'HR data sync is enabled: employees are removed by the sync file (absent from it), not through the API.',
      { errors: [{ pointer: '', message: 'employees are removed by HR data sync' }], syncManagedFields: ['employee'] },
    );
  }
  const owned = new Set(await ownedSyncFields(ctx, settings));
  if (change.kind === 'terminate' || change.kind === 'reactivate') {
    throw locked([{ apiField: 'status', syncField: 'status' }], `Cannot ${change.kind} the employee`);
  }
  if (change.kind === 'manager') {
    if (owned.has('manager') && !sameValue(change.current.managerId, change.managerId)) {
      throw locked([{ apiField: 'managerId', syncField: 'manager' }], 'Cannot change the org-chart manager');
    }
    return [];
  }
  const { current, input } = change;
  const hits: { apiField: string; syncField: EmployeeSyncField }[] = [];
  /** Owned fields sent with the value they have (give or take spaces, or the email's case): the stored value stays. */
  const kept: string[] = [];
  const columnOf: Record<string, keyof EmployeesTable> = {
    externalId: 'externalId',
    firstName: 'firstName',
    lastName: 'lastName',
    startDate: 'startDate',
    country: 'country',
    phone: 'phone',
    dateOfBirth: 'dateOfBirth',
    gender: 'gender',
    managerId: 'managerId',
    jobChargeId: 'jobChargeId',
    status: 'status',
  };
  for (const field of owned) {
    const apiField = apiFieldOf[field];
    if (!apiField || input[apiField] === undefined) continue;
    if (apiField === 'email') {
      const next = input.email as string | null;
      if ((current.emailNormalized ?? null) !== (next ? next.trim().toLowerCase() : null)) hits.push({ apiField, syncField: field });
      else kept.push(apiField);
    } else if (apiField === 'customFields') {
      const values = input.customFields as { id: string; value: string | null }[];
      const cf = await tenant(ctx).selectFrom('customFields').select('id').where('slug', '=', employeeTypeSlug).executeTakeFirst();
      const sent = cf && values.find((v) => v.id === cf.id);
      if (cf && sent) {
        const stored = await tenant(ctx)
          .selectFrom('customFieldValues')
          .select('value')
          .where('employeeId', '=', current.id)
          .where('customFieldId', '=', cf.id)
          .executeTakeFirst();
        if (!sameValue(stored?.value ?? null, sent.value)) hits.push({ apiField: `customFields/${employeeTypeSlug}`, syncField: field });
      }
    } else {
      const column = columnOf[apiField];
      if (column && !sameValue(current[column], input[apiField])) hits.push({ apiField, syncField: field });
      else if (column) kept.push(apiField);
    }
  }
  if (hits.length) throw locked(hits, 'Cannot change the employee');
  return kept;
}

/**
 * Department and office assignments are what the file's `department` / `office` columns write (exactly the one it
 * names): while sync is enabled and the feed carries the column, assigning or unassigning by hand is a 409 naming
 * the field. Without the column in the feed, assignments stay manual.
 */
export async function assertSyncAllowsAssignationChange(
  ctx: ServiceContext,
  field: 'department' | 'office',
  action: 'assign' | 'unassign',
): Promise<void> {
  const settings = await lockingSettings(ctx);
  if (!settings) return;
  const owned = new Set(await ownedSyncFields(ctx, settings));
  if (!owned.has(field)) return;
  const apiField = apiFieldOf[field] as string;
  throw locked(
    [{ apiField, syncField: field }],
    `Cannot ${action} the employee ${action === 'assign' ? 'to' : 'from'} ${field === 'department' ? 'a department' : 'an office'}`,
  );
}

/**
 * The employee type the feed writes lives in the custom field `cf_employee_type`: while the feed owns `employeeType`,
 * deleting that field (every employee's value with it) or changing its slug (the feed finds it by slug) is a 409
 * naming the field. Renaming it (its display name) stays manual, like departments.
 */
export async function assertSyncAllowsCustomFieldChange(
  ctx: ServiceContext,
  current: { slug: string },
  change: { kind: 'delete' } | { kind: 'update'; slug: string },
): Promise<void> {
  if (current.slug !== employeeTypeSlug) return;
  if (change.kind === 'update' && change.slug === current.slug) return;
  const settings = await lockingSettings(ctx);
  if (!settings) return;
  const owned = new Set(await ownedSyncFields(ctx, settings));
  if (!owned.has('employeeType')) return;
  throw locked(
    [{ apiField: `customFields/${employeeTypeSlug}`, syncField: 'employeeType' }],
    change.kind === 'delete' ? 'Cannot delete the custom field' : 'Cannot change the slug of the custom field',
  );
}
