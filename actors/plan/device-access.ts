/** What the interpreter needs of devices; RemoteDevices implements it over NATS, tests may fake it. */
import { BrightlineError, ErrorCode } from '../../lib/errors.js';
import type { PlainValue } from '../../lib/values.js';
import type { DeviceDescription, DeviceRead } from './documents.js';

export interface CommandOptions {
  signal?: AbortSignal;
  timeoutS?: number;
}

export interface DeviceAccess {
  describe(device: string, options?: CommandOptions): Promise<DeviceDescription>;
  /** The readings, with the asset documents (Resource, Datum...) that their external keys point into. */
  read(device: string, options?: CommandOptions): Promise<DeviceRead>;
  /** Resolves when the move has completed. */
  set(device: string, value: PlainValue, options?: CommandOptions): Promise<void>;
  /** Resolves when the acquisition has completed. */
  trigger(device: string, options?: CommandOptions): Promise<void>;
  stop(device: string, options?: CommandOptions & { success?: boolean }): Promise<void>;
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
