/**
 * Why a device refused or failed a command. Machines build these as data (emitted with the
 * status), the host turns them into `Error` replies; the code tells the caller whether to retry.
 */
import { BrightlineError, ErrorCode, InvalidArgumentError } from '../../lib/errors.js';
import type { Limits } from './config.js';

/** A beamline config's device list is invalid; `problems` has one line per problem, with its path. */
export class DeviceConfigError extends InvalidArgumentError {
  constructor(
    readonly path: string,
    readonly problems: readonly string[],
  ) {
    const noun = problems.length === 1 ? 'problem' : 'problems';
    super(`${problems.length} ${noun} in ${path}:\n  ${problems.join('\n  ')}`);
  }
}

export class SetpointOutOfRangeError extends BrightlineError {
  constructor(
    readonly device: string,
    readonly value: number,
    readonly limits: Limits,
    readonly units: string,
  ) {
    super(ErrorCode.OutOfRange, `cannot set ${device} to ${value} ${units}: outside its limits [${limits.low}, ${limits.high}] ${units}`);
  }
}

/**
 * The device is doing something else; `activity` says what, so the caller can wait or stop it.
 * `command` is a phrase such as `set m1 to 3 mm`.
 */
export class DeviceBusyError extends BrightlineError {
  constructor(
    readonly device: string,
    readonly command: string,
    readonly activity: string,
  ) {
    super(ErrorCode.FailedPrecondition, `cannot ${command}: ${device} is busy ${activity}`, { retryable: true });
  }
}

/** Not connected (yet): worth retrying once the device is ready. */
export class DeviceNotReadyError extends BrightlineError {
  constructor(
    readonly device: string,
    readonly command: string,
    readonly state: string,
  ) {
    super(ErrorCode.Unavailable, `cannot ${command}: ${device} is ${state}, not ready`, { retryable: true });
  }
}

export class DeviceFaultError extends BrightlineError {
  constructor(
    readonly device: string,
    readonly command: string,
    readonly reason: string,
  ) {
    super(ErrorCode.FailedPrecondition, `cannot ${command}: ${device} is in fault (${reason})`);
  }
}

/** A set or trigger ended by `stop` before it completed; `operation` names the device (`set m1 to 3`). */
export class OperationStoppedError extends BrightlineError {
  constructor(
    readonly device: string,
    readonly operation: string,
    readonly where: string,
  ) {
    super(ErrorCode.Aborted, `${operation} stopped ${where}`);
  }
}

/** An operation under way whose device lost its connection or fell into fault. */
export class OperationFaultedError extends BrightlineError {
  constructor(
    readonly device: string,
    readonly operation: string,
    readonly reason: string,
  ) {
    super(ErrorCode.Aborted, `${operation} failed: ${reason}`);
  }
}

export class UnsupportedVerbError extends BrightlineError {
  constructor(
    readonly device: string,
    readonly verb: string,
    readonly deviceClass: string,
  ) {
    super(ErrorCode.Unimplemented, `cannot ${verb} ${device}: a ${deviceClass} does not support ${verb}`);
  }
}

/** The host is shutting down; a pending Status will not complete. */
export class DeviceHostStoppingError extends BrightlineError {
  constructor(readonly device: string) {
    super(ErrorCode.Unavailable, `device host of ${device} is stopping`, { retryable: true });
  }
}

/** One part (signal or child device) that did not connect, and why. */
export interface ConnectFailure {
  readonly part: string;
  readonly reason: string;
}

/** A device's connect failed; lists every part that failed, not only the first. */
export class DeviceConnectError extends BrightlineError {
  constructor(
    readonly device: string,
    readonly failures: readonly ConnectFailure[],
    options?: ErrorOptions,
  ) {
    const list = failures.map((f) => `${f.part}: ${f.reason}`).join('; ');
    super(ErrorCode.Unavailable, `${device} did not connect (${failures.length} failed): ${list}`, { retryable: true, ...options });
  }
}

/** A device name a request or config refers to that this host does not serve. */
export class UnknownDeviceError extends BrightlineError {
  constructor(
    readonly beamline: string,
    readonly device: string,
    readonly served: readonly string[],
  ) {
    super(ErrorCode.NotFound, `no device '${device}' on beamline ${beamline}; it serves: ${served.join(', ') || 'nothing'}`);
  }
}

/** A set value of the wrong type for the device (text to a motor, a number to a shutter...). */
export class InvalidSetValueError extends BrightlineError {
  constructor(
    readonly device: string,
    readonly value: unknown,
    readonly expected: string,
  ) {
    super(ErrorCode.InvalidArgument, `cannot set ${device} to ${JSON.stringify(value) ?? String(value)}: expected ${expected}`);
  }
}
