import fs from 'node:fs';
import { CliFailure, usageFailure } from './failures.js';
import type { LocalValidation } from './local-validate.js';
import { commandOutput, type OutputStreams } from './output.js';
import { resolveConnection, SyncApi, type SyncFile, type SyncFileStatus, type SyncKind, type SyncMapping } from './sync-client.js';
import { detectKind, type InputFile, type MappingFile, mappingArgument, readInputFile, readMappingFile } from './sync-input.js';
import { fileDetailLines, fileJson, fileListLines, outcomeExitCode, summaryLines } from './sync-report.js';
import { progressView, waitForFiles } from './sync-wait.js';

/**
 * What the `roster sync …` commands do. They talk HTTP to a server with the typed SDK (sync-client.ts) and never load
 * the server's configuration or database; `validate` alone runs the server's pure parsing code, locally.
 */

export interface SyncDeps {
  streams: OutputStreams;
  env: NodeJS.ProcessEnv;
  /** The process exit code when the command printed its result but the outcome is not success (runRoster applies it). */
  setExitCode(code: number): void;
}

export interface ConnectionOptions {
  url?: string;
  token?: string;
  json?: boolean;
}

function connect(deps: SyncDeps, options: ConnectionOptions): SyncApi {
  return new SyncApi(resolveConnection(options, deps.env));
}

const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function checkedFileId(id: string): string {
  if (!uuidPattern.test(id)) throw usageFailure('invalid_id', `"${id}" is not a file id (a UUID, as \`roster sync files\` lists them).`);
  return id.toLowerCase();
}

/** Each file in turn (e.g. the employee and the position file of one upload); exit 1 when any is not valid. */
export async function runValidate(
  deps: SyncDeps,
  files: string[],
  options: { type?: SyncKind; mapping?: string; json?: boolean },
): Promise<void> {
  const { validateLocally, validationLines } = await import('./local-validate.js');
  const results: LocalValidation[] = [];
  for (const file of files) results.push(await validateLocally(file, options));
  const valid = results.every((r) => r.valid);
  commandOutput(deps.streams, !!options.json).result({ valid, files: results }, () => results.flatMap(validationLines));
  deps.setExitCode(valid ? 0 : 1);
}

export interface UploadOptions extends ConnectionOptions {
  positions?: string;
  mapping?: string;
  positionsMapping?: string;
  dryRun?: boolean;
  wait?: boolean;
  timeout: number;
  allowSkipped?: boolean;
}

interface MappingUse {
  option: string;
  id: string;
  name: string;
  /** What the CLI did with a local mapping file: created or updated it on the server, or found it unchanged. */
  action: 'given' | 'created' | 'updated' | 'unchanged';
}

export async function runUpload(deps: SyncDeps, file: string, options: UploadOptions): Promise<void> {
  const out = commandOutput(deps.streams, !!options.json);
  const api = connect(deps, options);
  // Everything local is checked before the first request: nothing is uploaded when an argument is wrong.
  const employees = readInputFile(file);
  if (employees.format === 'xml' && detectKind('xml', employees.bytes) === 'positions') {
    throw usageFailure(
      'positions_as_employees',
      `${file} is a position file (<positions>): upload it with --positions, next to the employee file.`,
    );
  }
  const positions = options.positions ? readInputFile(options.positions) : null;
  if (positions?.format === 'xml' && detectKind('xml', positions.bytes) === 'employees') {
    throw usageFailure('employees_as_positions', `--positions ${positions.path} is an employee file (<employees>), not a position file.`);
  }
  const employeeMapping = options.mapping ? localMapping(options.mapping, '--mapping', employees, 'employees') : null;
  const positionMapping = options.positionsMapping
    ? positions
      ? localMapping(options.positionsMapping, '--positions-mapping', positions, 'positions')
      : usageThrow('--positions-mapping needs --positions <file>.')
    : null;

  const mappings: MappingUse[] = [];
  const resolve = async (arg: ReturnType<typeof localMapping> | null, kind: SyncKind, option: string) => {
    if (!arg) return null;
    const use = await resolveMapping(api, arg, kind, option, !!options.dryRun);
    if (use.action === 'created' || use.action === 'updated') out.note(`Mapping "${use.name}" ${use.action} on the server (${use.id}).`);
    mappings.push(use);
    return use.id;
  };
  const employeeMappingId = await resolve(employeeMapping, 'employees', '--mapping');
  const positionMappingId = await resolve(positionMapping, 'positions', '--positions-mapping');

  const dryRun = !!options.dryRun;
  const uploaded: SyncFile[] = [await upload(api, 'employees', employees, dryRun, employeeMappingId)];
  if (positions) {
    try {
      uploaded.push(await upload(api, 'positions', positions, dryRun, positionMappingId));
    } catch (err) {
      if (!(err instanceof CliFailure)) throw err;
      const first = uploaded[0] as SyncFile;
      throw new CliFailure(`${err.message} The employee file was accepted (${first.id}) and will be processed.`, err.exitCode, err.reason, {
        ...err.details,
        acceptedFiles: [first.id],
      });
    }
  }

  if (!options.wait) {
    out.result({ files: uploaded.map((f) => fileJson(api, f)), mappings, waited: false }, () => [
      ...uploaded.map(
        (f) =>
          `Uploaded ${f.filename ?? f.kind}: ${f.kind === 'employees' ? 'employee' : 'position'} file ${f.id} (${f.status}${f.dryRun ? ', dry run' : ''}).`,
      ),
      `Follow it with: roster sync status ${uploaded[0]?.id}${uploaded.length > 1 ? ` (and ${uploaded[1]?.id})` : ''}, or upload with --wait.`,
    ]);
    return;
  }
  await waitAndReport(deps, api, uploaded, { ...options, mappings });
}

