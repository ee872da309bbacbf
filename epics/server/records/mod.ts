/**
 * The public API of the simulated IOC database: records built from plain definitions, each field a
 * ProcessVariable the Channel Access server can serve. No networking and no bytes here.
 *
 * Choices where EPICS leaves room, so clients can rely on them:
 * - a record defined without `value` starts UDF (alarm UDF/INVALID) until its first value; with
 *   one, it starts at NO_ALARM (limit alarms evaluated). Motors always start defined, at 0 or `value`.
 * - a calc result that is not finite (1/0, SQRT(-1)) is served as is with CALC/INVALID.
 * - an ao/longout put outside DRVL..DRVH is clamped, as in EPICS, unless `outOfLimits: 'reject'`.
 * - a motor VAL outside LLM..HLM is refused (LVIO set); HLM == LLM means no soft limits. A null
 *   move still pulses DMOV 0 -> 1, and the final RBV is posted whatever MDEL says.
 * - subscribe() sends no initial event: the server sends snapshot() itself when a client subscribes.
 * - a link is `PV` or `PV CP` (follow it) or `PV NPP` (read it when the record processes); a CP
 *   link to the record itself is refused, an NPP one reads its last value (a lag's memory).
 * - a calc with `scan` computes every `scan` seconds; RNDM/NRNDM draw from DatabaseOptions.random.
 * - a scaler's CNT = 1 put completes when the count ends; see scaler-record.ts for its choices.
 */
export { createDatabase, RecordDatabase } from './database.js';
export type { DatabaseOptions } from './database.js';
export {
  RecordType,
  WaveformType,
  CALC_INPUTS,
  MAX_SCALER_CHANNELS,
  toSeverity,
} from './definitions.js';
export type {
  RecordDefinition,
  AnalogInputDefinition,
  AnalogOutputDefinition,
  BinaryDefinition,
  MultiBitDefinition,
  StringDefinition,
  WaveformDefinition,
  CalcDefinition,
  MotorDefinition,
  ScalerDefinition,
  ScalerChannel,
  LimitAlarmDefinition,
  CalcInput,
  SeverityName,
  SeveritySetting,
} from './definitions.js';
export { validateDefinitions, MAX_RECORD_NAME_LENGTH } from './validate-definitions.js';
export {
  NativeType,
  AlarmSeverity,
  AlarmStatus,
  EventMask,
  ALARM_SEVERITY_NAMES,
  ALARM_STATUS_NAMES,
  NO_ALARM,
} from './types.js';
export type { ProcessVariable, PvSnapshot, PvListener, PvValue, Range, Alarm } from './types.js';
export { PutRejectedError, PutRejectReason, RecordConfigError, CalcSyntaxError } from './errors.js';
export { systemScheduler, ManualScheduler } from './scheduler.js';
export type { Scheduler, Cancel } from './scheduler.js';
export { CalcExpression, MAX_EXPRESSION_LENGTH } from './calc-expression.js';
export type { CalcInputs, RandomSource } from './calc-expression.js';
export { LinkMode, parseLink } from './input-links.js';
export type { InputLink, ParsedLink } from './input-links.js';
export { checkLimitAlarms } from './limit-alarms.js';
export type { LimitAlarmSettings, LimitAlarmResult } from './limit-alarms.js';
export { planMove } from './motor-profile.js';
export type { MoveProfile } from './motor-profile.js';
export { RecordBase, UDF_ALARM } from './record-base.js';
export { Field } from './field.js';
export { AnalogRecord } from './analog-records.js';
export { EnumRecord, MBB_STATE_PREFIXES } from './enum-records.js';
export { StringRecord } from './string-records.js';
export { WaveformRecord } from './waveform-record.js';
export { CalcRecord } from './calc-record.js';
export { MotorRecord, DEFAULT_MOTOR_TICK_MS } from './motor-record.js';
export { ScalerRecord, ScalerCount, DEFAULT_SCALER_FREQ, DEFAULT_SCALER_TP, DEFAULT_SCALER_TICK_MS } from './scaler-record.js';
export { MAX_STRING_BYTES, MAX_ENUM_STATES, MAX_ENUM_STRING_BYTES } from './coerce.js';
