import { seededUint32 } from '../../../lib/random.js';

/**
 * A small seeded PRNG (mulberry32) for fuzz tests: the same seed gives the same packets, so a
 * failure printed with its seed can be replayed with FUZZ_SEED.
 */
export class Prng {
  readonly #next: () => number;

  constructor(readonly seed: number) {
    this.#next = seededUint32(seed);
  }

  /** A seed from FUZZ_SEED when set (decimal or 0x hex), else a fresh random one. */
  static seedFrom(env: NodeJS.ProcessEnv): number {
    const text = env['FUZZ_SEED']?.trim();
    if (text === undefined || text === '') return Math.floor(Math.random() * 0x1_0000_0000);
    const seed = Number(text);
    if (!Number.isInteger(seed) || seed < 0 || seed > 0xffffffff) throw new Error(`FUZZ_SEED must be a uint32, got '${text}'`);
    return seed;
  }

  /** A uint32. */
  uint32(): number {
    return this.#next();
  }


  /** An integer in 0..n-1. */
  below(n: number): number {
    return Math.floor((this.uint32() / 0x1_0000_0000) * n);
  }

  /** An integer in lo..hi, both included. */
  between(lo: number, hi: number): number {
    return lo + this.below(hi - lo + 1);
  }

  chance(p: number): boolean {
    return this.uint32() / 0x1_0000_0000 < p;
  }

  pick<T>(items: readonly T[]): T {
    if (items.length === 0) throw new Error('pick from an empty list');
    return items[this.below(items.length)] as T;
  }

  /** Picks by weight: `[[3, a], [1, b]]` gives a three times as often as b. */
  weighted<T>(choices: ReadonlyArray<readonly [number, T]>): T {
    const total = choices.reduce((sum, [weight]) => sum + weight, 0);
    let ticket = this.below(total);
    for (const [weight, value] of choices) {
      if (ticket < weight) return value;
      ticket -= weight;
    }
    throw new Error('weighted pick from an empty list');
  }

  bytes(length: number): Uint8Array {
    const out = new Uint8Array(length);
    for (let i = 0; i < length; i += 1) out[i] = this.uint32() & 0xff;
    return out;
  }

  /** An independent generator for sub-task `label`, the same for the same seed whatever ran before. */
  fork(label: number): Prng {
    const mixed = new Prng((this.seed ^ Math.imul(label + 1, 0x9e3779b1)) >>> 0);
    mixed.uint32();
    return new Prng(mixed.uint32());
  }
}
