/**
 * The one seam between devices and control systems (ophyd-async's SignalBackend): a named value
 * that can be connected, read, written and watched. `ca://` speaks Channel Access, `sim://` reads
 * an in-process simulated record database, `mock://` is driven by tests. Devices see only this.
 */
import type { Limits } from '../config.js';

/** EPICS alarm severities by name, as event-model readings and the dashboard show them. */
export const AlarmSeverity = {
  NoAlarm: 'NO_ALARM',
  Minor: 'MINOR',
  Major: 'MAJOR',
  Invalid: 'INVALID',
} as const;
export type AlarmSeverity = (typeof AlarmSeverity)[keyof typeof AlarmSeverity];

/** Enum PVs read as their state name (`'open'`), as ophyd-async does; arrays stay arrays. */
export type SignalValue = number | string | readonly number[] | readonly string[];

export interface SignalReading {
  readonly value: SignalValue;
  /** Seconds since the Unix epoch, from the source (the IOC's record timestamp for ca://). */
  readonly timestamp: number;
  readonly severity: AlarmSeverity;
  /** EPICS alarm status name (`'HIHI'`, `'UDF'`, ...), `''` without an alarm. */
  readonly status: string;
}

/** event-model dtypes a signal can have. */
export const SignalDtype = {
  Number: 'number',
  Integer: 'integer',
  String: 'string',
  Array: 'array',
} as const;
export type SignalDtype = (typeof SignalDtype)[keyof typeof SignalDtype];

/** What a connected signal says about itself (CA's CTRL metadata). */
export interface SignalMeta {
  readonly dtype: SignalDtype;
  /** `[]` for scalars, `[n]` for waveforms. */
  readonly shape: readonly number[];
  readonly units: string;
  readonly precision: number;
  /** Control (drive) limits, absent when the source has none (both 0 in EPICS). */
  readonly limits?: Limits;
  /** State names of an enum signal, in index order. */
  readonly choices?: readonly string[];
  readonly writable: boolean;
}

export interface ConnectOptions {
  readonly timeoutMs: number;
  readonly signal?: AbortSignal;
}

export interface PutOptions {
  /** Resolve only when the source's processing has completed (CA put-callback: a motor's move). */
  readonly wait: boolean;
  /** Bounds the put (and its completion when `wait`); SignalTimeoutError when exceeded. */
  readonly timeoutMs: number;
  /** Aborting stops waiting (the put itself may already be on the wire). */
  readonly signal?: AbortSignal;
}

export interface ConnectionChange {
  readonly connected: boolean;
  /** Why it disconnected; `''` on connect. */
  readonly reason: string;
}

export type Unsubscribe = () => void;

export interface SignalBackend {
  /** The URI the signal was made from, e.g. `ca://BL01:m1.RBV`; DataKey.source in documents. */
  readonly source: string;
  readonly connected: boolean;
  /**
   * Resolves once connected, metadata fetched and a first value cached (a monitor stays open from
   * then on, so `latest()` is current). Rejects with SignalConnectError after `timeoutMs`; the
   * backend keeps trying in the background and reports a later connect through `onConnection`.
   */
  connect(options: ConnectOptions): Promise<void>;
  /** Metadata of the last connection; throws SignalNotConnectedError before the first. */
  meta(): SignalMeta;
  /** The last value the monitor delivered; undefined before the first connect. */
  latest(): SignalReading | undefined;
  /** A fresh read from the source. */
  get(options?: { timeoutMs?: number }): Promise<SignalReading>;
  put(value: SignalValue, options: PutOptions): Promise<void>;
  /** Every monitor update, in order; does not replay the latest. */
  subscribe(listener: (reading: SignalReading) => void): Unsubscribe;
  /** Connection losses and returns after the first connect (and the first connect itself). */
  onConnection(listener: (change: ConnectionChange) => void): Unsubscribe;
  /** Drops the channel and monitor; pending puts reject with SignalClosedError. Idempotent. */
  close(): void;
}
