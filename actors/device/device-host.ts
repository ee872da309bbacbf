/**
 * A device host: one actor per configured device of a beamline, served over NATS, publishing
 * readings, health and heartbeats. Everything real-time (timers, wall clock, randomness) is chosen
 * here and injected into the machines.
 */
import { brightline } from '../../gen/proto.js';
import { describeError } from '../../lib/errors.js';
import { beamlineId } from '../../lib/ids.js';
import { silentLogger, type Logger } from '../../lib/log.js';
import { Role, startHeartbeat, subjects, type Bus, type BusService } from '../transport/mod.js';
import { DeviceKind, type DeviceConfig } from './config.js';
import type { DeviceHandle } from './device-handle.js';
import { DeviceState, type WallClock } from './device-protocol.js';
import { serveDevice, toWireHealth, toWireReadings } from './device-service.js';
import type { RandomSource } from './random.js';
import { createSimDevice, type ActorClock } from './sim-devices.js';
import { SimWorld } from './sim-world.js';

const v1 = brightline.v1;

const SERVICE_VERSION = '0.1.0';
const DEFAULT_HEARTBEAT_INTERVAL_MS = 1000;

export interface DeviceHostOptions {
  bus: Bus;
  beamline: string;
  /** As returned by parseDeviceConfigs. */
  devices: DeviceConfig[];
  logger?: Logger;
  heartbeatIntervalMs?: number;
  /** Wall time in seconds since the epoch, for timestamps; `Date.now() / 1000` by default. */
  now?: WallClock;
  /** Uniform in [0, 1) for simulated noise; pass `seededRandom(seed)` for reproducible runs. */
  random?: RandomSource;
  /** XState clock for the device actors' delays; real time by default. */
  clock?: ActorClock;
}

export interface DeviceHost {
  /** Names of the served devices, in config order. */
  readonly devices: string[];
  /** Says goodbye with a `stopping` heartbeat, then stops serving and stops the actors. Idempotent. */
  stop(): Promise<void>;
}

/**
 * Starts the devices of one beamline and serves them on `bl.v1.dev.<beamline>.<device>.<verb>`.
 * Resolves once every device is ready or in fault; a device in fault is served (it refuses
 * commands with its reason) rather than failing the host.
 */
export async function startDeviceHost(options: DeviceHostOptions): Promise<DeviceHost> {
  const { bus, devices: configs } = options;
  const beamline = beamlineId(options.beamline);
  const logger = options.logger ?? silentLogger;
  const now = options.now ?? ((): number => Date.now() / 1000);
  const intervalMs = options.heartbeatIntervalMs ?? DEFAULT_HEARTBEAT_INTERVAL_MS;
  const world = new SimWorld();
  const env = { beamline, world, now, random: options.random ?? Math.random, ...(options.clock ? { clock: options.clock } : {}) };

  const publish = (what: string, send: () => void): void => {
    try {
      send();
    } catch (error) {
      logger.warn(`could not publish ${what}: ${describeError(error)}`);
    }
  };

  const handles = configs.map((config) => createSimDevice(config, env));
  for (const device of handles) watch(device);

  function watch(device: DeviceHandle): void {
    device.onReadings((readings) =>
      publish(`readings of ${device.name}`, () =>
        bus.publish(subjects.reading(beamline, device.name), v1.ReadingUpdate, {
          beamline,
          device: device.name,
          readings: toWireReadings(readings),
        }),
      ),
    );
    device.onHealth((health) => {
      if (health.state === DeviceState.Fault) logger.warn(`${device.name} in fault: ${health.reason}`);
      publish(`health of ${device.name}`, () =>
        bus.publish(subjects.health(beamline, device.name), v1.DeviceHealth, toWireHealth(beamline, device.name, health)),
      );
    });
  }

  // Motors first: a detector's connect looks for the motor it follows.
  const ordered = [...handles].sort((a, b) => kindRank(configs, a.name) - kindRank(configs, b.name));
  for (const device of ordered) await device.connect();

  let service: BusService;
  try {
    service = await bus.addService({
      name: 'device-host',
      version: SERVICE_VERSION,
      description: `devices of beamline ${beamline}`,
      metadata: { beamline },
    });
    for (const device of handles) serveDevice(service, beamline, device);
    // Once this resolves (and the first heartbeat says we are up), a request must find us.
    await bus.flush();
  } catch (error) {
    for (const device of handles) device.shutdown();
    throw error;
  }

  const heartbeat = startHeartbeat(bus, {
    role: Role.DeviceHost,
    instance: beamline,
    intervalMs,
    startedAt: now(),
    devices: handles.map((d) => d.name),
    logger,
  });
  logger.info(`${handles.length} devices of ${beamline} ready: ${handles.map((d) => d.name).join(', ')}`);

  let stopping: Promise<void> | undefined;
  return {
    devices: configs.map((c) => c.name),
    stop: () => {
      stopping ??= (async () => {
        heartbeat.stop();
        // Pending set/trigger requests get their error reply before the service goes away.
        for (const device of handles) device.shutdown();
        await service.stop().catch((error: unknown) => logger.warn(`stopping the service: ${describeError(error)}`));
        logger.info(`stopped the devices of ${beamline}`);
      })();
      return stopping;
    },
  };
}

function kindRank(configs: readonly DeviceConfig[], name: string): number {
  return configs.find((c) => c.name === name)?.kind === DeviceKind.SimMotor ? 0 : 1;
}

