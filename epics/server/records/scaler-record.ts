/**
 * A subset of the EPICS scaler record, simulated: S1 counts the clock (FREQ per second) and S2..S8
 * count the definition's channels, each at a constant rate or at the rate a linked PV holds when
 * it is read, once per tick. A put of 1 (Count) to CNT starts a count of TP seconds and its
 * put-callback completes when the count ends: T and S1..S8 reset to 0 and are posted, each tick
 * adds rate * dt (posted rounded), and at T >= TP the final values are posted, then CNT = 0.
 *
 * Choices where the real record leaves room:
 * - the count ends on the first tick at or after TP, with T = TP exactly and the counts of TP
 *   seconds; a put of 0 (Done) ends it at once with what was counted so far;
 * - a put of 1 while counting joins the running count: its callback completes when that ends;
 * - TP and FREQ put while counting are accepted and apply to the next count;
 * - a linked rate that is negative or not a number counts nothing for that tick;
 * - S1..S8 are DBF_LONG here and stop at 2^31 - 1 rather than wrapping like a 32-bit counter;
 * - VAL mirrors CNT, so a put to the bare record name starts or stops a count.
 */
import { MAX_SCALER_CHANNELS, type ScalerDefinition } from './definitions.js';
import type { Field, FieldSpec } from './field.js';
import { LinkMode, parseLink, type InputLink } from './input-links.js';
import { RecordBase, type FieldLookup } from './record-base.js';
import type { Cancel, Scheduler } from './scheduler.js';
import { MAX_STRING_BYTES } from './coerce.js';
import { NO_ALARM, type PvValue } from './types.js';

export const DEFAULT_SCALER_FREQ = 1e7;
export const DEFAULT_SCALER_TP = 1;
export const DEFAULT_SCALER_TICK_MS = 100;

/** CNT's states, as the scaler record's menu spells them. */
export const ScalerCount = { Done: 0, Count: 1 } as const;
export type ScalerCount = (typeof ScalerCount)[keyof typeof ScalerCount];
const COUNT_STRINGS = ['Done', 'Count'];

/** S1..S8: the clock and seven channels. */
const COUNTERS = MAX_SCALER_CHANNELS + 1;
const LONG_MAX = 2147483647;
/** TP * 1000 is not always an exact number of ms; a tick this close to it ends the count. */
const PRESET_SLACK_MS = 1e-6;

interface Run {
  readonly startMs: number;
  readonly preset: number;
  readonly freq: number;
  readonly cancel: Cancel;
  /** T at the last update, in seconds. */
  elapsed: number;
}

export class ScalerRecord extends RecordBase {
  readonly #tickMs: number;
  /** Per channel (S2 first): its constant rate, or NaN where a link gives it. */
  readonly #constants: readonly number[];
  readonly #links: readonly InputLink[];
  /** Per channel: the linked field once `link` ran, else undefined. */
  #sources: (Field | undefined)[] = [];
  /** Unrounded counts of S1..S8, so rounding each tick does not lose the fractions. */
  readonly #counts = new Float64Array(COUNTERS);
  readonly #s: readonly Field[];
  readonly #t: Field;
  readonly #cnt: Field;
  readonly #val: Field;
  #run: Run | undefined;
  #waiters: (() => void)[] = [];

  constructor(name: string, scheduler: Scheduler, definition: ScalerDefinition) {
    super({ name, type: 'scaler', scheduler, desc: definition.desc ?? '', alarm: NO_ALARM });
    const channels = definition.channels ?? [];
    this.#tickMs = definition.tickMs ?? DEFAULT_SCALER_TICK_MS;
    this.#constants = channels.map((channel) => (typeof channel.rate === 'number' ? channel.rate : Number.NaN));
    this.#links = channels.flatMap((channel, k) => this.#linkOf(channel.rate, k));
    const positive = (value: number): string | undefined => (value > 0 ? undefined : 'must be > 0');
    const none = (): void => {};
    this.addSetting('FREQ', definition.freq ?? DEFAULT_SCALER_FREQ, none, { check: positive, meta: { units: 'Hz' } });
    this.addSetting('TP', definition.tp ?? DEFAULT_SCALER_TP, none, { check: positive, meta: { units: 's', precision: 3 } });
    this.addField('NCH', { nativeType: 'long', value: [1 + channels.length] });
    for (let n = 1; n <= COUNTERS; n += 1) {
      const label = n === 1 ? 'clock' : (channels[n - 2]?.name ?? '');
      this.addTextSetting(`NM${n}`, label, none, MAX_STRING_BYTES);
    }
    // T and the counts before CNT: a flush posts in field order, so the final counts precede CNT = 0
    this.#t = this.addField('T', { nativeType: 'double', value: [0], meta: { units: 's', precision: 3 } });
    this.#s = Array.from({ length: COUNTERS }, (_, i) => this.addField(`S${i + 1}`, { nativeType: 'long', value: [0] }));
    const count: FieldSpec = {
      nativeType: 'enum', value: [ScalerCount.Done], meta: { enumStrings: COUNT_STRINGS }, onPut: (value) => this.#putCount(value[0] as number),
    };
    this.#cnt = this.addField('CNT', count);
    this.#val = this.addField('VAL', count);
    this.flush();
  }

