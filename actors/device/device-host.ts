/**
 * A device host: one actor per configured device of a beamline, served over NATS, publishing
 * readings, health, progress and heartbeats. A device that cannot connect is served in fault
 * (it refuses commands with its reason) and keeps retrying; the others are unaffected. A device
 * whose actor crashes is restarted with back-off, and left in fault after too many crashes
 * (supervised-device.ts).
 */
import { brightline } from '../../gen/proto.js';
import { describeError, type BrightlineError } from '../../lib/errors.js';
import { beamlineId } from '../../lib/ids.js';
import { silentLogger, type Logger } from '../../lib/log.js';
import { Role, startHeartbeat, subjects, type Bus, type BusService } from '../transport/mod.js';
import { DEVICE_RESTART_POLICY, validateRestartPolicy, type RestartPolicy } from '../supervisor/restart-policy.js';
import type { DeviceConfig } from './config.js';
import { createDeviceHandle, type ActorClock, type DeviceEventSink, type DeviceHandle } from './device-handle.js';
import { DeviceState, type WallClock } from './device-protocol.js';
import { serveDevices, toWireHealth, toWireReadings } from './device-service.js';
import { guardSharedDevices, type LeaseGuard } from './lease-guard.js';
import { startHealthRecorder } from './health-recorder.js';
import { UnknownDeviceError } from './errors.js';
import type { DeviceHealthInfo, KindEnvironment } from './kinds/kind.js';
import { kindModule } from './kinds/registry.js';
import type { RandomSource } from './random.js';
import type { SignalResolver } from './signals/resolver.js';
import { superviseDevice, supervisorClockOf } from './supervised-device.js';

const v1 = brightline.v1;

const SERVICE_VERSION = '0.2.0';
/** Short, so that the supervisor marks a dead host's devices within a second (3 missed beats). */
const DEFAULT_HEARTBEAT_INTERVAL_MS = 250;

export interface DeviceHostOptions {
  bus: Bus;
  beamline: string;
  /** As returned by parseDeviceConfigs: dependencies first. */
  devices: DeviceConfig[];
  /** Resolves the ca://, sim:// (and in tests mock://) URIs of the config. */
  signals: SignalResolver;
  /** Where detectors that write files put them. */
  dataDir: string;
  logger?: Logger;
  heartbeatIntervalMs?: number;
  /** Wall time in seconds since the epoch, for timestamps; `Date.now() / 1000` by default. */
  now?: WallClock;
  /** Uniform in [0, 1) for simulated noise; pass `seededRandom(seed)` for reproducible runs. */
  random?: RandomSource;
  /** XState clock for the device actors' delays (and restarts, if it has `now()`); real time by default. */
  clock?: ActorClock;
  /** How a device whose actor crashed is restarted; DEVICE_RESTART_POLICY by default. */
  restartPolicy?: RestartPolicy;
  /** First connect retry of a device in fault; doubles up to 30 s. */
  retryDelayMs?: number;
  /** Called after the devices are shut down, to release what `signals` holds (a CA client). */
  onStopped?: () => Promise<void>;
}

export interface DeviceHost {
  /** Names of the served devices, in creation order. */
  readonly devices: string[];
  device(name: string): DeviceHandle;
  /** Says goodbye with a `stopping` heartbeat, then stops serving and stops the actors. Idempotent. */
  stop(): Promise<void>;
}

/**
 * Starts the devices of one beamline and serves them on `bl.v1.dev.<beamline>.<device>.<verb>`.
 * Resolves once every device has connected or reported fault.
 */
