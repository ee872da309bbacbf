import { CaProtocolError } from './errors.js';
import { padTo8 } from './strings.js';

/** One Channel Access message: the header fields and its payload. */
export interface CaMessage {
  command: number;
  /** Filled by the decoders: the payload size the header announced (padded, as sent). */
  payloadSize?: number;
  dataType: number;
  dataCount: number;
  parameter1: number;
  parameter2: number;
  /** Exactly `payloadSize` bytes when decoded; any length when encoding (zero padded to 8). */
  payload: Uint8Array;
}

/** What a builder returns and `encodeMessage` takes. */
export type CaMessageInit = Omit<CaMessage, 'payloadSize'>;

export const HEADER_SIZE = 16;
export const EXTENDED_HEADER_SIZE = 24;
/** The largest payload of the classic 16-byte header: beyond it the extended form is used. */
export const MAX_CLASSIC_PAYLOAD = 0x3ff0;
export const DEFAULT_MAX_PAYLOAD_BYTES = 16 * 1024 * 1024;
const EXTENDED_MARKER = 0xffff;
const EMPTY = new Uint8Array(0);

/**
 * Encodes one message, padding its payload with zeros to a multiple of 8. The extended header is
 * used only when the padded payload exceeds 0x3FF0 bytes or the count exceeds 0xFFFF, because
 * servers before CA 4.9 cannot read it.
 */
export function encodeMessage(message: CaMessageInit): Uint8Array {
  const out = new Uint8Array(encodedSize(message));
  writeMessage(out, 0, message);
  return out;
}

/** Several messages in one buffer, for one datagram or one socket write. */
export function encodeMessages(messages: Iterable<CaMessageInit>): Uint8Array {
  const list = [...messages];
  const out = new Uint8Array(list.reduce((sum, message) => sum + encodedSize(message), 0));
  let offset = 0;
  for (const message of list) offset += writeMessage(out, offset, message);
  return out;
}

/** The bytes `encodeMessage` would return for `message`: header and padded payload. */
export function encodedSize(message: CaMessageInit): number {
  const payloadSize = padTo8(message.payload.length);
  return (isExtended(payloadSize, message.dataCount) ? EXTENDED_HEADER_SIZE : HEADER_SIZE) + payloadSize;
}

/**
 * Encodes `message` into `out` at `offset` and returns the bytes written (`encodedSize`), so a
 * writer can collect many messages in one buffer without a buffer per message. The padding is
 * written as zeros; throws CaProtocolError, writing nothing, for a field out of range.
 */
export function writeMessage(out: Uint8Array, offset: number, message: CaMessageInit): number {
  const length = message.payload.length;
  const payloadSize = padTo8(length);
  checkHeader(message, payloadSize);
  const extended = isExtended(payloadSize, message.dataCount);
  const headerSize = extended ? EXTENDED_HEADER_SIZE : HEADER_SIZE;
  writeHeader(new DataView(out.buffer, out.byteOffset + offset, headerSize), message, payloadSize, extended);
  const start = offset + headerSize;
  out.set(message.payload, start);
  out.fill(0, start + length, start + payloadSize);
  return headerSize + payloadSize;
}

/**
 * Writes the 16-byte header of a message whose fields are known to fit it (count up to 0xFFFF,
 * padded payload up to 0x3FF0 bytes), for encoders that write the payload themselves after it.
 */
export function writeClassicHeader(
  view: DataView, offset: number, command: number, payloadSize: number, dataType: number, dataCount: number, parameter1: number, parameter2: number,
): void {
  view.setUint16(offset, command);
  view.setUint16(offset + 2, payloadSize);
  view.setUint16(offset + 4, dataType);
  view.setUint16(offset + 6, dataCount);
  view.setUint32(offset + 8, parameter1);
  view.setUint32(offset + 12, parameter2);
}

function isExtended(payloadSize: number, dataCount: number): boolean {
  return payloadSize > MAX_CLASSIC_PAYLOAD || dataCount > 0xffff;
}

/** The header fields of a message, with the payload size it announces. */
export type CaHeader = Omit<CaMessage, 'payload' | 'payloadSize'> & { payloadSize: number };

type HeaderFields = Omit<CaHeader, 'payloadSize'>;

function checkHeader(fields: HeaderFields, payloadSize: number): void {
  const { command } = fields;
  checkUint(command, 0xffff, 'command', command);
  checkUint(fields.dataType, 0xffff, 'dataType', command);
  checkUint(fields.dataCount, 0xffffffff, 'dataCount', command);
  checkUint(fields.parameter1, 0xffffffff, 'parameter1', command);
  checkUint(fields.parameter2, 0xffffffff, 'parameter2', command);
  checkUint(payloadSize, 0xffffffff, 'payloadSize', command);
}

