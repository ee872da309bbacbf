/**
 * Between PV snapshots and DBR payloads: a server answers in whatever DBR type and class the
 * client asks for, converting from the PV's native type, and accepts writes in any type.
 */
import {
  CaProtocolError,
  Command,
  DbrClass,
  EcaStatus,
  HEADER_SIZE,
  MAX_CLASSIC_PAYLOAD,
  MAX_ENUM_STATES,
  NativeType,
  convertValue,
  dbrTypeName,
  dbrValueSize,
  decodeDbr,
  encodeDbr,
  encodeDbrInto,
  eventAddResponse,
  padTo8,
  parseDbrCode,
  toEpicsTimestamp,
  writeClassicHeader,
  type DbrValue,
  type EpicsTimestamp,
} from '../protocol/mod.js';
import { describeError } from '../../lib/errors.js';
import { CaRequestError } from './errors.js';
import type { OutboundBatch } from './outbound-batch.js';
import type { PvNativeType, PvSnapshot, ServedPv } from './pv-source.js';

const nativeTypes: Readonly<Record<PvNativeType, NativeType>> = {
  string: NativeType.String,
  short: NativeType.Short,
  float: NativeType.Float,
  enum: NativeType.Enum,
  char: NativeType.Char,
  long: NativeType.Long,
  double: NativeType.Double,
};

/** The DBR type a channel announces at creation: the plain type of the PV's native type. */
export function nativeDbrType(pv: ServedPv): NativeType {
  return nativeTypes[pv.nativeType];
}

export interface EncodedRead {
  payload: Uint8Array;
  count: number;
}

/**
 * A snapshot as the DBR payload of `dataType`. Count 0 asks for the PV's current length (CA 4.13);
 * a count up to the PV's capacity is zero filled, as an IOC answers for a short waveform.
 */
export function encodeRead(pv: ServedPv, snapshot: PvSnapshot, dataType: number, requestedCount: number, cid: number): EncodedRead {
  const { native, cls } = parseType(dataType, cid);
  if (requestedCount > pv.count) {
    throw new CaRequestError(EcaStatus.BadCount, `${pv.name} has ${pv.count} elements, ${requestedCount} requested`, cid);
  }
  const count = requestedCount === 0 ? Math.min(snapshot.value.length, pv.count) : requestedCount;
  const enumStrings = snapshot.enumStrings?.slice(0, MAX_ENUM_STATES);
  let value: number[] | string[];
  try {
    value = convertValue(snapshot.value.slice(0, count), nativeDbrType(pv), native, enumStrings);
  } catch (error) {
    throw conversionFailed(error, `${pv.name} as ${dbrTypeName(dataType)}`, cid);
  }
  const dbr: DbrValue = {
    value,
    status: snapshot.status,
    severity: snapshot.severity,
    timestamp: epicsTime(snapshot.timestampMs),
    units: snapshot.units,
    precision: snapshot.precision,
    display: snapshot.display,
    alarm: snapshot.alarm,
    warning: snapshot.warning,
    control: snapshot.control,
    // a client asking GR/CTRL_ENUM of a non-enum PV gets no state names, as from an IOC
    enumStrings: native === NativeType.Enum && cls >= DbrClass.Graphic ? (enumStrings ?? []) : undefined,
  };
  try {
    return { payload: encodeDbr(dataType, dbr, count), count };
  } catch (error) {
    throw conversionFailed(error, `${pv.name} as ${dbrTypeName(dataType)}`, cid);
  }
}

const NO_PAYLOAD = new Uint8Array(0);
/** The first DBR code of the GR class: below it a payload carries values, alarm and time only. */
const FIRST_GRAPHIC_CODE = DbrClass.Graphic * 7;

/**
 * Appends the EVENT_ADD message of subscription `id` for `snapshot`. A snapshot that cannot be
 * sent as `dataType` is reported to the client as an update with that ECA status and no value,
 * and the subscription lives on.
 */
