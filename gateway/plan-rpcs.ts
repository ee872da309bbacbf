/**
 * The plan methods of the Facility service: the plan catalog, submitting, controlling and watching
 * the plan a beamline's run engine runs. Each is one request to the engine over NATS (or, for the
 * watch, its published status); the engine decides, the gateway checks who may ask.
 */
import { brightline } from '../gen/proto.js';
import { BrightlineError, ErrorCode, InvalidArgumentError } from '../lib/errors.js';
import { PlanVerb, Role, subjects, type Bus } from '../actors/transport/mod.js';
import { beamlineNeed, requestedBeamline } from './beamline-request.js';
import { QUICK_TIMEOUT_MS, requestRunEngine, SUBMIT_TIMEOUT_MS } from './run-engine-request.js';
import { BeamlineRole, type CallContext, type FacilityHandlers } from './rpc.js';
import { LatestByKey, untilAborted } from './stream-pump.js';

const v1 = brightline.v1;

/** The verbs of ControlPlan; halt (no cleanup, devices left where they are) is for staff. */
const CONTROL_VERBS = [PlanVerb.Pause, PlanVerb.Resume, PlanVerb.Abort, PlanVerb.Stop, PlanVerb.Halt] as const;
type ControlVerb = (typeof CONTROL_VERBS)[number];

export interface PlanHandlerOptions {
  /**
   * How long the run engine may send no heartbeat before WatchPlanStatus ends with UNAVAILABLE.
   * Default 5 s, as the CLI waited when it followed the engine over NATS itself.
   */
  runEngineSilenceMs?: number;
}

const DEFAULT_SILENCE_MS = 5_000;

export function planHandlers(bus: Bus, options: PlanHandlerOptions = {}): FacilityHandlers {
  const silenceMs = options.runEngineSilenceMs ?? DEFAULT_SILENCE_MS;
  return {
    ListPlans: {
      kind: 'unary',
      need: () => ({ kind: 'authenticated' }),
      handle: async (_request, context) => {
        const reply = await requestRunEngine(bus, context, {
          subject: subjects.planCatalog(), beamline: '', what: 'plans',
          requestType: v1.Empty, request: {}, replyType: v1.ListPlansReply, capMs: QUICK_TIMEOUT_MS,
        });
        return { plans: reply.plans };
      },
    },

    SubmitPlan: {
      kind: 'unary',
      need: (request) => beamlineNeed(request.beamline, BeamlineRole.User, 'submit a plan'),
      handle: async (request, context) => {
        const beamline = requestedBeamline(request.beamline);
        if (!request.plan?.plan_name) throw new InvalidArgumentError('SubmitPlan needs a plan with a plan_name (see ListPlans)');
        // Whoever the request says, the plan is the caller's: RunStart and the queue record the token's user.
        const plan = { ...request.plan, user: context.identity.user };
        const reply = await requestRunEngine(bus, context, {
          subject: subjects.plan(beamline, PlanVerb.Submit), beamline, what: 'submit',
          requestType: v1.SubmitPlanRequest, request: plan, replyType: v1.SubmitPlanReply, capMs: SUBMIT_TIMEOUT_MS,
        });
        return { item_uid: reply.item_uid, position: reply.position };
      },
    },

    ControlPlan: {
      kind: 'unary',
      need: (request) => {
        const verb = controlVerb(request.verb);
        return beamlineNeed(request.beamline, verb === PlanVerb.Halt ? BeamlineRole.Staff : BeamlineRole.User, `${verb} the running plan`);
      },
      handle: async (request, context) => {
        const beamline = requestedBeamline(request.beamline);
        const verb = controlVerb(request.verb);
        const reply = await requestRunEngine(bus, context, {
          subject: subjects.plan(beamline, verb), beamline, what: verb,
          requestType: v1.PlanControlRequest,
          request: { reason: request.reason ?? '', immediate: request.immediate ?? false, item_uid: request.item_uid ?? '' },
          replyType: v1.PlanControlReply, capMs: QUICK_TIMEOUT_MS,
        });
        return { state: reply.state };
      },
    },

    GetPlanStatus: {
      kind: 'unary',
      need: (request) => beamlineNeed(request.beamline, BeamlineRole.Observer, 'read the plan status'),
      handle: (request, context) => currentStatus(bus, requestedBeamline(request.beamline), context),
    },

    WatchPlanStatus: {
      kind: 'stream',
      need: (request) => beamlineNeed(request.beamline, BeamlineRole.Observer, 'watch the plan status'),
      handle: (request, context, send) => watchPlanStatus(bus, requestedBeamline(request.beamline), context, send, silenceMs),
    },
  };
}

