/**
 * A temperature controller (a Lakeshore/Eurotherm behind two PVs): a set writes the setpoint, then
 * is done once the readback has stayed within `tolerance` of it for `settle_s` without a break,
 * because a loop overshoots and rings before it holds.
 */
import type { PlainValue } from '../../../lib/values.js';
import type { Limits } from '../config.js';
import type { EntryReader } from '../config-reader.js';
import { Operation, type DataKeyInfo, type DeviceBehaviour, type OperationContext } from '../device-behaviour.js';
import { InvalidSetValueError } from '../errors.js';
import type { SignalBackend, SignalValue } from '../signals/signal-backend.js';
import { SoftSignalBackend, softSource } from '../signals/soft-backend.js';
import type { CommonDeviceConfig, DeviceKindModule, KindEnvironment } from './kind.js';
import { dataKeyWithLimits, reportProgress, setpointProblem } from './positioner.js';
import { connectAll, latestNumber, readSignal, signalParts, watchChanges, watchConnection } from './signal-group.js';
import { settle } from './waits.js';

export interface TemperatureControllerConfig extends CommonDeviceConfig {
  readonly kind: 'temperature-controller';
  readonly setpoint: string;
  readonly readback: string;
  readonly tolerance: number;
  readonly settle_s: number;
  /** Refused setpoints outside; without it, the setpoint PV's drive limits (if any) apply. */
  readonly limits: Limits | undefined;
  /** A set's deadline when the request gives none: heating is slow. */
  readonly timeout_s: number;
}

const DEFAULTS = { tolerance: 0.5, settle_s: 2, timeout_s: 600 } as const;
const STAGEABLE: readonly string[] = ['tolerance'];
const QUICK_OPERATION_S = 1;

export const temperatureControllerKind: DeviceKindModule<TemperatureControllerConfig> = {
  kind: 'temperature-controller',
  fields: ['setpoint', 'readback', 'tolerance', 'settle_s', 'limits', 'timeout_s'],
  parse(reader: EntryReader, common: CommonDeviceConfig): TemperatureControllerConfig {
    for (const [field] of common.stage) {
      if (!STAGEABLE.includes(field)) reader.problem('stage', `'${field}' is not a settable field of a temperature-controller (${STAGEABLE.join(', ')})`);
    }
    return {
      ...common,
      kind: 'temperature-controller',
      setpoint: reader.signal('setpoint'),
      readback: reader.signal('readback'),
      tolerance: reader.number('tolerance', 'positive', DEFAULTS.tolerance),
      settle_s: reader.number('settle_s', 'non-negative', DEFAULTS.settle_s),
      limits: reader.optionalLimits('limits'),
      timeout_s: reader.number('timeout_s', 'positive', DEFAULTS.timeout_s),
    };
  },
  create: (config, env) => createTemperatureController(config, env),
};

const positive = (value: SignalValue): string | undefined => (typeof value === 'number' && value > 0 ? undefined : 'must be > 0');

function createTemperatureController(config: TemperatureControllerConfig, env: KindEnvironment): DeviceBehaviour {
  const name = config.name;
  const signals = {
    setpoint: env.signals.resolve(config.setpoint),
    readback: env.signals.resolve(config.readback),
    // configurable at run time (configure, stage) without a PV to hold it
    tolerance: new SoftSignalBackend(softSource(env.beamline, name, 'tolerance'), config.tolerance, { check: positive, now: env.now }),
  };
  const all = Object.values(signals);
  const limits = (): Limits | undefined => config.limits ?? (signals.setpoint.latest() ? signals.setpoint.meta().limits : undefined);
  const keyOf = (signal: SignalBackend): DataKeyInfo => dataKeyWithLimits(signal, name, limits());

  return {
    name,
    deviceClass: 'TemperatureController',
    signals,
    configurationFields: ['tolerance'],
    hintedFields: [name],
    stageSettings: config.stage,
    connect: (timeoutMs, signal) => connectAll(name, signalParts(signals), timeoutMs, signal),
    onConnection: (listener) => watchConnection(all, listener),
    onChange: (listener) => watchChanges([signals.readback, signals.setpoint], listener),
    describe: () => ({ [name]: keyOf(signals.readback), [`${name}_setpoint`]: keyOf(signals.setpoint) }),
    read: () => ({ [name]: readSignal(signals.readback), [`${name}_setpoint`]: readSignal(signals.setpoint) }),
    checkSet: (value: PlainValue) => setpointProblem(name, value, limits(), () => signals.readback.meta().units),
    async set(value: PlainValue, context: OperationContext) {
      if (typeof value !== 'number') throw new InvalidSetValueError(name, value, 'a finite number');
      const units = signals.readback.meta().units;
      const tolerance = latestNumber(signals.tolerance);
      const unsubscribe = reportProgress(signals.readback, value, units, context);
      try {
        await signals.setpoint.put(value, { wait: true, timeoutMs: context.timeoutMs, signal: context.signal });
        await settle(signals.readback, (current) => Math.abs(current - value) <= tolerance, config.settle_s * 1000, context.signal);
      } finally {
        unsubscribe();
      }
    },
    locate: () => ({ setpoint: readSignal(signals.setpoint).value, readback: readSignal(signals.readback).value }),
    // the loop keeps regulating to its setpoint; the machine's abort already ends the settle wait
    stop: () => Promise.resolve(),
    expectedDurationS: (operation) => (operation === Operation.Set ? config.timeout_s : QUICK_OPERATION_S),
    close: () => all.forEach((s) => s.close()),
  };
}
