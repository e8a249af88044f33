import { Command, CommanderError } from 'commander';
import { toCliFailure } from './failures.js';
import { registerOperatorCommands } from './operator-commands.js';
import { type OutputStreams, reportFailure } from './output.js';
import { registerSyncCommands } from './sync-commands.js';

/**
 * The `roster` command. Each command group registers itself from its own file: operator-commands.ts (run on the server
 * host, against its database) and sync-commands.ts (HR data sync: run anywhere, over HTTP against a server's API).
 * `setExitCode` lets a command that printed its result end with a non-zero code (a file that ended in error).
 */
function buildProgram(streams: OutputStreams, json: boolean, setExitCode: (code: number) => void): Command {
  const program = new Command('roster')
    .description(
      'Roster commands: operator commands run on the server host with the same configuration as the server; `roster sync …` talks to a server over HTTP',
    )
    .showHelpAfterError(json ? false : '(add --help for usage)')
    // Exit codes are decided in one place (runRoster) instead of commander calling process.exit.
    .exitOverride()
    .configureOutput({
      writeOut: (text) => streams.stdout.write(text),
      writeErr: (text) => streams.stderr.write(text),
      outputError: (text, write) =>
        write(
          json ? `${JSON.stringify({ error: { reason: 'usage', message: text.replace(/^error: /, '').trim(), exitCode: 1 } })}\n` : text,
        ),
    });
  // The same configuration as the server (DATA_DIR, DATABASE_URL, REGION, …), read from its one place; imported only
  // when a command needs it, because loading it under tsx costs about a second that `--help` should not pay.
  registerOperatorCommands(program, { loadConfig: async () => (await import('../../server/src/config.js')).loadConfig(), streams });
  // Never loads the server's configuration or database: these run on an admin's workstation against a remote server.
  registerSyncCommands(program, { streams, env: process.env, setExitCode });
  return program;
}

/** Parses and runs one command line; resolves to the process exit code. */
async function runRoster(argv: string[], streams: OutputStreams): Promise<number> {
  // Known before parsing, so that even a usage error is reported as JSON to a script that asked for it.
  const json = argv.includes('--json');
  let outcome = 0;
  try {
    await buildProgram(streams, json, (code) => {
      outcome = code;
    }).parseAsync(argv, { from: 'user' });
    return outcome;
  } catch (err) {
    if (err instanceof CommanderError) return err.exitCode;
    const failure = toCliFailure(err);
    reportFailure(streams, failure, json);
    return failure.exitCode;
  }
}

// A reader that stops early (`roster sync files | head`) closes the pipe: the output is not wanted any more, which is
// no failure of the command (as for other Unix tools), rather than an unhandled EPIPE with a stack trace.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (err: NodeJS.ErrnoException) => {
    if (err.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw err;
  });
}

process.exitCode = await runRoster(process.argv.slice(2), { stdout: process.stdout, stderr: process.stderr });
