/**
 * The run engine process of one beamline: serves bl.v1.plan.<beamline>.{submit,abort,status},
 * runs one plan at a time through the run engine machine, and publishes its documents durably.
 */
import { setTimeout as delay } from 'node:timers/promises';
import { createActor, waitFor } from 'xstate';
import { brightline } from '../../gen/proto.js';
import { BrightlineError, ErrorCode, InvalidArgumentError, describeError } from '../../lib/errors.js';
import { beamlineId, newUid } from '../../lib/ids.js';
import { silentLogger, type Logger } from '../../lib/log.js';
import { fromWireMap } from '../../lib/values.js';
import { startHeartbeat, subjects, DOCUMENT_STREAM, PlanVerb, Role, type Bus } from '../transport/mod.js';
import { createDocumentPublisher } from './document-publisher.js';
import type { JsonObject } from './msg.js';
import { interpretPlan, type PlanItem } from './plan-interpreter.js';
import { devicesNamed, validatePlanArgs } from './plan-registry.js';
import { RemoteDevices } from './remote-devices.js';
import { runEngineMachine, runEngineState, RunEngineState, type ExecutePlan } from './run-engine.machine.js';
import { recoverLastScanId } from './scan-ids.js';

const v1 = brightline.v1;

export interface RunEngineHostOptions {
  bus: Bus;
  beamline: string;
  logger?: Logger;
  /** Milliseconds since the epoch; document times and heartbeat silence are measured with it. */
  now?: () => number;
  heartbeatIntervalMs?: number;
  /** How long the device host may be silent while a command is in flight (default 3 of its intervals). */
  deviceHostSilenceMs?: number;
  /** Called on every document before it is published; throw to refuse it (see loadEventModelValidator). */
  validateDocuments?: (name: string, doc: object) => void;
}

export interface RunEngineHost {
  /** Aborts a running plan (its RunStop is written), says goodbye on the heartbeat and stops serving. */
  stop(): Promise<void>;
}

export class RunEngineBusyError extends BrightlineError {
  constructor(readonly beamline: string, readonly planName: string, readonly itemUid: string) {
    super(ErrorCode.FailedPrecondition, `run engine of '${beamline}' is busy with plan '${planName}' (${itemUid}); wait for it or abort it`, {
      retryable: true,
    });
  }
}

const STOP_WAIT_MS = 15_000;

