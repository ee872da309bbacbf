/** What the interpreter needs of devices; RemoteDevices implements it over NATS, tests may fake it. */
import { BrightlineError, ErrorCode } from '../../lib/errors.js';
import type { PlainValue } from '../../lib/values.js';
import type { DeviceDescription, DeviceRead, DeviceReading, EventModelDataKey } from './documents.js';

export interface CommandOptions {
  signal?: AbortSignal;
  timeoutS?: number;
}

/** What a device reports about its configuration: event-model's descriptor `configuration` entry. */
export interface DeviceConfiguration {
  data: Record<string, PlainValue>;
  timestamps: Record<string, number>;
  dataKeys: Record<string, EventModelDataKey>;
}

/** What a flyer recorded since its last collect, with the data keys of those events. */
export interface CollectedEvents {
  dataKeys: Record<string, EventModelDataKey>;
  events: Array<{ time: number; data: Record<string, PlainValue>; timestamps: Record<string, number> }>;
}

export interface ConfigureResult {
  old: Record<string, DeviceReading>;
  new: Record<string, DeviceReading>;
}

export interface DeviceAccess {
  describe(device: string, options?: CommandOptions): Promise<DeviceDescription>;
  /**
   * The readings, and the asset documents (Resource/Datum...) those readings refer to: a detector
   * that writes files reads as datum ids and hands over the documents that resolve them.
   */
  read(device: string, options?: CommandOptions): Promise<DeviceRead>;
  /** Resolves when the move has completed. */
  set(device: string, value: PlainValue, options?: CommandOptions): Promise<void>;
  /** Resolves when the acquisition has completed. */
  trigger(device: string, options?: CommandOptions): Promise<void>;
  stop(device: string, options?: CommandOptions & { success?: boolean }): Promise<void>;
  stage(device: string, options?: CommandOptions): Promise<void>;
  unstage(device: string, options?: CommandOptions): Promise<void>;
  configure(device: string, values: Record<string, PlainValue>, options?: CommandOptions): Promise<ConfigureResult>;
  /** read_configuration and describe_configuration together, for descriptors. */
  configuration(device: string, options?: CommandOptions): Promise<DeviceConfiguration>;
  /** Resolves once the fly motion is under way. */
  kickoff(device: string, params: Record<string, PlainValue>, options?: CommandOptions): Promise<void>;
  /** Resolves when the fly motion is over. */
  complete(device: string, options?: CommandOptions): Promise<void>;
  collect(device: string, options?: CommandOptions): Promise<CollectedEvents>;
  /** Calls `listener` with every reading update the device publishes until the returned function is called. */
  monitor(device: string, listener: (readings: Record<string, DeviceReading>) => void): () => void;
  /**
   * A new step began (a checkpoint, a sleep): readings a set or trigger brought back may no longer
   * be what a read would return, so they must not stand in for one.
   */
  newStep?(): void;
}

/** Why the run engine gave up on the device host serving a command. */
export const HostLoss = {
  /** No heartbeat for longer than the silence limit: killed, hung or cut off. */
  Silent: 'silent',
  /** It said goodbye (clean shutdown). */
  Stopping: 'stopping',
  /** A new process answers under the same name: the old one, and the command it held, are gone. */
  Restarted: 'restarted',
  /** The bus says nobody serves the device's subject: the process died and its subscriptions with it. */
  Gone: 'gone',
} as const;
export type HostLoss = (typeof HostLoss)[keyof typeof HostLoss];

/** A command failed because the beamline's device host went away while it was in flight. */
export class DeviceHostLostError extends BrightlineError {
  constructor(
    readonly beamline: string,
    readonly device: string,
    readonly verb: string,
    readonly silentMs: number,
    readonly loss: HostLoss,
  ) {
    const why = {
      [HostLoss.Stopping]: 'announced it is stopping',
      [HostLoss.Restarted]: 'was restarted, so the command died with the old process',
      [HostLoss.Gone]: 'no longer answers (no process serves the device)',
      [HostLoss.Silent]: `has sent no heartbeat for ${(silentMs / 1000).toFixed(1)} s`,
    }[loss];
    super(ErrorCode.Unavailable, `device host of beamline '${beamline}' lost during '${verb}' of '${device}': it ${why}`, {
      retryable: true,
    });
  }

  get stopping(): boolean {
    return this.loss === HostLoss.Stopping;
  }
}
