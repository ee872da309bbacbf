/**
 * A two-state shutter: a bo record (ZNAM/ONAM) commands it, a status PV (the same one by default)
 * says where the blade is. A set is done when the status reads the commanded state, not when the
 * command was taken, because a pneumatic blade moves after the record has processed.
 */
import type { PlainValue } from '../../../lib/values.js';
import type { EntryReader } from '../config-reader.js';
import { Operation, type DeviceBehaviour, type OperationContext, type Reading } from '../device-behaviour.js';
import { InvalidSetValueError } from '../errors.js';
import { SignalDtype, type SignalBackend, type SignalValue } from '../signals/signal-backend.js';
import type { CommonDeviceConfig, DeviceKindModule, KindEnvironment } from './kind.js';
import { connectAll, dataKeyOf, readSignal, signalParts, watchChanges, watchConnection } from './signal-group.js';
import { until } from './waits.js';

export interface ShutterConfig extends CommonDeviceConfig {
  readonly kind: 'shutter';
  /** The command PV, e.g. `ca://BL01:shutter`. */
  readonly pv: string;
  /** Where the state is read; `pv` unless the shutter has its own status PV. */
  readonly status: string;
  /** State names as the PVs spell them (compared case-insensitively). */
  readonly open: string;
  readonly closed: string;
}

type Target = 'open' | 'closed';

/** A pneumatic blade takes about a second; this bounds a set that names no timeout. */
const SHUTTER_MOVE_S = 5;
const QUICK_OPERATION_S = 1;

export const shutterKind: DeviceKindModule<ShutterConfig> = {
  kind: 'shutter',
  fields: ['pv', 'status', 'open', 'closed'],
  parse(reader: EntryReader, common: CommonDeviceConfig): ShutterConfig {
    const pv = reader.signal('pv');
    const status = reader.has('status') ? reader.signal('status') : pv;
    const open = reader.text('open', 'open');
    const closed = reader.text('closed', 'closed');
    if (open !== '' && open.toLowerCase() === closed.toLowerCase()) reader.problem('closed', `must differ from open ('${open}')`);
    // a shutter has no settings to stage: its position is what a plan sets
    if (common.stage.length > 0) reader.problem('stage', 'a shutter has no settable fields to stage; open it with a set');
    return { ...common, kind: 'shutter', pv, status, open, closed };
  },
  create: (config, env) => createShutter(config, env),
};

function createShutter(config: ShutterConfig, env: KindEnvironment): DeviceBehaviour {
  const name = config.name;
  const setpoint = env.signals.resolve(config.pv);
  const readback = config.status === config.pv ? setpoint : env.signals.resolve(config.status);
  const signals = { setpoint, readback };
  // one backend when status is the command PV: connect and watch it once
  const unique = [...new Set([setpoint, readback])];
  const nameOf = (target: Target): string => (target === 'open' ? config.open : config.closed);
  const accepted = `'${config.open}', '${config.closed}', 1 (${config.open}) or 0 (${config.closed})`;

  const targetOf = (value: PlainValue | SignalValue): Target | undefined => {
    if (value === 1) return 'open';
    if (value === 0) return 'closed';
    if (typeof value !== 'string') return undefined;
    const lower = value.toLowerCase();
    if (lower === config.open.toLowerCase()) return 'open';
    return lower === config.closed.toLowerCase() ? 'closed' : undefined;
  };
  /** The configured state name, or the raw value as text for a state the shutter has no name for. */
  const stateReading = (signal: SignalBackend): Reading => {
    const reading = readSignal(signal);
    const target = targetOf(reading.value);
    return { ...reading, value: target ? nameOf(target) : String(reading.value) };
  };
  /** What to put: the enum's own spelling of the state, else its index (1 = open). */
  const commandFor = (target: Target): SignalValue => {
    const meta = setpoint.meta();
    const choice = meta.choices?.find((c) => c.toLowerCase() === nameOf(target).toLowerCase());
    if (choice !== undefined) return choice;
    return meta.dtype === SignalDtype.String && !meta.choices ? nameOf(target) : target === 'open' ? 1 : 0;
  };

  return {
    name,
    deviceClass: 'Shutter',
    signals,
    configurationFields: [],
    hintedFields: [name],
    stageSettings: config.stage,
    connect: (timeoutMs, signal) => connectAll(name, signalParts(Object.fromEntries(unique.map((s) => [s.source, s]))), timeoutMs, signal),
    onConnection: (listener) => watchConnection(unique, listener),
    onChange: (listener) => watchChanges([readback], listener),
    describe: () => ({
      [name]: { ...dataKeyOf(readback, name), dtype: SignalDtype.String, shape: [], units: '', precision: 0, choices: [config.closed, config.open] },
    }),
    read: () => ({ [name]: stateReading(readback) }),
    checkSet: (value) => (targetOf(value) ? undefined : new InvalidSetValueError(name, value, accepted)),
    async set(value: PlainValue, context: OperationContext) {
      const target = targetOf(value);
      if (!target) throw new InvalidSetValueError(name, value, accepted);
      await setpoint.put(commandFor(target), { wait: true, timeoutMs: context.timeoutMs, signal: context.signal });
      await until(readback, (reading) => targetOf(reading.value) === target, context.signal);
    },
    locate: () => ({ setpoint: stateReading(setpoint).value, readback: stateReading(readback).value }),
    // a blade is not stopped halfway; the machine's abort already ends the status wait
    stop: () => Promise.resolve(),
    expectedDurationS: (operation) => (operation === Operation.Set ? SHUTTER_MOVE_S : QUICK_OPERATION_S),
    close: () => unique.forEach((s) => s.close()),
  };
}
