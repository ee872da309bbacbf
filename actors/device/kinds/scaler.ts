/**
 * The EPICS scaler record, the subset a step scan needs (ophyd's EpicsScaler): CNT=1 counts for TP
 * seconds and its put-callback completes when counting ends; S1..S8 hold the counts (S1 the clock).
 */
import { isRecord, type EntryReader } from '../config-reader.js';
import { Operation, type DeviceBehaviour, type OperationContext, type Reading, type DataKeyInfo } from '../device-behaviour.js';
import type { SignalBackend } from '../signals/signal-backend.js';
import type { CommonDeviceConfig, DeviceKindModule, KindEnvironment } from './kind.js';
import { connectAll, dataKeyOf, latestNumber, readSignal, signalParts, watchChanges, watchConnection } from './signal-group.js';

export interface ScalerConfig extends CommonDeviceConfig {
  readonly kind: 'scaler';
  /** The record, without a field: `ca://BL01:sc`. */
  readonly pv: string;
  /** Reading name suffix to counter number 1..8: `{ I0: 2 }` reads S2 as `<name>_I0`. */
  readonly channels: Readonly<Record<string, number>>;
  readonly exposure_s: number;
}

const COUNTERS = 8;
const DEFAULT_EXPOSURE_S = 1;
const STAGEABLE: readonly string[] = ['preset_time'];
const STOP_PUT_TIMEOUT_MS = 5_000;
const QUICK_OPERATION_S = 1;

export const scalerKind: DeviceKindModule<ScalerConfig> = {
  kind: 'scaler',
  fields: ['pv', 'channels', 'exposure_s'],
  parse(reader: EntryReader, common: CommonDeviceConfig): ScalerConfig {
    const pv = reader.signal('pv');
    // record names have no '.', so one here is a field suffix and `${pv}.CNT` would name nothing
    if (pv.slice(pv.indexOf('://') + 3).includes('.')) reader.problem('pv', `must name the scaler record without a field (e.g. ca://BL01:sc), got '${pv}'`);
    const exposure = reader.number('exposure_s', 'positive', DEFAULT_EXPOSURE_S);
    const channels = readChannels(reader);
    for (const [field] of common.stage) {
      if (!STAGEABLE.includes(field)) reader.problem('stage', `'${field}' is not a settable field of a scaler (${STAGEABLE.join(', ')})`);
    }
    return { ...common, kind: 'scaler', pv, channels, exposure_s: exposure };
  },
  create: (config, env) => createScaler(config, env),
};

function readChannels(reader: EntryReader): Record<string, number> {
  const raw = reader.mapping('channels');
  // mapping() already reported a value that is not a mapping; only absence and `{}` are left
  if (!reader.has('channels') || (isRecord(reader.entry['channels']) && Object.keys(raw).length === 0)) {
    reader.problem('channels', `must map at least one reading name to a counter number 1..${COUNTERS} (e.g. { I0: 2 })`);
  }
  const channels: Record<string, number> = {};
  const used = new Map<number, string>();
  for (const [key, counter] of Object.entries(raw)) {
    // the key becomes part of a reading key `<name>_<key>`
    if (!/^[A-Za-z0-9_]+$/.test(key)) reader.problem(`channels.${key}`, 'must be letters, digits or _');
    if (typeof counter !== 'number' || !Number.isInteger(counter) || counter < 1 || counter > COUNTERS) {
      reader.problem(`channels.${key}`, `must be a counter number 1..${COUNTERS}, got ${JSON.stringify(counter)}`);
      continue;
    }
    const other = used.get(counter);
    if (other !== undefined) reader.problem(`channels.${key}`, `counter ${counter} is already read as '${other}'`);
    used.set(counter, key);
    channels[key] = counter;
  }
  return channels;
}

function createScaler(config: ScalerConfig, env: KindEnvironment): DeviceBehaviour {
  const name = config.name;
  const resolve = (field: string): SignalBackend => env.signals.resolve(`${config.pv}.${field}`);
  const channels = Object.entries(config.channels).map(([key, counter]) => ({ key, signal: resolve(`S${counter}`) }));
  const base = { count: resolve('CNT'), preset_time: resolve('TP'), elapsed: resolve('T') };
  const signals: Record<string, SignalBackend> = { ...base, ...Object.fromEntries(channels.map((c) => [`channel_${c.key}`, c.signal])) };
  const all = Object.values(signals);
  const readKeys = [...channels.map((c) => [`${name}_${c.key}`, c.signal] as const), [`${name}_time`, base.elapsed] as const];

  return {
    name,
    deviceClass: 'EpicsScaler',
    signals,
    configurationFields: ['preset_time'],
    hintedFields: channels.map((c) => `${name}_${c.key}`),
    // the exposure is applied at stage, so a plan's counts always use it; explicit entries follow
    stageSettings: [['preset_time', config.exposure_s], ...config.stage],
    connect: (timeoutMs, signal) => connectAll(name, signalParts(signals), timeoutMs, signal),
    onConnection: (listener) => watchConnection(all, listener),
    onChange: (listener) => watchChanges(readKeys.map(([, s]) => s), listener),
    describe: (): Record<string, DataKeyInfo> => Object.fromEntries(readKeys.map(([key, s]) => [key, dataKeyOf(s, name)])),
    read: (): Record<string, Reading> => Object.fromEntries(readKeys.map(([key, s]) => [key, readSignal(s)])),
    async trigger(context: OperationContext) {
      const target = latestNumber(base.preset_time);
      const unsubscribe = base.elapsed.subscribe((reading) => {
        if (typeof reading.value === 'number') context.progress({ initial: 0, current: reading.value, target, units: 's' });
      });
      try {
        await base.count.put(1, { wait: true, timeoutMs: context.timeoutMs, signal: context.signal });
      } finally {
        unsubscribe();
      }
    },
    stop: () => base.count.put(0, { wait: false, timeoutMs: STOP_PUT_TIMEOUT_MS }),
    expectedDurationS(operation) {
      if (operation !== Operation.Trigger) return QUICK_OPERATION_S;
      const preset = latestNumber(base.preset_time);
      return Number.isFinite(preset) && preset > 0 ? preset : config.exposure_s;
    },
    close: () => all.forEach((s) => s.close()),
  };
}
