/**
 * Runs a beamline's queue through the run engine machine: while the queue is started and the
 * engine idle, the first item is built into its plan and submitted; when it ends its outcome goes
 * to the queue's history and the next one starts. One step at a time, so two items never race.
 */
import { describeError } from '../../lib/errors.js';
import type { Logger } from '../../lib/log.js';
import { fromWireMap } from '../../lib/values.js';
import { queueItemMetadata } from './documents.js';
import type { JsonObject } from './msg.js';
import type { PlanItem, PlanOutcome } from './plan-interpreter.js';
import type { PlanQueue } from './plan-queue.js';
import { buildSubmittedPlan, type SubmittedPlan } from './plan-registry.js';
import type { QueueItem } from './queue-types.js';

export interface QueueRunnerDeps {
  queue: PlanQueue;
  logger: Logger;
  /** True while the engine can take a plan. */
  idle(): boolean;
  /** Refuses devices nobody serves (throws), before a run is opened. */
  checkDevices(devices: readonly string[]): Promise<void>;
  submit(item: PlanItem): void;
}

/** The plan a queued item runs, as a submission builds it (validated, staged, with baseline and monitors). */
export function buildQueuedPlan(item: QueueItem): SubmittedPlan {
  return buildSubmittedPlan(item.plan_name, fromWireMap(item.args), { baseline: item.baseline, monitor: item.monitor });
}

export class QueueRunner {
  #chain: Promise<void> = Promise.resolve();
  #closed = false;

  constructor(private readonly deps: QueueRunnerDeps) {}

  /** Starts the next item if the queue is started and the engine idle. */
  pump(): Promise<void> {
    return this.#serial(() => this.#startNext());
  }

  /** Records how an item ended, then goes on with the queue. */
  finished(itemUid: string, outcome: PlanOutcome): Promise<void> {
    return this.#serial(async () => {
      await this.deps.queue.finish(itemUid, {
        exit_status: outcome.exitStatus,
        reason: outcome.reason,
        run_uids: outcome.runUids,
        result_json: outcome.result === undefined ? '' : JSON.stringify(outcome.result),
      });
      await this.#startNext();
    });
  }

  close(): void {
    this.#closed = true;
  }

  #serial(step: () => Promise<void>): Promise<void> {
    this.#chain = this.#chain.then(step).catch((error: unknown) => this.deps.logger.error(`queue: ${describeError(error)}`));
    return this.#chain;
  }

  async #startNext(): Promise<void> {
    for (;;) {
      if (this.#closed || !this.deps.idle()) return;
      const state = await this.deps.queue.list();
      if (!state.started || state.running_item_uid || state.items.length === 0) return;
      const item = await this.deps.queue.takeNext();
      if (!item) return;
      try {
        this.deps.submit(await this.#prepare(item));
        return;
      } catch (error) {
        // A plan that cannot start (a device gone since it was queued) fails alone; the queue goes on.
        this.deps.logger.warn(`queue item ${item.item_uid} (${item.plan_name}) cannot start: ${describeError(error)}`);
        await this.deps.queue.finish(item.item_uid, { exit_status: 'fail', reason: `could not start: ${describeError(error)}` });
      }
    }
  }

  async #prepare(item: QueueItem): Promise<PlanItem> {
    const built = buildQueuedPlan(item);
    await this.deps.checkDevices(built.devices);
    const metadata = queueItemMetadata(fromWireMap(item.metadata) as JsonObject, item.user);
    return { itemUid: item.item_uid, planName: item.plan_name, plan: built.plan, metadata, traceParent: item.trace_parent };
  }
}
