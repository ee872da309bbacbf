/**
 * The facility supervisor (`brightline supervisor`): watches every heartbeat, keeps one process
 * record per role and instance in BL_HEALTH, and when a device host dies or says goodbye marks
 * every device it owned `disconnected` — in KV (compare-and-set, never over a restarted host's
 * record) and on `bl.v1.health.<beamline>.<device>` for pub/sub watchers (run engine suspenders).
 * Detection takes at most `missedBeats` of the host's heartbeat intervals plus one check period:
 * with the 250 ms default interval, under a second.
 *
 * More parts (the lease manager) run inside it through `parts`: each gets the bus, the health
 * bucket and the process events, starts after the health model and stops before it.
 */
import { brightline } from '../../gen/proto.js';
import { describeError } from '../../lib/errors.js';
import { isSubjectToken } from '../../lib/ids.js';
import { silentLogger, type Logger } from '../../lib/log.js';
import { Role, startHeartbeat, subjects, type Bus, type BusSubscription, type KvBucket } from '../transport/mod.js';
import {
  AlarmSeverity, deviceIdentity, formatSeconds, HealthState, incarnationOf, isLaterIncarnation, nextRecord, processIdentity, sameRecord, assessStopped,
  type Assessment, type HealthRecord, type RecordIdentity,
} from './health-model.js';
import { openHealthBucket, readHealthRecords, updateHealthRecord } from './health-store.js';
import { healthMetricsPart } from './health-metrics.js';
import { HealthWriter } from './health-writer.js';
import { LossKind, ProcessWatch, type ProcessEvent, type ProcessInfo, type WatchOutput } from './process-watch.js';

const v1 = brightline.v1;

export const SUPERVISOR_INSTANCE = 'facility';
const DEFAULT_CHECK_INTERVAL_MS = 50;
const DEFAULT_HEARTBEAT_INTERVAL_MS = 250;
const DEFAULT_ADOPT_GRACE_MS = 3_000;
/** Looking for records of a lost host beyond those its heartbeat listed. */
const STRAGGLER_SCAN_MS = 5_000;
/** How long a stopping supervisor waits for its last health writes (its own record among them). */
const FINAL_WRITES_MS = 5_000;

export interface SupervisorContext {
  readonly bus: Bus;
  readonly logger: Logger;
  /** Milliseconds since the epoch. */
  now(): number;
  /** BL_HEALTH. */
  readonly health: KvBucket;
  /** Every process event (up, restarted, lost) from now on; returns the unsubscribe. */
  onProcessEvent(listener: (event: ProcessEvent) => void): () => void;
  isAlive(role: Role, instance: string): boolean;
}

/** Something else the supervisor process runs, e.g. the lease manager. */
export interface SupervisorPart {
  readonly name: string;
  start(context: SupervisorContext): Promise<{ stop(): Promise<void> }>;
}

export interface SupervisorOptions {
  bus: Bus;
  logger?: Logger;
  /** Milliseconds since the epoch; silence is measured with it. */
  now?: () => number;
  /** How often silence is checked. */
  checkIntervalMs?: number;
  /** The supervisor's own heartbeat. */
  heartbeatIntervalMs?: number;
  /** Missed heartbeat intervals after which a process counts as gone (3). */
  missedBeats?: number;
  /** At start-up, how long a process the bucket says is up has to send its first beat. */
  adoptGraceMs?: number;
  /** Replicas of BL_HEALTH when this supervisor creates it (1; 3 on the production cluster). */
  healthReplicas?: number;
  parts?: readonly SupervisorPart[];
}

export interface Supervisor {
  /** Stops the parts, says goodbye and records itself stopped. Idempotent. */
  stop(): Promise<void>;
}

