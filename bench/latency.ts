/**
 * Latency sampling shared by the benches: probes (one request each) run in blocks through a number
 * of workers, their latencies summarized as percentiles and a rate.
 */

export interface Probe {
  readonly label: string;
  readonly once: () => Promise<unknown>;
}

export interface Samples {
  latenciesUs: number[];
  busyMs: number;
  count: number;
}

export interface Figures {
  p50: number;
  p90: number;
  p99: number;
  mean: number;
  max: number;
  perSecond: number;
}

export function percentile(sorted: readonly number[], fraction: number): number {
  return sorted[Math.min(sorted.length - 1, Math.round(fraction * (sorted.length - 1)))] ?? Number.NaN;
}

export function figuresOf(samples: Samples): Figures {
  const sorted = [...samples.latenciesUs].sort((a, b) => a - b);
  const mean = sorted.reduce((sum, value) => sum + value, 0) / sorted.length;
  return {
    p50: percentile(sorted, 0.5),
    p90: percentile(sorted, 0.9),
    p99: percentile(sorted, 0.99),
    mean,
    max: sorted.at(-1) ?? Number.NaN,
    perSecond: samples.count / (samples.busyMs / 1000),
  };
}

/** `count` requests through `inFlight` workers, each awaiting its own in turn. */
export async function runBlock(probe: Probe, count: number, inFlight: number, into: Samples): Promise<void> {
  let issued = 0;
  const worker = async (): Promise<void> => {
    while (issued < count) {
      issued += 1;
      const t0 = performance.now();
      await probe.once();
      into.latenciesUs.push((performance.now() - t0) * 1000);
    }
  };
  const started = performance.now();
  await Promise.all(Array.from({ length: inFlight }, worker));
  into.busyMs += performance.now() - started;
  into.count += count;
}

/**
 * Every probe gets `total` requests in blocks of `block`, the probes taking turns block by block
 * (their order rotating each round), so all see the same machine conditions.
 */
export async function interleaved(probes: readonly Probe[], total: number, block: number, inFlight: number): Promise<Figures[]> {
  const samples = probes.map((): Samples => ({ latenciesUs: [], busyMs: 0, count: 0 }));
  for (let round = 0; round * block < total; round++) {
    for (let turn = 0; turn < probes.length; turn++) {
      const index = (round + turn) % probes.length;
      const probe = probes[index];
      const into = samples[index];
      if (probe === undefined || into === undefined) continue;
      await runBlock(probe, Math.min(block, total - round * block), inFlight, into);
    }
  }
  return samples.map(figuresOf);
}
