/**
 * Why the IOC database refused something. A put's `reason` is data, so the CA server can choose
 * the ECA status to send back without parsing messages.
 */
import { BrightlineError, ErrorCode, InvalidArgumentError } from '../../../lib/errors.js';

export const PutRejectReason = {
  ReadOnly: 'read-only',
  /** Outside a record's own limits: DRVH/DRVL of an output, HLM/LLM of a motor. */
  OutOfLimits: 'out-of-limits',
  /** Does not fit the field's type, e.g. 70000 into a short. */
  OutOfRange: 'out-of-range',
  BadEnumIndex: 'bad-enum-index',
  NotANumber: 'not-a-number',
  WrongCount: 'wrong-count',
  StringTooLong: 'string-too-long',
  /** A well-typed value the record cannot take, e.g. VELO <= 0 or a calc expression that does not parse. */
  InvalidValue: 'invalid-value',
} as const;
export type PutRejectReason = (typeof PutRejectReason)[keyof typeof PutRejectReason];

const CODE_OF_REASON: Record<PutRejectReason, ErrorCode> = {
  'read-only': ErrorCode.PermissionDenied,
  'out-of-limits': ErrorCode.OutOfRange,
  'out-of-range': ErrorCode.OutOfRange,
  'bad-enum-index': ErrorCode.InvalidArgument,
  'not-a-number': ErrorCode.InvalidArgument,
  'wrong-count': ErrorCode.InvalidArgument,
  'string-too-long': ErrorCode.InvalidArgument,
  'invalid-value': ErrorCode.InvalidArgument,
};

export class PutRejectedError extends BrightlineError {
  constructor(
    readonly pv: string,
    readonly reason: PutRejectReason,
    readonly detail: string,
  ) {
    super(CODE_OF_REASON[reason], `put to ${pv} rejected (${reason}): ${detail}`);
  }
}

/** Record definitions are invalid; `problems` has one line per problem, each starting with its path. */
export class RecordConfigError extends InvalidArgumentError {
  constructor(readonly problems: readonly string[]) {
    const noun = problems.length === 1 ? 'problem' : 'problems';
    super(`${problems.length} ${noun} in record definitions:\n  ${problems.join('\n  ')}`);
  }
}

/** A calc expression does not parse; `column` is 1-based, as an editor shows it. */
export class CalcSyntaxError extends InvalidArgumentError {
  constructor(
    readonly expression: string,
    readonly column: number,
    readonly problem: string,
  ) {
    super(`calc expression '${expression}' at column ${column}: ${problem}`);
  }
}
