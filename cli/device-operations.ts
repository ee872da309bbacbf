/**
 * Runs Status operations (set, trigger) on several devices at once, the way Ophyd's `mv` does:
 * each tagged with its own status id so only our progress is shown, the device host watched so a
 * dead host ends the wait, and Ctrl-C turned into `stop(success=False)` on every device still busy.
 */
import { randomUUID } from 'node:crypto';
import { DeviceHostUnavailableError, type DeviceClient } from './device-client.js';
import { errorText } from './device-format.js';
import type { ProgressDisplay } from './device-progress.js';
import { ExitCode } from './exit-codes.js';

export interface StatusJob {
  device: string;
  /** Starts the operation with our status id; resolves with its elapsed seconds when it is done. */
  start(statusId: string, signal: AbortSignal): Promise<number>;
}

export type StatusOutcome = { device: string; ok: true; elapsed_s: number } | { device: string; ok: false; error: unknown };

export interface StatusesResult {
  outcomes: StatusOutcome[];
  interrupted: boolean;
  /** Set when the device host went away: no outcome can be trusted. */
  hostLost?: DeviceHostUnavailableError;
}

export interface RunStatusesOptions {
  /** Progress lines; none with --json. */
  display?: ProgressDisplay;
  /** Where notes go when there is no display. */
  notes: NodeJS.WritableStream;
}

export async function runStatuses(client: DeviceClient, jobs: readonly StatusJob[], options: RunStatusesOptions): Promise<StatusesResult> {
  const { display } = options;
  const note = (text: string): void => (display ? display.note(text) : void options.notes.write(`${text}\n`));
  const watch = client.watchHost();
  const busy = new Set(jobs.map((j) => j.device));
  const unsubscribes: Array<() => void> = [];
  let interrupted = false;

  const forceQuit = (): never => process.exit(ExitCode.Interrupted);
  const onInterrupt = (): void => {
    interrupted = true;
    process.once('SIGINT', forceQuit);
    const devices = [...busy];
    note(`interrupted: stopping ${devices.join(', ')} (Ctrl-C again to quit without waiting)`);
    for (const device of devices) {
      client.stop(device, false).catch((error: unknown) => note(`could not stop ${device}: ${(error as Error).message}`));
    }
  };
  process.once('SIGINT', onInterrupt);
  display?.start();

  try {
    const outcomes = await Promise.all(
      jobs.map(async (job): Promise<StatusOutcome> => {
        const statusId = `cli-${randomUUID()}`;
        if (display) unsubscribes.push(client.onProgress(job.device, statusId, (p) => display.update(job.device, p)));
        try {
          const elapsed = await job.start(statusId, watch.signal);
          display?.finish(job.device, `done in ${elapsed.toFixed(2)} s`);
          return { device: job.device, ok: true, elapsed_s: elapsed };
        } catch (error) {
          display?.finish(job.device, errorText(error));
          return { device: job.device, ok: false, error };
        } finally {
          busy.delete(job.device);
        }
      }),
    );
    const reason: unknown = watch.signal.aborted ? watch.signal.reason : undefined;
    return { outcomes, interrupted, ...(reason instanceof DeviceHostUnavailableError ? { hostLost: reason } : {}) };
  } finally {
    process.off('SIGINT', onInterrupt);
    process.off('SIGINT', forceQuit);
    watch.stop();
    for (const unsubscribe of unsubscribes) unsubscribe();
  }
}

/** 130 after Ctrl-C, 1 if any operation failed, else 0. */
export function exitCodeOf(result: StatusesResult): ExitCode {
  if (result.interrupted) return ExitCode.Interrupted;
  return result.outcomes.every((o) => o.ok) ? ExitCode.Ok : ExitCode.RunFailed;
}