function checkUint(value: number, max: number, field: string, command: number): void {
  if (!Number.isInteger(value) || value < 0 || value > max) {
    throw new CaProtocolError(`${field} must be an integer in 0..${max}, got ${value}`, { command });
  }
}

function writeHeader(view: DataView, fields: HeaderFields, payloadSize: number, extended: boolean): void {
  if (!extended) {
    writeClassicHeader(view, 0, fields.command, payloadSize, fields.dataType, fields.dataCount, fields.parameter1, fields.parameter2);
    return;
  }
  writeClassicHeader(view, 0, fields.command, EXTENDED_MARKER, fields.dataType, 0, fields.parameter1, fields.parameter2);
  view.setUint32(16, payloadSize);
  view.setUint32(20, fields.dataCount);
}

interface ParsedHeader {
  command: number;
  dataType: number;
  dataCount: number;
  parameter1: number;
  parameter2: number;
  payloadSize: number;
  headerSize: number;
}

/**
 * Reads a header at `offset`, or returns undefined when `bytes` ends before it does. Throws for a
 * header no peer can have sent: the extended marker with a non-zero count, or a payload over max.
 */
function parseHeader(bytes: Uint8Array, offset: number, maxPayloadBytes: number): ParsedHeader | undefined {
  if (bytes.length - offset < HEADER_SIZE) return undefined;
  const view = new DataView(bytes.buffer, bytes.byteOffset + offset, bytes.length - offset);
  const command = view.getUint16(0);
  const shortSize = view.getUint16(2);
  const dataType = view.getUint16(4);
  const shortCount = view.getUint16(6);
  const parameter1 = view.getUint32(8);
  const parameter2 = view.getUint32(12);
  let payloadSize = shortSize;
  let dataCount = shortCount;
  let headerSize = HEADER_SIZE;
  if (shortSize === EXTENDED_MARKER) {
    if (shortCount !== 0) {
      throw new CaProtocolError('impossible header: extended-size marker with a non-zero count', { command, offset, dataCount: shortCount });
    }
    if (view.byteLength < EXTENDED_HEADER_SIZE) return undefined;
    payloadSize = view.getUint32(16);
    dataCount = view.getUint32(20);
    headerSize = EXTENDED_HEADER_SIZE;
  }
  if (payloadSize > maxPayloadBytes) {
    throw new CaProtocolError(`payload of ${payloadSize} bytes exceeds the limit of ${maxPayloadBytes}`, { command, offset, length: payloadSize });
  }
  return { command, dataType, dataCount, parameter1, parameter2, payloadSize, headerSize };
}

// A plain Uint8Array copy: Buffer#slice would share memory with a socket chunk and keep its class.
function copyBytes(bytes: Uint8Array, start: number, end: number): Uint8Array {
  return new Uint8Array(bytes.subarray(start, end));
}

function toMessage(header: ParsedHeader, payload: Uint8Array): CaMessage {
  const { command, payloadSize, dataType, dataCount, parameter1, parameter2 } = header;
  return { command, payloadSize, dataType, dataCount, parameter1, parameter2, payload };
}

/**
 * Cuts a TCP byte stream into messages. Partial messages wait across `push` calls; a large payload
 * is collected in one buffer of its final size, so a 16 MiB array in small chunks costs one copy.
 * After a CaProtocolError the stream cannot be resynchronised: every later push throws again and
 * the caller should close the circuit.
 */
export class MessageFramer {
  readonly #maxPayloadBytes: number;
  // bytes of a header not yet complete
  #head: Uint8Array = EMPTY;
  // the message whose payload is being collected
  #pending: { header: ParsedHeader; payload: Uint8Array; filled: number } | undefined;
  #failure: CaProtocolError | undefined;

  constructor(options: { maxPayloadBytes?: number } = {}) {
    this.#maxPayloadBytes = options.maxPayloadBytes ?? DEFAULT_MAX_PAYLOAD_BYTES;
  }

  /** Bytes received but not yet returned as messages. */
  get buffered(): number {
    const pending = this.#pending;
    return this.#head.length + (pending === undefined ? 0 : pending.header.headerSize + pending.filled);
  }