async function upload(api: SyncApi, kind: SyncKind, input: InputFile, dryRun: boolean, mappingId: string | null): Promise<SyncFile> {
  return api.upload(kind, { bytes: input.bytes, format: input.format, filename: input.name, dryRun, mappingId });
}

function usageThrow(message: string): never {
  throw usageFailure('usage', message);
}

/** A mapping id, or a mapping file read and checked here: before anything is sent. */
function localMapping(arg: string, option: string, input: InputFile, kind: SyncKind): { id: string } | { file: MappingFile } {
  if (input.format === 'xml') {
    throw usageFailure('mapping_not_for_xml', `${option}: mappings apply to CSV and JSON files; ${input.path} is XML and follows the XSD.`);
  }
  const ref = mappingArgument(arg, option);
  if ('id' in ref) return ref;
  const file = readMappingFile(ref.file, kind);
  if (file.declaredKind && file.declaredKind !== kind) {
    throw usageFailure(
      'mapping_kind',
      `${option} ${ref.file}: the mapping is for ${file.declaredKind} files${kind === 'employees' ? ' (give it with --positions-mapping)' : ''}.`,
    );
  }
  return { file };
}

/** The mapping a dry run uses for a mapping file that differs from the server's mapping of its name. */
function dryRunMappingName(name: string): string {
  const suffix = ' (dry run)';
  return `${name.slice(0, 200 - suffix.length)}${suffix}`;
}

/**
 * A mapping id is used as it is; a mapping file is created on the server, or updated when its content changed (by
 * name). A dry run never writes over the mapping of that name (real uploads use it: a trial of a changed mapping file
 * would change what they do): when the file differs from it, the dry run uses the mapping "<name> (dry run)" instead.
 */
async function resolveMapping(
  api: SyncApi,
  ref: { id: string } | { file: MappingFile },
  kind: SyncKind,
  option: string,
  dryRun: boolean,
): Promise<MappingUse> {
  if ('id' in ref) {
    const mapping = await api.mapping(ref.id);
    if (mapping.kind !== kind) {
      throw usageFailure('mapping_kind', `${option} ${ref.id}: the mapping "${mapping.name}" is for ${mapping.kind} files.`);
    }
    return { option, id: mapping.id, name: mapping.name, action: 'given' };
  }
  const b = ref.file.body;
  const desired = {
    columns: b.columns ?? {},
    valueMaps: b.valueMaps ?? {},
    dateFormat: b.dateFormat ?? 'YYYY-MM-DD',
    dateFormats: b.dateFormats ?? {},
    constants: b.constants ?? {},
    delimiter: b.delimiter ?? null,
    encoding: (b.encoding ?? 'utf-8').toLowerCase(),
  };
  const all = await api.mappings(kind);
  const existing = all.find((m) => m.name === b.name);
  if (!existing) {
    const created = await api.createMapping({ name: b.name, kind, ...desired });
    return { option, id: created.id, name: created.name, action: 'created' };
  }
  if (sameMapping(existing, desired)) return { option, id: existing.id, name: existing.name, action: 'unchanged' };
  const name = dryRun ? dryRunMappingName(b.name) : b.name;
  const target = dryRun ? all.find((m) => m.name === name) : existing;
  if (!target) {
    const created = await api.createMapping({ name, kind, ...desired });
    return { option, id: created.id, name: created.name, action: 'created' };
  }
  if (sameMapping(target, desired)) return { option, id: target.id, name: target.name, action: 'unchanged' };
  const updated = await api.updateMapping(target.id, { name, ...desired });
  return { option, id: updated.id, name: updated.name, action: 'updated' };
}

