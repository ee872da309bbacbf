/**
 * Turns what a client put into what a field stores, the way EPICS's dbPut converts: strings parse
 * as numbers, numbers format as strings, enums take an index or a state name. What cannot convert
 * is refused with the reason, never stored half-converted.
 */
import { PutRejectedError, PutRejectReason } from './errors.js';
import type { NativeType, PvValue } from './types.js';

/** dbr_string_t is char[40] with its NUL, so 39 bytes of text. */
export const MAX_STRING_BYTES = 39;
/** dbr_ctrl_enum holds 16 state strings of 26 chars with their NUL. */
export const MAX_ENUM_STATES = 16;
export const MAX_ENUM_STRING_BYTES = 25;

/** What each integer type holds; a float or double has no such range. */
export const INTEGER_RANGE: Partial<Record<NativeType, readonly [number, number]>> = {
  // CA's DBR_CHAR is unsigned
  char: [0, 255],
  short: [-32768, 32767],
  long: [-2147483648, 2147483647],
};

export interface CoerceTarget {
  readonly pv: string;
  readonly nativeType: NativeType;
  readonly count: number;
  /** A waveform may be put shorter than its capacity, even empty; a scalar takes exactly one element. */
  readonly variableLength: boolean;
  readonly enumStrings: readonly string[];
}

export function coercePut(target: CoerceTarget, raw: readonly (number | string)[]): PvValue {
  const tooMany = raw.length > target.count;
  const tooFew = target.variableLength ? false : raw.length < 1;
  if (tooMany || tooFew) {
    const wanted = target.variableLength ? `0..${target.count}` : `${target.count}`;
    throw reject(target, PutRejectReason.WrongCount, `got ${raw.length} elements, takes ${wanted}`);
  }
  const elements = target.variableLength ? raw : raw.slice(0, 1);
  if (target.nativeType === 'string') return elements.map((item) => toText(target, item));
  if (target.nativeType === 'enum') return elements.map((item) => toEnumIndex(target, item));
  return elements.map((item) => toNumber(target, item));
}

function toText(target: CoerceTarget, item: number | string): string {
  const text = typeof item === 'number' ? String(item) : item;
  if (Buffer.byteLength(text, 'utf8') > MAX_STRING_BYTES) {
    throw reject(target, PutRejectReason.StringTooLong, `'${text}' is longer than ${MAX_STRING_BYTES} bytes`);
  }
  return text;
}

function toEnumIndex(target: CoerceTarget, item: number | string): number {
  const states = target.enumStrings;
  if (typeof item === 'string') {
    const byName = states.indexOf(item);
    if (byName >= 0) return byName;
    if (item.trim() === '' || !Number.isFinite(Number(item))) {
      throw reject(target, PutRejectReason.BadEnumIndex, `'${item}' is none of ${quoteList(states)}`);
    }
  }
  const index = Number(item);
  // a record with no state strings still takes the raw 16 states, as an mbbo without ZRST..FFST does
  const size = states.length > 0 ? states.length : MAX_ENUM_STATES;
  if (!Number.isInteger(index) || index < 0 || index >= size) {
    throw reject(target, PutRejectReason.BadEnumIndex, `${index} is not a state index 0..${size - 1}`);
  }
  return index;
}

function toNumber(target: CoerceTarget, item: number | string): number {
  const value = typeof item === 'number' ? item : parseNumber(item);
  if (!Number.isFinite(value)) throw reject(target, PutRejectReason.NotANumber, `'${item}' is not a finite number`);
  const range = INTEGER_RANGE[target.nativeType];
  if (!range) return target.nativeType === 'float' ? Math.fround(value) : value;
  // C's double-to-integer conversion truncates, and clients expect caput 2.7 to a long to give 2
  const integer = Math.trunc(value);
  if (integer < range[0] || integer > range[1]) {
    throw reject(target, PutRejectReason.OutOfRange, `${value} does not fit a ${target.nativeType} (${range[0]}..${range[1]})`);
  }
  return integer;
}

function parseNumber(text: string): number {
  return text.trim() === '' ? Number.NaN : Number(text);
}

function quoteList(items: readonly string[]): string {
  return items.map((item) => `'${item}'`).join(', ');
}

function reject(target: CoerceTarget, reason: PutRejectReason, detail: string): PutRejectedError {
  return new PutRejectedError(target.pv, reason, detail);
}
