import { ExitCode } from './failures.js';
import { formatTable } from './output.js';
import { finalStatuses, type SyncApi, type SyncFile } from './sync-client.js';

/** How sync files are shown: the summary table, the detail of one file, and the exit code a cron job tests. */

/**
 * 0 every file complete; 2 complete with rejected rows; 1 any file error, blocked, cancelled, skipped (unless
 * allowed) or still unfinished (the wait timed out). A failure outranks rows with errors: cron must see it.
 */
export function outcomeExitCode(files: SyncFile[], options: { allowSkipped: boolean }): number {
  const failed = files.some(
    (f) =>
      !finalStatuses.includes(f.status) ||
      f.status === 'error' ||
      f.status === 'blocked' ||
      f.status === 'cancelled' ||
      (f.status === 'skipped' && !options.allowSkipped),
  );
  if (failed) return ExitCode.failed;
  if (files.some((f) => f.status === 'complete_with_errors')) return ExitCode.completeWithErrors;
  return ExitCode.ok;
}

/** The file record with absolute links, as `--json` prints it. */
export function fileJson(api: SyncApi, file: SyncFile): SyncFile & { errorReport: string | null } {
  return {
    ...file,
    links: {
      self: api.link(file.links.self),
      errors: api.link(file.links.errors),
      original: api.link(file.links.original),
      diff: api.link(file.links.diff),
    },
    errorReport: file.errorCount > 0 ? api.link(file.links.errors) : null,
  };
}

function statusLabel(file: SyncFile): string {
  const status = file.status === 'processing' ? `processing ${file.progress} %` : file.status;
  return file.dryRun ? `${status} (dry run)` : status;
}

const countHeaders = ['CREATED', 'UPDATED', 'TERMINATED', 'DELETED', 'UNCHANGED', 'REJECTED', 'ERRORS'];
const countCells = (f: SyncFile) =>
  [f.counts.created, f.counts.updated, f.counts.terminated, f.counts.deleted, f.counts.unchanged, f.counts.rejected, f.errorCount].map(
    String,
  );

/** The table printed after `upload --wait` (and `approve --wait`), with what to do next under it. */
export function summaryLines(api: SyncApi, files: SyncFile[], options: { allowSkipped: boolean }): string[] {
  const lines = formatTable(
    ['FILE', 'KIND', 'STATUS', ...countHeaders],
    files.map((f) => [f.id, f.kind, statusLabel(f), ...countCells(f)]),
  );
  for (const f of files) lines.push(...nextSteps(api, f, options));
  const dryRuns = files.filter((f) => f.dryRun);
  if (dryRuns.some((f) => f.status === 'queued' || f.status === 'processing' || f.status === 'scheduled')) {
    lines.push('Dry run: nothing is changed; the counts are final once the file is processed (roster sync status <id>).');
  } else if (dryRuns.length) lines.push('Dry run: nothing was changed; the counts are what the file would do.');
  return lines;
}

function nextSteps(api: SyncApi, f: SyncFile, options: { allowSkipped: boolean }): string[] {
  const name = `${f.kind === 'employees' ? 'Employee' : 'Position'} file ${f.filename ? `${f.filename} ` : ''}(${f.id})`;
  const out: string[] = [];
  if (f.status === 'error') out.push(`${name} was rejected, nothing changed: ${f.error ?? 'see the error report'}`);
  else if (f.status === 'blocked') {
    out.push(`${name} is blocked: ${f.error ?? 'it would remove too many records'}`);
    out.push(
      f.dryRun
        ? '  A dry run cannot be approved: upload the file without --dry-run, then approve that file.'
        : `  To apply it anyway: roster sync approve ${f.id} --wait`,
    );
  } else if (f.status === 'skipped') {
    out.push(`${name} was skipped: ${f.error ?? 'identical to the last applied file'}`);
    if (!options.allowSkipped) out.push('  Counted as a failure (exit 1); pass --allow-skipped when an unchanged roster is expected.');
  } else if (f.status === 'cancelled') out.push(`${name} was cancelled before processing.`);
  else if (!finalStatuses.includes(f.status)) out.push(`${name} is still ${statusLabel(f)}: follow it with roster sync status ${f.id}`);
  if (f.dryRun && (f.status === 'complete' || f.status === 'complete_with_errors' || f.status === 'blocked')) {
    out.push(`  What it would change: ${api.link(f.links.diff)}`);
  }
  if (f.errorCount > 0) {
    out.push(`  Error report (${f.errorCount} line${f.errorCount === 1 ? '' : 's'}): ${api.link(f.links.errors)}`);
    out.push(`  or: roster sync errors ${f.id} -o errors.csv`);
  }
  return out;
}

/** `roster sync files`: newest first. */
export function fileListLines(files: SyncFile[]): string[] {
  return formatTable(
    ['FILE', 'KIND', 'STATUS', 'UPLOADED', 'NAME', ...countHeaders],
    files.map((f) => [
      f.id,
      f.kind,
      statusLabel(f),
      (f.createdAt ?? '').slice(0, 16).replace('T', ' '),
      f.filename ?? '',
      ...countCells(f),
    ]),
  );
}

/** `roster sync status <id>`. */
export function fileDetailLines(api: SyncApi, f: SyncFile): string[] {
  const when = (v: string | null | undefined) => (v ? v.replace('T', ' ').replace(/\.\d+/, '') : '–');
  const c = f.counts;
  return [
    `${f.kind === 'employees' ? 'Employee' : 'Position'} file ${f.id}${f.dryRun ? ' (dry run)' : ''}`,
    `  status:    ${statusLabel(f)}`,
    `  file:      ${f.filename ?? '–'} (${f.format.toUpperCase()}, ${f.size} bytes${f.mappingId ? `, mapping ${f.mappingId}` : ''})`,
    `  uploaded:  ${when(f.createdAt)} by ${f.uploadedBy.name ?? f.uploadedBy.type}`,
    `  started:   ${when(f.startedAt)}`,
    `  finished:  ${when(f.finishedAt)}`,
    `  counts:    created ${c.created}, updated ${c.updated}, terminated ${c.terminated}, deleted ${c.deleted}, unchanged ${c.unchanged}, rejected ${c.rejected}`,
    `  errors:    ${f.errorCount}${f.errorCount ? ` (${api.link(f.links.errors)})` : ''}`,
    ...(f.error ? [`  message:   ${f.error}`] : []),
    ...nextSteps(api, f, { allowSkipped: true }).filter((l) => l.startsWith('  To apply')),
  ];
}
