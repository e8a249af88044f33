import { type Command, InvalidArgumentError, Option } from 'commander';
import type { OutputStreams } from './output.js';
import type { SyncDeps, UploadOptions } from './sync-actions.js';

/**
 * `roster sync …`: HR data sync from an admin's workstation or a cron job, over HTTP against a Roster server (the
 * typed SDK). This file is the command-line surface; sync-actions.ts does the work and is imported only when a command
 * runs, so `--help` stays fast. Nothing here loads the server's configuration or database.
 */

const actions = () => import('./sync-actions.js');

const statuses = [
  'scheduled',
  'queued',
  'processing',
  'skipped',
  'blocked',
  'error',
  'complete',
  'complete_with_errors',
  'cancelled',
] as const;
const kinds = ['employees', 'positions'] as const;

const connectionHelp = `
Connection: --url / --token, or the environment variables ROSTER_URL and ROSTER_TOKEN (an API key with the
scopes sync:read and sync:write; prefer the variable: a --token shows in the process list).`;

const exitCodesHelp = `
Exit codes: 0 complete; 2 complete with errors (rows rejected: see the error report); 1 usage error, file
rejected (error), blocked, cancelled, skipped (unless --allow-skipped) or --timeout reached; 3 the server cannot
be reached or refused the API key (401/403).`;

function withConnection(command: Command): Command {
  return command
    .option('--url <url>', 'the Roster server, e.g. https://hr.example.com (default: $ROSTER_URL)')
    .option('--token <token>', 'API key with sync:read and sync:write (default: $ROSTER_TOKEN)')
    .option('--json', 'print the result as one JSON object (for scripts)');
}

function seconds(value: string): number {
  const n = Number(value);
  if (!Number.isFinite(n) || n <= 0) throw new InvalidArgumentError('Expected a number of seconds greater than 0.');
  return n;
}

function limit(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1 || n > 500) throw new InvalidArgumentError('Expected a whole number from 1 to 500.');
  return n;
}

export function registerSyncCommands(
  program: Command,
  deps: { streams: OutputStreams; env: NodeJS.ProcessEnv; setExitCode(code: number): void },
): void {
  const d: SyncDeps = deps;
  const sync = program
    .command('sync')
    .description('HR data sync: check files locally, upload them to a server, follow them (run anywhere; talks HTTP to the server)')
    .addHelpText('after', `${connectionHelp}\n\nSee docs/cli.md ("Sync commands") for a cron example.`);

  sync
    .command('validate')
    .description('check files locally, with no network: format, XSD (XML), required columns, duplicate ids, position tree')
    .argument('<files...>', 'employee or position files: .xml, .csv or .json (format detected from the extension or the content)')
    .addOption(new Option('--type <kind>', 'employees or positions (default: from the content, e.g. a <positions> root)').choices(kinds))
    .option('--mapping <file.json>', 'a column mapping file (the body of POST /sync/v1/mappings), applied as the server would')
    .option('--json', 'print the result as one JSON object (for scripts)')
    .addHelpText(
      'after',
      `
Prints every problem with its line number (CSV: the header is line 1; JSON: where the record starts), the
employee_id (or position_id) and the field. --type and --mapping apply to every file given.
Exit codes: 0 every file valid; 1 a file is not valid, or a usage error.

Examples:
  roster sync validate employees.xml positions.xml
  roster sync validate export.csv --mapping sap-mapping.json
  roster sync validate org.csv --type positions`,
    )
    .action(async (files: string[], options: { type?: (typeof kinds)[number]; mapping?: string; json?: boolean }) =>
      (await actions()).runValidate(d, files, options),
    );

  withConnection(
    sync
      .command('upload')
      .description('upload the employee file (and a position file, processed after it); with --wait, follow them to the end')
      .argument('<file>', 'the employee file: the whole roster of active employees (.xml, .csv or .json)')
      .option('--positions <file>', 'a position file to upload after the employee file')
      .option(
        '--mapping <id|file.json>',
        'column mapping of the employee file (CSV/JSON): a mapping id, or a local JSON file saved on the server by its name',
      )
      .option('--positions-mapping <id|file.json>', 'column mapping of the position file, likewise')
      .option('--dry-run', 'compute what the files would change without changing anything')
      .option('--wait', 'wait until the files are processed, show progress, print a summary and exit with their outcome')
      .option('--timeout <seconds>', 'with --wait: give up waiting after this long (exit 1)', seconds, 3600)
      .option('--allow-skipped', 'with --wait: a file skipped as identical to the last one counts as success (exit 0)'),
  )
    .addHelpText(
      'after',
      `
Without --wait the command exits 0 once the server accepted the files, after printing their ids.
${exitCodesHelp}
${connectionHelp}

Examples:
  roster sync upload employees.xml --positions positions.xml --wait
  roster sync upload export.csv --mapping sap-mapping.json --wait --timeout 900
  roster sync upload export.csv --mapping 0190a2b4-5c6d-7e8f-9a0b-1c2d3e4f5a6b --dry-run --wait`,
    )
    .action(async (file: string, options: UploadOptions) => (await actions()).runUpload(d, file, options));

  withConnection(
    sync
      .command('files')
      .description('list the files of the last 30 days, newest first')
      .addOption(new Option('--status <status>', 'only files with this status').choices(statuses))
      .addOption(new Option('--kind <kind>', 'only employee or position files').choices(kinds))
      .option('--limit <n>', 'how many files (1–500)', limit, 20),
  ).action(
    async (options: {
      status?: (typeof statuses)[number];
      kind?: (typeof kinds)[number];
      limit: number;
      url?: string;
      token?: string;
      json?: boolean;
    }) => (await actions()).runFiles(d, options),
  );

  withConnection(
    sync.command('status').description('show one file: status, progress, counts, error message').argument('<id>', 'file id'),
  ).action(async (id: string, options: { url?: string; token?: string; json?: boolean }) => (await actions()).runStatus(d, id, options));

  withConnection(
    sync
      .command('errors')
      .description("write a file's error report (CSV: row, employee_id, field, message) to a file or to stdout")
      .argument('<id>', 'file id')
      .option('-o, --output <file>', 'write the CSV to this file instead of stdout'),
  )
    .addHelpText('after', '\nWith --json (and no -o), prints {"fileId", "errors": [{row, employeeId, field, message}]}.')
    .action(async (id: string, options: { output?: string; url?: string; token?: string; json?: boolean }) =>
      (await actions()).runErrors(d, id, options),
    );

  withConnection(
    sync
      .command('approve')
      .description('approve a blocked file (it would remove more than the threshold): it is queued again and applied')
      .argument('<id>', 'file id')
      .option('--wait', 'wait until it is processed and exit with its outcome, as upload --wait does')
      .option('--timeout <seconds>', 'with --wait: give up waiting after this long (exit 1)', seconds, 3600),
  ).action(async (id: string, options: { wait?: boolean; timeout: number; url?: string; token?: string; json?: boolean }) =>
    (await actions()).runApprove(d, id, options),
  );

  withConnection(
    sync.command('cancel').description('cancel a file that is still waiting (scheduled or queued)').argument('<id>', 'file id'),
  ).action(async (id: string, options: { url?: string; token?: string; json?: boolean }) => (await actions()).runCancel(d, id, options));
}
