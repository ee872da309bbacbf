/**
 * A value that lives in the device host, not in a control system (ophyd-async's soft signal): a
 * detector's exposure time, a tolerance. Always connected; a put sets the value at once, so
 * staging and configure treat it like any PV.
 */
import { SignalClosedError, SignalNotConnectedError, SignalPutError } from './errors.js';
import { SignalListeners } from './signal-listeners.js';
import {
  AlarmSeverity,
  SignalDtype,
  type ConnectionChange,
  type PutOptions,
  type SignalBackend,
  type SignalMeta,
  type SignalReading,
  type SignalValue,
  type Unsubscribe,
} from './signal-backend.js';

export interface SoftSignalOptions {
  readonly units?: string;
  readonly precision?: number;
  /** Defaults to the initial value's type: `number` or `string`. */
  readonly dtype?: SignalDtype;
  /** Extra rule a put must pass (`'must be > 0'`), undefined when the value is fine. */
  readonly check?: (value: SignalValue) => string | undefined;
  /** Wall time in seconds for timestamps. */
  readonly now?: () => number;
}

/** `soft://BL01.det.exposure`: names the value in documents as a PV would. */
export function softSource(beamline: string, device: string, field: string): string {
  return `soft://${beamline}.${device}.${field}`;
}

function dtypeOf(value: SignalValue): SignalDtype {
  if (Array.isArray(value)) return SignalDtype.Array;
  return typeof value === 'string' ? SignalDtype.String : SignalDtype.Number;
}

/** Why `value` does not fit `dtype`, or undefined when it does. */
function typeProblem(value: SignalValue, dtype: SignalDtype): string | undefined {
  switch (dtype) {
    case SignalDtype.Number:
      return typeof value === 'number' && Number.isFinite(value) ? undefined : 'expected a finite number';
    case SignalDtype.Integer:
      return typeof value === 'number' && Number.isInteger(value) ? undefined : 'expected an integer';
    case SignalDtype.String:
      return typeof value === 'string' ? undefined : 'expected a string';
    case SignalDtype.Array:
      return Array.isArray(value) ? undefined : 'expected an array';
  }
}

export class SoftSignalBackend implements SignalBackend {
  #reading: SignalReading;
  #closed = false;
  readonly #meta: SignalMeta;
  readonly #check: ((value: SignalValue) => string | undefined) | undefined;
  readonly #now: () => number;
  readonly #listeners = new SignalListeners();

  constructor(
    readonly source: string,
    initial: SignalValue,
    options: SoftSignalOptions = {},
  ) {
    this.#now = options.now ?? ((): number => Date.now() / 1000);
    this.#check = options.check;
    const dtype = options.dtype ?? dtypeOf(initial);
    this.#meta = {
      dtype,
      shape: Array.isArray(initial) ? [initial.length] : [],
      units: options.units ?? '',
      precision: options.precision ?? 3,
      writable: true,
    };
    this.#reading = this.#readingOf(initial);
  }

  get connected(): boolean {
    return !this.#closed;
  }

  connect(): Promise<void> {
    if (this.#closed) return Promise.reject(new SignalClosedError(this.source, 'connect'));
    this.#listeners.emitConnection({ connected: true, reason: '' });
    return Promise.resolve();
  }

  meta(): SignalMeta {
    return this.#meta;
  }

  latest(): SignalReading {
    return this.#reading;
  }

  get(): Promise<SignalReading> {
    if (this.#closed) return Promise.reject(new SignalNotConnectedError(this.source, 'get'));
    return Promise.resolve(this.#reading);
  }

  /** Validates before storing, so a bad configure leaves the old value in place; never waits. */
  put(value: SignalValue, _options?: PutOptions): Promise<void> {
    if (this.#closed) return Promise.reject(new SignalClosedError(this.source, 'put'));
    const problem = typeProblem(value, this.#meta.dtype) ?? this.#check?.(value);
    if (problem) return Promise.reject(new SignalPutError(this.source, `${problem}, got ${JSON.stringify(value)}`));
    this.#reading = this.#readingOf(value);
    this.#listeners.emit(this.#reading);
    return Promise.resolve();
  }

  subscribe(listener: (reading: SignalReading) => void): Unsubscribe {
    return this.#listeners.subscribe(listener);
  }

  onConnection(listener: (change: ConnectionChange) => void): Unsubscribe {
    return this.#listeners.onConnection(listener);
  }

  close(): void {
    this.#closed = true;
    this.#listeners.clear();
  }

  #readingOf(value: SignalValue): SignalReading {
    // arrays are copied so a caller mutating its own array cannot change the stored value
    const stored = Array.isArray(value) ? ([...value] as SignalValue) : value;
    return { value: stored, timestamp: this.#now(), severity: AlarmSeverity.NoAlarm, status: '' };
  }
}
