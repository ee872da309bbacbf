/**
 * What every record has: a name, fields reachable as PVs, one alarm and one timestamp shared by
 * its fields (as in EPICS, where `caget -d DBR_STS x.HIHI` reports the record's alarm), and the
 * DESC/RTYP/SEVR/STAT fields clients expect on any record.
 */
import { Field, type FieldSpec, type PutHandler } from './field.js';
import { PutRejectedError, PutRejectReason } from './errors.js';
import { BrightlineError, ErrorCode } from '../../../lib/errors.js';
import type { InputLink } from './input-links.js';
import type { Scheduler } from './scheduler.js';
import { ALARM_SEVERITY_NAMES, ALARM_STATUS_NAMES, AlarmSeverity, AlarmStatus, type Alarm, type NativeType, type PvValue } from './types.js';
import { MAX_ENUM_STATES } from './coerce.js';

/** EPICS's UDF alarm: a record that was never given a value must not look trustworthy. */
export const UDF_ALARM: Alarm = { status: AlarmStatus.UDF, severity: AlarmSeverity.Invalid };

/** Resolves a PV name to a field of any record; how a calc finds its inputs. */
export type FieldLookup = (name: string) => Field | undefined;

export interface RecordOptions {
  readonly name: string;
  readonly type: string;
  readonly scheduler: Scheduler;
  readonly alarm: Alarm;
  readonly desc: string;
}

/** A numeric setting such as HIHI or VELO; `check` returns why a value is refused, or undefined. */
export interface SettingSpec {
  readonly nativeType?: NativeType;
  readonly check?: (value: number) => string | undefined;
  readonly meta?: FieldSpec['meta'];
}

export abstract class RecordBase {
  readonly name: string;
  readonly type: string;
  protected readonly scheduler: Scheduler;
  readonly #fields = new Map<string, Field>();
  /** Each field's place in #fields: flush posts in that order (a motor's RBV before its DMOV). */
  readonly #fieldOrder = new Map<Field, number>();
  /** Fields with something to post, in no particular order; usually one to four of ~21. */
  readonly #pendingFields: Field[] = [];
  /** Fields whose subscribers hear DBE_ALARM when the record's alarm changes. */
  readonly #alarmFields: Field[] = [];
  #alarm: Alarm;
  #timestampMs: number;
  #sevr: Field;
  #stat: Field;

  constructor(options: RecordOptions) {
    this.name = options.name;
    this.type = options.type;
    this.scheduler = options.scheduler;
    this.#alarm = options.alarm;
    this.#timestampMs = options.scheduler.now();
    this.addField('RTYP', { nativeType: 'string', value: [options.type] });
    this.addField('DESC', { nativeType: 'string', value: [options.desc], onPut: (value) => this.#storeAndFlush('DESC', value) });
    this.#sevr = this.addField('SEVR', {
      nativeType: 'enum', value: [this.#alarm.severity], meta: { enumStrings: [...ALARM_SEVERITY_NAMES] },
    });
    this.#stat = this.addField('STAT', {
      nativeType: 'enum', value: [this.#alarm.status], meta: { enumStrings: ALARM_STATUS_NAMES.slice(0, MAX_ENUM_STATES) },
    });
  }

  get alarm(): Alarm {
    return this.#alarm;
  }

  get timestampMs(): number {
    return this.#timestampMs;
  }

  field(fieldName: string): Field | undefined {
    return this.#fields.get(fieldName);
  }

