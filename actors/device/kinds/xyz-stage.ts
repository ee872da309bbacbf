/**
 * An XYZ stage: three motors served as `<name>_x`, `<name>_y`, `<name>_z`, and the stage itself,
 * which reads all three and moves them together with one set of `[x, y, z]`.
 */
import type { PlainValue } from '../../../lib/values.js';
import { Operation, type DeviceBehaviour } from '../device-behaviour.js';
import { InvalidSetValueError } from '../errors.js';
import { connectChildren, describeChildren, moveChildren, readChildren, readbackOf, stopChildren, watchChildChanges, watchChildren } from './composite.js';
import type { CommonDeviceConfig, DeviceKindModule, KindEnvironment } from './kind.js';

const AXES = ['x', 'y', 'z'] as const;

export interface XyzStageConfig extends CommonDeviceConfig {
  readonly kind: 'xyz-stage';
  /** Motor record prefixes, e.g. `ca://BL03:sx`. */
  readonly x: string;
  readonly y: string;
  readonly z: string;
}

function childName(config: XyzStageConfig, axis: (typeof AXES)[number]): string {
  return `${config.name}_${axis}`;
}

function createXyzStage(config: XyzStageConfig, env: KindEnvironment): DeviceBehaviour {
  const children = AXES.map((axis) => env.device(childName(config, axis)));
  const checkSet = (value: PlainValue): InvalidSetValueError | undefined =>
    Array.isArray(value) && value.length === 3 && value.every((v) => typeof v === 'number' && Number.isFinite(v))
      ? undefined
      : new InvalidSetValueError(config.name, value, '[x, y, z], three numbers (move one axis by setting its own device)');
  return {
    name: config.name,
    deviceClass: 'XYZStage',
    signals: {},
    configurationFields: [],
    hintedFields: children.map((c) => c.name),
    stageSettings: [],
    connect: (timeoutMs, signal) => connectChildren(config.name, children, timeoutMs, signal),
    onConnection: (listener) => watchChildren(children, listener),
    onChange: (listener) => watchChildChanges(children, listener),
    describe: () => describeChildren(children),
    read: () => readChildren(children),
    checkSet,
    set: async (value, context) => {
      const targets = value as number[];
      await moveChildren(children.map((child, i) => [child, targets[i] ?? Number.NaN] as const), context);
    },
    locate: () => ({
      setpoint: children.map((c) => {
        const sp = c.behaviour.read()[`${c.name}_setpoint`]?.value;
        return typeof sp === 'number' ? sp : readbackOf(c);
      }),
      readback: children.map(readbackOf),
    }),
    stop: (success) => stopChildren(children, success),
    expectedDurationS: (operation, value) => {
      if (operation !== Operation.Set || !Array.isArray(value)) return 1;
      return Math.max(...children.map((c, i) => c.behaviour.expectedDurationS(operation, value[i])));
    },
    close: () => undefined,
  };
}

export const xyzStageKind: DeviceKindModule<XyzStageConfig> = {
  kind: 'xyz-stage',
  fields: [...AXES],
  parse: (r, common) => ({ ...common, kind: 'xyz-stage', x: r.signal('x'), y: r.signal('y'), z: r.signal('z') }),
  create: createXyzStage,
  children: (config) =>
    AXES.map((axis) => ({ kind: 'motor', name: childName(config, axis), stage: [], connect_timeout_s: config.connect_timeout_s, pv: config[axis] }) as unknown as CommonDeviceConfig),
};
