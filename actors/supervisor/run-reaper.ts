/**
 * When a run engine dies and does not come back, its open run must still end: after a grace
 * period (a process supervisor such as `brightline up` normally restarts the engine well within
 * it, and the new engine closes the run itself), the supervisor writes the run's RunStop ('fail',
 * with why) and records the item in the queue history. The claim in plan-queue.ts makes sure only
 * one of them does.
 */
import { describeError } from '../../lib/errors.js';
import { newUid } from '../../lib/ids.js';
import { createDocumentPublisher } from '../plan/document-publisher.js';
import { PlanQueue } from '../plan/plan-queue.js';
import { KvQueueStore } from '../plan/queue-store.js';
import { recoverInterruptedWork } from '../plan/run-recovery.js';
import { DOCUMENT_STREAM, Role, subjects } from '../transport/mod.js';
import { LossKind } from './process-watch.js';
import type { SupervisorContext, SupervisorPart } from './supervisor-host.js';

/** Long enough for a restart with back-off on a loaded machine, short enough that a dead run does not look alive for long. */
export const DEFAULT_RUN_REAPER_GRACE_MS = 15_000;

export interface RunReaperOptions {
  /** How long a lost run engine has to come back before the supervisor closes its run. */
  graceMs?: number;
}

export function runReaperPart(options: RunReaperOptions = {}): SupervisorPart {
  const graceMs = options.graceMs ?? DEFAULT_RUN_REAPER_GRACE_MS;
  return {
    name: 'run reaper',
    async start(context) {
      const timers = new Map<string, NodeJS.Timeout>();
      const unsubscribe = context.onProcessEvent((event) => {
        if (event.process.role !== Role.RunEngine) return;
        const beamline = event.process.instance;
        clearTimeout(timers.get(beamline));
        timers.delete(beamline);
        // A clean goodbye leaves nothing running (the engine aborts its plan first).
        if (event.type !== 'lost' || event.how === LossKind.Stopped) return;
        timers.set(
          beamline,
          setTimeout(() => {
            timers.delete(beamline);
            if (!context.isAlive(Role.RunEngine, beamline)) void reap(context, beamline, graceMs);
          }, graceMs),
        );
      });
      return {
        async stop() {
          unsubscribe();
          for (const timer of timers.values()) clearTimeout(timer);
        },
      };
    },
  };
}

async function reap(context: SupervisorContext, beamline: string, graceMs: number): Promise<void> {
  const { bus, logger } = context;
  try {
    await bus.ensureStream({ name: DOCUMENT_STREAM, subjects: [subjects.allDocuments()] });
    const queue = new PlanQueue(await KvQueueStore.open(bus, beamline), { now: () => context.now() / 1000 });
    const emit = createDocumentPublisher({ bus, beamline, logger });
    const outcome = await recoverInterruptedWork(queue, `supervisor (the run engine of ${beamline} was gone for ${graceMs / 1000} s)`, {
      bus, beamline, emit, newUid: () => newUid(), nowS: () => context.now() / 1000, logger,
    });
    if (outcome.kind === 'recovered') {
      logger.warn(
        `run engine ${beamline} did not come back within ${graceMs / 1000} s: closed item ${outcome.record.item.item_uid} (${outcome.record.item.plan_name})` +
          (outcome.closedRuns.length ? ` and its run ${outcome.closedRuns.join(', ')} as failed` : ''),
      );
    }
  } catch (error) {
    logger.error(`could not close what the stopped run engine of ${beamline} left running: ${describeError(error)}`);
  }
}