export class UnknownControlVerbError extends InvalidArgumentError {
  constructor(verb: string) {
    super(`ControlPlan verb '${verb}' is not one of ${CONTROL_VERBS.join(', ')}`);
  }
}

function controlVerb(verb: string | null | undefined): ControlVerb {
  const found = CONTROL_VERBS.find((known) => known === verb);
  if (!found) throw new UnknownControlVerbError(verb ?? '');
  return found;
}

async function currentStatus(bus: Bus, beamline: string, context: CallContext, onReply?: () => void): Promise<brightline.v1.PlanStatus> {
  return requestRunEngine(bus, context, {
    subject: subjects.plan(beamline, PlanVerb.Status), beamline, what: 'status',
    requestType: v1.PlanStatusRequest, request: {}, replyType: v1.PlanStatus, capMs: QUICK_TIMEOUT_MS,
    ...(onReply ? { onReply } : {}),
  });
}

/** The run engine went away while a client watched it: the watch cannot tell what happens next. */
export class RunEngineSilentError extends BrightlineError {
  constructor(message: string) {
    super(ErrorCode.Unavailable, message, { retryable: true });
  }
}

/**
 * The current status, then every one the engine publishes, until the call ends.
 *
 * The engine publishes only on a change, so an idle engine and a dead one look alike on the status
 * subject. A client following a plan (`brightline scan`, `status --watch`) must not wait forever
 * on a dead one, so the watch also listens to the engine's heartbeat: after a goodbye, or
 * `silenceMs` without a beat, it ends with UNAVAILABLE and a message saying which engine and why,
 * and sends no made-up status. UNAVAILABLE is retryable: a client that calls again once the engine
 * is back (the supervisor restarts it) gets the current status first, so it misses nothing it needs.
 */
async function watchPlanStatus(
  bus: Bus,
  beamline: string,
  context: CallContext,
  send: (status: brightline.v1.PlanStatus.$Properties) => Promise<void>,
  silenceMs: number,
): Promise<void> {
  // Progress comes up to ten times a second: while the client is behind, a newer status of the
  // same plan and state replaces an unsent one; a change of state or plan is always delivered.
  const outbox = new LatestByKey(send);
  let segment = 0;
  let lastKey: string | undefined;
  const push = (status: brightline.v1.PlanStatus.$Properties): void => {
    const key = `${status.item_uid ?? ''} ${status.state ?? ''}`;
    if (key !== lastKey) {
      lastKey = key;
      segment += 1;
    }
    outbox.push(String(segment), status);
  };

  let gone: (error: RunEngineSilentError) => void = () => undefined;
  const engineGone = new Promise<RunEngineSilentError>((resolve) => (gone = resolve));
  let lastBeat = Date.now();
  const heartbeats = bus.subscribe(subjects.heartbeat(Role.RunEngine, beamline), v1.Heartbeat, (beat) => {
    lastBeat = Date.now();
    if (beat.stopping) gone(new RunEngineSilentError(`${beamline}'s run engine is shutting down; watch again once it is back`));
  });
  const silenceCheck = setInterval(() => {
    const silent = Date.now() - lastBeat;
    if (silent > silenceMs) gone(new RunEngineSilentError(`${beamline}'s run engine has been silent for ${(silent / 1000).toFixed(1)} s; watch again once it is back`));
  }, Math.min(500, silenceMs));

  // Subscribed before asking, so no change after the answer is lost. The engine's publications and
  // its reply reach this connection in the order it sent them: whatever came before the reply is
  // older than it and is dropped. What comes after it is newer, even when it arrives before the
  // answer is handled (in the same socket read): it waits and goes out right after the answer.
  let replyArrived = false;
  let newer: brightline.v1.PlanStatus[] | undefined = [];
  const statuses = bus.subscribe(subjects.planState(beamline), v1.PlanStatus, (status) => {
    if (!newer) push(status);
    else if (replyArrived) newer.push(status);
  });
  try {
    const first = await currentStatus(bus, beamline, context, () => (replyArrived = true));
    lastBeat = Date.now();
    push(first);
    for (const status of newer) push(status);
    newer = undefined;
    const outcome = await Promise.race([untilAborted(context.signal).then(() => undefined), engineGone]);
    if (outcome && !context.signal.aborted) {
      await outbox.flushed();
      throw outcome;
    }
  } finally {
    clearInterval(silenceCheck);
    heartbeats.unsubscribe();
    statuses.unsubscribe();
  }
}
