/**
 * One PV served as a device (ophyd's EpicsSignal / EpicsSignalRO): a `sample` stringout naming the
 * sample, a gap readback. Writable unless `read_only`; a read-only one has no `set`, so the
 * machine refuses the verb instead of the IOC.
 */
import type { BrightlineError } from '../../../lib/errors.js';
import type { PlainValue } from '../../../lib/values.js';
import { describeGot, type EntryReader } from '../config-reader.js';
import { Operation, type DeviceBehaviour, type OperationContext } from '../device-behaviour.js';
import { InvalidSetValueError } from '../errors.js';
import { SignalPutError } from '../signals/errors.js';
import { SignalDtype, type SignalBackend, type SignalValue } from '../signals/signal-backend.js';
import type { CommonDeviceConfig, DeviceKindModule, KindEnvironment } from './kind.js';
import { connectAll, dataKeyOf, readSignal, signalParts, watchChanges, watchConnection } from './signal-group.js';

export interface SignalDeviceConfig extends CommonDeviceConfig {
  readonly kind: 'signal';
  readonly pv: string;
  readonly read_only: boolean;
}

/** A put with a put-callback to an ordinary record completes at once; slow records get a margin. */
const PUT_S = 10;
const QUICK_OPERATION_S = 1;

export const signalDeviceKind: DeviceKindModule<SignalDeviceConfig> = {
  kind: 'signal',
  fields: ['pv', 'read_only'],
  parse(reader: EntryReader, common: CommonDeviceConfig): SignalDeviceConfig {
    const pv = reader.signal('pv');
    // EntryReader has no flag reader; a boolean is checked here
    const readOnly = reader.entry['read_only'] ?? false;
    if (typeof readOnly !== 'boolean') reader.problem('read_only', `must be true or false${describeGot(readOnly)}`);
    for (const [field] of common.stage) {
      if (field !== 'value' || readOnly === true) reader.problem('stage', `'${field}' is not a settable field of this signal${readOnly === true ? ' (read only)' : ' (value)'}`);
    }
    return { ...common, kind: 'signal', pv, read_only: readOnly === true };
  },
  create: (config, env) => createSignalDevice(config, env),
};

/** The value as a signal takes it; undefined for booleans and mixed or nested lists. */
function toSignalValue(value: PlainValue): SignalValue | undefined {
  if (typeof value === 'number' || typeof value === 'string') return value;
  if (!Array.isArray(value)) return undefined;
  if (value.every((v): v is number => typeof v === 'number')) return value;
  if (value.every((v): v is string => typeof v === 'string')) return value;
  return undefined;
}

/** Why `value` cannot be put to `signal`, judged from its metadata. */
function putProblem(name: string, signal: SignalBackend, value: PlainValue): BrightlineError | undefined {
  const meta = signal.meta();
  if (!meta.writable) return new SignalPutError(signal.source, 'no write access');
  if (meta.choices) {
    const ok = (typeof value === 'string' && meta.choices.includes(value)) || (typeof value === 'number' && Number.isInteger(value) && value >= 0 && value < meta.choices.length);
    return ok ? undefined : new InvalidSetValueError(name, value, `one of ${meta.choices.map((c) => `'${c}'`).join(', ')} or its index`);
  }
  switch (meta.dtype) {
    case SignalDtype.String:
      return typeof value === 'string' ? undefined : new InvalidSetValueError(name, value, 'text');
    case SignalDtype.Integer:
      return typeof value === 'number' && Number.isInteger(value) ? undefined : new InvalidSetValueError(name, value, 'an integer');
    case SignalDtype.Number:
      return typeof value === 'number' && Number.isFinite(value) ? undefined : new InvalidSetValueError(name, value, 'a finite number');
    case SignalDtype.Array:
      return Array.isArray(value) && toSignalValue(value) !== undefined ? undefined : new InvalidSetValueError(name, value, 'a list of numbers or of strings');
  }
}

function createSignalDevice(config: SignalDeviceConfig, env: KindEnvironment): DeviceBehaviour {
  const name = config.name;
  const value = env.signals.resolve(config.pv);
  const signals = { value };
  const behaviour: DeviceBehaviour = {
    name,
    deviceClass: config.read_only ? 'EpicsSignalRO' : 'EpicsSignal',
    signals,
    configurationFields: [],
    hintedFields: [name],
    stageSettings: config.stage,
    connect: (timeoutMs, signal) => connectAll(name, signalParts(signals), timeoutMs, signal),
    onConnection: (listener) => watchConnection([value], listener),
    onChange: (listener) => watchChanges([value], listener),
    describe: () => ({ [name]: dataKeyOf(value, name) }),
    read: () => ({ [name]: readSignal(value) }),
    // a put is not undone; the machine's abort already ends the wait for its callback
    stop: () => Promise.resolve(),
    expectedDurationS: (operation) => (operation === Operation.Set ? PUT_S : QUICK_OPERATION_S),
    close: () => value.close(),
  };
  if (config.read_only) return behaviour;
  return {
    ...behaviour,
    checkSet: (candidate) => putProblem(name, value, candidate),
    async set(candidate: PlainValue, context: OperationContext) {
      const problem = putProblem(name, value, candidate);
      const put = toSignalValue(candidate);
      if (problem || put === undefined) throw problem ?? new InvalidSetValueError(name, candidate, 'a number, text or a list');
      await value.put(put, { wait: true, timeoutMs: context.timeoutMs, signal: context.signal });
    },
    locate: () => {
      const current = readSignal(value).value;
      return { setpoint: current, readback: current };
    },
  };
}
