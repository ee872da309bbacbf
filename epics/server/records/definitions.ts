/**
 * Record definitions: the plain objects a facility config declares records with, e.g.
 * `{ type: 'motor', name: 'm1', egu: 'mm', velo: 2, hlm: 10, llm: -10 }`. Field names follow
 * EPICS's, lower-cased. validate-definitions.ts checks them; unset fields take EPICS's defaults.
 */
import { ALARM_SEVERITY_NAMES, type AlarmSeverity } from './types.js';

export const RecordType = {
  Ai: 'ai',
  Ao: 'ao',
  Bi: 'bi',
  Bo: 'bo',
  Mbbi: 'mbbi',
  Mbbo: 'mbbo',
  Longin: 'longin',
  Longout: 'longout',
  Stringin: 'stringin',
  Stringout: 'stringout',
  Waveform: 'waveform',
  Calc: 'calc',
  Motor: 'motor',
  Scaler: 'scaler',
} as const;
export type RecordType = (typeof RecordType)[keyof typeof RecordType];

export type SeverityName = (typeof ALARM_SEVERITY_NAMES)[number];
/** A name as EPICS spells it (`'MAJOR'`) or its number. */
export type SeveritySetting = SeverityName | AlarmSeverity;

export const CALC_INPUTS = ['A', 'B', 'C', 'D', 'E', 'F', 'G', 'H', 'I', 'J', 'K', 'L'] as const;
export type CalcInput = (typeof CALC_INPUTS)[number];

interface CommonDefinition {
  /** Without the database prefix; the PV names are `${prefix}${name}.FIELD`. */
  readonly name: string;
  readonly desc?: string;
}

/** Display, deadband and limit-alarm settings shared by ai, ao, longin, longout and calc. */
export interface LimitAlarmDefinition {
  readonly egu?: string;
  readonly prec?: number;
  readonly hopr?: number;
  readonly lopr?: number;
  /** A limit given without its severity alarms at MAJOR (hihi, lolo) or MINOR (high, low). */
  readonly hihi?: number;
  readonly high?: number;
  readonly low?: number;
  readonly lolo?: number;
  readonly hhsv?: SeveritySetting;
  readonly hsv?: SeveritySetting;
  readonly lsv?: SeveritySetting;
  readonly llsv?: SeveritySetting;
  readonly hyst?: number;
  readonly mdel?: number;
  readonly adel?: number;
}

/** Input records take puts unless `writable: false`, as soft records in a softIoc do. */
interface InputDefinition {
  readonly writable?: boolean;
}

export interface AnalogInputDefinition extends CommonDefinition, LimitAlarmDefinition, InputDefinition {
  readonly type: typeof RecordType.Ai | typeof RecordType.Longin;
  /** Without one the record starts undefined: UDF alarm, INVALID, until its first value. */
  readonly value?: number;
}

export interface AnalogOutputDefinition extends CommonDefinition, LimitAlarmDefinition {
  readonly type: typeof RecordType.Ao | typeof RecordType.Longout;
  readonly value?: number;
  /** Drive limits, honoured when drvh > drvl, as in EPICS. */
  readonly drvh?: number;
  readonly drvl?: number;
  /** What a put outside DRVL..DRVH does: EPICS clamps (the default); 'reject' refuses it. */
  readonly outOfLimits?: 'clamp' | 'reject';
}

export interface BinaryDefinition extends CommonDefinition, InputDefinition {
  readonly type: typeof RecordType.Bi | typeof RecordType.Bo;
  /** A state index or name. */
  readonly value?: number | string;
  readonly znam?: string;
  readonly onam?: string;
  readonly zsv?: SeveritySetting;
  readonly osv?: SeveritySetting;
}

export interface MultiBitDefinition extends CommonDefinition, InputDefinition {
  readonly type: typeof RecordType.Mbbi | typeof RecordType.Mbbo;
  readonly value?: number | string;
  /** ZRST, ONST, ... FFST: at most 16. */
  readonly states: readonly string[];
  /** ZRSV, ONSV, ...: the alarm severity of being in each state (STATE alarm). */
  readonly severities?: readonly SeveritySetting[];
}

export interface StringDefinition extends CommonDefinition, InputDefinition {
  readonly type: typeof RecordType.Stringin | typeof RecordType.Stringout;
  readonly value?: string;
}

export const WaveformType = ['double', 'float', 'long', 'short', 'char', 'string'] as const;
export type WaveformType = (typeof WaveformType)[number];

export interface WaveformDefinition extends CommonDefinition, InputDefinition {
  readonly type: typeof RecordType.Waveform;
  readonly ftvl: WaveformType;
  readonly nelm: number;
  readonly value?: readonly number[] | readonly string[];
  readonly egu?: string;
  readonly prec?: number;
  readonly hopr?: number;
  readonly lopr?: number;
}

export interface CalcDefinition extends CommonDefinition, LimitAlarmDefinition {
  readonly type: typeof RecordType.Calc;
  readonly calc: string;
  /**
   * A constant, or a link: the name of a PV (with or without the database prefix), optionally
   * followed by ` CP` (the default: follow it, recomputing when it changes) or ` NPP` (read it at
   * each compute without following it; may name the record itself), e.g. `'temp.VAL NPP'`.
   */
  readonly inputs?: Readonly<Partial<Record<CalcInput, number | string>>>;
  /** Seconds between periodic computes (EPICS's periodic SCAN); without it the record is passive. */
  readonly scan?: number;
}

export interface MotorDefinition extends CommonDefinition {
  readonly type: typeof RecordType.Motor;
  readonly egu?: string;
  readonly prec?: number;
  /** units per second */
  readonly velo?: number;
  /** seconds to reach VELO from rest */
  readonly accl?: number;
  /** Soft limits; equal limits (the default 0, 0) mean none, as in the motor record. */
  readonly hlm?: number;
  readonly llm?: number;
  /** Initial position. */
  readonly value?: number;
  /** How often RBV updates during a move. */
  readonly tickMs?: number;
  readonly mdel?: number;
  readonly adel?: number;
}

/** Counters besides the clock: S2..S8. */
export const MAX_SCALER_CHANNELS = 7;

/** One counter of a scaler: channel k of `channels` is S(k+2), S1 being the clock. */
export interface ScalerChannel {
  /** NMn, the channel's name. */
  readonly name: string;
  /** Counts per second: a constant, or a PV link (with or without the prefix) read at each tick. */
  readonly rate: number | string;
}

export interface ScalerDefinition extends CommonDefinition {
  readonly type: typeof RecordType.Scaler;
  /** Clock frequency in Hz: S1 counts FREQ per second. Default 1e7, as a Joerger/SIS clock. */
  readonly freq?: number;
  /** Preset time in seconds, TP. Default 1. */
  readonly tp?: number;
  /** How often T and S1..S8 update while counting. Default 100 ms. */
  readonly tickMs?: number;
  /** At most 7, S2..S8. */
  readonly channels?: readonly ScalerChannel[];
}

export type RecordDefinition =
  | AnalogInputDefinition
  | AnalogOutputDefinition
  | BinaryDefinition
  | MultiBitDefinition
  | StringDefinition
  | WaveformDefinition
  | CalcDefinition
  | MotorDefinition
  | ScalerDefinition;

export function toSeverity(setting: SeveritySetting | undefined, fallback: AlarmSeverity): AlarmSeverity {
  if (setting === undefined) return fallback;
  if (typeof setting === 'number') return setting;
  return ALARM_SEVERITY_NAMES.indexOf(setting) as AlarmSeverity;
}
