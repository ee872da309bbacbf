/**
 * The facility health model: one normalized record per device and per process, in the KV bucket
 * BL_HEALTH (DESIGN.md), in four states an operator reads at a glance. Pure: no bus, no clock.
 *
 * Devices: the machine state (device.proto DeviceHealth) and the worst alarm of the latest readings:
 * | machine                | alarm            | state        | reason                                        |
 * |------------------------|------------------|--------------|-----------------------------------------------|
 * | disconnected           | -                | disconnected | the machine's reason, else `not connected`    |
 * | connecting             | -                | degraded     | `connecting…` (and the last failure, if any)  |
 * | fault                  | -                | fault        | the machine's reason                          |
 * | idle, busy, staged     | NO_ALARM         | ok           | ``                                            |
 * | idle, busy, staged     | MINOR, MAJOR     | degraded     | `alarm MAJOR (HIHI) on m1`                    |
 * | idle, busy, staged     | INVALID          | fault        | `alarm INVALID (COMM) on m1: …cannot be trusted`|
 * INVALID is a fault although the machine is ready: EPICS raises it when a record could not get or
 * compute its value (COMM, LINK, CALC…), so whatever a plan records from it is worthless. INVALID
 * with status UDF is left out: it means "no value yet" (a detector before its first frame), which
 * the next trigger cures, and a freshly started beamline must not look broken. A device that is
 * not ready reports no alarm (its last readings are stale).
 * `busy` is not recorded: a scan makes a device busy and idle again at every point, and the model
 * changes only when something an operator acts on changes; while busy, `detail` keeps the state the
 * device was in (idle or staged). The DeviceHealth subject still carries every busy.
 *
 * Processes, from their heartbeats: beating → ok (after a restart, the reason says from which pid);
 * a `stopping` goodbye → disconnected `stopped cleanly`; silence → disconnected `no heartbeat for
 * 0.9 s (pid N)`. `since` changes only when `state` does; `updated_at` on every write.
 */
import { brightline } from '../../gen/proto.js';
import { subjects, type Role } from '../transport/mod.js';
import { DeviceState } from '../device/device-protocol.js';

export const HealthState = {
  Ok: 'ok',
  Degraded: 'degraded',
  Fault: 'fault',
  Disconnected: 'disconnected',
} as const;
export type HealthState = (typeof HealthState)[keyof typeof HealthState];

export const HealthKind = { Device: 'device', Process: 'process' } as const;
export type HealthKind = (typeof HealthKind)[keyof typeof HealthKind];

/** EPICS alarm severities, mildest first. */
export const AlarmSeverity = { NoAlarm: 'NO_ALARM', Minor: 'MINOR', Major: 'MAJOR', Invalid: 'INVALID' } as const;
export type AlarmSeverity = (typeof AlarmSeverity)[keyof typeof AlarmSeverity];
const SEVERITY_RANK: Readonly<Record<string, number>> = { NO_ALARM: 0, MINOR: 1, MAJOR: 2, INVALID: 3 };

/** A HealthRecord (proto/brightline/v1/supervision.proto) with every field present. */
export interface HealthRecord {
  readonly key: string;
  readonly kind: HealthKind;
  readonly beamline: string;
  readonly name: string;
  readonly state: HealthState;
  /** Seconds since the epoch. */
  readonly since: number;
  readonly reason: string;
  readonly alarm_severity: string;
  readonly held_by: string;
  readonly detail: string;
  readonly owner: string;
  readonly updated_at: number;
  /** `<pid>@<started_at>` of the process (for a device, of its host). */
  readonly incarnation: string;
}

/** What a record is about and who writes it. */
export type RecordIdentity = Pick<HealthRecord, 'key' | 'kind' | 'beamline' | 'name' | 'owner' | 'incarnation'>;

/** What a record says: two records with the same identity and assessment need no rewrite. */
export type Assessment = Pick<HealthRecord, 'state' | 'reason' | 'alarm_severity' | 'detail'>;

export interface AlarmSummary {
  readonly severity: AlarmSeverity;
  /** EPICS alarm status (`HIHI`, `UDF`), `''` when the source gave none. */
  readonly status: string;
  /** The first reading key at that severity. */
  readonly key: string;
  /** How many more keys are at that severity. */
  readonly others: number;
}

export interface ReadingAlarm {
  readonly alarm_severity: string;
  readonly alarm_status: string;
}