export async function startSupervisor(options: SupervisorOptions): Promise<Supervisor> {
  const { bus } = options;
  const logger = options.logger ?? silentLogger;
  const now = options.now ?? Date.now;
  const owner = `${Role.Supervisor}/${SUPERVISOR_INSTANCE}`;
  const adoptGraceMs = options.adoptGraceMs ?? DEFAULT_ADOPT_GRACE_MS;
  const health = await openHealthBucket(bus, options.healthReplicas ? { replicas: options.healthReplicas } : {});
  const watch = new ProcessWatch({ owner, adoptGraceMs, ...(options.missedBeats ? { missedBeats: options.missedBeats } : {}) });
  const listeners = new Set<(event: ProcessEvent) => void>();
  const writes = new HealthWriter({ logger });
  const startedAt = now();

  /** Retried until it lands or a newer write of the key replaces it; stamped with when it was decided on, not when it landed. */
  const write = (identity: RecordIdentity, decide: (stored: HealthRecord | undefined) => Assessment | undefined): Promise<boolean> => {
    const atS = now() / 1000;
    return writes.write(identity.key, async () => {
      const outcome = await updateHealthRecord(health, identity.key, (stored) => {
        const assessment = decide(stored);
        if (!assessment) return undefined;
        const next = nextRecord(stored, identity, assessment, atS);
        return stored && sameRecord(stored, next) ? undefined : next;
      });
      return outcome.written;
    }, false);
  };

  /** Marks one device of a lost host; false when a later incarnation of the host owns the record. */
  const markDevice = async (lost: ProcessInfo, device: string, reason: string): Promise<boolean> => {
    const identity = deviceIdentity(lost.instance, device, lost.incarnation);
    // Decided only by a write that looks at the record: a write superseded by a newer one, or
    // dropped at close, never saw it and must not announce the device as disconnected.
    let ours = false;
    await write(identity, (stored) => {
      ours = !(stored && stored.incarnation !== lost.incarnation && isLaterIncarnation(stored.incarnation, lost.incarnation));
      if (!ours || stored?.state === HealthState.Disconnected) return undefined;
      return { state: HealthState.Disconnected, reason, alarm_severity: AlarmSeverity.NoAlarm, detail: HealthState.Disconnected };
    });
    if (ours) {
      publishSafely(logger, `health of ${lost.instance}.${device}`, () =>
        bus.publish(subjects.health(lost.instance, device), v1.DeviceHealth, { beamline: lost.instance, device, state: 'disconnected', since: now() / 1000, reason }),
      );
    }
    return ours;
  };

  /** Every device the lost host listed, then any other record still carrying its incarnation. */
  const markDevicesOf = async (lost: ProcessInfo, how: LossKind, silentMs: number): Promise<void> => {
    const started = now();
    const reason = hostLossReason(lost, how);
    const listed = new Set(lost.devices);
    const marked = (await Promise.all([...listed].map((d) => markDevice(lost, d, reason)))).filter(Boolean).length;
    const silence = how === LossKind.Silent ? ` after ${formatSeconds(silentMs / 1000)} of silence` : '';
    logger.warn(`${reason}${silence}: marked ${marked} of its devices disconnected in ${now() - started} ms`);
    const stragglers = (await readHealthRecords(health, `${lost.instance}.*`, STRAGGLER_SCAN_MS)).filter(
      ({ record }) => !listed.has(record.name) && record.incarnation === lost.incarnation && record.state !== HealthState.Disconnected,
    );
    const more = (await Promise.all(stragglers.map(({ record }) => markDevice(lost, record.name, reason)))).filter(Boolean).length;
    if (more > 0) logger.warn(`${reason}: marked ${more} more devices it no longer listed disconnected`);
  };

  const onEvent = (event: ProcessEvent): void => {
    const { process } = event;
    const who = `${process.role} ${process.instance} (pid ${process.pid})`;
    if (event.type === 'up') {
      logger.info(event.previous ? `${who} is up, replacing pid ${event.previous.pid}` : `${who} is up`);
    } else {
      if (event.how === LossKind.Stopped) logger.info(`${who} stopped cleanly`);
      else logger.warn(`${who} ${lossPhrase(event.how, event.silentMs)}`);
      if (process.role === Role.DeviceHost) {
        markDevicesOf(process, event.how, event.silentMs).catch((error: unknown) => {
          // When the whole facility stops, hosts say goodbye while the supervisor's own connection
          // closes: a record left unmarked then is no fault worth an ERROR line.
          if (stopping) logger.info(`left the devices of ${who} unmarked: the supervisor is stopping (${describeError(error)})`);
          else logger.error(`marking the devices of ${who} failed: ${describeError(error)}`);
        });
      }
    }
    for (const listener of [...listeners]) {
      try {
        listener(event);
      } catch (error) {
        logger.error(`a listener of process events threw: ${describeError(error)}`);
      }
    }
  };

  const apply = (output: WatchOutput): void => {
    for (const update of output.updates) void write(update.identity, () => update.assessment);
    for (const event of output.events) onEvent(event);
  };

  // What an earlier supervisor recorded: confirmed by a beat within the grace period, else lost.
  for (const { record } of await readHealthRecords(health, subjects.processHealthKey('*', '*'))) watch.adopt(record, now());

  const ignored = new Set<string>();
  const subscription: BusSubscription = bus.subscribe(subjects.heartbeat('*', '*'), v1.Heartbeat, (hb, subject) => {
    if (!isSubjectToken(hb.role) || !isSubjectToken(hb.instance)) {
      if (!ignored.has(subject)) logger.warn(`ignoring heartbeats on '${subject}': role '${hb.role}' or instance '${hb.instance}' is not a name`);
      ignored.add(subject);
      return;
    }
    apply(
      watch.heartbeat(
        { role: hb.role, instance: hb.instance, pid: hb.pid, startedAt: hb.started_at, intervalMs: hb.interval_ms, devices: hb.devices, stopping: hb.stopping },
        now(),
      ),
    );
  });
  await bus.flush();

  const checker = setInterval(() => apply(watch.check(now())), options.checkIntervalMs ?? DEFAULT_CHECK_INTERVAL_MS);
  const sweeper = setTimeout(() => {
    sweepOrphans(health, watch, now() - startedAt, markDevice).catch((error: unknown) =>
      logger.warn(`looking for devices of hosts that never beat failed: ${describeError(error)}`),
    );
  }, adoptGraceMs);
  const heartbeat = startHeartbeat(bus, {
    role: Role.Supervisor,
    instance: SUPERVISOR_INSTANCE,
    intervalMs: options.heartbeatIntervalMs ?? DEFAULT_HEARTBEAT_INTERVAL_MS,
    startedAt: startedAt / 1000,
    logger,
  });

  const context: SupervisorContext = {
    bus,
    logger,
    now,
    health,
    onProcessEvent: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    isAlive: (role, instance) => watch.isAlive(role, instance),
  };
  const running: Array<{ name: string; stop(): Promise<void> }> = [];
  const stopParts = async (): Promise<void> => {
    for (const part of running.splice(0).reverse()) {
      await part.stop().catch((error: unknown) => logger.error(`stopping ${part.name} failed: ${describeError(error)}`));
    }
  };
  let stopping: Promise<void> | undefined;
  const stop = (): Promise<void> => {
    stopping ??= (async () => {
      await stopParts();
      subscription.unsubscribe();
      clearInterval(checker);
      clearTimeout(sweeper);
      heartbeat.stop();
      const self = { pid: process.pid, startedAt: startedAt / 1000 };
      const identity = processIdentity(Role.Supervisor, SUPERVISOR_INSTANCE, incarnationOf(self), owner);
      void write(identity, () => assessStopped(self));
      if (!(await writes.idle(FINAL_WRITES_MS))) logger.warn(`stopped with health writes still failing after ${FINAL_WRITES_MS / 1000} s`);
      writes.close();
      logger.info('supervisor stopped');
    })();
    return stopping;
  };

  try {
    // Always: one KV watch of the device records; the gauge it feeds is read only by a process serving metrics.
    for (const part of [healthMetricsPart, ...(options.parts ?? [])]) {
      const handle = await part.start(context);
      running.push({ name: part.name, stop: () => handle.stop() });
    }
  } catch (error) {
    await stop();
    throw error;
  }
  logger.info(`supervising (${watch.alive().length} processes beating so far; device hosts silent for ${options.missedBeats ?? 3} of their intervals count as gone)`);
  return { stop };
}

