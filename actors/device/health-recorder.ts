/**
 * A device host's half of the facility health model: each device's normalized record in the KV
 * bucket BL_HEALTH (`<beamline>.<device>`), written when the record changes — not on every
 * reading, not on every busy/idle of a scan (actors/supervisor/health-model.ts). Writes are
 * compare-and-set and keep what others wrote (`held_by`, from the lease manager). While the host
 * lives it is the authority on its devices: a record someone else rewrote (a supervisor that took a
 * slow host for dead) is put right at once, and the device's health published again. KV failures
 * are logged and retried; the devices go on serving.
 */
import { brightline } from '../../gen/proto.js';
import { describeError } from '../../lib/errors.js';
import { silentLogger, type Logger } from '../../lib/log.js';
import { subjects, type Bus, type KvBucket, type KvWatch } from '../transport/mod.js';
import {
  assessDevice, deviceIdentity, fromWireRecord, HealthState, incarnationOf, nextRecord, sameRecord, worstAlarm, AlarmSeverity,
  type AlarmSummary, type Assessment, type RecordIdentity,
} from '../supervisor/health-model.js';
import { openHealthBucket, updateHealthRecord, type StoredRecord } from '../supervisor/health-store.js';
import type { DeviceHandle } from './device-handle.js';
import { DeviceState, isReady, type WallClock } from './device-protocol.js';
import { toWireHealth } from './device-service.js';
import type { DeviceHealthInfo } from './kinds/kind.js';

const v1 = brightline.v1;

/** After the bucket could not be opened or a write failed, how long before trying again. */
const REOPEN_AFTER_MS = 5_000;
/** A host of thousands of devices starts them all at once: its first writes queue rather than flood. */
const MAX_WRITES_IN_FLIGHT = 32;
/** A clean stop waits this long for its last writes. */
const FINAL_WRITE_MS = 3_000;
const STOPPED: Assessment = { state: HealthState.Disconnected, reason: 'device host stopped', alarm_severity: AlarmSeverity.NoAlarm, detail: DeviceState.Disconnected };

export interface HealthRecorderOptions {
  bus: Bus;
  beamline: string;
  /** When this host started, seconds since the epoch, as in its heartbeats (with process.pid, its incarnation). */
  startedAt: number;
  now: WallClock;
  logger?: Logger;
  /** For tests: a bucket instead of BL_HEALTH on the bus. */
  bucket?: KvBucket;
}

export interface HealthRecorder {
  /** Records the device's health from its next change on; a device tracked again (restarted) replaces the old handle. */
  track(device: DeviceHandle): void;
  /** Writes every device `disconnected` (`device host stopped`) and stops. Idempotent. */
  stop(): Promise<void>;
}

interface Tracked {
  readonly identity: RecordIdentity;
  machine: DeviceHealthInfo;
  alarm: AlarmSummary | undefined;
  /** The assessment last handed to the writer. */
  wanted: Assessment | undefined;
  /** What the key holds, as far as we know (our last write, or someone else's seen by the watch). */
  stored: StoredRecord | undefined;
  writing: Promise<void> | undefined;
  again: boolean;
  /** The last write failed: the next success is logged, and a retry is due. */
  failing: boolean;
  retry: NodeJS.Timeout | undefined;
  /** Someone else's record contradicted ours: once ours is back, say so on the health subject too. */
  republish: boolean;
  /**
   * A change the watch reported while our own write was in flight: it may be that write, seen
   * before its acknowledgement came back, so it is judged once the write's revision is known.
   */
  seenDuringWrite: { value: brightline.v1.HealthRecord | undefined; revision: number } | undefined;
  readonly unsubscribe: Array<() => void>;
}