/** A process that publishes heartbeats, as the model needs it. */
export interface ProcessIncarnation {
  readonly pid: number;
  /** Seconds since the epoch. */
  readonly startedAt: number;
}

/** Roles that serve the whole facility rather than one beamline: their records have no beamline. */
const FACILITY_ROLES: ReadonlySet<string> = new Set(['supervisor', 'gateway']);

/** The worst alarm among `readings`; undefined when every key is NO_ALARM, unknown or not read yet (UDF). */
export function worstAlarm(readings: Readonly<Record<string, ReadingAlarm>>): AlarmSummary | undefined {
  let worst: AlarmSummary | undefined;
  for (const [key, reading] of Object.entries(readings)) {
    const rank = reading.alarm_status === 'UDF' ? 0 : (SEVERITY_RANK[reading.alarm_severity] ?? 0);
    if (rank === 0) continue;
    const worstRank = worst ? (SEVERITY_RANK[worst.severity] ?? 0) : 0;
    if (rank > worstRank) worst = { severity: reading.alarm_severity as AlarmSeverity, status: reading.alarm_status, key, others: 0 };
    else if (worst && rank === worstRank) worst = { ...worst, others: worst.others + 1 };
  }
  return worst;
}

/** `busy` keeps the ready state the device was in; every other machine state is its own detail. */
export function deviceDetail(machine: string, previousDetail: string): string {
  if (machine !== DeviceState.Busy) return machine;
  return previousDetail === DeviceState.Staged ? DeviceState.Staged : DeviceState.Idle;
}

/** The normalized state of a device from its machine state and its readings' worst alarm. */
export function assessDevice(machine: { readonly state: string; readonly reason: string }, alarm: AlarmSummary | undefined, previousDetail = ''): Assessment {
  const detail = deviceDetail(machine.state, previousDetail);
  const quiet = { alarm_severity: AlarmSeverity.NoAlarm, detail };
  switch (machine.state) {
    case DeviceState.Disconnected:
      return { ...quiet, state: HealthState.Disconnected, reason: machine.reason || 'not connected' };
    case DeviceState.Connecting:
      return { ...quiet, state: HealthState.Degraded, reason: machine.reason ? `connecting… (last: ${machine.reason})` : 'connecting…' };
    case DeviceState.Idle:
    case DeviceState.Busy:
    case DeviceState.Staged:
      return { ...assessAlarm(alarm), detail };
    default:
      return { ...quiet, state: HealthState.Fault, reason: machine.reason || `in ${machine.state}` };
  }
}

function assessAlarm(alarm: AlarmSummary | undefined): Omit<Assessment, 'detail'> {
  if (!alarm) return { state: HealthState.Ok, reason: '', alarm_severity: AlarmSeverity.NoAlarm };
  const where = `alarm ${alarm.severity}${alarm.status ? ` (${alarm.status})` : ''} on ${alarm.key}${alarm.others ? ` and ${alarm.others} more` : ''}`;
  if (alarm.severity === AlarmSeverity.Invalid) {
    return { state: HealthState.Fault, reason: `${where}: its value cannot be trusted`, alarm_severity: alarm.severity };
  }
  return { state: HealthState.Degraded, reason: where, alarm_severity: alarm.severity };
}

export function incarnationOf(process: ProcessIncarnation): string {
  return `${process.pid}@${process.startedAt}`;
}

/** The pid and start time of an incarnation string; undefined when it is not one. */
export function parseIncarnation(text: string): ProcessIncarnation | undefined {
  const match = /^(\d+)@([\d.e+-]+)$/.exec(text);
  if (!match) return undefined;
  const startedAt = Number(match[2]);
  return Number.isFinite(startedAt) ? { pid: Number(match[1]), startedAt } : undefined;
}

/** True when `candidate` started after `than` (a restart): a record it wrote is not stale. */
export function isLaterIncarnation(candidate: string, than: string): boolean {
  const a = parseIncarnation(candidate);
  const b = parseIncarnation(than);
  if (!a || !b) return false;
  return a.startedAt > b.startedAt;
}

export function deviceIdentity(beamline: string, device: string, incarnation: string): RecordIdentity {
  return {
    key: subjects.healthKey(beamline, device),
    kind: HealthKind.Device,
    beamline,
    name: device,
    owner: `device-host/${beamline}`,
    incarnation,
  };
}

