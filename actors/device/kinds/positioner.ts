/**
 * What kinds that drive a readback towards a numeric setpoint share (a motor, a temperature
 * controller): the limits a set obeys stand in their data keys, a set is checked against them, and
 * progress follows the readback.
 */
import type { BrightlineError } from '../../../lib/errors.js';
import type { PlainValue } from '../../../lib/values.js';
import type { Limits } from '../config.js';
import type { DataKeyInfo, OperationContext } from '../device-behaviour.js';
import { InvalidSetValueError, SetpointOutOfRangeError } from '../errors.js';
import type { SignalBackend, Unsubscribe } from '../signals/signal-backend.js';
import { dataKeyOf, latestNumber } from './signal-group.js';

/** The signal's data key with `limits` (none when undefined) in place of the signal's own CTRL limits. */
export function dataKeyWithLimits(signal: SignalBackend, objectName: string, limits: Limits | undefined): DataKeyInfo {
  const { limits: _own, ...key } = dataKeyOf(signal, objectName);
  return limits ? { ...key, limits } : key;
}

/** Why `value` is no setpoint for `device`: not a finite number, or outside `limits`. */
export function setpointProblem(device: string, value: PlainValue, limits: Limits | undefined, units: () => string): BrightlineError | undefined {
  if (typeof value !== 'number' || !Number.isFinite(value)) return new InvalidSetValueError(device, value, 'a finite number');
  if (limits && (value < limits.low || value > limits.high)) return new SetpointOutOfRangeError(device, value, limits, units());
  return undefined;
}

/** Reports where `readback` starts, then each numeric update, as progress towards `target`, until unsubscribed. */
export function reportProgress(readback: SignalBackend, target: number, units: string, context: OperationContext): Unsubscribe {
  const initial = latestNumber(readback);
  context.progress({ initial, current: initial, target, units });
  return readback.subscribe((reading) => {
    if (typeof reading.value === 'number') context.progress({ initial, current: reading.value, target, units });
  });
}