  get counting(): boolean {
    return this.#run !== undefined;
  }

  /** Rates linked to PVs; the scaler reads them at each tick and never subscribes. */
  override get inputLinks(): readonly InputLink[] {
    return this.#links;
  }

  override link(lookup: FieldLookup): void {
    this.#sources = this.#constants.map((_, k) => {
      const link = this.#links.find((candidate) => candidate.path === pathOf(k));
      if (!link) return undefined;
      const source = lookup(link.pv);
      if (!source) throw new Error(`${this.name}.${link.path}: no PV '${link.pv}'`);
      return source;
    });
  }

  /** Ends a count in progress, completing its put-callbacks: the database is closing. */
  override close(): void {
    this.#update(true);
  }

  protected override writeValue(value: PvValue): void {
    void this.#putCount(value[0] as number);
  }

  #linkOf(rate: number | string, k: number): InputLink[] {
    if (typeof rate === 'number') return [];
    const parsed = parseLink(rate);
    if ('problem' in parsed) throw new Error(`${this.name}.${pathOf(k)}: ${parsed.problem}`);
    // read at each tick whatever the modifier says, so the scaler may even read itself
    return [{ path: pathOf(k), pv: parsed.pv, mode: LinkMode.Read, role: 'a scaler rate' }];
  }

  #putCount(value: number): Promise<void> | void {
    if (value === ScalerCount.Done) {
      this.#update(true);
      return;
    }
    const done = new Promise<void>((resolve) => this.#waiters.push(resolve));
    if (!this.#run) this.#start();
    return done;
  }

  #start(): void {
    this.touch();
    this.#counts.fill(0);
    this.#t.store([0]);
    for (const field of this.#s) field.store([0]);
    this.#cnt.store([ScalerCount.Count]);
    this.#val.store([ScalerCount.Count]);
    this.flush();
    const cancel = this.scheduler.every(this.#tickMs, this.#tick);
    this.#run = { startMs: this.scheduler.now(), preset: this.num('TP'), freq: this.num('FREQ'), cancel, elapsed: 0 };
  }

  /** Bound once: the scheduler calls it every tick of every count. */
  readonly #tick = (): void => this.#update(false);

  /** Counts up to now and posts; `stop` ends the count there even before TP. */
  #update(stop: boolean): void {
    const run = this.#run;
    if (!run) return;
    const elapsedMs = this.scheduler.now() - run.startMs;
    const reached = elapsedMs >= run.preset * 1000 - PRESET_SLACK_MS;
    this.#accumulate(run, reached ? run.preset : elapsedMs / 1000);
    this.touch();
    this.#t.store([run.elapsed]);
    // the clock and the defined channels; the counters beyond stay 0
    for (let i = 0; i <= this.#constants.length; i += 1) {
      this.#s[i]?.store([Math.min(Math.round(this.#counts[i] ?? 0), LONG_MAX)]);
    }
    if (reached || stop) this.#end(run);
    else this.flush();
  }

  /** The clock counts FREQ * T exactly; a channel adds what its rate now gives over the tick. */
  #accumulate(run: Run, elapsed: number): void {
    const dt = elapsed - run.elapsed;
    const counts = this.#counts;
    counts[0] = run.freq * elapsed;
    for (let k = 0; k < this.#constants.length; k += 1) counts[k + 1] = (counts[k + 1] ?? 0) + this.#rate(k) * dt;
    run.elapsed = elapsed;
  }

  /** Counts per second of channel k now; a link reading below 0 or NaN counts nothing. */
  #rate(k: number): number {
    const source = this.#sources[k];
    const rate = source ? source.number : (this.#constants[k] ?? 0);
    return rate > 0 ? rate : 0;
  }

  #end(run: Run): void {
    run.cancel();
    this.#run = undefined;
    this.#cnt.store([ScalerCount.Done]);
    this.#val.store([ScalerCount.Done]);
    this.flush();
    const waiters = this.#waiters;
    this.#waiters = [];
    for (const resolve of waiters) resolve();
  }
}

function pathOf(k: number): string {
  return `channels[${k}].rate`;
}
