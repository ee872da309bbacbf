/**
 * A point detector read in software: trigger waits out the exposure, then the reading is the PV's
 * latest monitored value (a calc or ai record that integrates on its own, as in the sim IOC).
 */
import type { SignalValue } from '../signals/signal-backend.js';
import type { EntryReader } from '../config-reader.js';
import { Operation, type DeviceBehaviour, type OperationContext } from '../device-behaviour.js';
import { SoftSignalBackend, softSource } from '../signals/soft-backend.js';
import type { CommonDeviceConfig, DeviceKindModule, KindEnvironment } from './kind.js';
import { connectAll, dataKeyOf, latestNumber, readSignal, signalParts, watchChanges, watchConnection } from './signal-group.js';
import { delay } from './waits.js';

export interface PointDetectorConfig extends CommonDeviceConfig {
  readonly kind: 'point-detector';
  readonly pv: string;
  readonly exposure_s: number;
}

const DEFAULT_EXPOSURE_S = 0.1;
const QUICK_OPERATION_S = 1;

export const pointDetectorKind: DeviceKindModule<PointDetectorConfig> = {
  kind: 'point-detector',
  fields: ['pv', 'exposure_s'],
  parse(reader: EntryReader, common: CommonDeviceConfig): PointDetectorConfig {
    const pv = reader.signal('pv');
    const exposure = reader.number('exposure_s', 'non-negative', DEFAULT_EXPOSURE_S);
    for (const [field] of common.stage) {
      if (field !== 'exposure') reader.problem('stage', `'${field}' is not a settable field of a point-detector (exposure)`);
    }
    return { ...common, kind: 'point-detector', pv, exposure_s: exposure };
  },
  create: (config, env) => createPointDetector(config, env),
};

const nonNegative = (value: SignalValue): string | undefined => (typeof value === 'number' && value >= 0 ? undefined : 'must be >= 0');

function createPointDetector(config: PointDetectorConfig, env: KindEnvironment): DeviceBehaviour {
  const name = config.name;
  const signals = {
    value: env.signals.resolve(config.pv),
    // the exposure is ours, not the IOC's: configure and stage set it like a PV
    exposure: new SoftSignalBackend(softSource(env.beamline, name, 'exposure'), config.exposure_s, { units: 's', check: nonNegative, now: env.now }),
  };
  const all = Object.values(signals);
  const exposureS = (): number => latestNumber(signals.exposure);

  return {
    name,
    deviceClass: 'PointDetector',
    signals,
    configurationFields: ['exposure'],
    hintedFields: [name],
    stageSettings: config.stage,
    connect: (timeoutMs, signal) => connectAll(name, signalParts(signals), timeoutMs, signal),
    onConnection: (listener) => watchConnection(all, listener),
    onChange: (listener) => watchChanges([signals.value], listener),
    describe: () => ({ [name]: dataKeyOf(signals.value, name) }),
    read: () => ({ [name]: readSignal(signals.value) }),
    trigger: (context: OperationContext) => delay(exposureS() * 1000, context.signal),
    // nothing runs on the IOC: the machine's abort already ends the exposure wait
    stop: () => Promise.resolve(),
    expectedDurationS: (operation) => (operation === Operation.Trigger ? exposureS() : QUICK_OPERATION_S),
    close: () => all.forEach((s) => s.close()),
  };
}
