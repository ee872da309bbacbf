/**
 * What the operations dashboard shows, computed from what the facility said (health records, plan
 * statuses, alarm acknowledgements). Pure: no bus, no clock, no DOM. The page only draws it, so
 * the rules a tired operator relies on (which state is worst, which alarm comes first, when an
 * acknowledgement stops counting) live here, once, under unit test.
 */
import type { HealthRecord, HealthState } from '../../actors/supervisor/health-model.js';

/** Worst last: a tile shows the highest rank among its records. */
const STATE_RANK: Readonly<Record<HealthState, number>> = { ok: 0, degraded: 1, disconnected: 2, fault: 3 };
/** EPICS severities on the same scale: an INVALID value is as bad as a fault. */
const SEVERITY_RANK: Readonly<Record<string, number>> = { MINOR: 1, MAJOR: 2, INVALID: 3 };

export const SHARED_TILE = 'FAC';
/** The tile of the processes that serve the whole facility (supervisor, gateway): records with no beamline. */
export const FACILITY_TILE = 'facility';

export function stateRank(state: HealthState): number {
  return STATE_RANK[state] ?? STATE_RANK.fault;
}

/** The worst of `states`; ok for none. */
export function worstState(states: Iterable<HealthState>): HealthState {
  let worst: HealthState = 'ok';
  for (const state of states) if (stateRank(state) > stateRank(worst)) worst = state;
  return worst;
}

/** How bad an alarm is, 1 (MINOR, degraded) to 3 (INVALID, fault); 0: not an alarm. */
export function alarmLevel(record: Pick<HealthRecord, 'state' | 'alarm_severity'>): number {
  return Math.max(stateRank(record.state), SEVERITY_RANK[record.alarm_severity] ?? 0);
}

export function isAlarm(record: Pick<HealthRecord, 'state' | 'alarm_severity'>): boolean {
  return alarmLevel(record) > 0;
}

/** Someone saw an alarm: stored in KV (one per alarm key), shared by every console. */
export interface AlarmAck {
  /** The alarm's BL_HEALTH key. */
  readonly key: string;
  /** The alarm's `since` when it was acknowledged: which occurrence was seen. */
  readonly since: number;
  /** Its level then: an alarm that gets worse must be seen again. */
  readonly level: number;
  readonly user: string;
  /** Seconds since the epoch. */
  readonly at: number;
}

/**
 * Whether `ack` still covers the alarm `record` is: the same occurrence (its `since` did not
 * change, which it does whenever the state changes) and no worse than when it was acknowledged.
 */
export function ackCovers(ack: AlarmAck | undefined, record: Pick<HealthRecord, 'since' | 'state' | 'alarm_severity'>): boolean {
  return ack !== undefined && isAlarm(record) && ack.since === record.since && alarmLevel(record) <= ack.level;
}

export interface PlanStatusInput {
  readonly beamline: string;
  readonly state: string;
  readonly item_uid: string;
  readonly plan_name: string;
  readonly run_uids: readonly string[];
  readonly step: number;
  readonly total_steps: number;
  readonly eta_s: number;
  readonly reason: string;
  readonly last_exit_status: string;
  readonly last_reason: string;
  readonly queued: number;
  readonly queue_started: boolean;
}

/** The gateway's own connection to NATS: while it is down, nothing on the page is being updated. */
export interface BusView {
  readonly connected: boolean;
  /** Seconds since the epoch: when it last connected or lost the connection. */
  readonly since: number;
}

export interface DashboardInput {
  /** Every record of BL_HEALTH. */
  readonly records: Iterable<HealthRecord>;
  /** The facility's beamlines (FAC included or not): shown even before anything reports. */
  readonly beamlines: readonly string[];
  readonly plans: ReadonlyMap<string, PlanStatusInput>;
  readonly acks: ReadonlyMap<string, AlarmAck>;
  /** Connected (since 0) when absent. */
  readonly bus?: BusView;
}

export interface ProblemView {
  readonly key: string;
  readonly name: string;
  readonly kind: string;
  readonly state: HealthState;
  readonly since: number;
  readonly reason: string;
  readonly held_by: string;
}

export interface ProcessView {
  readonly key: string;
  /** `device host`, `run engine`, `supervisor/facility`. */
  readonly name: string;
  readonly state: HealthState;
  readonly since: number;
  readonly reason: string;
}

export interface PlanView {
  /** `idle`, `running`, `paused`...; `unknown` before the run engine answered. */
  readonly state: string;
  readonly plan_name: string;
  readonly step: number;
  readonly total_steps: number;
  readonly eta_s: number;
  /** Why it is paused, suspended or ending; or why the status cannot be trusted. */
  readonly reason: string;
  readonly queued: number;
  readonly queue_started: boolean;
  readonly last_exit_status: string;
  readonly last_reason: string;
  /** False when the run engine's process is not ok: the status shown is the last one it gave. */
  readonly engine_reporting: boolean;
}

