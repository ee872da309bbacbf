/**
 * Each beamline's plan status into the model: every status the run engines publish on
 * bl.v1.planstate.*, and the current one asked for at start and whenever a run engine comes
 * (back) up. A status naming a run starts the plot of that run.
 */
import { brightline } from '../../gen/proto.js';
import { PlanVerb, subjects, type Bus, type BusSubscription } from '../../actors/transport/mod.js';
import { describeError } from '../../lib/errors.js';
import type { Logger } from '../../lib/log.js';
import { QUICK_TIMEOUT_MS, requestRunEngine } from '../run-engine-request.js';
import type { CallContext } from '../rpc.js';
import type { FacilityModel } from './facility-model.js';
import type { RunDocuments } from './run-documents.js';
import type { PlanStatusInput } from './view-model.js';

const v1 = brightline.v1;

export interface PlanFeed {
  /** Asks `beamline`'s run engine for its status (a run engine that just started has published nothing yet). */
  refresh(beamline: string): void;
  stop(): void;
}

export function startPlanFeed(bus: Bus, model: FacilityModel, runs: RunDocuments, logger: Logger, signal: AbortSignal): PlanFeed {
  // Per beamline, publications seen since a status reply arrived: those are newer than the reply,
  // which must not overwrite them (the reply's place in the connection's order, see onReply).
  const newerThanReply = new Map<string, number>();

  const apply = (status: brightline.v1.PlanStatus): void => {
    const input = planInput(status);
    if (!input.beamline) return;
    model.plans.set(input.beamline, input);
    model.changed();
    const runUid = input.run_uids.at(-1);
    if (runUid) runs.follow(input.beamline, runUid);
  };

  const subscription: BusSubscription = bus.subscribe(subjects.planState('*'), v1.PlanStatus, (status) => {
    const counter = newerThanReply.get(status.beamline);
    if (counter !== undefined) newerThanReply.set(status.beamline, counter + 1);
    apply(status);
  });

  const refresh = (beamline: string): void => {
    if (signal.aborted) return;
    newerThanReply.delete(beamline);
    requestRunEngine(bus, serviceContext(signal), {
      subject: subjects.plan(beamline, PlanVerb.Status), beamline, what: 'status',
      requestType: v1.PlanStatusRequest, request: {}, replyType: v1.PlanStatus, capMs: QUICK_TIMEOUT_MS,
      onReply: () => newerThanReply.set(beamline, 0),
    }).then(
      (status) => {
        const newer = newerThanReply.get(beamline) ?? 0;
        newerThanReply.delete(beamline);
        if (newer === 0) apply(status.beamline ? status : Object.assign(status, { beamline }));
      },
      (error: unknown) => {
        newerThanReply.delete(beamline);
        // No run engine yet is normal while the facility starts: the health grid says so.
        if (!signal.aborted) logger.info(`dashboard: no plan status from ${beamline} yet: ${describeError(error)}`);
      },
    );
  };

  return { refresh, stop: () => subscription.unsubscribe() };
}

/** The dashboard asks on its own behalf, not a caller's: no deadline but its own cap, cancelled when it stops. */
function serviceContext(signal: AbortSignal): CallContext {
  return {
    method: 'dashboard',
    identity: { user: 'dashboard', operator: false, roles: new Map() },
    signal,
    remainingMs: (capMs) => capMs,
    header: () => undefined,
  };
}

export function planInput(status: brightline.v1.IPlanStatus): PlanStatusInput {
  return {
    beamline: status.beamline ?? '',
    state: status.state ?? '',
    item_uid: status.item_uid ?? '',
    plan_name: status.plan_name ?? '',
    run_uids: [...(status.run_uids ?? [])],
    step: status.step ?? 0,
    total_steps: status.total_steps ?? 0,
    eta_s: status.eta_s ?? 0,
    reason: status.reason ?? '',
    last_exit_status: status.last_exit_status ?? '',
    last_reason: status.last_reason ?? '',
    queued: status.queued ?? 0,
    queue_started: status.queue_started ?? false,
  };
}
