/** EPICS alarm severities (menuAlarmSevr) as carried in the DBR status structures. */
export const AlarmSeverity = { NoAlarm: 0, Minor: 1, Major: 2, Invalid: 3 } as const;
export type AlarmSeverity = (typeof AlarmSeverity)[keyof typeof AlarmSeverity];

/** EPICS alarm conditions (menuAlarmStat) as carried in the DBR status structures. */
export const AlarmStatus = {
  NoAlarm: 0,
  Read: 1,
  Write: 2,
  HiHi: 3,
  High: 4,
  LoLo: 5,
  Low: 6,
  State: 7,
  Cos: 8,
  Comm: 9,
  Timeout: 10,
  HwLimit: 11,
  Calc: 12,
  Scan: 13,
  Link: 14,
  Soft: 15,
  BadSub: 16,
  UDF: 17,
  Disable: 18,
  Simm: 19,
  ReadAccess: 20,
  WriteAccess: 21,
} as const;
export type AlarmStatus = (typeof AlarmStatus)[keyof typeof AlarmStatus];

// the strings IOCs print (epicsAlarmSeverityStrings / epicsAlarmConditionStrings), for display parity
const severityNames = ['NO_ALARM', 'MINOR', 'MAJOR', 'INVALID'] as const;
const statusNames = [
  'NO_ALARM', 'READ', 'WRITE', 'HIHI', 'HIGH', 'LOLO', 'LOW', 'STATE', 'COS', 'COMM', 'TIMEOUT',
  'HWLIMIT', 'CALC', 'SCAN', 'LINK', 'SOFT', 'BAD_SUB', 'UDF', 'DISABLE', 'SIMM', 'READ_ACCESS',
  'WRITE_ACCESS',
] as const;

/** `MAJOR` for 2; `SEVERITY_<n>` for codes outside the menu. */
export function alarmSeverityName(code: number): string {
  return severityNames[code] ?? `SEVERITY_${code}`;
}

/** `HIHI` for 3; `STATUS_<n>` for codes outside the menu. */
export function alarmStatusName(code: number): string {
  return statusNames[code] ?? `STATUS_${code}`;
}

export function alarmSeverityFromName(name: string): AlarmSeverity | undefined {
  const index = (severityNames as readonly string[]).indexOf(name.toUpperCase());
  return index < 0 ? undefined : (index as AlarmSeverity);
}

export function alarmStatusFromName(name: string): AlarmStatus | undefined {
  const index = (statusNames as readonly string[]).indexOf(name.toUpperCase());
  return index < 0 ? undefined : (index as AlarmStatus);
}
