/**
 * How long a fault takes to reach the operations dashboard, timed at the dashboard's event stream
 * (what a page receives; the page's own drawing is not counted).
 *
 * - Beam dump: the beamline's ring current record (a calc scanned every second that tops itself up
 *   to C when it falls below B, deploy/facility.yaml) is made to "top up" to 0 mA (C = 0, B above
 *   the current), which puts it below LOLO: a MAJOR alarm. Timed from the IOC's own timestamp of
 *   the alarmed value (over Channel Access, DBR_TIME) to the event-stream message whose alarm list
 *   shows the device. Restored afterwards (C, B back), and the next repetition waits until the
 *   dashboard has cleared the alarm.
 * - Device host killed: SIGKILL to one beamline's device host, timed from just before the kill to
 *   the message whose tile shows the first, then every, device of the beamline `disconnected`. The
 *   supervisor decides that from missed heartbeats, so this is mostly its heartbeat timeout.
 *   `up` restarts the host; the next repetition takes another beamline (a process that crashes more
 *   than 5 times a minute is not restarted) once every device is ok again.
 */
import { CaClient } from '../epics/client/mod.js';
import { AlarmSeverity } from '../epics/protocol/alarms.js';
import { fromEpicsTimestamp } from '../epics/protocol/epics-time.js';
import { iocAddressList, type FacilityConfig } from '../deploy/facility-config.js';
import type { DashboardStream, TileSection } from './facility-dashboard.js';
import type { FacilityProcess } from './facility-processes.js';

const APPEAR_MS = 30_000;
/** `up` restarts the host 0.5 s after it died; it then connects to its IOC and NATS. */
const RECOVER_MS = 90_000;
const CA_TIMEOUT_MS = 5_000;

export interface BeamDumpTarget {
  readonly beamline: string;
  readonly device: string;
  /** The calc record's PV, e.g. BL01:ring_current. */
  readonly pv: string;
  /** The record's own B and C: put back after each dump. */
  readonly threshold: number;
  readonly topUp: number;
}

type Raw = Record<string, unknown>;
const isRaw = (value: unknown): value is Raw => typeof value === 'object' && value !== null && !Array.isArray(value);

/** The first beamline with a ring-current device on a calc record of its own IOC with a LOLO limit and constant B and C. */
export function beamDumpTarget(config: FacilityConfig): BeamDumpTarget | undefined {
  for (const beamline of config.beamlines) {
    const ioc = beamline.ioc;
    if (!ioc || !beamline.runEngine) continue;
    for (const device of beamline.devices.filter(isRaw)) {
      if (device['kind'] !== 'ring-current' || typeof device['pv'] !== 'string') continue;
      const pv = device['pv'].replace(/^ca:\/\//, '');
      const record = ioc.records.filter(isRaw).find((r) => `${ioc.prefix}${String(r['name'])}` === pv);
      const inputs = isRaw(record?.['inputs']) ? record['inputs'] : {};
      if (record?.['type'] !== 'calc' || typeof record['lolo'] !== 'number' || typeof inputs['B'] !== 'number' || typeof inputs['C'] !== 'number') continue;
      return { beamline: beamline.id, device: String(device['name']), pv, threshold: inputs['B'], topUp: inputs['C'] };
    }
  }
  return undefined;
}

function alarmShown(dashboard: DashboardStream, key: string): boolean {
  return dashboard.alarms().some((alarm) => alarm.members.some((member) => member.key === key) && (alarm.severity === 'MAJOR' || alarm.severity === 'INVALID'));
}

export interface BeamDumpSample {
  /** IOC timestamp of the alarm → the event-stream message showing it. */
  readonly ms: number;
  /** IOC timestamp → the bench's CA monitor got it (for scale: what Channel Access alone takes). */
  readonly caMs: number;
  readonly reason: string;
}

/** Appends one sample per repetition to `samples` (those before a failure stay). */
export async function beamDumps(
  config: FacilityConfig, dashboard: DashboardStream, target: BeamDumpTarget, repetitions: number, samples: BeamDumpSample[], log: (line: string) => void,
): Promise<void> {
  const ca = new CaClient({ addrList: iocAddressList(config), autoAddrList: false });
  const key = `${target.beamline}.${target.device}`;
  const monitor = ca.monitor(target.pv, { dbrClass: 'time' });
  try {
    for (let rep = 1; rep <= repetitions; rep++) {
      await dashboard.waitFor(`${key} without an alarm`, () => (alarmShown(dashboard, key) ? undefined : true), APPEAR_MS);
      const alarmed = new Promise<{ iocMs: number; receivedMs: number }>((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`${target.pv} raised no MAJOR alarm within ${APPEAR_MS / 1000} s`)), APPEAR_MS);
        const unsubscribe = monitor.subscribe((value) => {
          if ((value.severity ?? 0) < AlarmSeverity.Major || !value.timestamp) return;
          clearTimeout(timer);
          unsubscribe();
          resolve({ iocMs: fromEpicsTimestamp(value.timestamp), receivedMs: Date.now() });
        });
      });
      const shown = dashboard.waitFor(`the beam dump alarm of ${key}`, () => (alarmShown(dashboard, key) ? dashboard.alarms().find((a) => a.members.some((m) => m.key === key))?.reason ?? '' : undefined), APPEAR_MS);
      // Handled now: if a put below throws first, these would otherwise reject unhandled later and end the bench.
      alarmed.catch(() => undefined);
      shown.catch(() => undefined);
      // Tops up to 0 mA at the record's next scan (≤ 1 s): below LOLO.
      await ca.put(`${target.pv}.C`, 0, { timeoutMs: CA_TIMEOUT_MS });
      await ca.put(`${target.pv}.B`, target.topUp + 1, { timeoutMs: CA_TIMEOUT_MS });
      const [ioc, seen] = await Promise.all([alarmed, shown]);
      samples.push({ ms: seen.atMs - ioc.iocMs, caMs: ioc.receivedMs - ioc.iocMs, reason: seen.value });
      log(`  beam dump ${rep}/${repetitions} on ${target.beamline}: on the dashboard ${(seen.atMs - ioc.iocMs).toFixed(0)} ms after the IOC's alarm`);
      await ca.put(`${target.pv}.C`, target.topUp, { timeoutMs: CA_TIMEOUT_MS });
      await ca.put(`${target.pv}.B`, target.threshold, { timeoutMs: CA_TIMEOUT_MS });
    }
    await dashboard.waitFor(`${key} without an alarm`, () => (alarmShown(dashboard, key) ? undefined : true), APPEAR_MS);
  } finally {
    monitor.close();
    await ca.close();
  }
}

