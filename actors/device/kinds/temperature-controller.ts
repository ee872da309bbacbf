/**
 * A temperature controller (a Lakeshore/Eurotherm behind two PVs): a set writes the setpoint, then
 * is done once the readback has stayed within `tolerance` of it for `settle_s` without a break,
 * because a loop overshoots and rings before it holds.
 */
import type { PlainValue } from '../../../lib/values.js';
import type { Limits } from '../config.js';
import type { EntryReader } from '../config-reader.js';
import { Operation, type DataKeyInfo, type DeviceBehaviour, type OperationContext } from '../device-behaviour.js';
import { InvalidSetValueError, SetpointOutOfRangeError } from '../errors.js';
import type { SignalBackend, SignalValue } from '../signals/signal-backend.js';
import { SoftSignalBackend, softSource } from '../signals/soft-backend.js';
import type { CommonDeviceConfig, DeviceKindModule, KindEnvironment } from './kind.js';
import { connectAll, dataKeyOf, latestNumber, readSignal, signalParts, watchChanges, watchConnection } from './signal-group.js';

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
  const keyOf = (signal: SignalBackend): DataKeyInfo => {
    const { limits: _own, ...key } = dataKeyOf(signal, name);
    const range = limits();
    return range ? { ...key, limits: range } : key;
  };

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
    checkSet(value: PlainValue) {
      if (typeof value !== 'number' || !Number.isFinite(value)) return new InvalidSetValueError(name, value, 'a finite number');
      const range = limits();
      if (range && (value < range.low || value > range.high)) return new SetpointOutOfRangeError(name, value, range, signals.readback.meta().units);
      return undefined;
    },
    async set(value: PlainValue, context: OperationContext) {
      if (typeof value !== 'number') throw new InvalidSetValueError(name, value, 'a finite number');
      const initial = latestNumber(signals.readback);
      const units = signals.readback.meta().units;
      const tolerance = latestNumber(signals.tolerance);
      context.progress({ initial, current: initial, target: value, units });
      const unsubscribe = signals.readback.subscribe((reading) => {
        if (typeof reading.value === 'number') context.progress({ initial, current: reading.value, target: value, units });
      });
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

/**
 * Resolves once `inBand` has held for `settleMs` without a break: entering the band starts the
 * timer, leaving it cancels it. Rejects with the abort reason, timer and listener gone, on abort.
 */
function settle(readback: SignalBackend, inBand: (value: number) => boolean, settleMs: number, abort: AbortSignal): Promise<void> {
  if (abort.aborted) return Promise.reject(abort.reason as Error);
  return new Promise<void>((resolve, reject) => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const check = (value: SignalValue | undefined): void => {
      if (typeof value === 'number' && inBand(value)) {
        timer ??= setTimeout(() => finish(), settleMs);
      } else if (timer !== undefined) {
        clearTimeout(timer);
        timer = undefined;
      }
    };
    const finish = (error?: Error): void => {
      clearTimeout(timer);
      unsubscribe();
      abort.removeEventListener('abort', onAbort);
      if (error) reject(error);
      else resolve();
    };
    const onAbort = (): void => finish(abort.reason as Error);
    const unsubscribe = readback.subscribe((reading) => check(reading.value));
    abort.addEventListener('abort', onAbort, { once: true });
    check(readback.latest()?.value);
  });
}
