/**
 * calc: VAL is an expression over inputs A..L, each a constant (a writable field) or a link that
 * follows another PV, recomputed whenever that PV posts a value or alarm change (EPICS's CP link).
 * A non-finite result (1/0, SQRT(-1), LOG(0)) is kept as VAL but raises CALC alarm at INVALID,
 * so clients see both the number and that it must not be trusted.
 */
import { CalcExpression, type CalcInputs } from './calc-expression.js';
import { CALC_INPUTS, type CalcDefinition, type CalcInput } from './definitions.js';
import { CalcSyntaxError, PutRejectedError, PutRejectReason } from './errors.js';
import { LimitAlarmRecord } from './limit-alarm-record.js';
import type { FieldLookup } from './record-base.js';
import type { Scheduler } from './scheduler.js';
import { AlarmSeverity, AlarmStatus, EventMask, type Alarm } from './types.js';

export class CalcRecord extends LimitAlarmRecord {
  #expression: CalcExpression;
  readonly #links: ReadonlyMap<CalcInput, string>;
  #unlink: (() => void)[] = [];
  /** EPICS's PACT: a calc whose inputs loop back to itself must not recurse forever. */
  #computing = false;

  constructor(name: string, scheduler: Scheduler, definition: CalcDefinition) {
    super({ name, type: 'calc', scheduler, desc: definition.desc ?? '' }, definition, {
      nativeType: 'double', initial: undefined, writable: false,
    });
    this.#expression = CalcExpression.parse(definition.calc);
    const links = new Map<CalcInput, string>();
    for (const input of CALC_INPUTS) {
      const setting = definition.inputs?.[input];
      if (typeof setting === 'string') links.set(input, setting);
      const constant = typeof setting === 'number' ? setting : 0;
      if (links.has(input)) this.addField(input, { nativeType: 'double', value: [Number.NaN] });
      else this.addSetting(input, constant, () => this.compute());
      this.addField(`INP${input}`, { nativeType: 'string', value: [links.get(input) ?? ''] });
    }
    this.#links = links;
    this.addField('CALC', { nativeType: 'string', value: [definition.calc], onPut: (value) => this.#putExpression(String(value[0])) });
    this.flush();
  }

  /** Input name to the PV it follows, for the database to check before linking. */
  get links(): ReadonlyMap<CalcInput, string> {
    return this.#links;
  }

  get expression(): string {
    return this.#expression.source;
  }

  /** Subscribes to every linked PV, then computes the first value. */
  override link(lookup: FieldLookup): void {
    for (const [input, pvName] of this.#links) {
      const source = lookup(pvName);
      if (!source) throw new Error(`${this.name}.INP${input}: no PV '${pvName}'`);
      this.requireField(input).store([source.number]);
      this.#unlink.push(source.subscribe((snapshot, mask) => {
        if ((mask & (EventMask.Value | EventMask.Alarm)) === 0) return;
        this.requireField(input).store([Number(snapshot.value[0] ?? Number.NaN)]);
        this.compute();
      }));
    }
    this.compute();
  }

  override close(): void {
    for (const unlink of this.#unlink) unlink();
    this.#unlink = [];
  }

  protected compute(): void {
    if (this.#computing) return;
    this.#computing = true;
    try {
      const inputs: Partial<Record<CalcInput, number>> = {};
      for (const input of CALC_INPUTS) inputs[input] = this.num(input);
      this.process(this.#expression.evaluate(inputs as CalcInputs));
    } finally {
      this.#computing = false;
    }
  }

  protected override computeAlarm(value: number): Alarm {
    const limits = super.computeAlarm(value);
    if (Number.isFinite(value)) return limits;
    return { status: AlarmStatus.Calc, severity: AlarmSeverity.Invalid };
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
