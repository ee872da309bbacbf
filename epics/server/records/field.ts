/**
 * One field of a record as a process variable. The record changes values, metadata and its alarm
 * through `store`/`setMeta`/`noteAlarmChange`, then calls `flush` once per processing so a
 * subscriber hears one event carrying every bit the processing earned, with a consistent snapshot.
 */
import { coercePut } from './coerce.js';
import { PutRejectedError, PutRejectReason } from './errors.js';
import { EventMask, type Alarm, type FieldMeta, type NativeType, type ProcessVariable, type PvListener, type PvSnapshot, type PvValue, type Range } from './types.js';

/** What a field reads from its record: EPICS keeps alarm and time per record, not per field. */
export interface FieldOwner {
  readonly alarm: Alarm;
  readonly timestampMs: number;
}

export type { FieldMeta } from './types.js';

/** MDEL and ADEL: a numeric scalar posts DBE_VALUE / DBE_LOG only when it moved by more than these. */
export interface Deadband {
  readonly mdel: number;
  readonly adel: number;
}

/** Receives the already converted value; what it returns (or throws) is what the client's put gets. */
export type PutHandler = (value: PvValue) => Promise<void> | void;

export interface FieldSpec {
  readonly nativeType: NativeType;
  readonly value: PvValue;
  readonly count?: number;
  readonly variableLength?: boolean;
  /** Absent means read-only. */
  readonly onPut?: PutHandler;
  readonly meta?: Partial<FieldMeta>;
  /** Without one, any change posts DBE_VALUE | DBE_LOG. */
  readonly deadband?: () => Deadband;
}

export class Field implements ProcessVariable {
  readonly count: number;
  readonly nativeType: NativeType;
  readonly #owner: FieldOwner;
  readonly #spec: FieldSpec;
  readonly #listeners = new Set<PvListener>();
  readonly #onPending: ((field: Field) => void) | undefined;
  #value: PvValue;
  #meta: FieldMeta;
  #pending = 0;
  /** Last value posted with DBE_VALUE (EPICS's MLST) and with DBE_LOG (ALST). */
  #monitored: number;
  #archived: number;

  /** `onPending` hears when the field first has something to post, so its record flushes only such fields. */
  constructor(owner: FieldOwner, readonly name: string, spec: FieldSpec, onPending?: (field: Field) => void) {
    this.#owner = owner;
    this.#spec = spec;
    this.#onPending = onPending;
    this.nativeType = spec.nativeType;
    this.count = spec.count ?? 1;
    this.#value = [...spec.value] as PvValue;
    this.#meta = { units: '', precision: 0, ...spec.meta };
    this.#monitored = this.number;
    this.#archived = this.number;
  }

  get writable(): boolean {
    return this.#spec.onPut !== undefined;
  }

  get value(): readonly number[] | readonly string[] {
    return this.#value;
  }

  /** The first element as a number: what a calc input or an alarm check reads. */
  get number(): number {
    const first = this.#value[0];
    return typeof first === 'number' ? first : Number(first ?? Number.NaN);
  }