/** Starts the run engine of `options.beamline` on the bus. */
export async function startRunEngine(options: RunEngineHostOptions): Promise<RunEngineHost> {
  const { bus } = options;
  const beamline = beamlineId(options.beamline);
  const logger = options.logger ?? silentLogger;
  const now = options.now ?? Date.now;
  const startedAt = now();

  await bus.ensureStream({ name: DOCUMENT_STREAM, subjects: [subjects.allDocuments()] });
  let lastScanId = await recoverLastScanId(bus, beamline);
  logger.info(`last scan_id of ${beamline} is ${lastScanId}`);

  const devices = new RemoteDevices({ bus, beamline, logger, now, silenceMs: options.deviceHostSilenceMs });
  devices.start();
  const emit = createDocumentPublisher({ bus, beamline, logger, validate: options.validateDocuments });
  const execute: ExecutePlan = (item, hooks) =>
    interpretPlan(
      item,
      {
        devices,
        beamline,
        now,
        newUid: () => newUid(),
        sleep: (ms, signal) => delay(ms, undefined, { signal }),
        nextScanId: () => ++lastScanId,
        emit,
        logger,
      },
      hooks,
    );
  const actor = createActor(runEngineMachine, { input: { execute } });
  actor.subscribe({ error: (error) => logger.error(`run engine machine failed: ${describeError(error)}`) });
  actor.start();
  let stopping = false;

  const service = await bus.addService({ name: 'run-engine', version: '0.1.0', description: `run engine of ${beamline}`, metadata: { beamline } });
  service.addEndpoint('submit', subjects.plan(beamline, PlanVerb.Submit), v1.SubmitPlanRequest, v1.SubmitPlanReply, async (request) => {
    if (stopping) throw new BrightlineError(ErrorCode.Unavailable, `run engine of '${beamline}' is stopping`, { retryable: true });
    const planName = request.plan_name ?? '';
    const { plan, args } = validatePlanArgs(planName, fromWireMap(request.args));
    const metadata = userMetadata(request);
    await checkDevicesServed(devices, beamline, devicesNamed(plan, args));
    const current = actor.getSnapshot().context.current;
    if (current) throw new RunEngineBusyError(beamline, current.item.planName, current.item.itemUid);
    const item: PlanItem = { itemUid: newUid(), planName, plan: plan.build(args), metadata };
    actor.send({ type: 'SUBMIT', item });
    logger.info(`plan '${planName}' submitted as ${item.itemUid}`);
    return { item_uid: item.itemUid };
  });
  service.addEndpoint('abort', subjects.plan(beamline, PlanVerb.Abort), v1.PlanControlRequest, v1.PlanControlReply, async (request) => {
    const snapshot = actor.getSnapshot();
    if (!snapshot.context.current) throw new BrightlineError(ErrorCode.FailedPrecondition, `no plan is running on '${beamline}'`);
    actor.send({ type: 'ABORT', reason: request.reason || 'abort requested' });
    return { state: runEngineState(actor.getSnapshot()) };
  });
  service.addEndpoint('status', subjects.plan(beamline, PlanVerb.Status), v1.PlanStatusRequest, v1.PlanStatus, async () => {
    const snapshot = actor.getSnapshot();
    const { current, last } = snapshot.context;
    return {
      beamline,
      state: runEngineState(snapshot),
      item_uid: current?.item.itemUid ?? last?.itemUid ?? '',
      plan_name: current?.item.planName ?? last?.planName ?? '',
      run_uids: current?.progress.runUids ?? last?.runUids ?? [],
      step: current?.progress.step ?? 0,
      total_steps: current?.progress.totalSteps ?? 0,
      last_exit_status: last?.exitStatus ?? '',
      last_reason: last?.reason ?? '',
    };
  });

  // Clients may submit the moment we say we are ready: the endpoints must be known to the server.
  await bus.flush();
  const heartbeat = startHeartbeat(bus, {
    role: Role.RunEngine,
    instance: beamline,
    intervalMs: options.heartbeatIntervalMs ?? 1_000,
    startedAt: startedAt / 1000,
    logger,
  });
  logger.info(`run engine of ${beamline} ready`);

  return {
    stop: async () => {
      if (stopping) return;
      stopping = true;
      if (actor.getSnapshot().context.current) {
        actor.send({ type: 'ABORT', reason: 'run engine stopping' });
        await waitFor(actor, (s) => runEngineState(s) === RunEngineState.Idle, { timeout: STOP_WAIT_MS }).catch(() => {
          logger.error(`plan did not finish within ${STOP_WAIT_MS} ms of the abort`);
        });
      }
      actor.stop();
      await service.stop().catch(() => undefined);
      devices.close();
      heartbeat.stop();
    },
  };
}

/** A host heartbeat is at most one interval away when the engine has just started. */
const HOST_WAIT_MS = 2_000;

/** Refuses a plan naming devices nobody serves, before a run is opened for it. */
async function checkDevicesServed(devices: RemoteDevices, beamline: string, names: readonly string[]): Promise<void> {
  if (names.length === 0) return;
  const served = await devices.servedDevices(HOST_WAIT_MS);
  if (served === undefined) {
    throw new BrightlineError(
      ErrorCode.Unavailable,
      `no device host of '${beamline}' is running (no heartbeat); start it with 'brightline device-host --beamline ${beamline}' or 'brightline up'`,
      { retryable: true },
    );
  }
  const unknown = names.filter((name) => !served.includes(name));
  if (unknown.length > 0) {
    throw new InvalidArgumentError(
      `${beamline} has no device ${unknown.map((n) => `'${n}'`).join(', ')} (its devices: ${served.join(', ') || 'none'})`,
    );
  }
}

/** Submitted metadata goes into RunStart; event-model forbids '.' and '/' in its keys. */
function userMetadata(request: brightline.v1.SubmitPlanRequest.$Properties): JsonObject {
  const metadata: JsonObject = fromWireMap(request.metadata);
  const bad = Object.keys(metadata).filter((key) => key === '' || /[./]/.test(key));
  if (bad.length > 0) throw new InvalidArgumentError(`metadata keys must not contain '.' or '/': ${bad.map((k) => `'${k}'`).join(', ')}`);
  if (request.user) metadata['user'] = request.user;
  return metadata;
}