export function encodeMonitorUpdate(out: OutboundBatch, pv: ServedPv, snapshot: PvSnapshot, dataType: number, requestedCount: number, id: number, cid: number): void {
  if (encodeFloatingUpdate(out, pv, snapshot, dataType, requestedCount, id)) return;
  let payload: Uint8Array;
  let count: number;
  try {
    ({ payload, count } = encodeRead(pv, snapshot, dataType, requestedCount, cid));
  } catch (error) {
    if (!(error instanceof CaRequestError)) throw error;
    out.append(eventAddResponse(dataType, 0, id, NO_PAYLOAD, error.eca));
    return;
  }
  out.append(eventAddResponse(dataType, count, id, payload));
}

/**
 * The common monitor: a DOUBLE or FLOAT PV asked for in its own type, plain, STS or TIME (what
 * camonitor and pyepics ask for). Nothing needs converting then (convertValue would return the
 * same numbers; a FLOAT is rounded to float32 by the write either way), so header and payload
 * are written straight into the batch, with no DbrValue, value copy or buffer per update.
 * Returns false, having written nothing, for anything else; encodeRead's path answers that.
 */
function encodeFloatingUpdate(out: OutboundBatch, pv: ServedPv, snapshot: PvSnapshot, dataType: number, requestedCount: number, id: number): boolean {
  const native = nativeDbrType(pv);
  if ((native !== NativeType.Double && native !== NativeType.Float) || dataType % 7 !== native || dataType >= FIRST_GRAPHIC_CODE) return false;
  if (requestedCount > pv.count) return false;
  const values = snapshot.value;
  const count = requestedCount === 0 ? Math.min(values.length, pv.count) : requestedCount;
  const payloadSize = padTo8(dbrValueSize(dataType, count));
  if (count > 0xffff || payloadSize > MAX_CLASSIC_PAYLOAD) return false;
  for (let i = 0; i < count && i < values.length; i += 1) if (typeof values[i] !== 'number') return false;
  const dbr: DbrValue = { value: values, status: snapshot.status, severity: snapshot.severity, timestamp: epicsTime(snapshot.timestampMs) };
  const at = out.reserve(HEADER_SIZE + payloadSize);
  writeClassicHeader(out.view, at, Command.EventAdd, payloadSize, dataType, count, EcaStatus.Normal, id);
  encodeDbrInto(dataType, dbr, count, out.bytes, out.view, at + HEADER_SIZE);
  return true;
}

/** The value of a WRITE or WRITE_NOTIFY, converted to the PV's native type. */
export function decodePut(pv: ServedPv, dataType: number, count: number, payload: Uint8Array, cid: number): number[] | string[] {
  const { native } = parseType(dataType, cid);
  if (count === 0 || count > pv.count) {
    throw new CaRequestError(EcaStatus.BadCount, `cannot write ${count} elements to ${pv.name} of ${pv.count}`, cid);
  }
  let written: DbrValue;
  try {
    written = decodeDbr(dataType, count, payload);
  } catch (error) {
    throw new CaRequestError(EcaStatus.BadCount, `write to ${pv.name}: ${describeError(error)}`, cid, { cause: error });
  }
  const enumStrings = pv.nativeType === 'enum' || native === NativeType.Enum ? pv.snapshot().enumStrings : undefined;
  try {
    return convertValue(written.value, native, nativeDbrType(pv), enumStrings);
  } catch (error) {
    throw conversionFailed(error, `write of ${dbrTypeName(dataType)} to ${pv.name}`, cid);
  }
}

function parseType(dataType: number, cid: number): { native: NativeType; cls: DbrClass } {
  try {
    return parseDbrCode(dataType);
  } catch (error) {
    throw new CaRequestError(EcaStatus.BadType, `unsupported DBR type ${dataType}`, cid, { cause: error });
  }
}

function conversionFailed(error: unknown, what: string, cid: number): unknown {
  if (!(error instanceof CaProtocolError)) return error;
  return new CaRequestError(EcaStatus.NoConvert, `${what}: ${error.message}`, cid, { cause: error });
}


// a PV that never processed has time 0, before the EPICS epoch; IOCs send zero then too
function epicsTime(unixMs: number): EpicsTimestamp {
  try {
    return toEpicsTimestamp(unixMs);
  } catch {
    return { secondsPastEpoch: 0, nanoseconds: 0 };
  }
}
