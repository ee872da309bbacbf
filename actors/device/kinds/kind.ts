/**
 * The contract of a device kind module: how its config entry is read and how its behaviour is
 * built. The registry (registry.ts) lists every kind; config.ts and the host know nothing else.
 */
import type { BeamlineId, DeviceName } from '../../../lib/ids.js';
import type { PlainValue } from '../../../lib/values.js';
import type { EntryReader } from '../config-reader.js';
import type { DeviceBehaviour, Reading, DataKeyInfo } from '../device-behaviour.js';
import type { DeviceState } from '../device-protocol.js';
import type { RandomSource } from '../random.js';
import type { SignalResolver } from '../signals/resolver.js';
import type { Unsubscribe } from '../signals/signal-backend.js';

/** Fields every device entry may have besides its kind's own. */
export interface CommonDeviceConfig {
  readonly kind: string;
  readonly name: DeviceName;
  /** Ophyd's stage_sigs: signal field to value while staged. */
  readonly stage: ReadonlyArray<readonly [string, PlainValue]>;
  readonly connect_timeout_s: number;
  /** Used by several beamlines: mutating commands need the current lease (lease-guard.ts). */
  readonly shared?: boolean;
  /** With `shared`: what the lease manager sets it to after a lease expires or is broken. */
  readonly safe_state?: number | string;
}

export const COMMON_FIELDS = ['kind', 'name', 'stage', 'connect_timeout_s', 'shared', 'safe_state'] as const;

/** Health of a device as the machine reports it. */
export interface DeviceHealthInfo {
  readonly state: DeviceState;
  readonly since: number;
  readonly reason: string;
}

export interface StatusResult {
  readonly elapsedS: number;
}

/** Another device of the same host, driven through its own actor (so its state stays true). */
export interface DeviceRef {
  readonly name: string;
  readonly behaviour: DeviceBehaviour;
  health(): DeviceHealthInfo;
  onHealth(listener: (health: DeviceHealthInfo) => void): Unsubscribe;
  /** Resolves once the device is ready; rejects with its fault reason or when aborted. */
  whenReady(signal: AbortSignal): Promise<void>;
  set(value: PlainValue, timeoutS: number, signal?: AbortSignal): Promise<StatusResult>;
  trigger(timeoutS: number, signal?: AbortSignal): Promise<StatusResult>;
  stop(success: boolean): void;
  read(): Record<string, Reading>;
  describe(): Record<string, DataKeyInfo>;
}

export interface KindEnvironment {
  readonly beamline: BeamlineId;
  readonly signals: SignalResolver;
  /** Wall time in seconds since the epoch. */
  readonly now: () => number;
  readonly random: RandomSource;
  /** Where detectors that write files put them (one folder per beamline). */
  readonly dataDir: string;
  /** A device this one declared in `dependsOn` or `children`; created and started before it. */
  device(name: string): DeviceRef;
}

export interface DeviceKindModule<C extends CommonDeviceConfig = CommonDeviceConfig> {
  readonly kind: string;
  /** Its own config fields, besides COMMON_FIELDS. */
  readonly fields: readonly string[];
  /** Reads the kind's fields; report problems through the reader, never throw. */
  parse(reader: EntryReader, common: CommonDeviceConfig): C;
  create(config: C, env: KindEnvironment): DeviceBehaviour;
  /** Other devices of the host this one drives (a flyer's motor), which must exist. */
  dependsOn?(config: C): readonly string[];
  /** Devices it declares (an XYZ stage's axes), served under their own names, created first. */
  children?(config: C): readonly CommonDeviceConfig[];
}
