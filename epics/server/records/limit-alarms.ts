/**
 * HIHI/HIGH/LOW/LOLO alarms with hysteresis, ported from EPICS's aiRecord checkAlarms so the
 * simulated IOC raises and clears alarms exactly where a real one would. An unset limit is NaN,
 * which no comparison satisfies, so it never alarms.
 */
import { AlarmStatus, NO_ALARM, type Alarm, type AlarmSeverity } from './types.js';

export interface LimitAlarmSettings {
  readonly hihi: number;
  readonly high: number;
  readonly low: number;
  readonly lolo: number;
  readonly hhsv: AlarmSeverity;
  readonly hsv: AlarmSeverity;
  readonly lsv: AlarmSeverity;
  readonly llsv: AlarmSeverity;
  readonly hyst: number;
}

export interface LimitAlarmResult {
  readonly alarm: Alarm;
  /** EPICS's LALM: the limit last alarmed on, which the value must clear by HYST to leave the alarm. */
  readonly lalm: number;
}

/** `lalm` is the previous result's; start with the initial value. */
export function checkLimitAlarms(value: number, settings: LimitAlarmSettings, lalm: number): LimitAlarmResult {
  const { hyst, hihi, lolo, high, low } = settings;
  // the order matters: HIHI and LOLO win over HIGH and LOW. Written out rather than as a table of
  // closures: this runs on every processing of every analog record.
  if (settings.hhsv > 0 && above(value, hihi, lalm, hyst)) return { alarm: { status: AlarmStatus.HiHi, severity: settings.hhsv }, lalm: hihi };
  if (settings.llsv > 0 && below(value, lolo, lalm, hyst)) return { alarm: { status: AlarmStatus.LoLo, severity: settings.llsv }, lalm: lolo };
  if (settings.hsv > 0 && above(value, high, lalm, hyst)) return { alarm: { status: AlarmStatus.High, severity: settings.hsv }, lalm: high };
  if (settings.lsv > 0 && below(value, low, lalm, hyst)) return { alarm: { status: AlarmStatus.Low, severity: settings.lsv }, lalm: low };
  return { alarm: NO_ALARM, lalm: value };
}

/** At or beyond the limit, or still within HYST of the limit the alarm was raised on. */
function above(value: number, limit: number, lalm: number, hyst: number): boolean {
  return value >= limit || (lalm === limit && value >= limit - hyst);
}

function below(value: number, limit: number, lalm: number, hyst: number): boolean {
  return value <= limit || (lalm === limit && value <= limit + hyst);
}
