/**
 * EPICS values as signals, shared by ca:// and sim:// so both read alike: alarm codes as names,
 * enum indices as state names, single elements as scalars, CTRL metadata as SignalMeta, and back
 * again for a put. Knows nothing of sockets: the CA backend and the simulated database both hand
 * it plain arrays and numbers.
 */
import { alarmStatusName } from '../../../epics/protocol/mod.js';
import { AlarmSeverity, SignalDtype, type SignalMeta, type SignalReading, type SignalValue } from './signal-backend.js';
import { SignalPutError } from './errors.js';

/** A PV's native type by name; the order is CA's NativeType code (DBR_STRING = 0 ... DBR_DOUBLE = 6). */
export const NATIVE_KINDS = ['string', 'short', 'float', 'enum', 'char', 'long', 'double'] as const;
export type NativeKind = (typeof NATIVE_KINDS)[number];

/** `'double'` for CA's native type code 6; undefined for a code outside DBR_STRING..DBR_DOUBLE. */
export function nativeKindOf(code: number): NativeKind | undefined {
  return NATIVE_KINDS[code];
}

const SEVERITIES: readonly AlarmSeverity[] = [AlarmSeverity.NoAlarm, AlarmSeverity.Minor, AlarmSeverity.Major, AlarmSeverity.Invalid];

/** A severity outside the EPICS menu is treated as INVALID: a reading nobody can interpret is not trustworthy. */
export function severityName(code: number | undefined): AlarmSeverity {
  return SEVERITIES[code ?? 0] ?? AlarmSeverity.Invalid;
}

/** `'HIHI'`, `'UDF'`, ...; `''` without an alarm, as SignalReading.status promises. */
export function statusName(code: number | undefined): string {
  return code === undefined || code === 0 ? '' : alarmStatusName(code);
}

/** What both sources know about a PV when it connects. */
export interface MetaInput {
  readonly kind: NativeKind;
  /** Element count (a waveform's capacity). */
  readonly count: number;
  readonly units?: string;
  readonly precision?: number;
  readonly control?: { readonly low: number; readonly high: number };
  readonly enumStrings?: readonly string[];
  readonly writable: boolean;
}

export function buildMeta(input: MetaInput): SignalMeta {
  const isArray = input.count > 1;
  const meta: { -readonly [K in keyof SignalMeta]: SignalMeta[K] } = {
    dtype: isArray ? SignalDtype.Array : scalarDtype(input.kind),
    shape: isArray ? [input.count] : [],
    units: input.units ?? '',
    precision: input.precision ?? 0,
    writable: input.writable,
  };
  const control = input.control;
  // EPICS says "no limits" with 0, 0 (and a motor with HLM == LLM has none either)
  if (control !== undefined && !(control.low === 0 && control.high === 0) && control.low !== control.high) {
    meta.limits = { low: control.low, high: control.high };
  }
  if (input.kind === 'enum') meta.choices = [...(input.enumStrings ?? [])];
  return meta;
}

function scalarDtype(kind: NativeKind): SignalDtype {
  switch (kind) {
    case 'double':
    case 'float':
      return SignalDtype.Number;
    case 'short':
    case 'long':
    case 'char':
      return SignalDtype.Integer;
    case 'string':
    case 'enum':
      return SignalDtype.String;
  }
}

/** Enum indices become state names (an index without a name reads as its number, in text). */
export function toSignalValue(raw: readonly number[] | readonly string[], meta: SignalMeta): SignalValue {
  const choices = meta.choices;
  const name = (item: number | string): number | string => (choices === undefined || typeof item === 'string' ? item : (choices[item] ?? String(item)));
  if (meta.dtype === SignalDtype.Array) {
    return choices === undefined ? [...raw] as number[] | string[] : raw.map((item) => String(name(item)));
  }
  const first = raw[0];
  // an empty payload for a scalar cannot happen over CA; a source with nothing reads as "no value"
  if (first === undefined) return meta.dtype === SignalDtype.String ? '' : Number.NaN;
  return name(first);
}

export interface RawReading {
  readonly value: readonly number[] | readonly string[];
  readonly severity?: number;
  readonly status?: number;
}

export function toReading(raw: RawReading, timestamp: number, meta: SignalMeta): SignalReading {
  return { value: toSignalValue(raw.value, meta), timestamp, severity: severityName(raw.severity), status: statusName(raw.status) };
}

/**
 * A signal value as the array a put sends. Enum signals take a state name or an index and are
 * checked here against the choices, so the caller hears which states exist instead of a bare
 * "put failed" from the server. Other types go as they are: the source converts or refuses.
 */
export function toPutArray(value: SignalValue, meta: SignalMeta, source: string): number[] | string[] {
  const choices = meta.choices;
  if (choices === undefined) return Array.isArray(value) ? [...value] as number[] | string[] : typeof value === 'string' ? [value] : [value as number];
  if (Array.isArray(value)) throw new SignalPutError(source, `an enum takes one state, not an array; choices: ${listChoices(choices)}`);
  if (typeof value === 'string') {
    const index = choices.indexOf(value);
    if (index < 0) throw new SignalPutError(source, `'${value}' is not a state; choices: ${listChoices(choices)}`);
    return [index];
  }
  const index = value as number;
  if (!Number.isInteger(index) || index < 0 || (choices.length > 0 && index >= choices.length)) {
    throw new SignalPutError(source, `${index} is not a state index 0..${choices.length - 1}; choices: ${listChoices(choices)}`);
  }
  return [index];
}

function listChoices(choices: readonly string[]): string {
  return choices.length === 0 ? '(none defined)' : choices.map((choice) => `'${choice}'`).join(', ');
}