export async function startDeviceHost(options: DeviceHostOptions): Promise<DeviceHost> {
  const { bus } = options;
  const beamline = beamlineId(options.beamline);
  const logger = options.logger ?? silentLogger;
  const now = options.now ?? ((): number => Date.now() / 1000);
  const handles = new Map<string, DeviceHandle>();
  const startedAt = now();
  const healthRecords = startHealthRecorder({ bus, beamline, startedAt, now, logger });

  const publish = (what: string, send: () => void): void => {
    try {
      send();
    } catch (error) {
      logger.warn(`could not publish ${what}: ${describeError(error)}`);
    }
  };

  const lookup = (name: string): DeviceHandle => {
    const handle = handles.get(name);
    if (!handle) throw new UnknownDeviceError(beamline, name, [...handles.keys()]);
    return handle;
  };

  const env: KindEnvironment = {
    beamline,
    signals: options.signals,
    now,
    random: options.random ?? Math.random,
    dataDir: options.dataDir,
    device: lookup,
  };

  const onStopFailed = (device: string, error: BrightlineError): void => logger.error(`stop of ${device} failed: ${error.message}`);
  const restartPolicy = validateRestartPolicy(options.restartPolicy ?? DEVICE_RESTART_POLICY);
  const restartClock = supervisorClockOf(options.clock);
  try {
    for (const config of options.devices) {
      const module = kindModule(config.kind);
      if (!module) throw new TypeError(`device ${config.name}: unknown kind '${config.kind}' (configs must come from parseDeviceConfigs)`);
      // Every restart builds a fresh behaviour: the dead one's signals are closed with it.
      const spawn = (sink: DeviceEventSink) =>
        createDeviceHandle({
          sink,
          behaviour: module.create(config, env),
          connectTimeoutMs: config.connect_timeout_s * 1000,
          now,
          onStopFailed,
          ...(options.clock ? { clock: options.clock } : {}),
          ...(options.retryDelayMs === undefined ? {} : { retryDelayMs: options.retryDelayMs }),
        });
      const handle = superviseDevice({ name: config.name, spawn, policy: restartPolicy, now, logger, ...(restartClock ? { clock: restartClock } : {}) });
      handles.set(config.name, handle);
      watch(handle);
    }
  } catch (error) {
    for (const handle of handles.values()) handle.shutdown();
    throw error;
  }

  function watch(device: DeviceHandle): void {
    healthRecords.track(device);
    device.onReadings((readings) =>
      publish(`readings of ${device.name}`, () =>
        bus.publish(subjects.reading(beamline, device.name), v1.ReadingUpdate, { beamline, device: device.name, readings: toWireReadings(readings) }),
      ),
    );
    // Every change is published as it happens, except `busy`, which waits one event-loop turn: an
    // operation that starts and ends within the turn (a trigger with no exposure) would otherwise
    // cost two socket writes per step that nobody could see (bench/run-engine.ts).
    let published: DeviceHealthInfo | undefined;
    let current: DeviceHealthInfo | undefined;
    const send = (health: DeviceHealthInfo): void => {
      if (published && published.state === health.state && published.reason === health.reason) return;
      published = health;
      publish(`health of ${device.name}`, () =>
        bus.publish(subjects.health(beamline, device.name), v1.DeviceHealth, toWireHealth(beamline, device.name, health)),
      );
    };
    device.onHealth((health) => {
      if (health.state === DeviceState.Fault) logger.warn(`${device.name} in fault: ${health.reason}`);
      else if (health.state === DeviceState.Disconnected) logger.warn(`${device.name} disconnected: ${health.reason}`);
      current = health;
      if (health.state !== DeviceState.Busy) return send(health);
      setImmediate(() => {
        if (current === health) send(health);
      });
    });
    device.onProgress(({ statusId, operation, progress }) => {
      const span = progress.target - progress.initial;
      const fraction = span === 0 ? 1 : Math.min(1, Math.max(0, (progress.current - progress.initial) / span));
      publish(`progress of ${device.name}`, () =>
        bus.publish(subjects.statusProgress(beamline, device.name), v1.StatusProgress, {
          beamline, device: device.name, status_id: statusId, operation, ...progress, fraction,
        }),
      );
    });
  }

  let service: BusService;
  let guard: LeaseGuard | undefined;
  try {
    // Devices marked `shared` refuse mutating commands without the current lease token.
    guard = await guardSharedDevices({ bus, devices: options.devices, logger, now });
    service = await bus.addService({ name: 'device-host', version: SERVICE_VERSION, description: `devices of beamline ${beamline}`, metadata: { beamline } });
    serveDevices(service, beamline, handles, guard?.check);
    await bus.flush();
  } catch (error) {
    for (const handle of handles.values()) handle.shutdown();
    await guard?.stop();
    throw error;
  }

  // All at once: a composite's connect waits for its children, which connect alongside it.
  const settled = await Promise.all([...handles.values()].map((h) => h.start()));
  const faulted = [...handles.values()].filter((_, i) => settled[i]?.state === DeviceState.Fault).map((h) => h.name);

  const heartbeat = startHeartbeat(bus, {
    role: Role.DeviceHost,
    instance: beamline,
    intervalMs: options.heartbeatIntervalMs ?? DEFAULT_HEARTBEAT_INTERVAL_MS,
    startedAt,
    devices: [...handles.keys()],
    logger,
  });
  const ready = handles.size - faulted.length;
  logger.info(`${ready} of ${handles.size} devices of ${beamline} ready${faulted.length ? `; in fault, retrying: ${faulted.join(', ')}` : ''}`);

  let stopping: Promise<void> | undefined;
  return {
    devices: [...handles.keys()],
    device: lookup,
    stop: () => {
      stopping ??= (async () => {
        heartbeat.stop();
        // Dependents first: a composite lets go of its children before they go.
        for (const handle of [...handles.values()].reverse()) handle.shutdown();
        await healthRecords.stop();
        await service.stop().catch((error: unknown) => logger.warn(`stopping the service: ${describeError(error)}`));
        await guard?.stop();
        await options.onStopped?.().catch((error: unknown) => logger.warn(`releasing signals: ${describeError(error)}`));
        logger.info(`stopped the devices of ${beamline}`);
      })();
      return stopping;
    },
  };
}
