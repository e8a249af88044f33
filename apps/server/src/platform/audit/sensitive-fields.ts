/**
 * Sensitive fields and the scopes that unlock them. A field listed under several scopes is shown when the caller
 * holds any of them (bank data is both personal and compensation data).
 */
export const sensitiveFieldScopes: Record<string, { read: string[]; write: string[] }> = {
  nid: { read: ['personal:read'], write: ['personal:write'] },
  ssn: { read: ['personal:read'], write: ['personal:write'] },
  dateOfBirth: { read: ['personal:read'], write: ['personal:write'] },
  address: { read: ['personal:read'], write: ['personal:write'] },
  bic: { read: ['personal:read'], write: ['personal:write'] },
  accountNumber: { read: ['personal:read', 'compensation:read'], write: ['personal:write', 'compensation:write'] },
  pricePerHour: { read: ['compensation:read'], write: ['compensation:write'] },
  salaryRange: { read: ['compensation:read'], write: ['compensation:write'] },
};

export const sensitiveFieldNames = Object.keys(sensitiveFieldScopes);

/** Removes the sensitive fields the caller may not read (top level of the object). */
export function omitUnreadable<T extends object>(value: T, scopes: ReadonlySet<string>): T {
  let copy: Record<string, unknown> | null = null;
  for (const [field, need] of Object.entries(sensitiveFieldScopes)) {
    if (field in value && !need.read.some((s) => scopes.has(s))) {
      copy ??= { ...(value as Record<string, unknown>) };
      delete copy[field];
    }
  }
  return (copy ?? value) as T;
}

/** The sensitive fields present in a write body that the caller may not write. */
export function unwritableFields(body: object, scopes: ReadonlySet<string>): string[] {
  return Object.keys(body).filter((field) => {
    const need = sensitiveFieldScopes[field];
    return need !== undefined && (body as Record<string, unknown>)[field] !== undefined && !need.write.some((s) => scopes.has(s));
  });
}

/**
 * The names in an event's `changes` that `scopes` may know changed: a sensitive field's name is left out for a reader
 * who may not read the field (that a salary or a national id just changed is itself personal data).
 */
export function readableChanges(changes: readonly string[], scopes: ReadonlySet<string>): string[] {
  return changes.filter((field) => {
    const need = sensitiveFieldScopes[field];
    return need === undefined || need.read.some((s) => scopes.has(s));
  });
}

/** Sensitive names belong to people: an object with a first and last name (an employee, wherever it is embedded). */
function isPerson(value: Record<string, unknown>): boolean {
  return 'firstName' in value && 'lastName' in value;
}

/**
 * Omits the sensitive fields the holder of `scopes` may not read from every person in a value, however deeply
 * embedded (assignations and managers embed employees). Used for events, which carry the full object.
 */
export function omitUnreadableFromPeople(value: unknown, scopes: ReadonlySet<string>): unknown {
  if (value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) return value.map((v) => omitUnreadableFromPeople(v, scopes));
  const record = value as Record<string, unknown>;
  const visible = isPerson(record) ? omitUnreadable(record, scopes) : record;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(visible)) out[k] = omitUnreadableFromPeople(v, scopes);
  return out;
}

/** Audit rows never store sensitive values of people, only that they changed. */
export function redactSensitive(value: unknown): unknown {
  if (value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) return value.map(redactSensitive);
  const record = value as Record<string, unknown>;
  const person = isPerson(record);
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(record)) {
    out[k] = person && k in sensitiveFieldScopes && v !== null && v !== undefined ? '[redacted]' : redactSensitive(v);
  }
  return out;
}
