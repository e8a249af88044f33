import { DomainError } from '../../server/src/http/errors.js';

/** Exit codes of the `roster` command, documented in docs/cli.md. */
export const ExitCode = {
  ok: 0,
  /** Wrong usage or a rejected value: unknown option, unknown scope, unknown company, ambiguous prefix. */
  usage: 1,
  /** Sync commands: the file is not valid, or ended in error, blocked, skipped (unless allowed) or cancelled. */
  failed: 1,
  /** Anything unexpected in an operator command (a bug, a constraint the command did not foresee). */
  unexpected: 2,
  /** Sync commands: the file was applied, but some rows were rejected (see its error report). */
  completeWithErrors: 2,
  /** The database cannot be reached, does not exist yet, or has no Roster schema. */
  database: 3,
  /** Sync commands: the server cannot be reached, or refused the API key (401/403). */
  server: 3,
} as const;

export type ExitCodeValue = (typeof ExitCode)[keyof typeof ExitCode];

/** A failure the command explains to the operator, with the exit code scripts can test. */
export class CliFailure extends Error {
  constructor(
    message: string,
    readonly exitCode: ExitCodeValue,
    /** Machine-readable reason, shown in `--json` output. */
    readonly reason: string,
    readonly details: Record<string, unknown> = {},
  ) {
    super(message);
    this.name = 'CliFailure';
  }
}

export function usageFailure(reason: string, message: string, details: Record<string, unknown> = {}): CliFailure {
  return new CliFailure(message, ExitCode.usage, reason, details);
}

/** Sync commands: no answer from the server, or the API key was refused; `reason` says which. */
export function serverFailure(reason: string, message: string, details: Record<string, unknown> = {}): CliFailure {
  return new CliFailure(message, ExitCode.server, reason, details);
}

export function databaseFailure(reason: string, message: string): CliFailure {
  return new CliFailure(message, ExitCode.database, reason);
}

// Errors that mean "no usable database here", whatever the command was doing when it met them.
const unreachableErrorCodes = new Set(['ECONNREFUSED', 'ECONNRESET', 'ENOTFOUND', 'EAI_AGAIN', 'ETIMEDOUT', 'EHOSTUNREACH', 'ENETUNREACH']);
const postgresUnreachableCodes = new Set([
  '3D000', // database does not exist
  '28000', // invalid authorization
  '28P01', // wrong password
  '57P01', // admin shutdown
  '57P03', // cannot connect now (starting up)
  '53300', // too many connections
]);

function isMissingSchema(err: { code?: unknown; message?: unknown }): boolean {
  return err.code === '42P01' || (typeof err.message === 'string' && /^no such table: /.test(err.message));
}

/** Turns whatever a command threw into the failure shown to the operator. */
export function toCliFailure(err: unknown): CliFailure {
  if (err instanceof CliFailure) return err;
  if (err instanceof DomainError) {
    // The services' own errors (unknown company, invalid field, conflict) are the operator's to correct.
    const errors = err.details.errors?.map((e) => e.message) ?? [];
    return usageFailure(err.code, errors.length ? errors.join('; ') : err.message, errors.length ? { errors } : {});
  }
  const code = (err as { code?: unknown })?.code;
  if (typeof code === 'string' && (unreachableErrorCodes.has(code) || postgresUnreachableCodes.has(code))) {
    return databaseFailure('database_unreachable', `Cannot reach the database: ${(err as Error).message || code}`);
  }
  if (err && typeof err === 'object' && isMissingSchema(err as object)) {
    return databaseFailure('schema_missing', 'The database has no Roster schema yet: run `npx roster migrate` first.');
  }
  const message = err instanceof Error ? err.message : String(err);
  return new CliFailure(`Unexpected error: ${message}`, ExitCode.unexpected, 'unexpected');
}