export function startHealthRecorder(options: HealthRecorderOptions): HealthRecorder {
  const { beamline, now } = options;
  const logger = options.logger ?? silentLogger;
  const incarnation = incarnationOf({ pid: process.pid, startedAt: options.startedAt });
  const devices = new Map<string, Tracked>();
  let stopped = false;
  let opening: Promise<KvBucket | undefined> | undefined;
  let openFailedAt = -Infinity;
  let watch: Promise<KvWatch | undefined> | undefined;
  const slots = new Slots(MAX_WRITES_IN_FLIGHT);

  const bucket = (): Promise<KvBucket | undefined> => {
    if (options.bucket) return Promise.resolve(options.bucket);
    if (!opening && Date.now() - openFailedAt >= REOPEN_AFTER_MS) {
      opening = openHealthBucket(options.bus).catch((error: unknown) => {
        if (openFailedAt === -Infinity) logger.warn(`health records of ${beamline} not written (retrying every ${REOPEN_AFTER_MS / 1000} s): ${describeError(error)}`);
        openFailedAt = Date.now();
        opening = undefined;
        return undefined;
      });
    }
    return opening ?? Promise.resolve(undefined);
  };

  /** Someone else wrote one of our keys: look again at whether it says what we would. */
  const onForeignWrite = (key: string, value: brightline.v1.HealthRecord | undefined, revision: number): void => {
    const tracked = devices.get(key.slice(beamline.length + 1));
    // Revisions only grow: one we know of already (our own write, seen late) tells nothing new.
    if (!tracked || stopped || (tracked.stored && revision <= tracked.stored.revision)) return;
    if (tracked.writing) {
      if (!tracked.seenDuringWrite || revision > tracked.seenDuringWrite.revision) tracked.seenDuringWrite = { value, revision };
      return;
    }
    tracked.stored = value ? { record: fromWireRecord(value), revision } : undefined;
    if (!tracked.wanted) return;
    if (tracked.stored?.record.state !== tracked.wanted.state) tracked.republish = true;
    write(tracked);
  };

  const startWatch = (): void => {
    watch ??= bucket().then(async (kv) => {
      if (!kv || stopped) return undefined;
      return kv.watch(`${beamline}.*`, v1.HealthRecord, onForeignWrite, { updatesOnly: true }).catch((error: unknown) => {
        logger.warn(`not watching the health records of ${beamline}: ${describeError(error)}`);
        return undefined;
      });
    });
  };

  const write = (tracked: Tracked): void => {
    if (tracked.writing) {
      tracked.again = true;
      return;
    }
    tracked.writing = (async () => {
      do {
        tracked.again = false;
        const assessment = tracked.wanted;
        if (!assessment) break;
        const kv = await bucket();
        if (!kv) {
          retryLater(tracked);
          break;
        }
        await slots.take();
        try {
          const outcome = await updateHealthRecord(
            kv,
            tracked.identity.key,
            (stored) => {
              const next = nextRecord(stored, tracked.identity, assessment, now());
              return stored && sameRecord(stored, next) ? undefined : next;
            },
            { known: tracked.stored },
          );
          tracked.stored = outcome.stored;
          if (outcome.written && tracked.republish) republish(tracked);
          if (tracked.failing) logger.info(`health record of ${tracked.identity.name} written again`);
          tracked.failing = false;
        } catch (error) {
          tracked.stored = undefined;
          if (!tracked.failing) logger.warn(`health record of ${tracked.identity.name} not written (retrying every ${REOPEN_AFTER_MS / 1000} s): ${describeError(error)}`);
          tracked.failing = true;
          retryLater(tracked);
        } finally {
          slots.give();
        }
      } while (tracked.again);
      tracked.writing = undefined;
      const seen = tracked.seenDuringWrite;
      tracked.seenDuringWrite = undefined;
      if (seen) onForeignWrite(tracked.identity.key, seen.value, seen.revision);
    })();
  };

  /**
   * A supervisor that took this host for dead told the health subject its devices were
   * disconnected; the truth goes out again so that watchers (suspenders) do not stay tripped.
   */
  const republish = (tracked: Tracked): void => {
    tracked.republish = false;
    try {
      options.bus.publish(subjects.health(beamline, tracked.identity.name), v1.DeviceHealth, toWireHealth(beamline, tracked.identity.name, tracked.machine));
    } catch (error) {
      logger.warn(`could not publish the health of ${tracked.identity.name}: ${describeError(error)}`);
    }
  };

  const retryLater = (tracked: Tracked): void => {
    if (tracked.retry || stopped) return;
    tracked.retry = setTimeout(() => {
      tracked.retry = undefined;
      if (!stopped) write(tracked);
    }, REOPEN_AFTER_MS);
    tracked.retry.unref();
  };

  const assess = (tracked: Tracked): void => {
    if (stopped) return;
    const assessment = assessDevice(tracked.machine, tracked.alarm, tracked.wanted?.detail);
    const wanted = tracked.wanted;
    if (wanted && wanted.state === assessment.state && wanted.reason === assessment.reason && wanted.alarm_severity === assessment.alarm_severity && wanted.detail === assessment.detail) return;
    tracked.wanted = assessment;
    startWatch();
    write(tracked);
  };

  const alarmOf = (device: DeviceHandle): AlarmSummary | undefined => {
    try {
      return worstAlarm(device.read());
    } catch {
      return undefined;
    }
  };

  return {
    track(device) {
      if (stopped) return;
      let tracked = devices.get(device.name);
      if (tracked) {
        // The same device on a new handle (restarted): same key, same knowledge of what is stored.
        for (const unsubscribe of tracked.unsubscribe.splice(0)) unsubscribe();
        tracked.machine = device.health();
        tracked.alarm = undefined;
      } else {
        tracked = {
          identity: deviceIdentity(beamline, device.name, incarnation),
          machine: device.health(),
          alarm: undefined,
          wanted: undefined,
          stored: undefined,
          writing: undefined,
          again: false,
          failing: false,
          retry: undefined,
          republish: false,
          seenDuringWrite: undefined,
          unsubscribe: [],
        };
        devices.set(device.name, tracked);
      }
      const current = tracked;
      current.unsubscribe.push(
        device.onHealth((health) => {
          const wasReady = isReady(current.machine.state);
          current.machine = health;
          // Readings of a device that is not ready are stale; a device that just became ready may
          // publish no reading until something changes, so its alarms are read now.
          if (!isReady(health.state)) current.alarm = undefined;
          else if (!wasReady) current.alarm = alarmOf(device);
          assess(current);
        }),
        device.onReadings((readings) => {
          current.alarm = worstAlarm(readings);
          assess(current);
        }),
      );
    },

    async stop() {
      if (stopped) return;
      stopped = true;
      for (const tracked of devices.values()) {
        for (const unsubscribe of tracked.unsubscribe.splice(0)) unsubscribe();
        clearTimeout(tracked.retry);
      }
      const watching = await watch;
      await watching?.stop();
      const finals = [...devices.values()].map(async (tracked) => {
        await tracked.writing;
        tracked.wanted = STOPPED;
        write(tracked);
        await tracked.writing;
      });
      let timer: NodeJS.Timeout | undefined;
      const timedOut = new Promise<boolean>((resolve) => (timer = setTimeout(() => resolve(true), FINAL_WRITE_MS)));
      const late = await Promise.race([Promise.all(finals).then(() => false), timedOut]);
      clearTimeout(timer);
      if (late) logger.warn(`health records of ${beamline} not all marked stopped within ${FINAL_WRITE_MS} ms`);
    },
  };
}

/** At most `size` holders; the others wait in line, first come first served. */
class Slots {
  private used = 0;
  private readonly waiting: Array<() => void> = [];

  constructor(private readonly size: number) {}

  take(): Promise<void> {
    if (this.used < this.size) {
      this.used++;
      return Promise.resolve();
    }
    return new Promise((resolve) => this.waiting.push(resolve));
  }

  /** Hands the slot to the next in line, if any. */
  give(): void {
    const next = this.waiting.shift();
    if (next) next();
    else this.used--;
  }
}
