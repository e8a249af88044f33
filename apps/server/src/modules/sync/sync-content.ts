import { createHash } from 'node:crypto';
import type { ServiceContext } from '../../context.js';
import { tenant } from '../../db/tenant.js';
import type { SyncFilesTable } from './sync.tables.js';
import type { EmployeeSyncField } from './sync-fields.js';
import type { SyncRecord } from './sync-records.js';
import type { EffectiveSyncSettings } from './sync-settings.service.js';

/**
 * "Same content on an untouched roster": the daily export of an ERP usually changes nothing, yet its bytes differ
 * (row order, a timestamp in the file name column, quoting, CSV instead of XML). Comparing such a file with 100,000
 * employees means reading the whole roster; instead, when
 *
 * 1. the last applied employee file completed without row errors (so the roster then matched every record of it),
 * 2. this file's records are the same as that file's (same fields, same values, in any order) and were compared under
 *    the same settings and comparison rules (the fingerprint covers both),
 * 3. no record's end date lies after the day that file was applied (an end date that has been reached since turns an
 *    active row into a leaver), and
 * 4. nobody and nothing has changed the company since that file started, nor within a minute before (no audit row
 *    other than that file's own and the bookkeeping of sync files; every write stores one),
 *
 * the comparison cannot find anything to do, and the file completes with every row unchanged, as the full
 * comparison would have. Any doubt falls back to the full comparison.
 */

/** Bump when the comparison's rules change: a fingerprint taken under other rules says nothing about this file. */
const comparisonRules = 1;

/** A write by anyone but the sync recorded this long before the last file started may still have been uncommitted
 * when that file read the roster (API writes take milliseconds; this covers slow transactions and clock skew between
 * server processes). */
const overlapMs = 60_000;

type Rec = SyncRecord<EmployeeSyncField>;

/**
 * SHA-256 of the comparison settings, the fields and the records in external-id order. Each record is one line: its
 * (unique) external id, then its values in field-name order (\u0001 after each, \u0002 for an absent one), so the
 * order of rows and columns does not count, and sorting the lines natively (no comparator callback; linear for a file
 * in the same order as before) sorts the records.
 */
export function employeeContentFingerprint(records: Rec[], fields: EmployeeSyncField[], settings: EffectiveSyncSettings): string {
  const sorted = [...fields].sort();
  const rest = sorted.filter((f) => f !== 'externalId');
  const lines = new Array<string>(records.length);
  for (let i = 0; i < records.length; i++) {
    const values = (records[i] as Rec).values;
    let line = `${values.externalId ?? ''}\u0000`;
    for (const f of rest) line += `${values[f] ?? '\u0002'}\u0001`;
    lines[i] = line;
  }
  lines.sort();
  const hash = createHash('sha256');
  hash.update(
    JSON.stringify({
      rules: comparisonRules,
      fields: sorted,
      matchBy: settings.matchBy,
      leaverAction: settings.leaverAction,
      manualFields: [...settings.manualFields].sort(),
    }),
  );
  for (let i = 0; i < lines.length; i += 1000) hash.update(`\n${lines.slice(i, i + 1000).join('\n')}`);
  return hash.digest('hex');
}

export type LastAppliedFile = Pick<SyncFilesTable, 'id' | 'status' | 'sha256' | 'contentFingerprint' | 'startedAt' | 'finishedAt'>;

/** Whether the file with these records is known to change nothing (the conditions above). */
export async function changesNothing(
  ctx: ServiceContext,
  last: LastAppliedFile | undefined,
  records: Rec[],
  fingerprint: string,
): Promise<boolean> {
  if (last?.status !== 'complete' || last.contentFingerprint !== fingerprint || !last.startedAt) return false;
  const appliedDay = last.startedAt.slice(0, 10);
  for (const r of records) {
    const end = r.values.endDate;
    if (end && end > appliedDay) return false;
  }
  const since = new Date(Date.parse(last.startedAt) - overlapMs).toISOString();
  // Earlier files finished before the last one started (a company's files run one at a time), so their rows are
  // older than it; a later file's (a position file, say) are not.
  const write = await tenant(ctx)
    .selectFrom('auditLogs')
    .select('id')
    .where('createdAt', '>=', since)
    .where('resourceType', '!=', 'sync_file')
    .where((eb) =>
      eb.or([
        eb('actorType', '!=', 'sync'),
        eb.and([eb('actorType', '=', 'sync'), eb('createdAt', '>=', last.startedAt as string), eb('actorId', '!=', last.id)]),
      ]),
    )
    .limit(1)
    .executeTakeFirst();
  return write === undefined;
}
