/** A small in-memory PvSource for client tests: values set by the test, puts that can be slow or fail. */
import type { PvLimits, PvNativeType, PvSnapshot, PvSource, ServedPv } from '../../../epics/server/pv-source.js';

export interface TestPvInit {
  value: number[] | string[];
  count?: number;
  writable?: boolean;
  /** How long a put takes to "process", like a motor move. */
  putDelayMs?: number;
  /** When set, every put fails with this reason. */
  putFailure?: string;
  units?: string;
  precision?: number;
  limits?: PvLimits;
  enumStrings?: string[];
}

export class TestPv implements ServedPv {
  readonly count: number;
  readonly writable: boolean;
  #value: number[] | string[];
  #timestampMs = Date.now();
  readonly #init: TestPvInit;
  readonly #listeners = new Set<(snapshot: PvSnapshot, mask: number) => void>();
  completedPuts = 0;

  constructor(readonly name: string, readonly nativeType: PvNativeType, init: TestPvInit) {
    this.#init = init;
    this.#value = init.value;
    this.count = init.count ?? init.value.length;
    this.writable = init.writable ?? true;
  }

  get subscriberCount(): number {
    return this.#listeners.size;
  }

  snapshot(): PvSnapshot {
    const { units = '', precision = 0, limits, enumStrings } = this.#init;
    return {
      value: this.#value, status: 0, severity: 0, timestampMs: this.#timestampMs, units, precision,
      display: limits, control: limits, alarm: limits, warning: limits, enumStrings,
    };
  }

  set(value: number[] | string[]): void {
    this.#value = value;
    this.#timestampMs = Date.now();
    const snapshot = this.snapshot();
    for (const listener of [...this.#listeners]) listener(snapshot, 1 | 2);
  }

  async put(value: number[] | string[]): Promise<void> {
    if (this.#init.putFailure !== undefined) throw new Error(this.#init.putFailure);
    if (this.#init.putDelayMs !== undefined) await new Promise((resolve) => setTimeout(resolve, this.#init.putDelayMs));
    this.set(value);
    this.completedPuts += 1;
  }

  subscribe(listener: (snapshot: PvSnapshot, mask: number) => void): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }
}

export class TestSource implements PvSource {
  readonly pvs = new Map<string, TestPv>();

  add(...pvs: TestPv[]): this {
    for (const pv of pvs) this.pvs.set(pv.name, pv);
    return this;
  }

  find(name: string): ServedPv | undefined {
    return this.pvs.get(name);
  }
}

export { freeUdpPort } from '../../../lib/free-port.js';

/** Resolves when `predicate` holds, polling; rejects with `what` after `timeoutMs`. */
export async function eventually(predicate: () => boolean, what: string, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!predicate()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}
