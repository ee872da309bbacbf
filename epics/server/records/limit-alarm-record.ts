/**
 * The part ai, ao, longin, longout and calc share: a numeric VAL with EGU/PREC/HOPR/LOPR metadata,
 * MDEL/ADEL deadbands and HIHI..LOLO alarms with hysteresis. Every setting is a writable field;
 * changing one reprocesses the record, so alarms and DBE_PROPERTY follow at once.
 */
import { ALARM_SEVERITY_NAMES, AlarmSeverity, type Alarm, type NativeType, type PvValue, type Range } from './types.js';
import { toSeverity, type LimitAlarmDefinition } from './definitions.js';
import type { Deadband, Field, FieldMeta } from './field.js';
import { checkLimitAlarms, type LimitAlarmSettings } from './limit-alarms.js';
import { RecordBase, UDF_ALARM, type RecordOptions } from './record-base.js';

export interface ValSpec {
  readonly nativeType: NativeType;
  /** Undefined: the record starts with UDF set (value 0, UDF alarm). */
  readonly initial: number | undefined;
  readonly writable: boolean;
  /** An output's DRVL/DRVH, which become its control limits. */
  readonly drive?: Range;
}

const PRECISION_CHECK = (value: number): string | undefined =>
  Number.isInteger(value) && value >= 0 && value <= 17 ? undefined : 'PREC must be an integer 0..17';

export abstract class LimitAlarmRecord extends RecordBase {
  protected readonly val: Field;
  /** EPICS's UDF: true until the record first gets a value. */
  protected undefinedValue: boolean;
  #lalm: number;
  readonly #valSpec: ValSpec;
  // Built from the settings fields, which change only through their puts: rebuilding them on every
  // processing (~20 field lookups and several objects) was most of an ai record's cost at 1 kHz.
  #metaCurrent = false;
  #alarmSettings: LimitAlarmSettings | undefined;
  #deadband: Deadband | undefined;

