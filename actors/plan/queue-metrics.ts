/**
 * `brightline_queue_length{beamline}`: the items waiting in a run engine's queue (the running one
 * not counted, as PlanStatus.queued), from a KV watch of the queue's state key. A scrape reads the
 * watched copy: a KV read per scrape would, while NATS is away, start a 30 s retry of the queue
 * store at every scrape. The watch starts at the first scrape, so a process without metrics (no
 * MeterProvider: the gauge is never collected) pays nothing.
 */
import { brightline } from '../../gen/proto.js';
import { describeError } from '../../lib/errors.js';
import type { Logger } from '../../lib/log.js';
import { MetricName, observeGauge } from '../../lib/telemetry/meter.js';
import { subjects, type Bus, type KvWatch } from '../transport/mod.js';
import { QueueKey } from './queue-store.js';
import { queueStateFrom, type QueueState } from './queue-types.js';

const v1 = brightline.v1;

export interface QueueLengthMetric {
  stop(): Promise<void>;
}

function waiting(state: QueueState): number {
  return state.items.filter((item) => item.item_uid !== state.running_item_uid).length;
}

export function observeQueueLength(bus: Bus, beamline: string, logger: Logger): QueueLengthMetric {
  let length: number | undefined;
  let watching: Promise<KvWatch | undefined> | undefined;
  let stopped = false;

  const startWatch = async (): Promise<KvWatch | undefined> => {
    try {
      const bucket = await bus.kv(subjects.queueBucket(beamline), { history: 1 });
      const watch = await bucket.watch(QueueKey.State, v1.QueueState, (_key, value) => void (length = waiting(queueStateFrom(value))));
      // A queue never written has no state key, and the watch then says nothing: that queue is empty.
      if (length === undefined && (await bucket.get(QueueKey.State, v1.QueueState)) === undefined) length ??= 0;
      if (!stopped) return watch;
      await watch.stop();
      return undefined;
    } catch (error) {
      logger.warn(`queue length for metrics not watched (trying again at the next scrape): ${describeError(error)}`);
      watching = undefined;
      return undefined;
    }
  };

  const unobserve = observeGauge({ name: MetricName.QueueLength, description: 'Items waiting in the run engine queue (the running item not counted)' }, (observe) => {
    if (stopped) return;
    watching ??= startWatch();
    if (length !== undefined) observe(length, { beamline });
  });

  return {
    stop: async () => {
      stopped = true;
      unobserve();
      await (await watching)?.stop();
    },
  };
}