function lossPhrase(how: LossKind, silentMs: number): string {
  switch (how) {
    case LossKind.Replaced:
      return 'was replaced by a new process without a goodbye';
    case LossKind.Unheard:
      return `sent no heartbeat in the ${formatSeconds(silentMs / 1000)} since the supervisor started`;
    default:
      return `stopped responding: no heartbeat for ${formatSeconds(silentMs / 1000)}`;
  }
}

function hostLossReason(lost: ProcessInfo, how: LossKind): string {
  const host = `device host ${lost.instance} (pid ${lost.pid})`;
  switch (how) {
    case LossKind.Stopped:
      return `${host} stopped`;
    case LossKind.Replaced:
      return `${host} was replaced by a new process`;
    case LossKind.Unheard:
      return `${host} has not been heard from since the supervisor started`;
    default:
      return `${host} stopped responding`;
  }
}

/**
 * Device records nobody vouches for: their host sends no heartbeat (it died while no supervisor
 * ran), or beats as a later process that does not serve the device any more.
 */
async function sweepOrphans(
  health: KvBucket,
  watch: ProcessWatch,
  waitedMs: number,
  markDevice: (lost: ProcessInfo, device: string, reason: string) => Promise<boolean>,
): Promise<void> {
  const alive = new Map(watch.alive().filter((p) => p.role === Role.DeviceHost).map((p) => [p.instance, p]));
  // `<beamline>.<device>`: two tokens; process records have three.
  for (const { record } of await readHealthRecords(health, '*.*')) {
    if (record.state === HealthState.Disconnected) continue;
    const host = alive.get(record.beamline);
    if (host && (host.incarnation === record.incarnation || host.devices.includes(record.name))) continue;
    const pid = record.incarnation.split('@')[0] ?? '?';
    const lost: ProcessInfo = { role: Role.DeviceHost, instance: record.beamline, pid: Number(pid), startedAt: 0, incarnation: record.incarnation, devices: [] };
    const reason = host
      ? `device host ${record.beamline} (pid ${host.pid}) no longer serves it`
      : `device host ${record.beamline} (pid ${pid}) sent no heartbeat in the ${formatSeconds(waitedMs / 1000)} since the supervisor started`;
    await markDevice(lost, record.name, reason);
  }
}

function publishSafely(logger: Logger, what: string, send: () => void): void {
  try {
    send();
  } catch (error) {
    logger.warn(`could not publish ${what}: ${describeError(error)}`);
  }
}
