/**
 * Seeded randomness for simulations: the host injects a source, machines only consume it, so a
 * seed replays a run exactly.
 */

/** Uniform in [0, 1), like Math.random. */
export type RandomSource = () => number;

/**
 * mulberry32: tiny, fast and good enough for simulated noise (not for anything secret).
 *
 * @param seed - any 32-bit integer; equal seeds give equal sequences
 */
export function seededRandom(seed: number): RandomSource {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** One standard normal sample (Box-Muller); consumes two uniforms. */
export function gaussian(random: RandomSource): number {
  // 1 - u keeps the logarithm's argument in (0, 1].
  const u = 1 - random();
  const v = random();
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
}
