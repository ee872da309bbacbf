/**
 * Runs Status operations (set, trigger) on several devices at once, the way Ophyd's `mv` does:
 * each tagged with its own status id so only our progress is shown, and Ctrl-C turned into
 * `stop(success=False)` on every device still busy. A device host that dies mid-move fails the
 * move's call (the gateway watches the host), which ends the wait.
 */
import { randomUUID } from 'node:crypto';
import type { BrightlineError } from '../lib/errors.js';
import { failsWholeCommand, type DeviceClient } from './device-client.js';
import { errorText } from './device-format.js';
import type { ProgressDisplay } from './device-progress.js';
import { ExitCode } from './exit-codes.js';

export interface StatusJob {
  device: string;
  /** Starts the operation with our status id; resolves with its elapsed seconds when it is done. */
  start(statusId: string): Promise<number>;
}

export type StatusOutcome = { device: string; ok: true; elapsed_s: number } | { device: string; ok: false; error: unknown };

export interface StatusesResult {
  outcomes: StatusOutcome[];
  interrupted: boolean;
  /** Set when the device host or the gateway went away, or the caller was refused: no outcome can be trusted. */
  fatal?: BrightlineError;
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
          const elapsed = await job.start(statusId);
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
    const fatal = outcomes.flatMap((o) => (!o.ok && failsWholeCommand(o.error) ? [o.error] : []))[0];
    return { outcomes, interrupted, ...(fatal ? { fatal } : {}) };
  } finally {
    process.off('SIGINT', onInterrupt);
    process.off('SIGINT', forceQuit);
    for (const unsubscribe of unsubscribes) unsubscribe();
  }
}

/** 130 after Ctrl-C, 1 if any operation failed, else 0. */
export function exitCodeOf(result: StatusesResult): ExitCode {
  if (result.interrupted) return ExitCode.Interrupted;
  return result.outcomes.every((o) => o.ok) ? ExitCode.Ok : ExitCode.RunFailed;
}
