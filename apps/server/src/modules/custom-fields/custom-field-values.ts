import { isCalendarDay, type ServiceContext } from '../../context.js';
import { tenant } from '../../db/tenant.js';
import { type FieldError, invalid, notFound } from '../../http/errors.js';

const validators: Record<string, { test: (v: string) => boolean; message: string }> = {
  text: { test: () => true, message: '' },
  // Decimal notation only (`42`, `-3.5`, `1e3`): not `0x10`, `+5`, `.5` or padded with spaces, which Number() takes.
  number: {
    test: (v) => /^-?\d+(\.\d+)?([eE][+-]?\d+)?$/.test(v) && Number.isFinite(Number(v)),
    message: 'must be a number',
  },
  date: {
    // A real calendar day: 2026-02-30 or month 13 is refused, never rolled over to another day.
    test: (v) => {
      const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(v);
      return !!m && isCalendarDay(Number(m[1]), Number(m[2]), Number(m[3]));
    },
    message: 'must be a date (YYYY-MM-DD)',
  },
  boolean: { test: (v) => v === 'true' || v === 'false', message: 'must be "true" or "false"' },
};

/**
 * Checks custom-field values sent with an employee: each id must be a custom field of the caller's company (404) and
 * each value must fit the field's type (400, pointing at `/customFields/<i>/value`).
 */
export async function validateCustomFieldValues(
  ctx: ServiceContext,
  values: { id: string; value: string | null }[],
  /** On update: a value sent back exactly as the employee has it passes (stored before a rule was tightened). */
  employeeId?: string,
): Promise<void> {
  const errors = await customFieldValueErrors(ctx, values, employeeId);
  if (errors.length) throw invalid(errors);
}

/**
 * The values that do not fit their field's type, as field errors (`/customFields/<i>/value`), for a 400 that lists them
 * with the request's other failing fields. An id that is not a custom field of the caller's company is a 404.
 */
export async function customFieldValueErrors(
  ctx: ServiceContext,
  values: { id: string; value: string | null }[],
  employeeId?: string,
): Promise<FieldError[]> {
  if (values.length === 0) return [];
  const ids = [...new Set(values.map((v) => v.id))];
  const fields = await tenant(ctx).selectFrom('customFields').select(['id', 'type']).where('id', 'in', ids).execute();
  const typeOf = new Map(fields.map((f) => [f.id, f.type]));
  const missing = ids.find((id) => !typeOf.has(id));
  if (missing) throw notFound('Custom field', missing);
  const errors: FieldError[] = [];
  values.forEach((v, i) => {
    const check = validators[typeOf.get(v.id) as string];
    if (v.value !== null && check && !check.test(v.value)) errors.push({ pointer: `/customFields/${i}/value`, message: check.message });
  });
  if (errors.length && employeeId) {
    const stored = await tenant(ctx)
      .selectFrom('customFieldValues')
      .select(['customFieldId', 'value'])
      .where('employeeId', '=', employeeId)
      .where('customFieldId', 'in', ids)
      .execute();
    const current = new Map(stored.map((r) => [r.customFieldId, r.value]));
    const unchanged = (e: FieldError) => {
      const sent = values[Number(e.pointer.split('/')[2])];
      return sent !== undefined && current.get(sent.id) === sent.value;
    };
    return errors.filter((e) => !unchanged(e));
  }
  return errors;
}
