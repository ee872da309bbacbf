/**
 * A coarse+fine axis that moves as one: two motors (served as `<name>_coarse` and `<name>_fine`)
 * whose positions add up. A target the fine motor can reach from where the coarse one stands
 * moves only the fine motor (fast, precise); any other recentres the fine motor and moves the
 * coarse one, both at once.
 */
import type { PlainValue } from '../../../lib/values.js';
import { Operation, type DataKeyInfo, type DeviceBehaviour, type Reading } from '../device-behaviour.js';
import { InvalidSetValueError, SetpointOutOfRangeError } from '../errors.js';
import { connectChildren, describeChildren, moveChildren, readChildren, readbackOf, stopChildren, watchChildChanges, watchChildren } from './composite.js';
import type { CommonDeviceConfig, DeviceKindModule, DeviceRef, KindEnvironment } from './kind.js';

export interface CoarseFineConfig extends CommonDeviceConfig {
  readonly kind: 'coarse-fine';
  readonly coarse: string;
  readonly fine: string;
}

interface Range {
  readonly low: number;
  readonly high: number;
}

function rangeOf(child: DeviceRef): Range | undefined {
  return child.behaviour.describe()[child.name]?.limits;
}

/** Which motor goes where for `target`: fine only when it can get there alone. */
export function planCoarseFine(target: number, coarseAt: number, fine: Range): { coarse?: number; fine: number } {
  const fineTarget = target - coarseAt;
  if (fineTarget >= fine.low && fineTarget <= fine.high) return { fine: fineTarget };
  const centre = (fine.low + fine.high) / 2;
  return { coarse: target - centre, fine: centre };
}

function createCoarseFine(config: CoarseFineConfig, env: KindEnvironment): DeviceBehaviour {
  const coarse = env.device(`${config.name}_coarse`);
  const fine = env.device(`${config.name}_fine`);
  const children = [coarse, fine];
  const total = (): Reading => {
    const c = coarse.behaviour.read()[coarse.name];
    const f = fine.behaviour.read()[fine.name];
    const value = readbackOf(coarse) + readbackOf(fine);
    const worse = [c, f].find((r) => r && r.alarm_severity !== 'NO_ALARM');
    return {
      value,
      timestamp: Math.max(c?.timestamp ?? 0, f?.timestamp ?? 0),
      alarm_severity: worse?.alarm_severity ?? 'NO_ALARM',
      alarm_status: worse?.alarm_status ?? '',
    };
  };
  const reach = (): Range | undefined => {
    const c = rangeOf(coarse);
    const f = rangeOf(fine);
    return c && f ? { low: c.low + f.low, high: c.high + f.high } : undefined;
  };
  return {
    name: config.name,
    deviceClass: 'CoarseFineAxis',
    signals: {},
    configurationFields: [],
    hintedFields: [config.name],
    stageSettings: [],
    connect: (timeoutMs, signal) => connectChildren(config.name, children, timeoutMs, signal),
    onConnection: (listener) => watchChildren(children, listener),
    onChange: (listener) => watchChildChanges(children, listener),
    describe: () => {
      const coarseKey = coarse.behaviour.describe()[coarse.name];
      const limits = reach();
      const key: DataKeyInfo = {
        source: `composite://${config.name}`,
        dtype: 'number',
        shape: [],
        units: coarseKey?.units ?? '',
        precision: Math.max(coarseKey?.precision ?? 0, fine.behaviour.describe()[fine.name]?.precision ?? 0),
        ...(limits ? { limits } : {}),
        object_name: config.name,
      };
      return { [config.name]: key, ...describeChildren(children) };
    },
    read: () => ({ [config.name]: total(), ...readChildren(children) }),
    checkSet: (value: PlainValue) => {
      if (typeof value !== 'number' || !Number.isFinite(value)) return new InvalidSetValueError(config.name, value, 'a number');
      const limits = reach();
      if (limits && (value < limits.low || value > limits.high)) {
        return new SetpointOutOfRangeError(config.name, value, limits, coarse.behaviour.describe()[coarse.name]?.units ?? '');
      }
      return undefined;
    },
    set: async (value, context) => {
      const fineRange = rangeOf(fine) ?? { low: 0, high: 0 };
      const plan = planCoarseFine(value as number, readbackOf(coarse), fineRange);
      const moves: Array<readonly [DeviceRef, PlainValue]> = [[fine, plan.fine]];
      if (plan.coarse !== undefined) moves.push([coarse, plan.coarse]);
      await moveChildren(moves, context);
    },
    locate: () => ({ setpoint: total().value, readback: total().value }),
    stop: (success) => stopChildren(children, success),
    expectedDurationS: (operation, value) => {
      if (operation !== Operation.Set || typeof value !== 'number') return 1;
      return coarse.behaviour.expectedDurationS(operation, value - readbackOf(fine)) + fine.behaviour.expectedDurationS(operation, 0);
    },
    close: () => undefined,
  };
}

export const coarseFineKind: DeviceKindModule<CoarseFineConfig> = {
  kind: 'coarse-fine',
  fields: ['coarse', 'fine'],
  parse: (r, common) => ({ ...common, kind: 'coarse-fine', coarse: r.signal('coarse'), fine: r.signal('fine') }),
  create: createCoarseFine,
  children: (config) => [
    { kind: 'motor', name: `${config.name}_coarse`, stage: [], connect_timeout_s: config.connect_timeout_s, pv: config.coarse } as unknown as CommonDeviceConfig,
    { kind: 'motor', name: `${config.name}_fine`, stage: [], connect_timeout_s: config.connect_timeout_s, pv: config.fine } as unknown as CommonDeviceConfig,
  ],
};
