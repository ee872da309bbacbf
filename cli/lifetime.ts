/** How long-lived roles learn that it is time to stop. */

import { SUPERVISOR_PID_ENV } from '../deploy/supervision-env.js';
import { isProcessAlive } from '../lib/process-alive.js';

const SUPERVISOR_POLL_MS = 1_000;

/** Resolves on the first SIGINT or SIGTERM, so a process can shut down cleanly. */
export function untilShutdownSignal(): Promise<NodeJS.Signals> {
  return new Promise((resolve) => {
    const onSignal = (signal: NodeJS.Signals): void => {
      process.off('SIGINT', onSignal);
      process.off('SIGTERM', onSignal);
      resolve(signal);
    };
    process.on('SIGINT', onSignal);
    process.on('SIGTERM', onSignal);
  });
}

/**
 * Resolves on SIGINT/SIGTERM, or when the `up` that started this process is gone: an `up` killed
 * with SIGKILL cannot stop its children, so they watch it instead of lingering as orphans.
 */
export function untilShutdown(): Promise<string> {
  const supervisor = Number(process.env[SUPERVISOR_PID_ENV]);
  const signal = untilShutdownSignal();
  if (!Number.isInteger(supervisor) || supervisor <= 0) return signal;
  let timer: NodeJS.Timeout | undefined;
  const orphaned = new Promise<string>((resolve) => {
    timer = setInterval(() => {
      if (!isProcessAlive(supervisor)) resolve(`the brightline up that started it (pid ${supervisor}) is gone`);
    }, SUPERVISOR_POLL_MS);
    timer.unref();
  });
  return Promise.race([signal, orphaned]).finally(() => clearInterval(timer));
}
