/**
 * An EPICS motor record (ophyd's EpicsMotor): a put to VAL whose CA put-callback completes when
 * the move ends, RBV as the reading, LLM/HLM as the soft limits.
 */
import type { PlainValue } from '../../../lib/values.js';
import type { Limits } from '../config.js';
import type { EntryReader } from '../config-reader.js';
import { Operation, type DataKeyInfo, type DeviceBehaviour, type OperationContext, type Reading } from '../device-behaviour.js';
import { InvalidSetValueError } from '../errors.js';
import type { SignalBackend } from '../signals/signal-backend.js';
import type { CommonDeviceConfig, DeviceKindModule, KindEnvironment } from './kind.js';
import { dataKeyWithLimits, reportProgress, setpointProblem } from './positioner.js';
import { connectAll, latestNumber, readSignal, signalParts, watchChanges, watchConnection } from './signal-group.js';

export interface MotorConfig extends CommonDeviceConfig {
  readonly kind: 'motor';
  /** The record, without a field: `ca://BL01:m1`. */
  readonly pv: string;
}

/** Signal field name to motor record field. */
const FIELDS = {
  setpoint: 'VAL',
  readback: 'RBV',
  done: 'DMOV',
  moving: 'MOVN',
  stop: 'STOP',
  velocity: 'VELO',
  acceleration: 'ACCL',
  high_limit: 'HLM',
  low_limit: 'LLM',
} as const;
type MotorField = keyof typeof FIELDS;

/** Fields staging may set: the rest are readbacks or commands. */
const STAGEABLE: readonly string[] = ['velocity', 'acceleration', 'high_limit', 'low_limit'];
/** A STOP put does not wait for the record, only for the server to take it. */
const STOP_PUT_TIMEOUT_MS = 5_000;
/** When VELO is unknown or zero there is no estimate; a minute covers any sane move. */
const UNKNOWN_MOVE_S = 60;
/** Stage, configure and the like are a few puts that do not wait for motion. */
const QUICK_OPERATION_S = 1;

export const motorKind: DeviceKindModule<MotorConfig> = {
  kind: 'motor',
  fields: ['pv'],
  parse(reader: EntryReader, common: CommonDeviceConfig): MotorConfig {
    const pv = reader.signal('pv');
    // record names have no '.', so one here is a field suffix and `${pv}.VAL` would name nothing
    if (pv.slice(pv.indexOf('://') + 3).includes('.')) reader.problem('pv', `must name the motor record without a field (e.g. ca://BL01:m1), got '${pv}'`);
    for (const [field] of common.stage) {
      if (!STAGEABLE.includes(field)) reader.problem('stage', `'${field}' is not a settable field of a motor (${STAGEABLE.join(', ')})`);
    }
    return { ...common, kind: 'motor', pv };
  },
  create: (config, env) => createMotor(config, env),
};

function createMotor(config: MotorConfig, env: KindEnvironment): DeviceBehaviour {
  const signals = Object.fromEntries(
    Object.entries(FIELDS).map(([field, pvField]) => [field, env.signals.resolve(`${config.pv}.${pvField}`)]),
  ) as Record<MotorField, SignalBackend>;
  const name = config.name;
  const all = Object.values(signals);

  /** LLM..HLM, or none when equal (the motor record's "no soft limits"). */
  const limits = (): Limits | undefined => {
    const low = latestNumber(signals.low_limit);
    const high = latestNumber(signals.high_limit);
    return Number.isFinite(low) && Number.isFinite(high) && low !== high ? { low, high } : undefined;
  };
  const units = (): string => signals.readback.meta().units;
  // the record's own CTRL limits may differ from LLM/HLM; the soft limits are what a set obeys
  const keyOf = (signal: SignalBackend): DataKeyInfo => dataKeyWithLimits(signal, name, limits());

  return {
    name,
    deviceClass: 'EpicsMotor',
    signals,
    configurationFields: ['velocity', 'acceleration'],
    hintedFields: [name],
    stageSettings: config.stage,
    connect: (timeoutMs, signal) => connectAll(name, signalParts(signals), timeoutMs, signal),
    onConnection: (listener) => watchConnection(all, listener),
    onChange: (listener) => watchChanges([signals.readback, signals.setpoint], listener),
    describe: () => ({ [name]: keyOf(signals.readback), [`${name}_setpoint`]: keyOf(signals.setpoint) }),
    read: (): Record<string, Reading> => ({ [name]: readSignal(signals.readback), [`${name}_setpoint`]: readSignal(signals.setpoint) }),
    checkSet: (value: PlainValue) => setpointProblem(name, value, limits(), units),
    async set(value: PlainValue, context: OperationContext) {
      if (typeof value !== 'number') throw new InvalidSetValueError(name, value, 'a finite number');
      const unsubscribe = reportProgress(signals.readback, value, units(), context);
      try {
        await signals.setpoint.put(value, { wait: true, timeoutMs: context.timeoutMs, signal: context.signal });
      } finally {
        unsubscribe();
      }
    },
    locate: () => ({ setpoint: readSignal(signals.setpoint).value, readback: readSignal(signals.readback).value }),
    stop: () => signals.stop.put(1, { wait: false, timeoutMs: STOP_PUT_TIMEOUT_MS }),
    expectedDurationS(operation, value) {
      if (operation !== Operation.Set || typeof value !== 'number') return QUICK_OPERATION_S;
      const velocity = latestNumber(signals.velocity);
      if (!(velocity > 0)) return UNKNOWN_MOVE_S;
      // a trapezoidal move is at most distance/VELO plus one ramp up and one ramp down
      const distance = Math.abs(value - latestNumber(signals.readback));
      const acceleration = Math.max(0, latestNumber(signals.acceleration) || 0);
      return (Number.isFinite(distance) ? distance / velocity : UNKNOWN_MOVE_S) + 2 * acceleration;
    },
    close: () => all.forEach((s) => s.close()),
  };
}
