/**
 * Keeps trying to start something the dashboard needs from the bus (a KV watch, a stream reader)
 * until it starts or the dashboard stops: a gateway started before JetStream is ready, or while a
 * bucket does not exist yet, catches up on its own instead of showing nothing for ever.
 */
import { setTimeout as delay } from 'node:timers/promises';
import { describeError } from '../../lib/errors.js';
import type { Logger } from '../../lib/log.js';

const FIRST_DELAY_MS = 250;
const MAX_DELAY_MS = 5_000;

/** Resolves with what `start` gave, or undefined once `signal` aborts. Logs the first failure and every tenth. */
export async function startWithRetry<T>(what: string, start: () => Promise<T>, signal: AbortSignal, logger: Logger): Promise<T | undefined> {
  let wait = FIRST_DELAY_MS;
  for (let attempt = 1; !signal.aborted; attempt++) {
    try {
      return await start();
    } catch (error) {
      if (signal.aborted) return undefined;
      if (attempt === 1 || attempt % 10 === 0) logger.warn(`dashboard: ${what} failed (attempt ${attempt}, trying again): ${describeError(error)}`);
      await delay(wait, undefined, { signal }).catch(() => undefined);
      wait = Math.min(MAX_DELAY_MS, wait * 2);
    }
  }
  return undefined;
}
