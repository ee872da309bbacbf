import { BrightlineError, ErrorCode } from '../lib/errors.js';

/** Exit codes scripts can rely on. */
export const ExitCode = {
  Ok: 0,
  /** The run ended but not with success (fail or abort), or a command was refused. */
  RunFailed: 1,
  /** The command line itself was wrong. */
  Usage: 2,
  /** The gateway, or a service behind it (a device host, a run engine), could not be reached. */
  Unavailable: 3,
  /** The gateway refused the call: no or an unknown token, or a role too weak for it. */
  Denied: 4,
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

/**
 * The one table from an error's code (a gRPC status code: the gateway's statuses arrive as
 * BrightlineErrors with that code) to the exit code. CANCELLED only ever comes from Ctrl-C: the
 * CLI cancels its calls for nothing else.
 */
export function exitCodeForError(error: BrightlineError): ExitCode {
  switch (error.code) {
    case ErrorCode.InvalidArgument:
      return ExitCode.Usage;
    case ErrorCode.Unavailable:
    case ErrorCode.DeadlineExceeded:
      return ExitCode.Unavailable;
    case ErrorCode.PermissionDenied:
    case ErrorCode.Unauthenticated:
      return ExitCode.Denied;
    case ErrorCode.Cancelled:
      return ExitCode.Interrupted;
    default:
      return ExitCode.RunFailed;
  }
}
