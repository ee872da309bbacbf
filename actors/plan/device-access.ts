/** What the interpreter needs of devices; RemoteDevices implements it over NATS, tests may fake it. */
import { BrightlineError, ErrorCode } from '../../lib/errors.js';
import type { PlainValue } from '../../lib/values.js';
import type { DeviceDescription, DeviceReading } from './documents.js';

export interface CommandOptions {
  signal?: AbortSignal;
  timeoutS?: number;
}

export interface DeviceAccess {
  describe(device: string, options?: CommandOptions): Promise<DeviceDescription>;
  read(device: string, options?: CommandOptions): Promise<Record<string, DeviceReading>>;
  /** Resolves when the move has completed. */
  set(device: string, value: PlainValue, options?: CommandOptions): Promise<void>;
  /** Resolves when the acquisition has completed. */
  trigger(device: string, options?: CommandOptions): Promise<void>;
  stop(device: string, options?: CommandOptions & { success?: boolean }): Promise<void>;
}

/** A command failed because the beamline's device host went silent or announced it was stopping. */
export class DeviceHostLostError extends BrightlineError {
  constructor(
    readonly beamline: string,
    readonly device: string,
    readonly verb: string,
    readonly silentMs: number,
    readonly stopping: boolean,
  ) {
    const why = stopping
      ? 'announced it is stopping'
      : `has sent no heartbeat for ${(silentMs / 1000).toFixed(1)} s`;
    super(ErrorCode.Unavailable, `device host of beamline '${beamline}' lost during '${verb}' of '${device}': it ${why}`, {
      retryable: true,
    });
  }
}