export interface TileView {
  readonly id: string;
  readonly title: string;
  readonly kind: 'beamline' | 'shared' | 'facility';
  readonly state: HealthState;
  /** Since when the tile has been in its state: the earliest `since` among its worst records. */
  readonly since: number;
  /** Why, in a few words, when not ok. */
  readonly reason: string;
  readonly counts: Readonly<Record<HealthState, number>>;
  /** Devices not ok, worst first. */
  readonly problems: readonly ProblemView[];
  readonly processes: readonly ProcessView[];
  /** Beamlines only. */
  readonly plan: PlanView | undefined;
}

export interface AlarmMember {
  readonly key: string;
  readonly name: string;
  readonly since: number;
}

/**
 * One row of the alarm list: one record in alarm, or several of one beamline in the same state for
 * the same reason (a device host that died disconnects all its devices: one row, not a flood).
 */
export interface AlarmView {
  /** The first member's key: what the row is known by. */
  readonly key: string;
  readonly beamline: string;
  /** The member's name, or the members' names joined. */
  readonly name: string;
  /** Every record the row stands for, by name; acknowledging the row acknowledges each. */
  readonly members: readonly AlarmMember[];
  readonly kind: string;
  readonly state: HealthState;
  readonly severity: string;
  readonly level: number;
  readonly since: number;
  readonly reason: string;
  readonly ack: { readonly user: string; readonly at: number } | undefined;
}

export interface DashboardView {
  /** The facility's worst state and its counts, for the header. */
  readonly summary: { readonly state: HealthState; readonly counts: Readonly<Record<HealthState, number>>; readonly unacknowledged: number };
  /** Tiles in a fixed order (beamlines, the shared devices, the facility processes): places do not move under a reader. */
  readonly tiles: readonly TileView[];
  readonly alarms: readonly AlarmView[];
  readonly bus: BusView;
}

const PROCESS_NAMES: Readonly<Record<string, string>> = { 'device-host': 'device host', 'run-engine': 'run engine', 'sim-ioc': 'simulated IOC' };

export function buildView(input: DashboardInput): DashboardView {
  const records = [...input.records];
  const byTile = new Map<string, HealthRecord[]>();
  for (const record of records) {
    const tile = tileOf(record);
    const list = byTile.get(tile) ?? [];
    list.push(record);
    byTile.set(tile, list);
  }
  const beamlineIds = new Set(input.beamlines.filter((b) => b !== SHARED_TILE && b !== ''));
  for (const tile of byTile.keys()) if (tile !== SHARED_TILE && tile !== FACILITY_TILE) beamlineIds.add(tile);
  for (const beamline of input.plans.keys()) if (beamline !== SHARED_TILE) beamlineIds.add(beamline);

  const tiles: TileView[] = [...beamlineIds].sort().map((id) => tileView(id, 'beamline', byTile.get(id) ?? [], input.plans.get(id)));
  if (input.beamlines.includes(SHARED_TILE) || byTile.has(SHARED_TILE)) tiles.push(tileView(SHARED_TILE, 'shared', byTile.get(SHARED_TILE) ?? [], undefined));
  if (byTile.has(FACILITY_TILE)) tiles.push(tileView(FACILITY_TILE, 'facility', byTile.get(FACILITY_TILE) ?? [], undefined));

  const alarms = alarmList(records, input.acks);
  const counts = countStates(records);
  return {
    summary: { state: worstState(tiles.map((t) => t.state)), counts, unacknowledged: alarms.filter((a) => !a.ack).length },
    tiles,
    alarms,
    bus: input.bus ?? { connected: true, since: 0 },
  };
}

/**
 * Alarms, unacknowledged first; within each, worst first, then newest first; then by key, so equal
 * alarms keep their places. Records of one beamline in the same state for the same reason (and
 * acknowledged alike) share a row.
 */
export function alarmList(records: Iterable<HealthRecord>, acks: ReadonlyMap<string, AlarmAck>): AlarmView[] {
  const groups = new Map<string, AlarmView[]>();
  for (const record of records) {
    if (!isAlarm(record)) continue;
    const stored = acks.get(record.key);
    const ack = stored && ackCovers(stored, record) ? { user: stored.user, at: stored.at } : undefined;
    const alarm: AlarmView = {
      key: record.key,
      beamline: record.beamline,
      name: displayName(record),
      members: [{ key: record.key, name: displayName(record), since: record.since }],
      kind: record.kind,
      state: record.state,
      severity: record.alarm_severity === 'NO_ALARM' ? '' : record.alarm_severity,
      level: alarmLevel(record),
      since: record.since,
      reason: record.reason || stateReasonFallback(record.state),
      ack,
    };
    const group = [alarm.beamline, alarm.kind, alarm.state, alarm.severity, alarm.reason, ack?.user ?? ''].join('\u0000');
    groups.set(group, [...(groups.get(group) ?? []), alarm]);
  }
  return [...groups.values()].map(mergeAlarms).sort(
    (a, b) => Number(a.ack !== undefined) - Number(b.ack !== undefined) || b.level - a.level || b.since - a.since || a.key.localeCompare(b.key),
  );
}