function sameMapping(m: SyncMapping, desired: Record<string, unknown>): boolean {
  const stable = (v: unknown): string =>
    v !== null && typeof v === 'object'
      ? `{${Object.keys(v)
          .sort()
          .map((k) => `${JSON.stringify(k)}:${stable((v as Record<string, unknown>)[k])}`)
          .join(',')}}`
      : JSON.stringify(v);
  return Object.entries(desired).every(([k, v]) => stable((m as Record<string, unknown>)[k]) === stable(v));
}

async function waitAndReport(
  deps: SyncDeps,
  api: SyncApi,
  files: SyncFile[],
  options: ConnectionOptions & { timeout: number; allowSkipped?: boolean; mappings?: MappingUse[] },
): Promise<void> {
  const out = commandOutput(deps.streams, !!options.json);
  const view = progressView(deps.streams, !!options.json);
  const waited = await waitForFiles(api, files, { timeoutMs: options.timeout * 1000, view });
  const allowSkipped = !!options.allowSkipped;
  const exitCode = outcomeExitCode(waited.files, { allowSkipped });
  out.result(
    {
      files: waited.files.map((f) => fileJson(api, f)),
      ...(options.mappings ? { mappings: options.mappings } : {}),
      waited: true,
      timedOut: waited.timedOut,
      exitCode,
    },
    () => [
      ...summaryLines(api, waited.files, { allowSkipped }),
      ...(waited.timedOut ? [`Stopped waiting after ${options.timeout} s; the server goes on processing (exit 1).`] : []),
    ],
  );
  deps.setExitCode(exitCode);
}

export async function runFiles(
  deps: SyncDeps,
  options: ConnectionOptions & { status?: SyncFileStatus; kind?: SyncKind; limit: number; dryRun?: boolean },
): Promise<void> {
  const api = connect(deps, options);
  const { data, meta } = await api.files({
    limit: options.limit,
    ...(options.status ? { status: options.status } : {}),
    ...(options.kind ? { kind: options.kind } : {}),
    ...(options.dryRun !== undefined ? { dryRun: options.dryRun } : {}),
  });
  commandOutput(deps.streams, !!options.json).result({ files: data.map((f) => fileJson(api, f)), meta }, () => [
    ...fileListLines(data),
    ...(meta.total > data.length ? [`(${data.length} of ${meta.total} files of the last 30 days; --limit shows more)`] : []),
  ]);
}

export async function runStatus(deps: SyncDeps, id: string, options: ConnectionOptions): Promise<void> {
  const fileId = checkedFileId(id);
  const api = connect(deps, options);
  const file = await api.file(fileId);
  commandOutput(deps.streams, !!options.json).result({ file: fileJson(api, file) }, () => fileDetailLines(api, file));
}

export async function runErrors(deps: SyncDeps, id: string, options: ConnectionOptions & { output?: string }): Promise<void> {
  const fileId = checkedFileId(id);
  const api = connect(deps, options);
  const out = commandOutput(deps.streams, !!options.json);
  if (options.output) {
    const csv = await api.errorReportCsv(fileId);
    try {
      fs.writeFileSync(options.output, csv);
    } catch (err) {
      throw usageFailure('output_unwritable', `Cannot write ${options.output}: ${(err as Error).message}`);
    }
    const lines = Math.max(0, csvRecordCount(csv) - 1);
    out.result({ fileId, output: options.output, lines }, () => [
      `Wrote the error report of file ${fileId} (${lines} line${lines === 1 ? '' : 's'}) to ${options.output}.`,
    ]);
    return;
  }
  if (options.json) {
    out.result({ fileId, errors: await api.errorLines(fileId) }, () => []);
    return;
  }
  deps.streams.stdout.write(await api.errorReportCsv(fileId));
}

/** Records, not physical lines: a message may hold a quoted line break. */
function csvRecordCount(csv: string): number {
  let count = 0;
  let quoted = false;
  for (const c of csv) {
    if (c === '"') quoted = !quoted;
    else if (c === '\n' && !quoted) count += 1;
  }
  return count;
}

export async function runApprove(
  deps: SyncDeps,
  id: string,
  options: ConnectionOptions & { wait?: boolean; timeout: number },
): Promise<void> {
  const fileId = checkedFileId(id);
  const api = connect(deps, options);
  const file = await api.approve(fileId);
  if (options.wait) return waitAndReport(deps, api, [file], options);
  commandOutput(deps.streams, !!options.json).result({ file: fileJson(api, file) }, () => [
    `Approved file ${file.id}: it is ${file.status} and will be applied despite the removal threshold.`,
    `Follow it with: roster sync status ${file.id}`,
  ]);
}

export async function runCancel(deps: SyncDeps, id: string, options: ConnectionOptions): Promise<void> {
  const fileId = checkedFileId(id);
  const api = connect(deps, options);
  const file = await api.cancel(fileId);
  commandOutput(deps.streams, !!options.json).result({ file: fileJson(api, file) }, () => [
    `Cancelled file ${file.id}: it will not be processed.`,
  ]);
}