  push(chunk: Uint8Array): CaMessage[] {
    if (this.#failure !== undefined) throw this.#failure;
    try {
      return this.#consume(chunk);
    } catch (error) {
      this.#failure = error instanceof CaProtocolError ? error : new CaProtocolError('framing failed', {}, { cause: error });
      throw this.#failure;
    }
  }

  #consume(chunk: Uint8Array): CaMessage[] {
    const messages: CaMessage[] = [];
    let offset = 0;
    while (offset < chunk.length) {
      if (this.#pending !== undefined) {
        offset = this.#fillPayload(chunk, offset, messages);
        continue;
      }
      if (this.#head.length > 0) {
        offset = this.#fillHead(chunk, offset, messages);
        continue;
      }
      // fast path: whole messages straight out of the chunk
      const header = parseHeader(chunk, offset, this.#maxPayloadBytes);
      if (header === undefined) {
        this.#head = copyBytes(chunk, offset, chunk.length);
        return messages;
      }
      const start = offset + header.headerSize;
      if (chunk.length - start >= header.payloadSize) {
        messages.push(toMessage(header, copyBytes(chunk, start, start + header.payloadSize)));
        offset = start + header.payloadSize;
      } else {
        this.#startPayload(header, chunk.subarray(start));
        offset = chunk.length;
      }
    }
    return messages;
  }

  #fillHead(chunk: Uint8Array, offset: number, messages: CaMessage[]): number {
    // a header is at most 24 bytes, so joining is cheap; take only what the header may need
    const take = Math.min(EXTENDED_HEADER_SIZE - this.#head.length, chunk.length - offset);
    const joined = new Uint8Array(this.#head.length + take);
    joined.set(this.#head);
    joined.set(chunk.subarray(offset, offset + take), this.#head.length);
    const header = parseHeader(joined, 0, this.#maxPayloadBytes);
    if (header === undefined) {
      this.#head = joined;
      return offset + take;
    }
    // bytes of `joined` beyond the header belong to the payload; hand them back to the chunk
    const used = header.headerSize - this.#head.length;
    this.#head = EMPTY;
    if (header.payloadSize === 0) {
      messages.push(toMessage(header, new Uint8Array(0)));
    } else {
      this.#startPayload(header, EMPTY);
    }
    return offset + used;
  }

  #startPayload(header: ParsedHeader, first: Uint8Array): void {
    const payload = new Uint8Array(header.payloadSize);
    payload.set(first);
    this.#pending = { header, payload, filled: first.length };
  }

  #fillPayload(chunk: Uint8Array, offset: number, messages: CaMessage[]): number {
    const pending = this.#pending;
    if (pending === undefined) return offset;
    const take = Math.min(pending.payload.length - pending.filled, chunk.length - offset);
    pending.payload.set(chunk.subarray(offset, offset + take), pending.filled);
    pending.filled += take;
    if (pending.filled === pending.payload.length) {
      messages.push(toMessage(pending.header, pending.payload));
      this.#pending = undefined;
    }
    return offset + take;
  }
}

/** All messages of one UDP datagram; throws CaProtocolError if the datagram ends inside one. */
export function decodeDatagram(datagram: Uint8Array, options: { maxPayloadBytes?: number } = {}): CaMessage[] {
  const max = options.maxPayloadBytes ?? DEFAULT_MAX_PAYLOAD_BYTES;
  const messages: CaMessage[] = [];
  let offset = 0;
  while (offset < datagram.length) {
    const header = parseHeader(datagram, offset, max);
    if (header === undefined) {
      throw new CaProtocolError(`datagram ends inside a message header`, { offset, length: datagram.length });
    }
    const start = offset + header.headerSize;
    if (datagram.length - start < header.payloadSize) {
      throw new CaProtocolError(`datagram ends inside a ${header.payloadSize}-byte payload`, { command: header.command, offset, length: datagram.length });
    }
    messages.push(toMessage(header, copyBytes(datagram, start, start + header.payloadSize)));
    offset = start + header.payloadSize;
  }
  return messages;
}

/**
 * Encodes only a header announcing `payloadSize` bytes, as CA_PROTO_ERROR embeds the request that
 * failed; extended only when the fields do not fit the 16-byte form.
 */
export function encodeHeader(header: CaHeader): Uint8Array {
  checkHeader(header, header.payloadSize);
  const extended = header.payloadSize >= EXTENDED_MARKER || header.dataCount > 0xffff;
  const out = new Uint8Array(extended ? EXTENDED_HEADER_SIZE : HEADER_SIZE);
  writeHeader(new DataView(out.buffer), header, header.payloadSize, extended);
  return out;
}

/** Reads a header from the start of `bytes` (as embedded in CA_PROTO_ERROR), or undefined if short. */
export function decodeHeader(bytes: Uint8Array): (CaHeader & { headerSize: number }) | undefined {
  const header = parseHeader(bytes, 0, Number.MAX_SAFE_INTEGER);
  if (header === undefined) return undefined;
  const { command, payloadSize, dataType, dataCount, parameter1, parameter2, headerSize } = header;
  return { command, payloadSize, dataType, dataCount, parameter1, parameter2, headerSize };
}
