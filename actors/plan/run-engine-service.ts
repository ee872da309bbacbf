/**
 * The run engine's NATS endpoints: plan control on bl.v1.plan.<beamline>.<verb> and the queue on
 * bl.v1.queue.<beamline>.<verb>. Each request that does not fit the engine's state is refused
 * with what the state is and what to do instead.
 */
import { brightline } from '../../gen/proto.js';
import { InvalidArgumentError } from '../../lib/errors.js';
import { currentTraceParent } from '../../lib/telemetry/trace-context.js';
import { fromWireMap } from '../../lib/values.js';
import { PlanVerb, QueueVerb, subjects, type BusService } from '../transport/mod.js';
import type { JsonObject } from './msg.js';
import { RunEngineStateError } from './plan-errors.js';
import { planCatalog } from './plan-catalog.js';
import { QUEUE_END, type PlanQueue } from './plan-queue.js';
import { buildSubmittedPlan } from './plan-registry.js';
import type { QueueState } from './queue-types.js';
import type { RunEngineEvent } from './run-engine.machine.js';

const v1 = brightline.v1;

export interface RunEngineControl {
  beamline: string;
  queue: PlanQueue;
  /** The engine's state as clients see it (idle, running, paused...). */
  state(): string;
  /** The item running (or paused, suspended...) now; '' when idle. */
  currentItem(): string;
  /** Whether the machine takes `event` in its current state. */
  can(event: RunEngineEvent): boolean;
  send(event: RunEngineEvent): void;
  status(queue: QueueState): Promise<brightline.v1.PlanStatus.$Properties>;
  checkDevices(devices: readonly string[]): Promise<void>;
  /** The queue changed in a way that may let it start an item; resolves once that is done. */
  pump(): Promise<void>;
  stopping(): boolean;
}

const HINTS: Partial<Record<string, string>> = {
  pause: 'pause a running plan; use abort, stop or halt to end it',
  resume: 'only a paused plan resumes (a suspended one resumes by itself when its condition clears)',
  abort: 'nothing is running',
  stop: 'nothing is running',
  halt: 'nothing is running',
};