  constructor(options: Omit<RecordOptions, 'alarm'>, definition: LimitAlarmDefinition, valSpec: ValSpec) {
    super({ ...options, alarm: valSpec.initial === undefined ? UDF_ALARM : { status: 0, severity: 0 } });
    this.#valSpec = valSpec;
    this.undefinedValue = valSpec.initial === undefined;
    const initial = valSpec.initial ?? 0;
    this.#lalm = initial;
    const reprocess = (): void => {
      this.#metaCurrent = false;
      this.#alarmSettings = undefined;
      this.#deadband = undefined;
      this.reprocess();
    };
    this.addTextSetting('EGU', definition.egu ?? '', reprocess, 15);
    this.addSetting('PREC', definition.prec ?? 0, reprocess, { nativeType: 'short', check: PRECISION_CHECK });
    this.addSetting('HOPR', definition.hopr ?? 0, reprocess);
    this.addSetting('LOPR', definition.lopr ?? 0, reprocess);
    const limits: readonly [string, number | undefined, string, LimitAlarmDefinition['hhsv'], AlarmSeverity][] = [
      ['HIHI', definition.hihi, 'HHSV', definition.hhsv, AlarmSeverity.Major],
      ['HIGH', definition.high, 'HSV', definition.hsv, AlarmSeverity.Minor],
      ['LOW', definition.low, 'LSV', definition.lsv, AlarmSeverity.Minor],
      ['LOLO', definition.lolo, 'LLSV', definition.llsv, AlarmSeverity.Major],
    ];
    for (const [limitField, limit, severityField, severity, fallback] of limits) {
      this.addSetting(limitField, limit ?? Number.NaN, reprocess);
      this.addSetting(severityField, toSeverity(severity, limit === undefined ? AlarmSeverity.NoAlarm : fallback), reprocess, {
        nativeType: 'enum', meta: { enumStrings: [...ALARM_SEVERITY_NAMES] },
      });
    }
    const nonNegative = (value: number): string | undefined => (value >= 0 ? undefined : 'must be >= 0');
    this.addSetting('HYST', definition.hyst ?? 0, reprocess, { check: nonNegative });
    // a negative deadband posts every processing, as in EPICS
    this.addSetting('MDEL', definition.mdel ?? 0, reprocess);
    this.addSetting('ADEL', definition.adel ?? 0, reprocess);
    if (valSpec.drive) {
      this.addSetting('DRVH', valSpec.drive.high, reprocess, { nativeType: valSpec.nativeType });
      this.addSetting('DRVL', valSpec.drive.low, reprocess, { nativeType: valSpec.nativeType });
    }
    this.addField('UDF', { nativeType: 'char', value: [this.undefinedValue ? 1 : 0] });
    this.val = this.addField('VAL', {
      nativeType: valSpec.nativeType,
      value: [initial],
      onPut: valSpec.writable ? (value) => this.putValue(value[0] as number) : undefined,
      meta: this.valueMeta(),
      deadband: () => (this.#deadband ??= { mdel: this.num('MDEL'), adel: this.num('ADEL') }),
    }, { alarm: true });
    this.#metaCurrent = true;
    if (!this.undefinedValue) this.commitAlarm(this.#evaluate(initial));
    // nobody listens yet: this drops the construction's pending events
    this.flush();
  }

  /** Stores a new value and posts what changed: the record's processing. */
  protected process(value: number): void {
    this.touch();
    if (this.undefinedValue) {
      this.undefinedValue = false;
      this.requireField('UDF').store([0]);
    }
    this.val.store([value]);
    if (!this.#metaCurrent) {
      this.val.setMeta(this.valueMeta());
      this.#metaCurrent = true;
    }
    this.commitAlarm(this.computeAlarm(value));
    this.flush();
  }

  /** A client's put to VAL, already converted; outputs check their drive limits here. */
  protected putValue(value: number): void | Promise<void> {
    this.process(value);
  }

  protected override writeValue(value: PvValue): void {
    this.process(value[0] as number);
  }

  /** Re-runs processing with the current value, after a setting changed. */
  protected reprocess(): void {
    if (this.undefinedValue) {
      this.touch();
      this.val.setMeta(this.valueMeta());
      this.#metaCurrent = true;
      this.flush();
      return;
    }
    this.process(this.val.number);
  }

  /** Subclasses add their own alarm causes (a calc's CALC alarm) here. */
  protected computeAlarm(value: number): Alarm {
    return this.#evaluate(value);
  }

  /** The drive limits of an output, if honoured (drvh > drvl, as in EPICS); undefined otherwise. */
  protected driveLimits(): Range | undefined {
    if (!this.#valSpec.drive) return undefined;
    const range = this.#range('DRVL', 'DRVH');
    return range.high > range.low ? range : undefined;
  }

  protected valueMeta(): Partial<FieldMeta> {
    return {
      units: this.text('EGU'),
      precision: this.#valSpec.nativeType === 'long' ? 0 : this.num('PREC'),
      display: this.#range('LOPR', 'HOPR'),
      alarm: this.#range('LOLO', 'HIHI'),
      warning: this.#range('LOW', 'HIGH'),
      // DBR_CTRL's control limits: what an output may be driven to, else the display range
      control: this.#valSpec.drive ? this.#range('DRVL', 'DRVH') : this.#range('LOPR', 'HOPR'),
    };
  }

  protected alarmSettings(): LimitAlarmSettings {
    return {
      hihi: this.num('HIHI'),
      high: this.num('HIGH'),
      low: this.num('LOW'),
      lolo: this.num('LOLO'),
      hhsv: this.num('HHSV') as AlarmSeverity,
      hsv: this.num('HSV') as AlarmSeverity,
      lsv: this.num('LSV') as AlarmSeverity,
      llsv: this.num('LLSV') as AlarmSeverity,
      hyst: this.num('HYST'),
    };
  }

  #evaluate(value: number): Alarm {
    if (this.undefinedValue) return UDF_ALARM;
    const result = checkLimitAlarms(value, (this.#alarmSettings ??= this.alarmSettings()), this.#lalm);
    this.#lalm = result.lalm;
    return result.alarm;
  }

  #range(lowField: string, highField: string): Range {
    return { low: this.num(lowField), high: this.num(highField) };
  }
}