  fieldNames(): string[] {
    return [...this.#fields.keys()];
  }

  /**
   * What device support does: writes VAL and processes, whether or not clients may write it. For
   * a simulation driving an input record; throws PutRejectedError if the value does not convert.
   */
  setValue(value: readonly number[] | readonly string[]): void {
    this.writeValue(this.requireField('VAL').coerce(value));
  }

  /** The PVs the record reads, for the database to check before it calls `link`. */
  get inputLinks(): readonly InputLink[] {
    return [];
  }

  /** Resolves the record's links to other records; called once every record exists and every link checked. */
  link(_lookup: FieldLookup): void {}

  /** Stops timers and drops links; the database calls it on close. */
  close(): void {}

  protected writeValue(_value: PvValue): void {
    throw new BrightlineError(ErrorCode.Unimplemented, `a ${this.type} record's VAL is not set by a driver`);
  }

  protected addField(fieldName: string, spec: FieldSpec, options: { alarm?: boolean } = {}): Field {
    const field = new Field(this, `${this.name}.${fieldName}`, spec, (pending) => this.#pendingFields.push(pending));
    this.#fieldOrder.set(field, this.#fields.size);
    this.#fields.set(fieldName, field);
    if (options.alarm) this.#alarmFields.push(field);
    return field;
  }

  /** A writable numeric setting whose put stores the value and then runs `apply` (usually reprocessing). */
  protected addSetting(fieldName: string, initial: number, apply: () => void, spec: SettingSpec = {}): Field {
    const onPut: PutHandler = (value) => {
      const number = value[0] as number;
      const problem = spec.check?.(number);
      if (problem) throw new PutRejectedError(`${this.name}.${fieldName}`, PutRejectReason.InvalidValue, problem);
      this.requireField(fieldName).store(value);
      apply();
      this.flush();
    };
    return this.addField(fieldName, { nativeType: spec.nativeType ?? 'double', value: [initial], onPut, meta: spec.meta });
  }

  /** A writable string setting, e.g. EGU or an enum state name. */
  protected addTextSetting(fieldName: string, initial: string, apply: () => void, maxBytes?: number): Field {
    const onPut: PutHandler = (value) => {
      const text = String(value[0]);
      if (maxBytes !== undefined && Buffer.byteLength(text, 'utf8') > maxBytes) {
        throw new PutRejectedError(`${this.name}.${fieldName}`, PutRejectReason.StringTooLong, `'${text}' is longer than ${maxBytes} bytes`);
      }
      this.requireField(fieldName).store(value);
      apply();
      this.flush();
    };
    return this.addField(fieldName, { nativeType: 'string', value: [initial], onPut });
  }

  protected requireField(fieldName: string): Field {
    const field = this.#fields.get(fieldName);
    if (!field) throw new Error(`${this.name} has no field ${fieldName}`);
    return field;
  }

  protected num(fieldName: string): number {
    return this.requireField(fieldName).number;
  }

  protected text(fieldName: string): string {
    return this.requireField(fieldName).text;
  }

  /** Processing happened now: every field reports this time from here on. */
  protected touch(): void {
    this.#timestampMs = this.scheduler.now();
  }

  protected commitAlarm(next: Alarm): void {
    if (next.status === this.#alarm.status && next.severity === this.#alarm.severity) return;
    this.#alarm = next;
    for (const field of this.#alarmFields) field.noteAlarmChange();
    this.#sevr.store([next.severity]);
    this.#stat.store([next.status]);
  }

  /**
   * Posts every field's accumulated changes; one call per processing. Only fields that have
   * something to post are visited, in field order, and as with a walk over all fields, a field a
   * listener changes during the flush is posted now if it comes later in that order and by the
   * next flush otherwise.
   */
  protected flush(): void {
    const pending = this.#pendingFields;
    let after = -1;
    for (;;) {
      let pick = -1;
      let pickOrder = Infinity;
      for (let i = 0; i < pending.length; i += 1) {
        const order = this.#fieldOrder.get(pending[i] as Field) ?? -1;
        if (order > after && order < pickOrder) {
          pick = i;
          pickOrder = order;
        }
      }
      if (pick < 0) return;
      const field = pending[pick] as Field;
      // order among the rest does not matter: swap-remove
      pending[pick] = pending[pending.length - 1] as Field;
      pending.pop();
      after = pickOrder;
      field.flush();
    }
  }

  #storeAndFlush(fieldName: string, value: PvValue): void {
    this.requireField(fieldName).store(value);
    this.flush();
  }
}
