/**
 * A long-lived process that starts before NATS does (a host booting after a power cut, the NATS
 * nodes not serving yet) waits for it instead of exiting: exits would use up systemd's start limit
 * within half a minute and leave the unit down until someone resets it (deploy/systemd/).
 * A refused login is not waited out: it needs a person.
 */
import { setTimeout as sleep } from 'node:timers/promises';
import { BrightlineError, ErrorCode, describeError } from '../../lib/errors.js';
import type { Logger } from '../../lib/log.js';
import { Bus, type BusOptions } from './bus.js';

const FIRST_PAUSE_MS = 500;
const MAX_PAUSE_MS = 5_000;
/** How often "still waiting" is said once the first failure has been logged. */
const REMIND_EVERY_MS = 30_000;

/** Connects; while NATS cannot be reached, tries again with a growing pause. Undefined when `stopped` settles first. */
export async function connectWhenReachable(options: BusOptions, logger: Logger, stopped: Promise<unknown>): Promise<Bus | undefined> {
  let stop = false;
  void stopped.then(() => (stop = true));
  const waitingSince = Date.now();
  let lastSaid = 0;
  for (let attempt = 0; ; attempt++) {
    try {
      const bus = await Bus.connect(options);
      if (attempt > 0) logger.info(`connected to NATS after waiting ${((Date.now() - waitingSince) / 1000).toFixed(1)} s`);
      return bus;
    } catch (error) {
      if (!(error instanceof BrightlineError) || error.code !== ErrorCode.Unavailable) throw error;
      if (Date.now() - lastSaid >= REMIND_EVERY_MS) {
        logger.warn(`${describeError(error)}; ${attempt === 0 ? 'waiting for it' : `still waiting (${((Date.now() - waitingSince) / 1000).toFixed(0)} s)`}`);
        lastSaid = Date.now();
      }
    }
    const controller = new AbortController();
    await Promise.race([sleep(Math.min(FIRST_PAUSE_MS * 2 ** attempt, MAX_PAUSE_MS), undefined, { signal: controller.signal }).catch(() => undefined), stopped]);
    controller.abort();
    if (stop) return undefined;
  }
}
