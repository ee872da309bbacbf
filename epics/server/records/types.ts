/**
 * The vocabulary of the simulated IOC database: EPICS alarm codes, event-mask bits and the shape
 * of a process variable as the Channel Access server sees it. Numbers are EPICS's own, so the
 * server copies them onto the wire without a table.
 */

export const NativeType = {
  String: 'string',
  Short: 'short',
  Float: 'float',
  Enum: 'enum',
  Char: 'char',
  Long: 'long',
  Double: 'double',
} as const;
export type NativeType = (typeof NativeType)[keyof typeof NativeType];

// Alarm codes and event-mask bits are the protocol's own: one definition, shared with the wire.
import { AlarmSeverity, AlarmStatus } from '../../protocol/mod.js';
export { AlarmSeverity, AlarmStatus, EventMask } from '../../protocol/mod.js';

/** Names as EPICS spells them, index = severity; also the enum strings of a `.SEVR` field. */
export const ALARM_SEVERITY_NAMES = ['NO_ALARM', 'MINOR', 'MAJOR', 'INVALID'] as const;


/** Index = status; the enum strings of a `.STAT` field (EPICS caps an enum at 16 strings, so the tail is cut). */
export const ALARM_STATUS_NAMES = [
  'NO_ALARM', 'READ', 'WRITE', 'HIHI', 'HIGH', 'LOLO', 'LOW', 'STATE',
  'COS', 'COMM', 'TIMEOUT', 'HWLIMIT', 'CALC', 'SCAN', 'LINK', 'SOFT',
  'BAD_SUB', 'UDF', 'DISABLE', 'SIMM', 'READ_ACCESS', 'WRITE_ACCESS',
] as const;

/** CA event-mask bits (DBE_*): why a subscriber hears about a change. */

export interface Range {
  low: number;
  high: number;
}

export interface Alarm {
  readonly status: AlarmStatus;
  readonly severity: AlarmSeverity;
}

export const NO_ALARM: Alarm = { status: AlarmStatus.NoAlarm, severity: AlarmSeverity.NoAlarm };

/** Numbers for every type but `string`; an enum's value is its state index. */
export type PvValue = number[] | string[];

/** What a field says about its value besides the value: units, precision, limits, state names. */
export interface FieldMeta {
  units: string;
  precision: number;
  display?: Range;
  alarm?: Range;
  warning?: Range;
  control?: Range;
  enumStrings?: string[];
}

/** Everything a client may ask for about a PV at one instant; arrays are copies the caller may keep. */
export interface PvSnapshot extends FieldMeta {
  value: PvValue;
  status: number;
  severity: number;
  timestampMs: number;
}

/** `mask` holds the EventMask bits this change earned; the server filters by each client's mask. */
export type PvListener = (snapshot: PvSnapshot, mask: number) => void;

/** One record field reachable by name, e.g. `SIM:m1.RBV`. */
export interface ProcessVariable {
  readonly name: string;
  readonly nativeType: NativeType;
  /** Element capacity: 1 for scalars, NELM for a waveform (its current length is in the snapshot). */
  readonly count: number;
  readonly writable: boolean;
  snapshot(): PvSnapshot;
  /**
   * Resolves when the put's processing completes (a motor VAL: when the move ends, which is what a
   * CA put-callback waits for); rejects with a PutRejectedError saying why it was refused.
   */
  put(value: readonly number[] | readonly string[]): Promise<void>;
  /**
   * Returns the unsubscribe. No initial event: read snapshot() for the current state. Listeners
   * are called synchronously, once per processing, and must not throw.
   */
  subscribe(listener: PvListener): () => void;
}
