/**
 * What a device kind implements (motor, detector, shutter, composite...). The generic device
 * machine wraps a behaviour: it owns states, refusals, timeouts and stop, so a kind only says how
 * to connect, read and move. Operations get an AbortSignal and must stop waiting when it fires.
 */
import type { BrightlineError } from '../../lib/errors.js';
import type { PlainValue } from '../../lib/values.js';
import type { Limits } from './config.js';
import type { SignalBackend, Unsubscribe } from './signals/signal-backend.js';

/** Ophyd's DataKey, as describe returns it per reading key. */
export interface DataKeyInfo {
  source: string;
  dtype: string;
  shape: number[];
  units: string;
  precision: number;
  limits?: Limits;
  /** Enum state names, for string-valued enum signals. */
  choices?: string[];
  object_name: string;
  /** Set for keys whose value is a datum id pointing into a file (event-model `external`). */
  external?: string;
}

/** Ophyd's Reading. */
export interface Reading {
  readonly value: PlainValue;
  readonly timestamp: number;
  readonly alarm_severity: string;
  readonly alarm_status: string;
}

/** A Resource/Datum (or stream) document a read refers to, as event-model JSON. */
export interface AssetDocument {
  readonly name: 'resource' | 'datum' | 'stream_resource' | 'stream_datum';
  readonly doc: Readonly<Record<string, unknown>>;
}

/** Ophyd's Status progress (watchers): where a move is, between where it started and its target. */
export interface Progress {
  readonly initial: number;
  readonly current: number;
  readonly target: number;
  readonly units: string;
}

export const Operation = {
  Set: 'set',
  Trigger: 'trigger',
  Stage: 'stage',
  Unstage: 'unstage',
  Configure: 'configure',
  Kickoff: 'kickoff',
  Complete: 'complete',
} as const;
export type Operation = (typeof Operation)[keyof typeof Operation];

export interface OperationContext {
  /** Fires on stop, timeout, disconnect or shutdown: stop waiting, release what you hold. */
  readonly signal: AbortSignal;
  /** The time the operation has before its deadline, for puts that wait. */
  readonly timeoutMs: number;
  progress(progress: Progress): void;
}

export interface Location {
  readonly setpoint: PlainValue;
  readonly readback: PlainValue;
}

export interface CollectedEvent {
  readonly time: number;
  readonly data: Record<string, PlainValue>;
  readonly timestamps: Record<string, number>;
}

export interface DeviceBehaviour {
  readonly name: string;
  /** Ophyd class name shown by describe, e.g. `EpicsMotor`. */
  readonly deviceClass: string;
  /**
   * Signals by field name (`readback`, `velocity`, ...). Stage settings and configuration refer to
   * these names; read_configuration reports `<device>_<field>`.
   */
  readonly signals: Readonly<Record<string, SignalBackend>>;
  readonly configurationFields: readonly string[];
  readonly hintedFields: readonly string[];
  /** Stage settings (Ophyd's stage_sigs): field to value, applied in order, restored in reverse. */
  readonly stageSettings: ReadonlyArray<readonly [string, PlainValue]>;

  /**
   * Connects every signal or child; rejects with a DeviceConnectError that names every one that
   * failed, not only the first.
   */
  connect(timeoutMs: number, signal: AbortSignal): Promise<void>;
  /**
   * Connection changes after the first connect: `connected` false as soon as one part is lost,
   * true once all are back.
   */
  onConnection(listener: (connected: boolean, reason: string) => void): Unsubscribe;
  /** Called whenever `read()` may have changed. */
  onChange(listener: () => void): Unsubscribe;

  describe(): Record<string, DataKeyInfo>;
  /** From cached monitor values: never waits on the control system. */
  read(): Record<string, Reading>;
  /** Asset documents for the current readings (unchanged uids on repeated reads). */
  assetDocuments?(): AssetDocument[];

  /** Rejects a set before the device goes busy: wrong type, outside limits. */
  checkSet?(value: PlainValue): BrightlineError | undefined;
  set?(value: PlainValue, context: OperationContext): Promise<void>;
  trigger?(context: OperationContext): Promise<void>;
  locate?(): Location;
  /** Halts motion. `success` false means what was under way is abandoned. */
  stop(success: boolean): Promise<void>;

  kickoff?(params: Record<string, PlainValue>, context: OperationContext): Promise<void>;
  complete?(context: OperationContext): Promise<void>;
  collect?(): CollectedEvent[];
  describeCollect?(): Record<string, DataKeyInfo>;

  /** After the stage settings are applied: a detector that writes files starts a new Resource here. */
  onStage?(): void;

  /** The time an operation should take, for the default timeout when a request gives none. */
  expectedDurationS(operation: Operation, value?: PlainValue): number;
  /** Releases signals and timers. */
  close(): void;
}
