import { CaProtocolError } from './errors.js';

const utf8Encoder = new TextEncoder();
const strictUtf8 = new TextDecoder('utf-8', { fatal: true });
const latin1 = new TextDecoder('latin1');

/**
 * A string as NUL-terminated UTF-8. With `fixedSize` the result is exactly that many bytes, zero
 * filled, as in the 40-byte DBR_STRING field; a string that does not fit with its NUL throws,
 * because cutting a value written by a user would change what gets written.
 */
export function encodeCString(s: string, fixedSize?: number): Uint8Array {
  const text = utf8Encoder.encode(s);
  if (text.includes(0)) throw new CaProtocolError(`string contains a NUL byte: ${JSON.stringify(s)}`);
  if (fixedSize === undefined) {
    const out = new Uint8Array(text.length + 1);
    out.set(text);
    return out;
  }
  if (text.length + 1 > fixedSize) {
    throw new CaProtocolError(`string of ${text.length} bytes does not fit a ${fixedSize}-byte field with its NUL: ${JSON.stringify(s)}`);
  }
  const out = new Uint8Array(fixedSize);
  out.set(text);
  return out;
}

/**
 * A string into a fixed field, cut at a character boundary when too long. For metadata only
 * (units, enum state names), where IOCs cut too: EGU may hold 16 characters, CA units only 7.
 */
export function encodeCStringTruncating(s: string, fixedSize: number): Uint8Array {
  let text = utf8Encoder.encode(s.replaceAll('\0', ''));
  if (text.length + 1 > fixedSize) {
    let end = Math.max(fixedSize - 1, 0);
    // back off continuation bytes so a multi-byte character is never split
    while (end > 0 && ((text[end] ?? 0) & 0xc0) === 0x80) end -= 1;
    text = text.subarray(0, end);
  }
  const out = new Uint8Array(fixedSize);
  out.set(text);
  return out;
}

/**
 * The text before the first NUL (or all bytes when there is none). UTF-8 when the bytes are valid
 * UTF-8, otherwise Latin-1, which every byte sequence is: old IOCs send Latin-1 units such as 'µ'.
 */
export function decodeCString(bytes: Uint8Array): string {
  const nul = bytes.indexOf(0);
  const text = nul < 0 ? bytes : bytes.subarray(0, nul);
  try {
    return strictUtf8.decode(text);
  } catch {
    return latin1.decode(text);
  }
}

/** A NUL-terminated string padded with zeros to a multiple of 8: a PV-name or user-name payload. */
export function encodePaddedCString(s: string): Uint8Array {
  const text = encodeCString(s);
  const out = new Uint8Array(padTo8(text.length));
  out.set(text);
  return out;
}

export function padTo8(size: number): number {
  return Math.ceil(size / 8) * 8;
}
