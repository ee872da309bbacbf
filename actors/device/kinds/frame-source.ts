/**
 * A simulated area-detector image: a dark level with seeded Gaussian noise, plus a Gaussian spot
 * in the middle whose height follows a scale (the beam intensity), so a scan sees the beam change.
 */
import { gaussian, type RandomSource } from '../random.js';

export interface FrameSpec {
  readonly rows: number;
  readonly cols: number;
  /** Mean dark level of a pixel, counts. */
  readonly background: number;
  /** Standard deviation of a pixel's noise, counts. */
  readonly noise: number;
  /** Height of the spot at scale 1, counts. */
  readonly spotHeight: number;
  /** Spot sigma as a fraction of the smaller side. */
  readonly spotWidth: number;
}

/** One frame in C order (row by row); pixels never go below 0, as counts do not. */
export function simulateFrame(spec: FrameSpec, scale: number, random: RandomSource): Float32Array {
  const { rows, cols } = spec;
  const frame = new Float32Array(rows * cols);
  const sigma = Math.max(spec.spotWidth * Math.min(rows, cols), 0.5);
  const twoSigmaSquared = 2 * sigma * sigma;
  const centerRow = (rows - 1) / 2;
  const centerCol = (cols - 1) / 2;
  const height = spec.spotHeight * scale;
  for (let r = 0; r < rows; r += 1) {
    for (let c = 0; c < cols; c += 1) {
      const distanceSquared = (r - centerRow) ** 2 + (c - centerCol) ** 2;
      const spot = height * Math.exp(-distanceSquared / twoSigmaSquared);
      frame[r * cols + c] = Math.max(0, spec.background + spec.noise * gaussian(random) + spot);
    }
  }
  return frame;
}

/** Sum of all pixels, in double precision (the stats plugin's `total`). */
export function frameTotal(frame: Float32Array): number {
  let total = 0;
  for (const pixel of frame) total += pixel;
  return total;
}
