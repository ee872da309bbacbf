/**
 * Random Channel Access packets for fuzzing the server: noise, well-formed requests built with the
 * codec's builders, the same requests mutated or truncated, and extended headers with absurd
 * sizes. Everything is drawn from a Prng, so a seed replays the same bytes.
 */
import {
  CA_MINOR_VERSION,
  Command,
  LAST_DBR_CODE,
  NativeType,
  SearchReply,
  beacon,
  clearChannel,
  clientName,
  createChannelRequest,
  dbrValueOffset,
  dbrValueSize,
  echo,
  encodeMessage,
  encodeMessages,
  eventAddRequest,
  eventCancel,
  eventsOff,
  eventsOn,
  hostName,
  notFound,
  readNotifyRequest,
  readRequest,
  readSync,
  searchRequest,
  versionMessage,
  writeNotifyRequest,
  writeRequest,
  type CaMessageInit,
} from '../../../epics/protocol/mod.js';
import type { Prng } from './prng.js';

export const PacketKind = {
  Random: 'random',
  Valid: 'valid',
  Mutated: 'mutated',
  Truncated: 'truncated',
  Extended: 'extended',
  /** Handshakes and probes around the fuzz: on the wire, but not counted as fuzz packets. */
  Control: 'control',
} as const;
export type PacketKind = (typeof PacketKind)[keyof typeof PacketKind];

export interface Packet {
  readonly kind: PacketKind;
  readonly bytes: Uint8Array;
}

/** What the generators aim at: PV names the server has, and sids that may be live on the circuit. */
export interface FuzzTarget {
  readonly names: readonly string[];
  readonly sids: readonly number[];
}

type FuzzKind = Exclude<PacketKind, 'control'>;

export interface PacketMix {
  /** How often each kind is drawn. */
  readonly weights: Readonly<Record<FuzzKind, number>>;
  /**
   * Only damage a circuit survives: no command the server refuses, no change to framing. Such
   * packets reach the handlers behind the framer instead of ending the circuit at the first one.
   */
  readonly survivable: boolean;
}

/** For short-lived circuits that throw anything. */
export const NOISY_MIX: PacketMix = { weights: { random: 20, valid: 25, mutated: 30, truncated: 12, extended: 13 }, survivable: false };
/** For circuits that hold a real channel and should live long enough to reach deep handlers. */
export const ABUSE_MIX: PacketMix = { weights: { random: 0, valid: 55, mutated: 45, truncated: 0, extended: 0 }, survivable: true };

const MAX_RANDOM_BYTES = 2048;
const MAX_DATAGRAM_BYTES = 8192;
const EXTENDED_MARKER = 0xffff;
const HEADER_BYTES = 16;
const KNOWN_COMMANDS = Object.values(Command);
const REQUEST_COMMANDS = [Command.EventAdd, Command.EventCancel, Command.ReadNotify, Command.Write, Command.WriteNotify, Command.CreateChannel, Command.ClearChannel, Command.ClientName];

export function generatePacket(rng: Prng, target: FuzzTarget, mix: PacketMix): Packet {
  const kind = rng.weighted(Object.entries(mix.weights).map(([name, weight]) => [weight, name as FuzzKind] as const));
  const valid = (): CaMessageInit => validMessage(rng, target, mix.survivable);
  switch (kind) {
    case PacketKind.Random:
      return { kind, bytes: rng.bytes(rng.between(0, MAX_RANDOM_BYTES)) };
    case PacketKind.Valid:
      return { kind, bytes: encodeMessage(valid()) };
    case PacketKind.Mutated:
      if (rng.chance(0.3)) return { kind, bytes: repayload(rng, valid()) };
      return { kind, bytes: mix.survivable ? mutateInside(rng, encodeMessage(valid())) : mutate(rng, encodeMessage(valid())) };
    case PacketKind.Truncated:
      return { kind, bytes: truncate(rng, encodeMessage(valid())) };
    case PacketKind.Extended:
      return { kind, bytes: extendedHeader(rng, target) };
  }
}

/** A request whose payload is swapped for a short random one, framed correctly: wrong only inside. */
function repayload(rng: Prng, message: CaMessageInit): Uint8Array {
  return encodeMessage({ ...message, payload: rng.bytes(rng.between(0, 64)) });
}

