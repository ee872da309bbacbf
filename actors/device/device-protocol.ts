/**
 * What the device machine understands and reports: commands the host sends, the status events it
 * emits when an operation ends, and the health states of DESIGN.md's device machine.
 */
import type { BrightlineError } from '../../lib/errors.js';
import type { PlainValue } from '../../lib/values.js';
import type { Operation } from './device-behaviour.js';

/** Health states of DESIGN.md's device machine, flattened (`ready.idle` is `idle`). */
export const DeviceState = {
  Disconnected: 'disconnected',
  Connecting: 'connecting',
  Idle: 'idle',
  Busy: 'busy',
  Staged: 'staged',
  Fault: 'fault',
} as const;
export type DeviceState = (typeof DeviceState)[keyof typeof DeviceState];

/** One operation a caller asked for; `statusId` ties its status event back to the caller. */
export interface OperationRequest {
  readonly statusId: string;
  readonly operation: Operation;
  readonly value?: PlainValue;
  readonly params?: Readonly<Record<string, PlainValue>>;
  readonly timeoutMs: number;
  /** Phrase for messages, e.g. `set m1 to 3`. */
  readonly phrase: string;
}

export type DeviceEvent =
  | { type: 'CONNECT' }
  /** A signal or child was lost (an IOC went away). */
  | { type: 'LINK_LOST'; reason: string }
  /** Every signal is connected again: the device reconnects by itself. */
  | { type: 'LINK_RESTORED' }
  | { type: 'COMMAND'; request: OperationRequest }
  /** success=false abandons the operation under way (its status fails), true completes it where it stands. */
  | { type: 'STOP'; success: boolean };

export type StatusEvent =
  | { type: 'status'; statusId: string; success: true; result?: unknown }
  | { type: 'status'; statusId: string; success: false; error: BrightlineError };

export type EmittedEvent = StatusEvent;

/** What wall time machines get: a function in `input`, never the global clock. */
export type WallClock = () => number;

export function statusOk(statusId: string, result?: unknown): StatusEvent {
  return result === undefined ? { type: 'status', statusId, success: true } : { type: 'status', statusId, success: true, result };
}

export function statusFailed(statusId: string, error: BrightlineError): StatusEvent {
  return { type: 'status', statusId, success: false, error };
}

/** Flattens a machine's state value into a health state. */
export function deviceStateOf(value: unknown): DeviceState {
  if (typeof value === 'string') {
    if (value === 'disconnected' || value === 'connecting' || value === 'fault') return value;
  } else if (typeof value === 'object' && value !== null && 'ready' in value) {
    const ready = (value as { ready: unknown }).ready;
    if (ready === 'busy') return DeviceState.Busy;
    if (ready === 'staged') return DeviceState.Staged;
    return DeviceState.Idle;
  }
  return DeviceState.Fault;
}

export function isReady(state: DeviceState): boolean {
  return state === DeviceState.Idle || state === DeviceState.Busy || state === DeviceState.Staged;
}
