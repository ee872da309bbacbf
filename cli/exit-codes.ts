/** Exit codes scripts can rely on. */
export const ExitCode = {
  Ok: 0,
  /** The run ended but not with success (fail or abort), or a command was refused. */
  RunFailed: 1,
  /** The command line itself was wrong. */
  Usage: 2,
  /** The bus or a service could not be reached. */
  Unavailable: 3,
  /** Interrupted by the user (Ctrl-C). */
  Interrupted: 130,
} as const;
export type ExitCode = (typeof ExitCode)[keyof typeof ExitCode];

/** A failure the CLI reports as one clear line and an exit code, never a stack trace. */
export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode: ExitCode,
  ) {
    super(message);
    this.name = 'CliError';
  }
}