/** One UDP datagram for the search port: mostly search batches, valid or damaged, and noise. */
export function generateDatagram(rng: Prng, target: FuzzTarget): Packet {
  const packet = datagram(rng, target);
  // a large WRITE does not fit a datagram (EMSGSIZE): send what fits, as a truncated message
  return packet.bytes.length <= MAX_DATAGRAM_BYTES ? packet : { kind: PacketKind.Truncated, bytes: packet.bytes.subarray(0, MAX_DATAGRAM_BYTES) };
}

function datagram(rng: Prng, target: FuzzTarget): Packet {
  const kind = rng.weighted<FuzzKind>([[20, PacketKind.Random], [30, PacketKind.Valid], [30, PacketKind.Mutated], [10, PacketKind.Truncated], [10, PacketKind.Extended]]);
  const search = (): Uint8Array => encodeMessages(searchBatch(rng, target));
  switch (kind) {
    case PacketKind.Random:
      return { kind, bytes: rng.bytes(rng.between(0, MAX_RANDOM_BYTES)) };
    case PacketKind.Valid:
      return { kind, bytes: rng.chance(0.8) ? search() : encodeMessage(validMessage(rng, target)) };
    case PacketKind.Mutated:
      return { kind, bytes: mutate(rng, search()) };
    case PacketKind.Truncated:
      return { kind, bytes: truncate(rng, search()) };
    case PacketKind.Extended: {
      const head = rng.chance(0.5) ? encodeMessage(versionMessage()) : new Uint8Array(0);
      return { kind, bytes: concat([head, extendedHeader(rng, target)]) };
    }
  }
}

function searchBatch(rng: Prng, target: FuzzTarget): CaMessageInit[] {
  const searches = Array.from({ length: rng.between(1, 12) }, () => {
    const reply = rng.weighted([[4, SearchReply.DoReply], [4, SearchReply.DontReply], [1, rng.below(0x10000)]]);
    return searchRequest(pvName(rng, target), u32(rng), reply as SearchReply, rng.chance(0.9) ? CA_MINOR_VERSION : rng.below(0x10000));
  });
  return rng.chance(0.8) ? [versionMessage(0, CA_MINOR_VERSION), ...searches] : searches;
}

/**
 * A request as a real client would build it, with plausible and implausible field values;
 * `survivable` leaves out the commands a server refuses on a circuit (SEARCH, READ, server-only).
 */
export function validMessage(rng: Prng, target: FuzzTarget, survivable = false): CaMessageInit {
  const sid = (): number => pickSid(rng, target);
  const id = (): number => rng.chance(0.7) ? rng.below(16) : u32(rng);
  const builders: ReadonlyArray<readonly [number, () => CaMessageInit]> = [
    [3, () => versionMessage(rng.below(100), rng.chance(0.8) ? CA_MINOR_VERSION : rng.below(0x10000))],
    [2, () => clientName(text(rng, rng.between(0, 200)))],
    [2, () => hostName(text(rng, rng.between(0, 200)))],
    [3, () => echo()],
    [2, () => (rng.chance(0.5) ? eventsOff() : eventsOn())],
    [1, () => readSync()],
    [survivable ? 0 : 2, () => searchRequest(pvName(rng, target), u32(rng))],
    [12, () => createChannelRequest(pvName(rng, target), id(), rng.chance(0.9) ? CA_MINOR_VERSION : rng.below(0x10000))],
    [4, () => clearChannel(sid(), id())],
    [14, () => readNotifyRequest(dbrType(rng), elementCount(rng, true), sid(), id())],
    [survivable ? 0 : 2, () => readRequest(dbrType(rng), elementCount(rng, true), sid(), id())],
    [10, () => write(rng, writeRequest, sid(), id())],
    [12, () => write(rng, writeNotifyRequest, sid(), id())],
    [12, () => eventAddRequest(dbrType(rng), elementCount(rng, true), sid(), id(), rng.chance(0.8) ? rng.between(0, 15) : rng.below(0x10000))],
    [5, () => eventCancel(dbrType(rng), elementCount(rng, false), sid(), id())],
    [survivable ? 0 : 1, () => (rng.chance(0.5) ? beacon(rng.below(0x10000), u32(rng)) : notFound(u32(rng)))],
  ];
  return rng.weighted(builders)();
}

type WriteBuilder = (dataType: number, count: number, sid: number, ioid: number, data: Uint8Array) => CaMessageInit;