  get text(): string {
    return String(this.#value[0] ?? '');
  }

  get meta(): Readonly<FieldMeta> {
    return this.#meta;
  }

  snapshot(): PvSnapshot {
    const meta = this.#meta;
    const snapshot: PvSnapshot = {
      value: [...this.#value] as PvValue,
      status: this.#owner.alarm.status,
      severity: this.#owner.alarm.severity,
      timestampMs: this.#owner.timestampMs,
      units: meta.units,
      precision: meta.precision,
    };
    if (meta.display) snapshot.display = { ...meta.display };
    if (meta.alarm) snapshot.alarm = { ...meta.alarm };
    if (meta.warning) snapshot.warning = { ...meta.warning };
    if (meta.control) snapshot.control = { ...meta.control };
    if (meta.enumStrings) snapshot.enumStrings = [...meta.enumStrings];
    return snapshot;
  }

  async put(value: readonly number[] | readonly string[]): Promise<void> {
    const onPut = this.#spec.onPut;
    if (!onPut) throw new PutRejectedError(this.name, PutRejectReason.ReadOnly, 'the field is read-only');
    await onPut(this.coerce(value));
  }

  /** Converts a value to this field's type, as a put would; throws PutRejectedError if it cannot. */
  coerce(value: readonly number[] | readonly string[]): PvValue {
    return coercePut(
      {
        pv: this.name,
        nativeType: this.nativeType,
        count: this.count,
        variableLength: this.#spec.variableLength ?? false,
        enumStrings: this.#meta.enumStrings ?? [],
      },
      value,
    );
  }

  subscribe(listener: PvListener): () => void {
    // a wrapper, so one listener subscribed twice gets two independent subscriptions
    const entry: PvListener = (snapshot, mask) => listener(snapshot, mask);
    this.#listeners.add(entry);
    return () => {
      this.#listeners.delete(entry);
    };
  }

  /**
   * Sets the value; the bits it earns are posted by the next flush. `settled` posts any change
   * regardless of MDEL/ADEL: a motor's final position must reach clients however small the last step.
   */
  store(value: PvValue, options?: { settled?: boolean }): void {
    const previous = this.#value;
    this.#value = [...value] as PvValue;
    const deadband = options?.settled ? SETTLED : this.#spec.deadband?.();
    if (deadband && this.#value.length === 1 && typeof this.#value[0] === 'number') {
      this.#raise(this.#deadbandBits(this.#value[0], deadband));
    } else if (!sameValue(previous, this.#value)) {
      this.#raise(EventMask.Value | EventMask.Log);
    }
  }

  setMeta(meta: Partial<FieldMeta>): void {
    const next: FieldMeta = { ...this.#meta, ...meta };
    if (!sameMeta(this.#meta, next)) this.#raise(EventMask.Property);
    this.#meta = next;
  }

  noteAlarmChange(): void {
    this.#raise(EventMask.Alarm);
  }

  /** Posts what accumulated since the last flush, if anything did. */
  flush(): void {
    const mask = this.#pending;
    if (mask === 0) return;
    this.#pending = 0;
    if (this.#listeners.size === 0) return;
    const snapshot = this.snapshot();
    for (const listener of [...this.#listeners]) {
      try {
        listener(snapshot, mask);
      } catch (error) {
        // one broken subscriber must not stop the record or starve the others
        process.emitWarning(`a listener of ${this.name} threw: ${String(error)}`);
      }
    }
  }

  #raise(bits: number): void {
    if (bits === 0) return;
    const wasIdle = this.#pending === 0;
    this.#pending |= bits;
    if (wasIdle) this.#onPending?.(this);
  }

  #deadbandBits(value: number, deadband: Deadband): number {
    let bits = 0;
    if (exceeds(this.#monitored, value, deadband.mdel)) {
      bits |= EventMask.Value;
      this.#monitored = value;
    }
    if (exceeds(this.#archived, value, deadband.adel)) {
      bits |= EventMask.Log;
      this.#archived = value;
    }
    return bits;
  }
}

/** A settled value posts any change: no deadband. */
const SETTLED: Deadband = { mdel: 0, adel: 0 };

/** recGblCheckDeadband: a change to or from NaN/Infinity always counts; a negative deadband posts every processing. */
function exceeds(last: number, value: number, deadband: number): boolean {
  if (Number.isFinite(last) && Number.isFinite(value)) return Math.abs(last - value) > deadband;
  if (Object.is(last, value)) return deadband < 0;
  return true;
}

function sameValue(a: PvValue, b: PvValue): boolean {
  return a.length === b.length && a.every((item, i) => Object.is(item, b[i]));
}

function sameRange(a: Range | undefined, b: Range | undefined): boolean {
  if (!a || !b) return a === b;
  return Object.is(a.low, b.low) && Object.is(a.high, b.high);
}

function sameMeta(a: FieldMeta, b: FieldMeta): boolean {
  const sameStrings = !a.enumStrings || !b.enumStrings
    ? a.enumStrings === b.enumStrings
    : a.enumStrings.length === b.enumStrings.length && a.enumStrings.every((s, i) => s === b.enumStrings?.[i]);
  return a.units === b.units && a.precision === b.precision && sameStrings
    && sameRange(a.display, b.display) && sameRange(a.alarm, b.alarm)
    && sameRange(a.warning, b.warning) && sameRange(a.control, b.control);
}
