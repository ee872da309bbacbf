/**
 * Seeded randomness for simulations: the host injects a source, machines only consume it, so a
 * seed replays a run exactly.
 */

import { seededRandom as seededRandomFromLib } from '../../lib/random.js';

/** Uniform in [0, 1), like Math.random. */
export type RandomSource = () => number;

/** @param seed - any 32-bit integer; equal seeds give equal sequences */
export function seededRandom(seed: number): RandomSource {
  return seededRandomFromLib(seed);
}

/** One standard normal sample (Box-Muller); consumes two uniforms. */
export function gaussian(random: RandomSource): number {
  // 1 - u keeps the logarithm's argument in (0, 1].
  const u = 1 - random();
  const v = random();
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
}