function write(rng: Prng, build: WriteBuilder, sid: number, ioid: number): CaMessageInit {
  const dataType = dbrType(rng);
  const count = elementCount(rng, false);
  return build(dataType, count, sid, ioid, writePayload(rng, dataType, count));
}

/** A payload the right size for the type and count with sensible values, or the wrong size, or noise. */
function writePayload(rng: Prng, dataType: number, count: number): Uint8Array {
  const valid = dataType <= LAST_DBR_CODE && count <= 4096;
  const choice = valid ? rng.weighted([[6, 'values'], [2, 'noise'], [1, 'short'], [1, 'empty']] as const) : rng.pick(['noise', 'empty'] as const);
  if (choice === 'empty') return new Uint8Array(0);
  if (choice === 'noise' || !valid) return rng.bytes(rng.between(0, 512));
  const size = dbrValueSize(dataType, count);
  if (choice === 'short') return rng.bytes(rng.below(Math.max(size, 1)));
  const payload = rng.bytes(size);
  fillValues(rng, payload, dataType, count);
  return payload;
}

function fillValues(rng: Prng, payload: Uint8Array, dataType: number, count: number): void {
  const native = dataType % 7;
  const view = new DataView(payload.buffer, payload.byteOffset, payload.byteLength);
  let offset = dbrValueOffset(dataType);
  for (let i = 0; i < count; i += 1) {
    switch (native) {
      case NativeType.String: {
        const field = new Uint8Array(40);
        field.set(new TextEncoder().encode(text(rng, rng.between(0, 39))).subarray(0, 39));
        payload.set(field, offset);
        offset += 40;
        break;
      }
      case NativeType.Short:
      case NativeType.Enum:
        view.setUint16(offset, rng.chance(0.7) ? rng.below(20) : rng.below(0x10000));
        offset += 2;
        break;
      case NativeType.Char:
        view.setUint8(offset, rng.below(256));
        offset += 1;
        break;
      case NativeType.Float:
        view.setFloat32(offset, interestingNumber(rng));
        offset += 4;
        break;
      case NativeType.Long:
        view.setInt32(offset, rng.chance(0.7) ? rng.between(-20, 20) : u32(rng) | 0);
        offset += 4;
        break;
      default:
        view.setFloat64(offset, interestingNumber(rng));
        offset += 8;
    }
  }
}

function interestingNumber(rng: Prng): number {
  return rng.pick([0, 1, -1, 0.5, 5, 9.99, 1e6, -1e6, 1e30, -1e300, Number.MAX_VALUE, Number.MIN_VALUE, NaN, Infinity, -Infinity, -0, rng.below(1000) / 7]);
}

/** Bit flips and random header fields over an encoded message. */
export function mutate(rng: Prng, encoded: Uint8Array): Uint8Array {
  let bytes: Uint8Array = new Uint8Array(encoded);
  for (let round = rng.between(1, 3); round > 0; round -= 1) {
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    const choice = rng.weighted([[4, 'flip'], [6, 'field'], [1, 'append']] as const);
    if (choice === 'flip' && bytes.length > 0) {
      for (let n = rng.between(1, 8); n > 0; n -= 1) {
        const at = rng.below(bytes.length);
        bytes[at] = (bytes[at] ?? 0) ^ (1 << rng.below(8));
      }
    } else if (choice === 'field' && bytes.length >= 16) {
      setRandomField(rng, view);
    } else {
      bytes = concat([bytes, rng.bytes(rng.between(1, 64))]);
    }
  }
  return bytes;
}

/** Bit flips and random values that leave the command and the framing alone. */
export function mutateInside(rng: Prng, encoded: Uint8Array): Uint8Array {
  const bytes = new Uint8Array(encoded);
  const view = new DataView(bytes.buffer);
  const extended = view.getUint16(2) === EXTENDED_MARKER;
  for (let round = rng.between(1, 3); round > 0; round -= 1) {
    if (rng.chance(0.6)) {
      // dataType, p1, p2; a classic header's count too (an extended one must keep it 0)
      setRandomField(rng, view, rng.pick(extended ? [2, 4, 5] : [2, 3, 4, 5]));
    } else if (bytes.length > HEADER_BYTES) {
      const at = rng.between(HEADER_BYTES, bytes.length - 1);
      bytes[at] = (bytes[at] ?? 0) ^ (1 << rng.below(8));
    }
  }
  return bytes;
}

