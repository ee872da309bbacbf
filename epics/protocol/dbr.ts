/**
 * DBR payloads: the C structures of db_access.h laid out byte for byte, big-endian, with their
 * RISC_pad fields, so a value decoded here is what libca would have put in the struct.
 */
import { CaProtocolError } from './errors.js';
import type { EpicsTimestamp } from './epics-time.js';
import { decodeCString, encodeCString, encodeCStringTruncating } from './strings.js';

export { AlarmSeverity, AlarmStatus, alarmSeverityName, alarmStatusName, alarmSeverityFromName, alarmStatusFromName } from './alarms.js';
export { toEpicsTimestamp, fromEpicsTimestamp, EPICS_EPOCH_UNIX_SECONDS, type EpicsTimestamp } from './epics-time.js';
export { convertValue, formatNumber } from './convert.js';

export const NativeType = { String: 0, Short: 1, Float: 2, Enum: 3, Char: 4, Long: 5, Double: 6 } as const;
export type NativeType = (typeof NativeType)[keyof typeof NativeType];

export const DbrClass = { Plain: 0, Status: 1, Time: 2, Graphic: 3, Control: 4 } as const;
export type DbrClass = (typeof DbrClass)[keyof typeof DbrClass];

/** MAX_STRING_SIZE: a DBR_STRING element is a 40-byte NUL-terminated field. */
export const MAX_STRING_SIZE = 40;
export const MAX_UNITS_SIZE = 8;
export const MAX_ENUM_STATES = 16;
export const MAX_ENUM_STRING_SIZE = 26;
/** The highest DBR code we encode and decode (DBR_CTRL_DOUBLE); PUT_ACKT and beyond are refused. */
export const LAST_DBR_CODE = 34;

export interface Limits {
  low: number;
  high: number;
}

/** A decoded DBR payload; which optional fields are present follows from the DBR class. */
export interface DbrValue {
  /** Always an array; strings only for native String; Enum as state indices; Char as bytes. */
  value: number[] | string[];
  status?: number;
  severity?: number;
  timestamp?: EpicsTimestamp;
  units?: string;
  /** Only for Float and Double. */
  precision?: number;
  display?: Limits;
  alarm?: Limits;
  warning?: Limits;
  control?: Limits;
  /** GR/CTRL of Enum: at most 16 names of at most 25 bytes. */
  enumStrings?: string[];
}

export function dbrCode(native: NativeType, cls: DbrClass): number {
  return cls * 7 + native;
}

export function parseDbrCode(code: number): { native: NativeType; cls: DbrClass } {
  if (!Number.isInteger(code) || code < 0 || code > LAST_DBR_CODE) {
    throw new CaProtocolError(`unsupported DBR type ${code}`, { dataType: code });
  }
  return { native: (code % 7) as NativeType, cls: Math.floor(code / 7) as DbrClass };
}

const nativeNames = ['STRING', 'SHORT', 'FLOAT', 'ENUM', 'CHAR', 'LONG', 'DOUBLE'] as const;
const classPrefixes = ['DBR_', 'DBR_STS_', 'DBR_TIME_', 'DBR_GR_', 'DBR_CTRL_'] as const;

/** `DBR_TIME_DOUBLE` for 20, for logs; `DBR_<code>` outside 0..34. */
export function dbrTypeName(code: number): string {
  if (!Number.isInteger(code) || code < 0 || code > LAST_DBR_CODE) return `DBR_${code}`;
  return `${classPrefixes[Math.floor(code / 7)]}${nativeNames[code % 7]}`;
}

export function nativeTypeName(native: number): string {
  return nativeNames[native] ?? `NATIVE_${native}`;
}

interface ElementCodec {
  size: number;
  read(view: DataView, offset: number): number;
  write(view: DataView, offset: number, value: number): void;
  /** Integer range, for strict checks of values and clamping of metadata; undefined for floats. */
  range?: readonly [number, number];
}

