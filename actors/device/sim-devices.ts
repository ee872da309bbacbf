/**
 * Builds a device handle for each simulated device kind: its actor, its Ophyd-style description
 * and how its snapshot reads.
 */
import { createActor, type ActorOptions, type AnyActorLogic } from 'xstate';
import { DeviceKind, type DeviceConfig, type SimDetectorConfig, type SimMotorConfig } from './config.js';
import { createDeviceHandle, type DeviceHandle, type DescribeInfo } from './device-handle.js';
import { DeviceState, deviceStateOf, reading, type WallClock } from './device-protocol.js';
import type { RandomSource } from './random.js';
import { SIM_DETECTOR_CLASS, simDetectorMachine } from './sim-detector.machine.js';
import { simMotorMachine } from './sim-motor.machine.js';
import { moveDurationS, type SimWorld } from './sim-world.js';

export const SIM_MOTOR_CLASS = 'SimMotor';

/** XState's timer seam (`SimulatedClock` in tests). */
export type ActorClock = NonNullable<ActorOptions<AnyActorLogic>['clock']>;

/** Slack on top of an operation's expected duration before a default timeout fires. */
const TIMEOUT_FACTOR = 1.5;
const TIMEOUT_MARGIN_S = 1;

export interface SimEnvironment {
  beamline: string;
  world: SimWorld;
  now: WallClock;
  random: RandomSource;
  /** XState clock for the actors' delays; real time when absent. */
  clock?: ActorClock;
}

export function createSimDevice(config: DeviceConfig, env: SimEnvironment): DeviceHandle {
  return config.kind === DeviceKind.SimMotor ? createSimMotor(config, env) : createSimDetector(config, env);
}

function simSource(beamline: string, device: string, signal: string): string {
  return `sim://${beamline}.${device}.${signal}`;
}

export function describeSimMotor(config: SimMotorConfig, beamline: string): DescribeInfo {
  return {
    data_keys: {
      [config.name]: {
        source: simSource(beamline, config.name, 'readback'),
        dtype: 'number',
        shape: [],
        units: config.units,
        precision: config.precision,
        limits: config.limits,
        object_name: config.name,
      },
    },
    hinted_fields: [config.name],
    device_class: SIM_MOTOR_CLASS,
  };
}

export function describeSimDetector(config: SimDetectorConfig, beamline: string): DescribeInfo {
  return {
    data_keys: {
      [config.name]: {
        source: simSource(beamline, config.name, 'value'),
        dtype: 'number',
        shape: [],
        units: config.units,
        precision: 3,
        object_name: config.name,
      },
    },
    hinted_fields: [config.name],
    device_class: SIM_DETECTOR_CLASS,
  };
}

function createSimMotor(config: SimMotorConfig, env: SimEnvironment): DeviceHandle {
  const actor = createActor(simMotorMachine, { input: { config, now: env.now }, ...clockOption(env) });
  env.world.addMotor(config.name, () => actor.getSnapshot().context.position);
  return createDeviceHandle({
    name: config.name,
    actor,
    now: env.now,
    describe: describeSimMotor(config, env.beamline),
    readings: ({ context }) => ({ [config.name]: reading(context.position, context.timestamp) }),
    healthReason: ({ context, value }) => {
      const state = deviceStateOf(value);
      if (state === DeviceState.Fault) return context.fault;
      return state === DeviceState.Busy ? `moving to ${context.move?.to} ${config.units}` : '';
    },
    defaultTimeoutS: ({ context }, command) => {
      const duration = command.verb === 'set' ? moveDurationS(context.position, command.value, config.velocity) : 0;
      return duration * TIMEOUT_FACTOR + TIMEOUT_MARGIN_S;
    },
  });
}

function createSimDetector(config: SimDetectorConfig, env: SimEnvironment): DeviceHandle {
  const input = { config, world: env.world, now: env.now, random: env.random };
  const actor = createActor(simDetectorMachine, { input, ...clockOption(env) });
  return createDeviceHandle({
    name: config.name,
    actor,
    now: env.now,
    describe: describeSimDetector(config, env.beamline),
    readings: ({ context }) => ({ [config.name]: context.reading }),
    healthReason: ({ context, value }) => {
      const state = deviceStateOf(value);
      if (state === DeviceState.Fault) return context.fault;
      return state === DeviceState.Busy ? 'acquiring' : '';
    },
    defaultTimeoutS: () => config.exposure_s * TIMEOUT_FACTOR + TIMEOUT_MARGIN_S,
  });
}

function clockOption(env: SimEnvironment): { clock?: ActorClock } {
  return env.clock ? { clock: env.clock } : {};
}
