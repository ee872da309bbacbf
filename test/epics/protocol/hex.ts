// Hex helpers for golden vectors: spaces and newlines in the hex are ignored.
export function fromHex(hex: string): Uint8Array {
  const clean = hex.replace(/\s+/g, '');
  if (clean.length % 2 !== 0 || /[^0-9a-f]/i.test(clean)) throw new Error(`bad hex: ${hex}`);
  return Uint8Array.from(clean.match(/../g) ?? [], (byte) => parseInt(byte, 16));
}

export function toHex(bytes: Uint8Array): string {
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

/** `n` zero bytes, as hex. */
export function zeros(n: number): string {
  return '00'.repeat(n);
}

/** ASCII text as hex, without a terminator. */
export function ascii(text: string): string {
  return toHex(new TextEncoder().encode(text));
}

export { seededRandom } from '../../../lib/random.js';