const numericCodecs: Readonly<Record<Exclude<NativeType, 0>, ElementCodec>> = {
  [NativeType.Short]: { size: 2, read: (v, o) => v.getInt16(o), write: (v, o, x) => v.setInt16(o, x), range: [-0x8000, 0x7fff] },
  [NativeType.Float]: { size: 4, read: (v, o) => v.getFloat32(o), write: (v, o, x) => v.setFloat32(o, x) },
  [NativeType.Enum]: { size: 2, read: (v, o) => v.getUint16(o), write: (v, o, x) => v.setUint16(o, x), range: [0, 0xffff] },
  // dbr_char_t is unsigned; signed bytes (-128..-1) are accepted and stored as their two's complement
  [NativeType.Char]: { size: 1, read: (v, o) => v.getUint8(o), write: (v, o, x) => v.setUint8(o, x & 0xff), range: [-0x80, 0xff] },
  [NativeType.Long]: { size: 4, read: (v, o) => v.getInt32(o), write: (v, o, x) => v.setInt32(o, x), range: [-0x80000000, 0x7fffffff] },
  [NativeType.Double]: { size: 8, read: (v, o) => v.getFloat64(o), write: (v, o, x) => v.setFloat64(o, x) },
};

function elementSize(native: NativeType): number {
  return native === NativeType.String ? MAX_STRING_SIZE : numericCodecs[native].size;
}

// One step of a structure, in db_access.h order. The value array always follows the last step.
type Step =
  | { kind: 'alarm' } // status, severity: two int16
  | { kind: 'stamp' } // secPastEpoch, nsec: two uint32
  | { kind: 'pad'; bytes: number }
  | { kind: 'precision' } // precision int16 + RISC_pad0 int16
  | { kind: 'units' }
  | { kind: 'enumStrings' } // no_str int16 + strs[16][26]
  | { kind: 'limits'; count: 6 | 8 };

function stepsFor(native: NativeType, cls: DbrClass): Step[] {
  const isFloating = native === NativeType.Float || native === NativeType.Double;
  switch (cls) {
    case DbrClass.Plain:
      return [];
    case DbrClass.Status: {
      const pad = native === NativeType.Char ? 1 : native === NativeType.Double ? 4 : 0;
      return [{ kind: 'alarm' }, ...padStep(pad)];
    }
    case DbrClass.Time: {
      const pad = { [NativeType.Short]: 2, [NativeType.Enum]: 2, [NativeType.Char]: 3, [NativeType.Double]: 4 }[native as number] ?? 0;
      return [{ kind: 'alarm' }, { kind: 'stamp' }, ...padStep(pad)];
    }
    case DbrClass.Graphic:
    case DbrClass.Control: {
      // GR_STRING and CTRL_STRING are not implemented in db_access.h: they are the STS layout
      if (native === NativeType.String) return [{ kind: 'alarm' }];
      if (native === NativeType.Enum) return [{ kind: 'alarm' }, { kind: 'enumStrings' }];
      const limits: Step = { kind: 'limits', count: cls === DbrClass.Control ? 8 : 6 };
      const head: Step[] = isFloating ? [{ kind: 'alarm' }, { kind: 'precision' }, { kind: 'units' }] : [{ kind: 'alarm' }, { kind: 'units' }];
      return [...head, limits, ...padStep(native === NativeType.Char ? 1 : 0)];
    }
  }
}

function padStep(bytes: number): Step[] {
  return bytes === 0 ? [] : [{ kind: 'pad', bytes }];
}

function stepSize(step: Step, native: NativeType): number {
  switch (step.kind) {
    case 'alarm':
      return 4;
    case 'stamp':
      return 8;
    case 'pad':
      return step.bytes;
    case 'precision':
      return 4;
    case 'units':
      return MAX_UNITS_SIZE;
    case 'enumStrings':
      return 2 + MAX_ENUM_STATES * MAX_ENUM_STRING_SIZE;
    case 'limits':
      return step.count * elementSize(native);
  }
}

interface Layout {
  native: NativeType;
  cls: DbrClass;
  steps: Step[];
  valueOffset: number;
  elementSize: number;
}

const layouts: Layout[] = Array.from({ length: LAST_DBR_CODE + 1 }, (_, code) => {
  const native = (code % 7) as NativeType;
  const cls = Math.floor(code / 7) as DbrClass;
  const steps = stepsFor(native, cls);
  const valueOffset = steps.reduce((sum, step) => sum + stepSize(step, native), 0);
  return { native, cls, steps, valueOffset, elementSize: elementSize(native) };
});

function layoutOf(code: number): Layout {
  parseDbrCode(code);
  return layouts[code] as Layout;
}

/** Bytes of the structure before its value array (dbr_value_offset in libca). */
export function dbrValueOffset(code: number): number {
  return layoutOf(code).valueOffset;
}

/**
 * Unpadded bytes of a DBR payload holding `count` elements: libca's dbr_size_n for count >= 1.
 * Count 0 gives the metadata alone.
 */
