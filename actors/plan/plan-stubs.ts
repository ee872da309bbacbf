/** Small reusable plans (Bluesky's plan_stubs): the building blocks of the plans in plans.ts. */
import type { PlainValue } from '../../lib/values.js';
import type { Plan } from './msg.js';

/** Moves devices together and waits until every move has finished. */
export function* mv(moves: ReadonlyArray<readonly [string, PlainValue]>, group = 'mv'): Plan {
  for (const [device, value] of moves) yield { cmd: 'set', device, value, group };
  yield { cmd: 'wait', group };
}

/**
 * Triggers the detectors, waits for them, then reads `others` (motors, which need no trigger) and
 * the detectors into one event of `stream`.
 */
export function* triggerAndRead(detectors: readonly string[], others: readonly string[] = [], stream = 'primary'): Plan {
  const group = 'trigger';
  for (const device of detectors) yield { cmd: 'trigger', device, group };
  if (detectors.length > 0) yield { cmd: 'wait', group };
  yield { cmd: 'create', name: stream };
  for (const device of [...others, ...detectors]) yield { cmd: 'read', device };
  yield { cmd: 'save' };
}

export function* sleep(seconds: number): Plan {
  yield { cmd: 'sleep', seconds };
}

/** `num` evenly spaced points from start to stop inclusive, as numpy.linspace. */
export function linspace(start: number, stop: number, num: number): number[] {
  if (num === 1) return [start];
  const step = (stop - start) / (num - 1);
  // The last point is exactly `stop`, not start + (num-1)*step with its rounding error.
  return Array.from({ length: num }, (_, i) => (i === num - 1 ? stop : start + i * step));
}