/** One row for alarms that say the same thing: since the first of them, acknowledged when the last was. */
function mergeAlarms(alarms: readonly AlarmView[]): AlarmView {
  const sorted = [...alarms].sort((a, b) => a.name.localeCompare(b.name));
  const first = sorted[0] as AlarmView;
  if (sorted.length === 1) return first;
  const acked = sorted.map((a) => a.ack).filter((ack) => ack !== undefined);
  return {
    ...first,
    name: sorted.map((a) => a.name).join(', '),
    members: sorted.flatMap((a) => a.members),
    since: Math.min(...sorted.map((a) => a.since)),
    ack: acked.length === sorted.length ? acked.reduce((latest, ack) => (ack.at > latest.at ? ack : latest)) : undefined,
  };
}

function tileOf(record: HealthRecord): string {
  return record.beamline === '' ? FACILITY_TILE : record.beamline;
}

function tileView(id: string, kind: TileView['kind'], records: readonly HealthRecord[], plan: PlanStatusInput | undefined): TileView {
  const devices = records.filter((r) => r.kind === 'device');
  const processes = records.filter((r) => r.kind === 'process').sort((a, b) => a.key.localeCompare(b.key));
  const engine = processes.find((p) => p.name === 'run-engine');
  const problems = devices
    .filter((r) => r.state !== 'ok')
    .sort((a, b) => stateRank(b.state) - stateRank(a.state) || a.since - b.since || a.name.localeCompare(b.name))
    .map((r) => ({ key: r.key, name: r.name, kind: r.kind, state: r.state, since: r.since, reason: r.reason || stateReasonFallback(r.state), held_by: r.held_by }));

  let state = worstState(records.map((r) => r.state));
  let since = 0;
  let reason = '';
  if (records.length === 0) {
    // A beamline the facility has but that nothing reports for is not fine: nobody is watching it.
    state = 'disconnected';
    reason = 'nothing has reported for it yet';
  } else if (state !== 'ok') {
    const worst = records.filter((r) => r.state === state).sort((a, b) => a.since - b.since);
    since = worst[0]?.since ?? 0;
    const first = worst[0];
    reason = first ? `${displayName(first)}: ${first.reason || stateReasonFallback(first.state)}${worst.length > 1 ? ` (and ${worst.length - 1} more)` : ''}` : '';
  } else {
    since = Math.max(0, ...records.map((r) => r.since));
  }
  return {
    id,
    title: kind === 'shared' ? 'Shared devices (FAC)' : kind === 'facility' ? 'Facility services' : id,
    kind,
    state,
    since,
    reason,
    counts: countStates(devices),
    problems,
    processes: processes.map((p) => ({ key: p.key, name: displayName(p), state: p.state, since: p.since, reason: p.reason })),
    plan: kind === 'beamline' ? planView(plan, engine) : undefined,
  };
}

function planView(status: PlanStatusInput | undefined, engine: HealthRecord | undefined): PlanView {
  const reporting = engine === undefined ? status !== undefined : engine.state === 'ok';
  const silentReason = engine && engine.state !== 'ok' ? `run engine ${engine.state}: ${engine.reason || stateReasonFallback(engine.state)}` : 'no status from the run engine yet';
  if (!status) {
    return {
      state: 'unknown', plan_name: '', step: 0, total_steps: 0, eta_s: 0, reason: silentReason, queued: 0, queue_started: false,
      last_exit_status: '', last_reason: '', engine_reporting: false,
    };
  }
  return {
    state: status.state || 'unknown',
    plan_name: status.plan_name,
    step: status.step,
    total_steps: status.total_steps,
    eta_s: status.eta_s,
    reason: reporting ? status.reason : silentReason,
    queued: status.queued,
    queue_started: status.queue_started,
    last_exit_status: status.last_exit_status,
    last_reason: status.last_reason,
    engine_reporting: reporting,
  };
}

/** `m1`, `run engine`, `supervisor/facility`. */
function displayName(record: HealthRecord): string {
  if (record.kind !== 'process') return record.name;
  return PROCESS_NAMES[record.name] ?? record.name;
}

function stateReasonFallback(state: HealthState): string {
  return state === 'ok' ? '' : `${state}, no reason given`;
}

function countStates(records: readonly HealthRecord[]): Record<HealthState, number> {
  const counts: Record<HealthState, number> = { ok: 0, degraded: 0, fault: 0, disconnected: 0 };
  for (const record of records) counts[record.state] += 1;
  return counts;
}