export function dbrValueSize(code: number, count: number): number {
  const layout = layoutOf(code);
  if (!Number.isInteger(count) || count < 0) throw new CaProtocolError(`bad element count ${count}`, { dataType: code });
  return layout.valueOffset + count * layout.elementSize;
}

/**
 * Encodes a DBR payload (unpadded; the message encoder pads). `count` defaults to the number of
 * values; fewer values than `count` are zero filled, more are cut, as an IOC answers a request
 * for a count other than the array's. Values out of the type's range throw; metadata that does
 * not fit (long units, limits beyond a SHORT) is cut or clamped the way IOCs do.
 */
export function encodeDbr(code: number, data: DbrValue, count?: number): Uint8Array {
  const n = count ?? data.value.length;
  const out = new Uint8Array(dbrValueSize(code, n));
  encodeDbrInto(code, data, n, out, new DataView(out.buffer), 0);
  return out;
}

/**
 * `encodeDbr` into `dbrValueSize(code, count)` bytes of `out` at `offset`, which must be zero
 * filled: pads and the elements beyond the values are left as they are. `view` covers all of
 * `out`. For writers that put many messages in one buffer; may throw after writing part.
 */
export function encodeDbrInto(code: number, data: DbrValue, count: number, out: Uint8Array, view: DataView, offset: number): void {
  const layout = layoutOf(code);
  let at = offset;
  for (const step of layout.steps) at = writeStep(step, layout.native, data, out, view, at);
  writeValues(layout.native, data.value, count, out, view, at, code);
}

function writeStep(step: Step, native: NativeType, data: DbrValue, out: Uint8Array, view: DataView, offset: number): number {
  switch (step.kind) {
    case 'alarm':
      view.setInt16(offset, clampInt(data.status ?? 0, -0x8000, 0x7fff));
      view.setInt16(offset + 2, clampInt(data.severity ?? 0, -0x8000, 0x7fff));
      return offset + 4;
    case 'stamp':
      view.setUint32(offset, clampInt(data.timestamp?.secondsPastEpoch ?? 0, 0, 0xffffffff));
      view.setUint32(offset + 4, clampInt(data.timestamp?.nanoseconds ?? 0, 0, 0xffffffff));
      return offset + 8;
    case 'pad':
      return offset + step.bytes;
    case 'precision':
      view.setInt16(offset, clampInt(data.precision ?? 0, -0x8000, 0x7fff));
      return offset + 4;
    case 'units':
      out.set(encodeCStringTruncating(data.units ?? '', MAX_UNITS_SIZE), offset);
      return offset + MAX_UNITS_SIZE;
    case 'enumStrings': {
      const names = data.enumStrings ?? [];
      if (names.length > MAX_ENUM_STATES) {
        throw new CaProtocolError(`${names.length} enum states; channel access carries at most ${MAX_ENUM_STATES}`);
      }
      view.setInt16(offset, names.length);
      names.forEach((name, i) => out.set(encodeCStringTruncating(name, MAX_ENUM_STRING_SIZE), offset + 2 + i * MAX_ENUM_STRING_SIZE));
      return offset + stepSize(step, native);
    }
    case 'limits': {
      const codec = numericCodecs[native as Exclude<NativeType, 0>];
      const values = limitValues(data, step.count);
      values.forEach((value, i) => codec.write(view, offset + i * codec.size, clampMetadata(value, codec)));
      return offset + step.count * codec.size;
    }
  }
}

// db_access.h order: upper_disp, lower_disp, upper_alarm, upper_warning, lower_warning, lower_alarm, upper_ctrl, lower_ctrl
function limitValues(data: DbrValue, count: 6 | 8): number[] {
  const { display, alarm, warning, control } = data;
  const six = [display?.high, display?.low, alarm?.high, warning?.high, warning?.low, alarm?.low];
  const all = count === 8 ? [...six, control?.high, control?.low] : six;
  return all.map((value) => value ?? 0);
}