export interface HostKillSample {
  readonly beamline: string;
  readonly devices: number;
  /** Kill → the first device shown disconnected. */
  readonly firstMs: number;
  /** Kill → every device of the beamline shown disconnected. */
  readonly allMs: number;
  /** Kill → every device ok again (after `up` restarted the host). */
  readonly recoveredMs: number;
  /** The supervisor's words on the dashboard, e.g. "… stopped responding: no heartbeat for 0.8 s". */
  readonly reason: string;
}

const deviceCount = (tile: TileSection): number => Object.values(tile.counts).reduce((sum, n) => sum + n, 0);
const allOk = (tile: TileSection | undefined): TileSection | undefined =>
  tile && deviceCount(tile) > 0 && tile.counts['ok'] === deviceCount(tile) && tile.processes.every((p) => p.state === 'ok') ? tile : undefined;

/** Beamlines whose device host gets killed, in turn: those with a run engine, the beam dump's beamline last. */
export function hostKillOrder(config: FacilityConfig, avoid: string | undefined): string[] {
  const ids = config.beamlines.filter((b) => b.runEngine && b.devices.length > 0).map((b) => b.id).reverse();
  return [...ids.filter((id) => id !== avoid), ...ids.filter((id) => id === avoid)];
}

/** Appends one sample per repetition to `samples` (those before a failure stay). */
export async function hostKills(
  dashboard: DashboardStream,
  beamlines: readonly string[],
  repetitions: number,
  processes: () => FacilityProcess[],
  samples: HostKillSample[],
  log: (line: string) => void,
): Promise<void> {
  for (let rep = 0; rep < repetitions; rep++) {
    const beamline = beamlines[rep % beamlines.length] as string;
    const tile = (await dashboard.waitFor(`every device of ${beamline} ok`, () => allOk(dashboard.tile(beamline)), RECOVER_MS)).value;
    const host = processes().find((p) => p.role === 'device-host' && p.instance === beamline);
    if (!host) throw new Error(`no device host of ${beamline} under brightline up`);
    const devices = deviceCount(tile);
    const first = dashboard.waitFor(`a device of ${beamline} disconnected`, () => ((dashboard.tile(beamline)?.counts['disconnected'] ?? 0) > 0 ? true : undefined), APPEAR_MS);
    const all = dashboard.waitFor(`every device of ${beamline} disconnected`, () => {
      const now = dashboard.tile(beamline);
      return now && now.counts['disconnected'] === deviceCount(now) ? (now.problems[0]?.reason ?? '') : undefined;
    }, APPEAR_MS);
    first.catch(() => undefined);
    all.catch(() => undefined);
    const killedAt = Date.now();
    process.kill(host.pid, 'SIGKILL');
    const [firstSeen, allSeen] = await Promise.all([first, all]);
    const back = await dashboard.waitFor(`every device of ${beamline} ok again`, () => allOk(dashboard.tile(beamline)), RECOVER_MS);
    samples.push({ beamline, devices, firstMs: firstSeen.atMs - killedAt, allMs: allSeen.atMs - killedAt, recoveredMs: back.atMs - killedAt, reason: allSeen.value });
    log(`  device host ${rep + 1}/${repetitions} (${beamline}, pid ${host.pid}): all ${devices} devices disconnected on the dashboard ${allSeen.atMs - killedAt} ms after SIGKILL`);
  }
}
