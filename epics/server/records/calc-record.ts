/**
 * calc: VAL is an expression over inputs A..L, each a constant (a writable field) or a link to
 * another PV. A plain or `CP` link follows that PV, recomputing whenever it posts a value or alarm
 * change (EPICS's CP link); an `NPP` link is only read when the record computes, so it may read
 * the record's own VAL. `scan` seconds makes the record compute periodically (EPICS's periodic
 * SCAN), which with NPP links gives time-stepped physics: `A+(B-A)*0.1` over `temp NPP` is a lag.
 * A non-finite result (1/0, SQRT(-1), LOG(0)) is kept as VAL but raises CALC alarm at INVALID,
 * so clients see both the number and that it must not be trusted.
 */
import { CalcExpression, type RandomSource } from './calc-expression.js';
import { CALC_INPUTS, type CalcDefinition, type CalcInput } from './definitions.js';
import { CalcSyntaxError, PutRejectedError, PutRejectReason } from './errors.js';
import type { Field } from './field.js';
import { LinkMode, parseLink, type InputLink } from './input-links.js';
import { LimitAlarmRecord } from './limit-alarm-record.js';
import type { FieldLookup } from './record-base.js';
import type { Cancel, Scheduler } from './scheduler.js';
import { AlarmSeverity, AlarmStatus, EventMask, type Alarm, type PvSnapshot } from './types.js';

/** SCAN's state strings: a calc is either passive or scanned at its one period. */
const scanStrings = (seconds: number | undefined): string[] => (seconds === undefined ? ['Passive'] : ['Passive', `${seconds} second`]);

interface CalcLink extends InputLink {
  readonly input: CalcInput;
}

/** An NPP input: copied from its source at each compute. */
interface ReadLink {
  readonly input: Field;
  readonly source: Field;
}

export class CalcRecord extends LimitAlarmRecord {
  #expression: CalcExpression;
  readonly #links: readonly CalcLink[];
  readonly #random: RandomSource;
  readonly #scanMs: number | undefined;
  #reads: ReadLink[] = [];
  #unlink: Cancel[] = [];
  /** Reused by every compute: an expression reads it, never keeps it. */
  readonly #values: Record<CalcInput, number> = Object.fromEntries(CALC_INPUTS.map((input) => [input, 0])) as Record<CalcInput, number>;
  /** EPICS's PACT: a calc whose inputs loop back to itself must not recurse forever. */
  #computing = false;

  constructor(name: string, scheduler: Scheduler, definition: CalcDefinition, random: RandomSource = Math.random) {
    super({ name, type: 'calc', scheduler, desc: definition.desc ?? '' }, definition, {
      nativeType: 'double', initial: undefined, writable: false,
    });
    this.#random = random;
    this.#scanMs = definition.scan === undefined ? undefined : definition.scan * 1000;
    this.#expression = CalcExpression.parse(definition.calc);
    this.#links = this.#addInputs(definition);
    this.addField('CALC', { nativeType: 'string', value: [definition.calc], onPut: (value) => this.#putExpression(String(value[0])) });
    const scan = scanStrings(definition.scan);
    this.addField('SCAN', { nativeType: 'enum', value: [scan.length - 1], meta: { enumStrings: scan } });
    this.flush();
  }

  /** Every linked input, with its PV name and mode, for the database to check before linking. */
  override get inputLinks(): readonly InputLink[] {
    return this.#links;
  }

  get expression(): string {
    return this.#expression.source;
  }

  /** Subscribes to every CP link, computes the first value, then starts the periodic scan. */
  override link(lookup: FieldLookup): void {
    for (const link of this.#links) {
      const source = lookup(link.pv);
      if (!source) throw new Error(`${this.name}.INP${link.input}: no PV '${link.pv}'`);
      const input = this.requireField(link.input);
      input.store([source.number]);
      if (link.mode === LinkMode.Read) this.#reads.push({ input, source });
      else this.#unlink.push(source.subscribe((snapshot, mask) => this.#follow(input, snapshot, mask)));
    }
    this.compute();
    if (this.#scanMs !== undefined) this.#unlink.push(this.scheduler.every(this.#scanMs, this.#scan));
  }

  override close(): void {
    for (const unlink of this.#unlink) unlink();
    this.#unlink = [];
    this.#reads = [];
  }

  protected compute(): void {
    if (this.#computing) return;
    this.#computing = true;
    try {
      for (const read of this.#reads) read.input.store([read.source.number]);
      const values = this.#values;
      for (const input of CALC_INPUTS) values[input] = this.num(input);
      this.process(this.#expression.evaluate(values, this.#random));
    } finally {
      this.#computing = false;
    }
  }

  protected override computeAlarm(value: number): Alarm {
    const limits = super.computeAlarm(value);
    if (Number.isFinite(value)) return limits;
    return { status: AlarmStatus.Calc, severity: AlarmSeverity.Invalid };
  }

  /** Bound once: the scheduler calls it every period, and a closure per tick would be garbage. */
  readonly #scan = (): void => this.compute();

  #follow(input: Field, snapshot: PvSnapshot, mask: number): void {
    if ((mask & (EventMask.Value | EventMask.Alarm)) === 0) return;
    input.store([Number(snapshot.value[0] ?? Number.NaN)]);
    this.compute();
  }

  /** A constant input is a writable setting; a linked one is read-only and shows what it read. */
  #addInputs(definition: CalcDefinition): CalcLink[] {
    const links: CalcLink[] = [];
    for (const input of CALC_INPUTS) {
      const setting = definition.inputs?.[input];
      const parsed = typeof setting === 'string' ? parseLink(setting) : undefined;
      // validation has refused a malformed link; a constructor called without it gets a plain error
      if (parsed && 'problem' in parsed) throw new Error(`${this.name}.INP${input}: ${parsed.problem}`);
      if (parsed) {
        links.push({ input, path: `inputs.${input}`, pv: parsed.pv, mode: parsed.mode, role: 'a calc input' });
        this.addField(input, { nativeType: 'double', value: [Number.NaN] });
      } else {
        this.addSetting(input, typeof setting === 'number' ? setting : 0, () => this.compute());
      }
      this.addField(`INP${input}`, { nativeType: 'string', value: [typeof setting === 'string' ? setting : ''] });
    }
    return links;
  }

  #putExpression(source: string): void {
    try {
      this.#expression = CalcExpression.parse(source);
    } catch (error) {
      if (error instanceof CalcSyntaxError) throw new PutRejectedError(`${this.name}.CALC`, PutRejectReason.InvalidValue, error.message);
      throw error;
    }
    this.requireField('CALC').store([source]);
    this.compute();
  }
}
