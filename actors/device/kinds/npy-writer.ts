/**
 * NumPy `.npy` format 1.0, written by hand: enough for detector frames, so that numpy.load and
 * databroker's NPY_SEQ handler read our files without any Python on our side.
 * Layout: magic `\x93NUMPY`, version 1.0, uint16 LE header length, a Python dict literal padded with
 * spaces and ended by `\n` so the data starts 64-byte aligned, then the data in C order.
 */

/** The element types we write (little-endian, as numpy spells them). */
export const NpyDtype = {
  Float32: '<f4',
  Uint16: '<u2',
} as const;
export type NpyDtype = (typeof NpyDtype)[keyof typeof NpyDtype];

const MAGIC = [0x93, ...Buffer.from('NUMPY', 'latin1')];
/** Magic (6) + version (2) + header length (2). */
const PREAMBLE_BYTES = 10;
const ALIGNMENT = 64;

/** The preamble and header dict of an array of `dtype` and `shape`, padded to 64-byte alignment. */
export function npyHeader(dtype: NpyDtype, shape: readonly number[]): Buffer {
  // Python tuple syntax: a one-element tuple needs its trailing comma.
  const dims = shape.length === 1 ? `(${shape[0]},)` : `(${shape.join(', ')})`;
  const dict = `{'descr': '${dtype}', 'fortran_order': False, 'shape': ${dims}, }`;
  const total = Math.ceil((PREAMBLE_BYTES + dict.length + 1) / ALIGNMENT) * ALIGNMENT;
  const headerLength = total - PREAMBLE_BYTES;
  if (headerLength > 0xffff) throw new RangeError(`shape ${dims} is too long for an .npy 1.0 header`);
  const header = Buffer.alloc(total, ' ');
  header.set(MAGIC, 0);
  header[6] = 1;
  header[7] = 0;
  header.writeUInt16LE(headerLength, 8);
  header.write(dict, PREAMBLE_BYTES, 'latin1');
  header[total - 1] = 0x0a;
  return header;
}

/** A whole `.npy` file: Float32Array becomes `<f4`, Uint16Array `<u2`; `shape` must match the length. */
export function encodeNpy(data: Float32Array | Uint16Array, shape: readonly number[]): Buffer {
  const count = shape.reduce((product, n) => product * n, 1);
  if (count !== data.length) throw new RangeError(`shape [${shape.join(', ')}] holds ${count} elements, got ${data.length}`);
  const isFloat = data instanceof Float32Array;
  const header = npyHeader(isFloat ? NpyDtype.Float32 : NpyDtype.Uint16, shape);
  const file = Buffer.alloc(header.length + data.byteLength);
  header.copy(file, 0);
  // DataView with explicit little-endian, so the file is the same on any host.
  const view = new DataView(file.buffer, file.byteOffset + header.length, data.byteLength);
  for (let i = 0; i < data.length; i += 1) {
    if (isFloat) view.setFloat32(i * 4, data[i] ?? 0, true);
    else view.setUint16(i * 2, data[i] ?? 0, true);
  }
  return file;
}
