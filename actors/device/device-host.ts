/**
 * A device host: one actor per configured device of a beamline, served over NATS, publishing
 * readings, health, progress and heartbeats. A device that cannot connect is served in fault
 * (it refuses commands with its reason) and keeps retrying; the others are unaffected.
 */
import { brightline } from '../../gen/proto.js';
import { describeError, type BrightlineError } from '../../lib/errors.js';
import { beamlineId } from '../../lib/ids.js';
import { silentLogger, type Logger } from '../../lib/log.js';
import { Role, startHeartbeat, subjects, type Bus, type BusService } from '../transport/mod.js';
import type { DeviceConfig } from './config.js';
import { createDeviceHandle, type ActorClock, type DeviceHandle } from './device-handle.js';
import { DeviceState, type WallClock } from './device-protocol.js';
import { serveDevices, toWireHealth, toWireReadings } from './device-service.js';
import { UnknownDeviceError } from './errors.js';
import type { DeviceHealthInfo, KindEnvironment } from './kinds/kind.js';
import { kindModule } from './kinds/registry.js';
import type { RandomSource } from './random.js';
import type { SignalResolver } from './signals/resolver.js';

const v1 = brightline.v1;

const SERVICE_VERSION = '0.2.0';
const DEFAULT_HEARTBEAT_INTERVAL_MS = 1000;

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
  /** XState clock for the device actors' delays; real time by default. */
  clock?: ActorClock;
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
  try {
    for (const config of options.devices) {
      const module = kindModule(config.kind);
      if (!module) throw new TypeError(`device ${config.name}: unknown kind '${config.kind}' (configs must come from parseDeviceConfigs)`);
      const handle = createDeviceHandle({
        behaviour: module.create(config, env),
        connectTimeoutMs: config.connect_timeout_s * 1000,
        now,
        onStopFailed,
        ...(options.clock ? { clock: options.clock } : {}),
        ...(options.retryDelayMs === undefined ? {} : { retryDelayMs: options.retryDelayMs }),
      });
      handles.set(config.name, handle);
      watch(handle);
    }
  } catch (error) {
    for (const handle of handles.values()) handle.shutdown();
    throw error;
  }

  function watch(device: DeviceHandle): void {
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
  try {
    service = await bus.addService({ name: 'device-host', version: SERVICE_VERSION, description: `devices of beamline ${beamline}`, metadata: { beamline } });
    serveDevices(service, beamline, handles);
    await bus.flush();
  } catch (error) {
    for (const handle of handles.values()) handle.shutdown();
    throw error;
  }

  // All at once: a composite's connect waits for its children, which connect alongside it.
  const settled = await Promise.all([...handles.values()].map((h) => h.start()));
  const faulted = [...handles.values()].filter((_, i) => settled[i]?.state === DeviceState.Fault).map((h) => h.name);

  const heartbeat = startHeartbeat(bus, {
    role: Role.DeviceHost,
    instance: beamline,
    intervalMs: options.heartbeatIntervalMs ?? DEFAULT_HEARTBEAT_INTERVAL_MS,
    startedAt: now(),
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
        await service.stop().catch((error: unknown) => logger.warn(`stopping the service: ${describeError(error)}`));
        await options.onStopped?.().catch((error: unknown) => logger.warn(`releasing signals: ${describeError(error)}`));
        logger.info(`stopped the devices of ${beamline}`);
      })();
      return stopping;
    },
  };
}
