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
  const { hyst } = settings;
  const above = (limit: number): boolean => value >= limit || (lalm === limit && value >= limit - hyst);
  const below = (limit: number): boolean => value <= limit || (lalm === limit && value <= limit + hyst);
  // the order matters: HIHI and LOLO win over HIGH and LOW
  const checks: readonly [AlarmSeverity, number, (limit: number) => boolean, AlarmStatus][] = [
    [settings.hhsv, settings.hihi, above, AlarmStatus.HiHi],
    [settings.llsv, settings.lolo, below, AlarmStatus.LoLo],
    [settings.hsv, settings.high, above, AlarmStatus.High],
    [settings.lsv, settings.low, below, AlarmStatus.Low],
  ];
  for (const [severity, limit, beyond, status] of checks) {
    if (severity > 0 && beyond(limit)) return { alarm: { status, severity }, lalm: limit };
  }
  return { alarm: NO_ALARM, lalm: value };
}
