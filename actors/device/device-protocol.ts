/**
 * What every device machine understands and reports: the commands the host sends, the status
 * events a machine emits when a set or trigger ends, and the states health is published in.
 */
import type { BrightlineError } from '../../lib/errors.js';

/** Health states of DESIGN.md's device machine, flattened (`ready.idle` is `idle`). */
export const DeviceState = {
  Disconnected: 'disconnected',
  Connecting: 'connecting',
  Idle: 'idle',
  Busy: 'busy',
  Fault: 'fault',
} as const;
export type DeviceState = (typeof DeviceState)[keyof typeof DeviceState];

/** `statusId` ties the status event a machine emits back to the command that started it. */
export type DeviceEvent =
  | { type: 'CONNECT' }
  | { type: 'SET'; value: number; statusId: string }
  | { type: 'TRIGGER'; statusId: string }
  /** success=false abandons a pending operation (it fails), true completes it where it stands. */
  | { type: 'STOP'; success: boolean }
  | { type: 'FAULT'; reason: string };

export type StatusEvent =
  | { type: 'status'; statusId: string; success: true }
  | { type: 'status'; statusId: string; success: false; error: BrightlineError };

/** Ophyd's Reading; alarm fields are fixed until a backend has alarms to report. */
export interface Reading {
  readonly value: number;
  readonly timestamp: number;
  readonly alarm_severity: string;
  readonly alarm_status: string;
}

export function reading(value: number, timestamp: number): Reading {
  return { value, timestamp, alarm_severity: 'NO_ALARM', alarm_status: '' };
}

/** What wall time and randomness machines get: functions in `input`, never globals. */
export type WallClock = () => number;

export function statusOk(statusId: string): StatusEvent {
  return { type: 'status', statusId, success: true };
}

export function statusFailed(statusId: string, error: BrightlineError): StatusEvent {
  return { type: 'status', statusId, success: false, error };
}

/** Flattens a machine's state value into a health state. */
export function deviceStateOf(value: unknown): DeviceState {
  if (typeof value === 'string') {
    if (value === 'disconnected' || value === 'connecting' || value === 'fault') return value;
  } else if (typeof value === 'object' && value !== null && 'ready' in value) {
    return (value as { ready: unknown }).ready === 'busy' ? DeviceState.Busy : DeviceState.Idle;
  }
  return DeviceState.Fault;
}