export function processIdentity(role: Role, instance: string, incarnation: string, owner: string): RecordIdentity {
  const facilityWide = FACILITY_ROLES.has(role);
  return {
    key: subjects.processHealthKey(role, instance),
    kind: HealthKind.Process,
    beamline: facilityWide ? '' : instance,
    name: facilityWide ? `${role}/${instance}` : role,
    owner,
    incarnation,
  };
}

/** `pid 123, up since 2024-05-01T10:00:00.000Z` */
export function processDetail(process: ProcessIncarnation): string {
  const started = Number.isFinite(process.startedAt) && process.startedAt > 0 ? new Date(process.startedAt * 1000).toISOString() : 'an unknown time';
  return `pid ${process.pid}, up since ${started}`;
}

const quietProcess = { alarm_severity: AlarmSeverity.NoAlarm } as const;

/** A beating process; `previousPid` when it replaced another incarnation, `silentS` when it came back after silence. */
export function assessBeating(process: ProcessIncarnation, change: { previousPid?: number; silentS?: number } = {}): Assessment {
  const reason =
    change.previousPid !== undefined
      ? `restarted (was pid ${change.previousPid})`
      : change.silentS !== undefined
        ? `heartbeat back after ${formatSeconds(change.silentS)} of silence`
        : '';
  return { ...quietProcess, state: HealthState.Ok, reason, detail: processDetail(process) };
}

export function assessStopped(process: ProcessIncarnation): Assessment {
  return { ...quietProcess, state: HealthState.Disconnected, reason: 'stopped cleanly', detail: processDetail(process) };
}

export function assessSilent(process: ProcessIncarnation, silentS: number): Assessment {
  return { ...quietProcess, state: HealthState.Disconnected, reason: `no heartbeat for ${formatSeconds(silentS)} (pid ${process.pid})`, detail: processDetail(process) };
}

/** A process the KV bucket said was up, from which no heartbeat came since the supervisor started watching. */
export function assessUnheard(process: ProcessIncarnation, waitedS: number): Assessment {
  return {
    ...quietProcess,
    state: HealthState.Disconnected,
    reason: `no heartbeat in the ${formatSeconds(waitedS)} since the supervisor started (pid ${process.pid})`,
    detail: processDetail(process),
  };
}

/** `0.9 s`, `12 s` */
export function formatSeconds(seconds: number): string {
  return seconds < 10 ? `${seconds.toFixed(1)} s` : `${Math.round(seconds)} s`;
}

/**
 * The record to write: `since` carries over from `previous` while the state stays the same, and so
 * does `held_by` (the lease manager's field, which a device host never sets).
 */
export function nextRecord(previous: HealthRecord | undefined, identity: RecordIdentity, assessment: Assessment, nowS: number): HealthRecord {
  return {
    ...identity,
    ...assessment,
    since: previous && previous.state === assessment.state ? previous.since : nowS,
    held_by: previous?.held_by ?? '',
    updated_at: nowS,
  };
}

/** Equal but for the bookkeeping times: rewriting `b` over `a` would tell nobody anything. */
export function sameRecord(a: HealthRecord, b: HealthRecord): boolean {
  return (
    a.key === b.key &&
    a.kind === b.kind &&
    a.beamline === b.beamline &&
    a.name === b.name &&
    a.state === b.state &&
    a.reason === b.reason &&
    a.alarm_severity === b.alarm_severity &&
    a.held_by === b.held_by &&
    a.detail === b.detail &&
    a.owner === b.owner &&
    a.incarnation === b.incarnation
  );
}

const STATES: ReadonlySet<string> = new Set(Object.values(HealthState));

/** From the wire, with defaults for missing fields; an unknown state reads as fault (never ok by accident). */
export function fromWireRecord(wire: brightline.v1.IHealthRecord): HealthRecord {
  const state = wire.state ?? '';
  return {
    key: wire.key ?? '',
    kind: wire.kind === HealthKind.Process ? HealthKind.Process : HealthKind.Device,
    beamline: wire.beamline ?? '',
    name: wire.name ?? '',
    state: STATES.has(state) ? (state as HealthState) : HealthState.Fault,
    since: wire.since ?? 0,
    reason: wire.reason ?? '',
    alarm_severity: wire.alarm_severity ?? '',
    held_by: wire.held_by ?? '',
    detail: wire.detail ?? '',
    owner: wire.owner ?? '',
    updated_at: wire.updated_at ?? 0,
    incarnation: wire.incarnation ?? '',
  };
}
