import type { Db } from '../../db/database.js';
import { tenant } from '../../db/tenant.js';
import { readableChanges, sensitiveFieldScopes } from '../../platform/audit/sensitive-fields.js';
import type { Mailer } from '../../platform/mail/index.js';
import { technicalUserEmails } from '../../platform/technical-users/index.js';
import { errorReportCsv } from './sync-files.service.js';
import { loadSyncSettings } from './sync-settings.service.js';

const statusWords: Record<string, string> = {
  complete: 'complete',
  complete_with_errors: 'complete with errors',
  error: 'rejected',
  blocked: 'blocked: waiting for approval',
  skipped: 'skipped (identical to the last file)',
};

const attachedErrorsLimit = 5_000;

/** A mail is read by people, not by keys: nobody's scopes unlock anything in it. */
const noScopes: ReadonlySet<string> = new Set();

/**
 * An error line's message as the mail carries it: a sensitive field's message may quote its value (a malformed date
 * of birth), and the recipients hold no scope, so it is worded as `GET …/errors` words it for a key without the
 * field's read scope (sync-files.service.ts).
 */
function mailedMessage(field: string | null, message: string): string {
  if (!field || readableChanges([field], noScopes).length === 1) return message;
  return `${field} is not valid (the message quotes the value, shown to keys with ${sensitiveFieldScopes[field]?.read.join(' or ')})`;
}

/**
 * After each applied file (not dry runs, not cancelled ones): a mail to the company's notification recipients and its
 * technical users with the status, the counts and a link to the error report. Sent at most once per outcome of a file
 * (the `notified_at` claim, cleared when a blocked file is approved: its outcome once applied is mailed too), so a
 * restart or a second server process does not send it twice; an SMTP failure is recorded
 * on the file and logged, and does not change the file's outcome.
 */
export async function notifyFileResult(
  deps: { db: Db; mailer: Mailer; publicUrl: string; log: { warn(obj: object, msg: string): void } },
  fileId: string,
  now: Date,
): Promise<'sent' | 'nobody' | 'skipped' | 'failed'> {
  const claim = await deps.db
    .updateTable('syncFiles')
    .set({ notifiedAt: now.toISOString() })
    .where('id', '=', fileId)
    .where('notifiedAt', 'is', null)
    .where('dryRun', '=', 0)
    .where('status', 'in', ['complete', 'complete_with_errors', 'error', 'blocked', 'skipped'])
    .executeTakeFirst();
  if (Number(claim.numUpdatedRows) !== 1) return 'skipped';
  const file = await deps.db.selectFrom('syncFiles').selectAll().where('id', '=', fileId).executeTakeFirstOrThrow();
  const ctx = { db: deps.db, companyId: file.companyId };
  const company = await deps.db.selectFrom('companies').select('name').where('id', '=', file.companyId).executeTakeFirst();
  const settings = await loadSyncSettings(ctx);
  const recipients = [
    ...new Set([...settings.notificationEmails, ...(await technicalUserEmails(ctx))].map((e) => e.trim()).filter(Boolean)),
  ];
  if (recipients.length === 0) return 'nobody';
  const base = deps.publicUrl;
  const link = `${base}/sync/v1/files/${file.id}`;
  const counts = [
    ['Created', file.createdCount],
    ['Updated', file.updatedCount],
    ['Terminated', file.terminatedCount],
    ['Deleted', file.deletedCount],
    ['Unchanged', file.unchangedCount],
    ['Rejected rows', file.rejectedCount],
  ] as const;
  const status = statusWords[file.status] ?? file.status;
  const subject = `HR data sync: ${file.kind} file ${status} (${company?.name ?? 'Roster'})`;
  const text = [
    `The ${file.kind} file${file.filename ? ` "${file.filename}"` : ''} uploaded at ${file.createdAt} is ${status}.`,
    '',
    ...counts.map(([label, n]) => `${label}: ${n}`),
    '',
    ...(file.error ? [file.error, ''] : []),
    file.errorCount > 0 ? `Error report (${file.errorCount} ${file.errorCount === 1 ? 'line' : 'lines'}): ${link}/errors` : 'No errors.',
    `File: ${link}`,
    `What changed: ${link}/diff`,
    ...(file.status === 'blocked' ? [`Approve: POST ${link}/approve`] : []),
    '',
    file.status === 'blocked'
      ? 'These links need an API key with the sync:read scope, and approving one with sync:write (Authorization: Bearer <token>).'
      : 'These links need an API key with the sync:read scope (Authorization: Bearer <token>).',
  ].join('\n');
  let attachments: { filename: string; content: string; contentType: string }[] | undefined;
  if (file.errorCount > 0) {
    const rows = await tenant(ctx)
      .selectFrom('syncFileErrors')
      .select(['row', 'externalId', 'field', 'message'])
      .where('fileId', '=', file.id)
      .orderBy('seq')
      .limit(attachedErrorsLimit)
      .execute();
    attachments = [
      {
        filename: `errors-${file.id}.csv`,
        content: errorReportCsv(
          rows.map((r) => ({ row: r.row, employeeId: r.externalId, field: r.field, message: mailedMessage(r.field, r.message) })),
        ),
        contentType: 'text/csv',
      },
    ];
  }
  try {
    await deps.mailer.send({
      to: recipients,
      subject,
      text,
      ...(attachments ? { attachments } : {}),
      about: { fileId, companyId: file.companyId, reqId: file.requestId },
    });
    return 'sent';
  } catch (err) {
    // As the runner's lines about the file: the upload's request id follows it here too.
    deps.log.warn({ err, fileId, companyId: file.companyId, reqId: file.requestId }, 'sync notification mail failed');
    await deps.db
      .updateTable('syncFiles')
      .set({ notificationError: (err as Error).message.slice(0, 1000) })
      .where('id', '=', fileId)
      .execute();
    return 'failed';
  }
}