function writeValues(native: NativeType, values: number[] | string[], n: number, out: Uint8Array, view: DataView, offset: number, code: number): void {
  const shown = Math.min(n, values.length);
  if (native === NativeType.String) {
    for (let i = 0; i < shown; i += 1) {
      const value = values[i];
      if (typeof value !== 'string') throw new CaProtocolError(`${dbrTypeName(code)} needs string values, got ${typeof value}`, { dataType: code });
      out.set(encodeCString(value, MAX_STRING_SIZE), offset + i * MAX_STRING_SIZE);
    }
    return;
  }
  const codec = numericCodecs[native];
  for (let i = 0; i < shown; i += 1) {
    const value = values[i];
    if (typeof value !== 'number') throw new CaProtocolError(`${dbrTypeName(code)} needs numeric values, got ${typeof value}`, { dataType: code });
    if (codec.range !== undefined && !(Number.isInteger(value) && value >= codec.range[0] && value <= codec.range[1])) {
      throw new CaProtocolError(`${value} is not a ${nativeTypeName(native)} (integer in ${codec.range[0]}..${codec.range[1]})`, { dataType: code });
    }
    codec.write(view, offset + i * codec.size, value);
  }
}

function clampInt(value: number, min: number, max: number): number {
  if (Number.isNaN(value)) return 0;
  return Math.min(max, Math.max(min, Math.round(value)));
}

function clampMetadata(value: number, codec: ElementCodec): number {
  return codec.range === undefined ? value : clampInt(value, codec.range[0], codec.range[1]);
}

/** Decodes a DBR payload of `count` elements; throws CaProtocolError if it is too short. */
export function decodeDbr(code: number, count: number, payload: Uint8Array): DbrValue {
  const layout = layoutOf(code);
  const needed = dbrValueSize(code, count);
  // RSRV sends a scalar string cut after its NUL (payload "0\0" padded to 8), so accept that
  const shortString = layout.native === NativeType.String && count === 1 && payload.length > layout.valueOffset;
  if (payload.length < needed && !shortString) {
    throw new CaProtocolError(`${dbrTypeName(code)} of ${count} elements needs ${needed} bytes, payload has ${payload.length}`, { dataType: code, dataCount: count, length: payload.length });
  }
  const view = new DataView(payload.buffer, payload.byteOffset, payload.byteLength);
  const result: DbrValue = { value: [] };
  let offset = 0;
  for (const step of layout.steps) offset = readStep(step, layout.native, result, payload, view, offset, code);
  result.value = readValues(layout.native, count, payload, view, offset);
  return result;
}

function readStep(step: Step, native: NativeType, result: DbrValue, payload: Uint8Array, view: DataView, offset: number, code: number): number {
  switch (step.kind) {
    case 'alarm':
      result.status = view.getInt16(offset);
      result.severity = view.getInt16(offset + 2);
      return offset + 4;
    case 'stamp':
      result.timestamp = { secondsPastEpoch: view.getUint32(offset), nanoseconds: view.getUint32(offset + 4) };
      return offset + 8;
    case 'pad':
      return offset + step.bytes;
    case 'precision':
      result.precision = view.getInt16(offset);
      return offset + 4;
    case 'units':
      result.units = decodeCString(payload.subarray(offset, offset + MAX_UNITS_SIZE));
      return offset + MAX_UNITS_SIZE;
    case 'enumStrings': {
      const count = view.getInt16(offset);
      if (count < 0 || count > MAX_ENUM_STATES) {
        throw new CaProtocolError(`enum state count ${count} outside 0..${MAX_ENUM_STATES}`, { dataType: code, offset });
      }
      result.enumStrings = Array.from({ length: count }, (_, i) => {
        const start = offset + 2 + i * MAX_ENUM_STRING_SIZE;
        return decodeCString(payload.subarray(start, start + MAX_ENUM_STRING_SIZE));
      });
      return offset + stepSize(step, native);
    }
    case 'limits': {
      const codec = numericCodecs[native as Exclude<NativeType, 0>];
      const at = (i: number): number => codec.read(view, offset + i * codec.size);
      result.display = { high: at(0), low: at(1) };
      result.alarm = { high: at(2), low: at(5) };
      result.warning = { high: at(3), low: at(4) };
      if (step.count === 8) result.control = { high: at(6), low: at(7) };
      return offset + step.count * codec.size;
    }
  }
}

function readValues(native: NativeType, count: number, payload: Uint8Array, view: DataView, offset: number): number[] | string[] {
  if (native === NativeType.String) {
    return Array.from({ length: count }, (_, i) => {
      const start = offset + i * MAX_STRING_SIZE;
      return decodeCString(payload.subarray(start, Math.min(start + MAX_STRING_SIZE, payload.length)));
    });
  }
  const codec = numericCodecs[native];
  return Array.from({ length: count }, (_, i) => codec.read(view, offset + i * codec.size));
}
