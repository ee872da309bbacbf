/**
 * Value conversion between native types, as a server does when a client asks for a type other
 * than the channel's (caget -d DBR_STRING of a double) or writes one (caput of "2.5" to a LONG).
 * Follows dbConvert: numbers to integers truncate toward zero, strings parse as numbers, enums
 * convert through their state names when those are known.
 */
import { CaProtocolError } from './errors.js';
import type { NativeType } from './dbr.js';

// local copy of NativeType's values: importing the runtime object from dbr.ts would be circular
const STRING = 0;
const FLOAT = 2;
const ENUM = 3;
const CHAR = 4;
const DOUBLE = 6;

const integerRanges: Readonly<Record<number, readonly [number, number]>> = {
  1: [-0x8000, 0x7fff],
  3: [0, 0xffff],
  4: [-0x80, 0xff],
  5: [-0x80000000, 0x7fffffff],
};

const typeNames = ['STRING', 'SHORT', 'FLOAT', 'ENUM', 'CHAR', 'LONG', 'DOUBLE'] as const;

/**
 * Converts values from one native type to another. `enumStrings` names the states of an Enum
 * side (either direction). Throws CaProtocolError with the reason when a value cannot be
 * represented: an unparsable string, a number outside an integer type, an unknown state name.
 */
export function convertValue(values: readonly (number | string)[], fromNative: NativeType, toNative: NativeType, enumStrings?: readonly string[]): number[] | string[] {
  checkNative(fromNative);
  checkNative(toNative);
  for (const value of values) {
    if ((fromNative === STRING) !== (typeof value === 'string')) {
      throw new CaProtocolError(`value ${JSON.stringify(value)} is not a ${typeNames[fromNative]}`);
    }
  }
  if (toNative === STRING) return values.map((value) => toText(value, fromNative, enumStrings));
  return values.map((value) => toNumber(typeof value === 'string' ? parseText(value, toNative, enumStrings) : value, toNative, enumStrings));
}

function checkNative(native: number): void {
  if (!Number.isInteger(native) || native < 0 || native > 6) throw new CaProtocolError(`unknown native type ${native}`);
}

function toText(value: number | string, fromNative: NativeType, enumStrings?: readonly string[]): string {
  if (typeof value === 'string') return value;
  if (fromNative === ENUM) {
    const name = enumStrings?.[value];
    if (name !== undefined) return name;
  }
  return formatNumber(value, fromNative);
}

/**
 * A number as short text that reads back to the same value: the shortest decimal for a DOUBLE,
 * and for a FLOAT the shortest that survives float32 rounding ("0.1", not "0.10000000149011612").
 */
export function formatNumber(value: number, native: NativeType, precision?: number): string {
  if (precision !== undefined && precision >= 0 && (native === FLOAT || native === DOUBLE) && Number.isFinite(value)) {
    return value.toFixed(Math.min(precision, 17));
  }
  if (native !== FLOAT || !Number.isFinite(value)) return String(value);
  for (let digits = 1; digits <= 9; digits += 1) {
    const text = String(Number(value.toPrecision(digits)));
    if (Math.fround(Number(text)) === Math.fround(value)) return text;
  }
  return String(value);
}

function parseText(text: string, toNative: NativeType, enumStrings?: readonly string[]): number {
  if (toNative === ENUM && enumStrings !== undefined) {
    const index = enumStrings.indexOf(text);
    if (index >= 0) return index;
  }
  const trimmed = text.trim();
  const parsed = trimmed === '' ? Number.NaN : Number(trimmed);
  if (Number.isNaN(parsed)) {
    const what = toNative === ENUM && enumStrings !== undefined ? `a state of [${enumStrings.join(', ')}] or a number` : 'a number';
    throw new CaProtocolError(`cannot convert ${JSON.stringify(text)} to ${typeNames[toNative]}: not ${what}`);
  }
  return parsed;
}

function toNumber(value: number, toNative: NativeType, enumStrings?: readonly string[]): number {
  const range = integerRanges[toNative];
  if (range === undefined) return toNative === FLOAT ? Math.fround(value) : value;
  if (!Number.isFinite(value)) throw new CaProtocolError(`cannot convert ${value} to ${typeNames[toNative]}`);
  const integer = Math.trunc(value);
  if (integer < range[0] || integer > range[1]) {
    throw new CaProtocolError(`${value} is outside the ${typeNames[toNative]} range ${range[0]}..${range[1]}`);
  }
  if (toNative === ENUM && enumStrings !== undefined && enumStrings.length > 0 && integer >= enumStrings.length) {
    throw new CaProtocolError(`enum index ${integer} is beyond the ${enumStrings.length} states`);
  }
  return toNative === CHAR && integer < 0 ? integer & 0xff : integer;
}
