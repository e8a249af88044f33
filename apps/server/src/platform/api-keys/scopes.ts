/**
 * Scopes: one read/write pair per API module, plus the sensitive scopes that a key holds only when granted
 * explicitly. Documented in /docs (the OpenAPI description lists them) and validated on key creation.
 */
export const moduleScopes = [
  ['core', 'Employees, departments, offices, job charges, roles, custom fields, managers'],
  ['schedule', 'Time tracking, schedules and time off'],
  ['contract', 'Contracts'],
  ['project', 'Projects and time entries'],
  ['document', 'Documents'],
  ['recruitment', 'Recruitment'],
  ['training', 'Training'],
  ['expense', 'Expenses'],
  ['poll', 'Surveys and evaluations'],
  ['request', 'Custom requests'],
  ['asset', 'Assets'],
  ['statistics', 'Statistics'],
  ['sync', 'HR data sync'],
  ['webhook', 'Webhook subscriptions and deliveries'],
  ['event', 'The change feed'],
  ['security', 'API keys and the audit log'],
] as const;

export const sensitiveScopes = [
  ['personal:read', 'Read personal data: nid, ssn, dateOfBirth, address, bank data (accountNumber, bic)'],
  ['personal:write', 'Write personal data fields'],
  ['compensation:read', 'Read compensation data: salaries, pricePerHour, salaryRange, accountNumber'],
  ['compensation:write', 'Write compensation data'],
] as const;

export const allScopes: string[] = [...moduleScopes.flatMap(([m]) => [`${m}:read`, `${m}:write`]), ...sensitiveScopes.map(([s]) => s)];

export const scopeDescriptions: Record<string, string> = Object.fromEntries([
  ...moduleScopes.flatMap(([m, d]) => [
    [`${m}:read`, `Read: ${d}`],
    [`${m}:write`, `Create, change and delete: ${d}`],
  ]),
  ...sensitiveScopes,
]);

export function isKnownScope(scope: string): boolean {
  return allScopes.includes(scope);
}
