/** A tiny PvSource for server tests: PVs whose values and put behaviour the test controls. */
import { EventMask } from '../../../epics/protocol/mod.js';
import type { PvNativeType, PvSnapshot, PvSource, ServedPv } from '../../../epics/server/mod.js';

type Listener = (snapshot: PvSnapshot, mask: number) => void;

export interface FakePvInit {
  name: string;
  nativeType: PvNativeType;
  value: number[] | string[];
  count?: number;
  writable?: boolean;
  meta?: Partial<Omit<PvSnapshot, 'value'>>;
  /** How a put completes; default: at once, after storing the value and posting a monitor. */
  onPut?: (value: number[] | string[], pv: FakePv) => Promise<void>;
}

export class FakePv implements ServedPv {
  readonly name: string;
  readonly nativeType: PvNativeType;
  readonly count: number;
  readonly writable: boolean;
  readonly puts: Array<number[] | string[]> = [];
  #state: PvSnapshot;
  readonly #listeners = new Set<Listener>();
  readonly #onPut: FakePvInit['onPut'];

  constructor(init: FakePvInit) {
    this.name = init.name;
    this.nativeType = init.nativeType;
    this.count = init.count ?? init.value.length;
    this.writable = init.writable ?? true;
    this.#onPut = init.onPut;
    this.#state = { value: init.value, status: 0, severity: 0, timestampMs: Date.UTC(2024, 0, 2, 3, 4, 5, 678), units: '', precision: 0, ...init.meta };
  }

  get listenerCount(): number {
    return this.#listeners.size;
  }

  snapshot(): PvSnapshot {
    return { ...this.#state };
  }

  /** Changes the PV as a record would, and tells subscribers with `mask`. */
  post(change: Partial<PvSnapshot>, mask: number = EventMask.Value | EventMask.Log): void {
    this.#state = { ...this.#state, timestampMs: Date.now(), ...change };
    const snapshot = this.snapshot();
    for (const listener of [...this.#listeners]) listener(snapshot, mask);
  }

  async put(value: number[] | string[]): Promise<void> {
    this.puts.push(value);
    if (this.#onPut !== undefined) return this.#onPut(value, this);
    this.post({ value });
  }

  subscribe(listener: Listener): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }
}

export class FakePvSource implements PvSource {
  readonly #pvs = new Map<string, FakePv>();

  constructor(pvs: FakePv[]) {
    for (const pv of pvs) this.#pvs.set(pv.name, pv);
  }

  find(name: string): FakePv | undefined {
    return this.#pvs.get(name);
  }

  get(name: string): FakePv {
    const pv = this.#pvs.get(name);
    if (pv === undefined) throw new Error(`no fake PV ${name}`);
    return pv;
  }
}

/** A put the test finishes by hand, like a motor move that ends when the test says so. */
export class PendingPuts {
  readonly #waiting: Array<{ resolve: () => void; reject: (error: Error) => void }> = [];

  readonly onPut = (value: number[] | string[], pv: FakePv): Promise<void> =>
    new Promise<void>((resolve, reject) => {
      this.#waiting.push({
        resolve: () => {
          pv.post({ value });
          resolve();
        },
        reject,
      });
    });

  get size(): number {
    return this.#waiting.length;
  }

  finishNext(error?: Error): void {
    const next = this.#waiting.shift();
    if (next === undefined) throw new Error('no put is pending');
    if (error === undefined) next.resolve();
    else next.reject(error);
  }
}

export function standardPvs(pending: PendingPuts): FakePvSource {
  return new FakePvSource([
    new FakePv({
      name: 'TEST:DBL',
      nativeType: 'double',
      value: [1.5],
      meta: {
        units: 'mm',
        precision: 3,
        display: { low: -10, high: 10 },
        alarm: { low: -9, high: 9 },
        warning: { low: -8, high: 8 },
        control: { low: -7, high: 7 },
      },
    }),
    new FakePv({ name: 'TEST:STR', nativeType: 'string', value: ['hello'], writable: false, meta: { status: 7, severity: 1 } }),
    new FakePv({ name: 'TEST:ENUM', nativeType: 'enum', value: [1], meta: { enumStrings: ['Off', 'On', 'Fault'] } }),
    new FakePv({ name: 'TEST:WAVE', nativeType: 'double', value: [1, 2, 3, 4, 5, 6], count: 10 }),
    new FakePv({ name: 'TEST:SLOW', nativeType: 'double', value: [0], onPut: pending.onPut }),
  ]);
}
