/**
 * The storage ring current, read only. `beam_threshold_ma` is published as configuration
 * (`<name>_beam_threshold`) so a suspender can tell "no beam" from a low but usable current.
 */
import type { EntryReader } from '../config-reader.js';
import type { DeviceBehaviour } from '../device-behaviour.js';
import type { SignalBackend } from '../signals/signal-backend.js';
import { SoftSignalBackend, softSource } from '../signals/soft-backend.js';
import type { CommonDeviceConfig, DeviceKindModule, KindEnvironment } from './kind.js';
import { connectAll, dataKeyOf, readSignal, signalParts, watchChanges, watchConnection } from './signal-group.js';

const QUICK_OPERATION_S = 1;

export interface RingCurrentConfig extends CommonDeviceConfig {
  readonly kind: 'ring-current';
  readonly pv: string;
  /** Below this current (mA) there is no usable beam. */
  readonly beam_threshold_ma: number | undefined;
}

export const ringCurrentKind: DeviceKindModule<RingCurrentConfig> = {
  kind: 'ring-current',
  fields: ['pv', 'beam_threshold_ma'],
  parse(reader: EntryReader, common: CommonDeviceConfig): RingCurrentConfig {
    if (common.stage.length > 0) reader.problem('stage', 'a ring-current is read only: it has nothing to stage');
    return { ...common, kind: 'ring-current', pv: reader.signal('pv'), beam_threshold_ma: reader.optionalNumber('beam_threshold_ma', 'non-negative') };
  },
  create: (config, env) => createRingCurrent(config, env),
};

function createRingCurrent(config: RingCurrentConfig, env: KindEnvironment): DeviceBehaviour {
  const name = config.name;
  const current = env.signals.resolve(config.pv);
  const signals: Record<string, SignalBackend> = { current };
  if (config.beam_threshold_ma !== undefined) {
    signals['beam_threshold'] = new SoftSignalBackend(softSource(env.beamline, name, 'beam_threshold'), config.beam_threshold_ma, { units: 'mA', now: env.now });
  }
  const all = Object.values(signals);

  return {
    name,
    deviceClass: 'RingCurrent',
    signals,
    configurationFields: config.beam_threshold_ma === undefined ? [] : ['beam_threshold'],
    hintedFields: [name],
    stageSettings: config.stage,
    connect: (timeoutMs, signal) => connectAll(name, signalParts(signals), timeoutMs, signal),
    onConnection: (listener) => watchConnection(all, listener),
    onChange: (listener) => watchChanges([current], listener),
    describe: () => ({ [name]: dataKeyOf(current, name) }),
    read: () => ({ [name]: readSignal(current) }),
    // nothing it does can be stopped
    stop: () => Promise.resolve(),
    // only generic operations (configure) reach it: a put to a soft signal
    expectedDurationS: () => QUICK_OPERATION_S,
    close: () => all.forEach((s) => s.close()),
  };
}