function setRandomField(rng: Prng, view: DataView, field = rng.below(6)): void {
  switch (field) {
    case 0:
      view.setUint16(0, rng.chance(0.5) ? rng.below(0x10000) : rng.pick(KNOWN_COMMANDS));
      return;
    case 1:
      // a payload size the bytes do not hold, or the extended marker without an extension
      view.setUint16(2, rng.pick([0xffff, 0xfff8, 0x3ff0, rng.below(0x10000), rng.below(64)]));
      return;
    case 2:
      view.setUint16(4, rng.chance(0.5) ? rng.below(40) : rng.below(0x10000));
      return;
    case 3:
      view.setUint16(6, rng.pick([0, 1, 0xffff, rng.below(0x10000), rng.below(300)]));
      return;
    case 4:
      view.setUint32(8, rng.chance(0.5) ? rng.below(8) : u32(rng));
      return;
    default:
      view.setUint32(12, u32(rng));
  }
}

/** The encoded message cut at a random byte. */
export function truncate(rng: Prng, encoded: Uint8Array): Uint8Array {
  return encoded.slice(0, rng.below(Math.max(encoded.length, 1)));
}

/** A 24-byte extended header announcing an absurd (or merely large) payload and count. */
export function extendedHeader(rng: Prng, target: FuzzTarget): Uint8Array {
  const header = new Uint8Array(24);
  const view = new DataView(header.buffer);
  view.setUint16(0, rng.chance(0.7) ? rng.pick(REQUEST_COMMANDS) : rng.below(0x10000));
  view.setUint16(2, EXTENDED_MARKER);
  view.setUint16(4, dbrType(rng));
  view.setUint16(6, rng.chance(0.85) ? 0 : rng.between(1, 0xffff));
  view.setUint32(8, pickSid(rng, target));
  view.setUint32(12, rng.below(16));
  const size = rng.pick([0xffffffff, 0x80000000, 4 * 1024 * 1024 + 1, 4 * 1024 * 1024, 16 * 1024 * 1024, u32(rng), rng.below(0x10000), rng.below(64) * 8]);
  view.setUint32(16, size);
  view.setUint32(20, rng.pick([0, 1, 0xffffffff, 0x10000, u32(rng), rng.below(300)]));
  // some of what it announced, or more: a small payload may complete a plausible message
  return concat([header, rng.bytes(Math.min(size, rng.between(0, 600)))]);
}

function dbrType(rng: Prng): number {
  return rng.weighted([[8, () => rng.between(0, LAST_DBR_CODE)], [1, () => rng.between(LAST_DBR_CODE + 1, 64)], [1, () => rng.below(0x10000)]])();
}

/** Element counts around the interesting edges; above 0xFFFF only where no payload must follow. */
function elementCount(rng: Prng, allowHuge: boolean): number {
  const counts: Array<readonly [number, () => number]> = [[3, () => 1], [2, () => 0], [3, () => rng.between(2, 70)], [2, () => rng.between(71, 300)], [1, () => rng.below(0x10000)]];
  if (allowHuge) counts.push([1, () => rng.pick([0x10000, 0xffffffff, u32(rng)])]);
  return rng.weighted(counts)();
}

function pickSid(rng: Prng, target: FuzzTarget): number {
  if (target.sids.length > 0 && rng.chance(0.75)) return rng.pick(target.sids);
  return rng.chance(0.5) ? rng.below(8) : u32(rng);
}

function pvName(rng: Prng, target: FuzzTarget): string {
  return rng.weighted([[6, () => rng.pick(target.names)], [2, () => text(rng, rng.between(0, 60))], [1, () => 'x'.repeat(rng.between(1000, 1100))], [1, () => '']])();
}

/** Printable ASCII with the odd control or high byte, never NUL (encoders refuse it). */
function text(rng: Prng, length: number): string {
  let out = '';
  for (let i = 0; i < length; i += 1) out += String.fromCharCode(rng.chance(0.95) ? rng.between(0x20, 0x7e) : rng.between(1, 0xff));
  return out;
}

function u32(rng: Prng): number {
  return rng.uint32();
}

export function concat(parts: readonly Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0));
  let offset = 0;
  for (const part of parts) {
    out.set(part, offset);
    offset += part.length;
  }
  return out;
}

export function toHex(bytes: Uint8Array, max = 512): string {
  const hex = Buffer.from(bytes.subarray(0, max)).toString('hex');
  return bytes.length > max ? `${hex}... (${bytes.length} bytes)` : hex;
}
