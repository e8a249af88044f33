import type { CliFailure } from './failures.js';

export interface OutputStreams {
  stdout: { write(text: string): unknown };
  /** `isTTY`: a terminal, where `roster sync upload --wait` draws progress bars. */
  stderr: { write(text: string): unknown; isTTY?: boolean };
}

/** How a command prints its result: lines for people, or exactly one JSON object on stdout with `--json`. */
export interface CommandOutput {
  readonly json: boolean;
  result(value: Record<string, unknown>, lines: () => string[]): void;
  /** Progress notes for people (which migrations ran); never mixed into the JSON object. */
  note(line: string): void;
}

export function commandOutput(streams: OutputStreams, json: boolean): CommandOutput {
  return {
    json,
    result(value, lines) {
      streams.stdout.write(json ? `${JSON.stringify(value, null, 2)}\n` : `${lines().join('\n')}\n`);
    },
    note(line) {
      if (!json) streams.stdout.write(`${line}\n`);
    },
  };
}

/** Failures go to stderr: a sentence for people, or `{"error": {...}}` with `--json`. */
export function reportFailure(streams: OutputStreams, failure: CliFailure, json: boolean): void {
  if (json) {
    const error = { reason: failure.reason, message: failure.message, exitCode: failure.exitCode, ...failure.details };
    streams.stderr.write(`${JSON.stringify({ error })}\n`);
  } else {
    streams.stderr.write(`roster: ${failure.message}\n`);
  }
}

/** Left-aligned columns separated by two spaces; `(none)` when there are no rows. */
export function formatTable(headers: string[], rows: string[][]): string[] {
  if (rows.length === 0) return ['(none)'];
  const widths = headers.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]) =>
    cells
      .map((c, i) => c.padEnd(widths[i] ?? 0))
      .join('  ')
      .trimEnd();
  return [line(headers), ...rows.map(line)];
}