export function serveRunEngine(service: BusService, control: RunEngineControl): void {
  const { beamline, queue } = control;
  const planEndpoint = <Req, Rep extends { error?: unknown }>(verb: PlanVerb, req: unknown, rep: unknown, handler: (request: Req) => Promise<Rep>): void =>
    service.addEndpoint(`plan-${verb}`, subjects.plan(beamline, verb), req as never, rep as never, handler as never);
  const queueEndpoint = <Req, Rep extends { error?: unknown }>(verb: QueueVerb, req: unknown, rep: unknown, handler: (request: Req) => Promise<Rep>): void =>
    service.addEndpoint(`queue-${verb}`, subjects.queue(beamline, verb), req as never, rep as never, handler as never);

  const control_ = (verb: 'pause' | 'resume' | 'abort' | 'stop' | 'halt', event: RunEngineEvent, itemUid?: string | null) => {
    const current = control.currentItem();
    if (itemUid && itemUid !== current) {
      throw new RunEngineStateError(beamline, `${verb} plan ${itemUid}`, control.state(), current ? `the plan now is ${current}, not ${itemUid}` : 'that plan is not running');
    }
    if (!control.can(event)) throw new RunEngineStateError(beamline, verb, control.state(), HINTS[verb] ?? '');
    control.send(event);
    return { state: control.state() };
  };

  planEndpoint<brightline.v1.SubmitPlanRequest, brightline.v1.SubmitPlanReply.$Properties>(PlanVerb.Submit, v1.SubmitPlanRequest, v1.SubmitPlanReply, async (request) => {
    if (control.stopping()) throw new RunEngineStateError(beamline, 'submit', 'stopping', 'submit again once it is back');
    const planName = request.plan_name ?? '';
    const built = buildSubmittedPlan(planName, fromWireMap(request.args), { baseline: request.baseline ?? [], monitor: request.monitor ?? [] });
    checkMetadata(fromWireMap(request.metadata));
    await control.checkDevices(built.devices);
    const added = await queue.add({
      plan_name: planName, args: request.args ?? {}, metadata: request.metadata ?? {}, user: request.user ?? '', baseline: request.baseline ?? [], monitor: request.monitor ?? [],
      trace_parent: currentTraceParent(),
    });
    await queue.start();
    // Replies once the item has started (or is queued behind another), so a status right after is exact.
    await control.pump();
    return { item_uid: added.item.item_uid, position: added.position };
  });
  planEndpoint<brightline.v1.PlanControlRequest, object>(PlanVerb.Pause, v1.PlanControlRequest, v1.PlanControlReply, async (request) =>
    control_('pause', { type: 'PAUSE', deferred: !request.immediate, reason: request.reason || 'pause requested' }, request.item_uid),
  );
  planEndpoint<brightline.v1.PlanControlRequest, object>(PlanVerb.Resume, v1.PlanControlRequest, v1.PlanControlReply, async (request) => control_('resume', { type: 'RESUME' }, request.item_uid));
  planEndpoint<brightline.v1.PlanControlRequest, object>(PlanVerb.Abort, v1.PlanControlRequest, v1.PlanControlReply, async (request) =>
    control_('abort', { type: 'ABORT', reason: request.reason || 'abort requested' }, request.item_uid),
  );
  planEndpoint<brightline.v1.PlanControlRequest, object>(PlanVerb.Stop, v1.PlanControlRequest, v1.PlanControlReply, async (request) =>
    control_('stop', { type: 'STOP', reason: request.reason || 'stop requested' }, request.item_uid),
  );
  planEndpoint<brightline.v1.PlanControlRequest, object>(PlanVerb.Halt, v1.PlanControlRequest, v1.PlanControlReply, async (request) =>
    control_('halt', { type: 'HALT', reason: request.reason || 'halt requested' }, request.item_uid),
  );
  planEndpoint<object, brightline.v1.PlanStatus.$Properties>(PlanVerb.Status, v1.PlanStatusRequest, v1.PlanStatus, async () => control.status(await queue.list()));
  // Facility-wide, not per beamline: every engine answers in the endpoints' queue group (subjects.planCatalog).
  service.addEndpoint(`plan-${PlanVerb.Plans}`, subjects.planCatalog(), v1.Empty, v1.ListPlansReply, async () => planCatalog());

  queueEndpoint<brightline.v1.QueueAddRequest, brightline.v1.QueueAddReply.$Properties>(QueueVerb.Add, v1.QueueAddRequest, v1.QueueAddReply, async (request) => {
    if (!request.item) throw new InvalidArgumentError('queue add needs an item');
    checkMetadata(fromWireMap(request.item.metadata));
    // The trace is this request's, whatever the client wrote into the item.
    const added = await queue.add({ ...request.item, trace_parent: currentTraceParent() }, request.position ?? QUEUE_END);
    await control.pump();
    return { item_uid: added.item.item_uid, position: added.position };
  });
  queueEndpoint<brightline.v1.QueueMoveRequest, object>(QueueVerb.Move, v1.QueueMoveRequest, v1.QueueListReply, async (request) => ({
    state: await queue.move(request.item_uid ?? '', request.position ?? QUEUE_END),
  }));
  queueEndpoint<brightline.v1.QueueRemoveRequest, object>(QueueVerb.Remove, v1.QueueRemoveRequest, v1.QueueListReply, async (request) => ({
    state: await queue.remove(request.item_uid ?? ''),
  }));
  queueEndpoint<object, object>(QueueVerb.Clear, v1.QueueClearRequest, v1.QueueListReply, async () => ({ state: await queue.clear() }));
  queueEndpoint<object, object>(QueueVerb.List, v1.QueueListRequest, v1.QueueListReply, async () => ({ state: await queue.list() }));
  queueEndpoint<object, object>(QueueVerb.Start, v1.QueueStartRequest, v1.QueueListReply, async () => {
    await queue.start();
    await control.pump();
    return { state: await queue.list() };
  });
  queueEndpoint<object, object>(QueueVerb.Stop, v1.QueueStopRequest, v1.QueueListReply, async () => ({ state: await queue.stop() }));
  queueEndpoint<brightline.v1.QueueHistoryRequest, object>(QueueVerb.History, v1.QueueHistoryRequest, v1.QueueHistoryReply, async (request) => ({
    entries: await queue.history(request.limit ?? 0),
  }));
}

/** Submitted metadata goes into RunStart; event-model forbids '.' and '/' in its keys. */
function checkMetadata(metadata: JsonObject): void {
  const bad = Object.keys(metadata).filter((key) => key === '' || /[./]/.test(key));
  if (bad.length > 0) throw new InvalidArgumentError(`metadata keys must not contain '.' or '/': ${bad.map((k) => `'${k}'`).join(', ')}`);
}
