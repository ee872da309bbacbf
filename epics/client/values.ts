/**
 * What get and monitor hand out, and how a JavaScript value becomes a DBR payload for put. Numbers
 * go out in the channel's native type (as pyepics does) so the server converts nothing; strings go
 * out as DBR_STRING and the server parses them, except a single string to a CHAR array, which is
 * the EPICS idiom for long strings.
 */
import { CaProtocolError, NativeType, dbrCode, DbrClass, encodeDbr, type DbrValue } from '../protocol/mod.js';
import { CaValueError, type CaErrorContext } from './errors.js';

/** A decoded DBR value with the PV it came from and the channel's native type. */
export type CaValue = DbrValue & { name: string; nativeType: number };

export type PutValue = number | string | readonly number[] | readonly string[];

export const DbrClassName = {
  plain: DbrClass.Plain,
  status: DbrClass.Status,
  time: DbrClass.Time,
  graphic: DbrClass.Graphic,
  control: DbrClass.Control,
} as const;
export type DbrClassName = keyof typeof DbrClassName;

export interface EncodedPut {
  dataType: number;
  count: number;
  payload: Uint8Array;
}

const INTEGER_TYPES: ReadonlySet<number> = new Set([NativeType.Short, NativeType.Enum, NativeType.Char, NativeType.Long]);

export function encodePut(value: PutValue, nativeType: number, context: CaErrorContext): EncodedPut {
  const values: readonly (number | string)[] = Array.isArray(value) ? value : [value as number | string];
  if (values.length === 0) throw new CaValueError(`put of '${context.pvName}': no values given`, context);
  try {
    if (values.every((v) => typeof v === 'string')) return encodeStrings(values as string[], nativeType);
    if (values.every((v) => typeof v === 'number')) return encodeNumbers(values as number[], nativeType);
  } catch (error) {
    if (error instanceof CaProtocolError) throw new CaValueError(`put of '${context.pvName}': ${error.message}`, context, { cause: error });
    throw error;
  }
  throw new CaValueError(`put of '${context.pvName}': mixed numbers and strings in one array`, context);
}

function encodeStrings(values: string[], nativeType: number): EncodedPut {
  if (nativeType === NativeType.Char && values.length === 1) {
    const bytes = [...new TextEncoder().encode(values[0]), 0];
    return encode(NativeType.Char, bytes);
  }
  return encode(NativeType.String, values);
}

function encodeNumbers(values: number[], nativeType: number): EncodedPut {
  if (nativeType === NativeType.String) return encode(NativeType.String, values.map(String));
  const fractional = values.some((v) => !Number.isInteger(v));
  // the server converts a DOUBLE the way the record wants (rounding or refusing); we do not guess
  const type = INTEGER_TYPES.has(nativeType) && fractional ? NativeType.Double : (nativeType as NativeType);
  return encode(type, values);
}

function encode(native: NativeType, value: number[] | string[]): EncodedPut {
  const dataType = dbrCode(native, DbrClass.Plain);
  return { dataType, count: value.length, payload: encodeDbr(dataType, { value }) };
}
