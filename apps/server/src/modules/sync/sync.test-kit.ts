import type { TestApp, TestCompany } from '../../test/app-fixture.js';

/** Helpers shared by the HR data sync tests: build files, upload them through the API, let the runner process them. */

// biome-ignore lint/suspicious/noExplicitAny: parsed answers are asserted field by field in tests
type Json = any;

export const header = ['employee_id', 'forename', 'surname', 'email', 'employee_type', 'department', 'start_date', 'country'];

export interface Row {
  employee_id: string;
  forename?: string;
  surname?: string;
  email?: string;
  employee_type?: string;
  department?: string;
  start_date?: string;
  country?: string;
  [column: string]: string | undefined;
}

/** A person with every mandatory column filled from the id. */
export function person(id: string, extra: Partial<Row> = {}): Row {
  return {
    employee_id: id,
    forename: `First${id}`,
    surname: `Last${id}`,
    email: `${id.toLowerCase()}@example.com`,
    employee_type: 'Full time',
    department: 'Sales',
    start_date: '2020-01-15',
    country: 'ES',
    ...extra,
  };
}

export function toCsv(rows: Row[], options: { delimiter?: string; bom?: boolean; columns?: string[] } = {}): string {
  const d = options.delimiter ?? ',';
  const columns = options.columns ?? [...new Set([...header, ...rows.flatMap((r) => Object.keys(r))])];
  const cell = (v: string | undefined) => {
    const s = v ?? '';
    return /["\r\n]/.test(s) || s.includes(d) ? `"${s.replaceAll('"', '""')}"` : s;
  };
  const lines = [columns.join(d), ...rows.map((r) => columns.map((c) => cell(r[c])).join(d))];
  return `${options.bom ? '\uFEFF' : ''}${lines.join('\r\n')}\r\n`;
}

const escapeXml = (s: string) => s.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');

export function toXml(rows: Row[]): string {
  const body = rows
    .map(
      (r) =>
        `  <employee>\n${Object.entries(r)
          .filter(([, v]) => v !== undefined)
          .map(([k, v]) => `    <${k}>${escapeXml(v as string)}</${k}>`)
          .join('\n')}\n  </employee>`,
    )
    .join('\n');
  return `<?xml version="1.0" encoding="UTF-8"?>\n<employees>\n${body}\n</employees>\n`;
}

export interface PositionRow {
  position_id: string;
  position_title: string;
  parent_position_id?: string;
  employee_id?: string;
}

export function positionsXml(rows: PositionRow[]): string {
  const [root, ...rest] = rows;
  const el = (r: PositionRow) =>
    Object.entries(r)
      .filter(([, v]) => v !== undefined)
      .map(([k, v]) => `<${k}>${escapeXml(v as string)}</${k}>`)
      .join('');
  return `<?xml version="1.0" encoding="UTF-8"?>\n<positions>\n  <root>${el({ ...(root as PositionRow), parent_position_id: undefined })}</root>\n${rest.map((r) => `  <position>${el(r)}</position>`).join('\n')}\n</positions>\n`;
}

export async function upload(
  t: TestApp,
  body: string | Buffer,
  options: { kind?: 'employees' | 'positions'; type?: string; query?: string; auth?: Record<string, string>; url?: string } = {},
) {
  const url = options.url ?? (options.kind === 'positions' ? '/sync/v1/position-files' : '/sync/v1/employee-files');
  const res = await t.app.inject({
    method: 'POST',
    url: `${url}${options.query ? `?${options.query}` : ''}`,
    headers: { ...(options.auth ?? t.a.auth), 'content-type': options.type ?? 'text/csv' },
    payload: body,
  });
  return Object.assign(res, { json: res.body ? (JSON.parse(res.body) as Json) : undefined });
}

/** Uploads, lets the runner process everything that is due, and returns the file as the API shows it. */
export async function sync(t: TestApp, body: string | Buffer, options: Parameters<typeof upload>[2] = {}): Promise<Json> {
  const res = await upload(t, body, options);
  if (res.statusCode !== 202) throw new Error(`upload answered ${res.statusCode}: ${res.body}`);
  await t.app.syncRunner.drain();
  const file = await t.call('GET', `/sync/v1/files/${res.json.data.id}`, { auth: options.auth });
  return file.json.data;
}

export async function enableSync(t: TestApp, company?: TestCompany, settings: Record<string, unknown> = {}) {
  const res = await t.call('PUT', '/sync/v1/settings', { auth: company?.auth, body: { enabled: true, ...settings } });
  if (res.statusCode !== 200) throw new Error(`settings answered ${res.statusCode}: ${res.body}`);
  return res.json.data;
}

/** A new company with HR data sync enabled. */
export async function syncCompany(t: TestApp): Promise<TestCompany> {
  const c = await t.newCompany();
  await enableSync(t, c);
  return c;
}

/** Creates a column mapping (200 expected) and returns it as the API shows it. */
export async function newMapping(t: TestApp, c: TestCompany, body: Record<string, unknown>): Promise<Json> {
  const res = await t.call('POST', '/sync/v1/mappings', { auth: c.auth, body });
  if (res.statusCode !== 200) throw new Error(`mapping answered ${res.statusCode}: ${res.body}`);
  return res.json.data;
}

export async function employeesByExternalId(t: TestApp, company?: TestCompany): Promise<Map<string, Json>> {
  const all: Json[] = [];
  for (let page = 1; ; page++) {
    const res = await t.call('GET', `/core/v3/employees?limit=500&page=${page}&status[in]=active,inactive`, { auth: company?.auth });
    all.push(...res.json.data);
    if (page >= res.json.meta.lastPage) break;
  }
  return new Map(all.map((e) => [e.externalId, e]));
}

export async function diffOf(t: TestApp, fileId: string, company?: TestCompany, query = ''): Promise<Json[]> {
  const res = await t.call('GET', `/sync/v1/files/${fileId}/diff?limit=500${query}`, { auth: company?.auth });
  return res.json.data;
}

export async function errorsOf(t: TestApp, fileId: string, company?: TestCompany): Promise<Json[]> {
  const res = await t.call('GET', `/sync/v1/files/${fileId}/errors?format=json&limit=500`, { auth: company?.auth });
  return res.json.data;
}
