/**
 * The `brightline` command: starts the facility and its processes, and drives experiments.
 * Every failure ends as one clear line and a documented exit code (cli/exit-codes.ts).
 */
import { BrightlineError } from '../lib/errors.js';
import { CliError, ExitCode, exitCodeForError } from './exit-codes.js';
import { commands, usage } from './commands.js';

async function main(argv: string[]): Promise<number> {
  const [verb, ...rest] = argv;
  if (!verb || verb === 'help' || verb === '--help' || verb === '-h') {
    process.stdout.write(usage());
    return verb ? ExitCode.Ok : ExitCode.Usage;
  }
  const command = commands[verb];
  if (!command) {
    process.stderr.write(`brightline: unknown command '${verb}'\n\n${usage()}`);
    return ExitCode.Usage;
  }
  try {
    return await command.run(rest);
  } catch (error) {
    return report(error, verb);
  }
}

function report(error: unknown, verb: string): number {
  if (error instanceof CliError) {
    process.stderr.write(`brightline ${verb}: ${error.message}\n`);
    return error.exitCode;
  }
  if (error instanceof BrightlineError) {
    process.stderr.write(`brightline ${verb}: ${error.message}\n`);
    return exitCodeForError(error);
  }
  process.stderr.write(`brightline ${verb}: unexpected error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  return ExitCode.RunFailed;
}

process.exitCode = await main(process.argv.slice(2));
