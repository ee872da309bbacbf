/**
 * The run engine process of one beamline: a durable queue in KV, the run engine machine running
 * one plan at a time, suspenders watching the beam and the devices, its documents published
 * durably, its state published on every change, and the runs a crashed predecessor left open
 * closed as failed before anything else runs.
 */
import { setTimeout as delay } from 'node:timers/promises';
import { createActor, waitFor, type AnyActorRef, type SnapshotFrom } from 'xstate';
import { brightline } from '../../gen/proto.js';
import { BrightlineError, ErrorCode, InvalidArgumentError, describeError } from '../../lib/errors.js';
import { beamlineId, newUid } from '../../lib/ids.js';
import { silentLogger, type Logger } from '../../lib/log.js';
import { startHeartbeat, subjects, DOCUMENT_STREAM, Role, type Bus, type BusSubscription } from '../transport/mod.js';
import { createDocumentPublisher } from './document-publisher.js';
import type { DeviceAccess } from './device-access.js';
import { PlanInterpreter, type InterpreterHooks, type PlanItem } from './plan-interpreter.js';
import { PlanQueue } from './plan-queue.js';
import { observeQueueLength } from './queue-metrics.js';
import { KvQueueStore } from './queue-store.js';
import type { QueueItem, QueueState } from './queue-types.js';
import { QueueRunner, buildQueuedPlan } from './queue-runner.js';
import { RemoteDevices } from './remote-devices.js';
import { recoverInterruptedWork } from './run-recovery.js';
import { runEngineMachine, runEngineState, RunEngineState, type StartPlan } from './run-engine.machine.js';
import { serveRunEngine } from './run-engine-service.js';
import { recoverLastScanId } from './scan-ids.js';
import { Suspenders, type SuspenderConfig } from './suspenders.js';
import { SharedDevices, type SharedDevicesOptions } from './shared-devices.js';

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
  /** Conditions that suspend a running plan (ring current, a device in fault). */
  suspenders?: readonly SuspenderConfig[];
  /** How often progress may be published while events stream in. */
  progressIntervalMs?: number;
  /** Facility devices (FAC) this beamline's plans may use, under a lease (shared-devices.ts). */
  shared?: Omit<SharedDevicesOptions, 'bus' | 'beamline' | 'logger' | 'now'>;
  /** Called if the run engine machine itself crashes (see escalateCrash); exits the process by default. */
  onCrash?: (error: unknown) => void;
}

export interface RunEngineHost {
  /** Aborts a running plan (its RunStop is written), says goodbye on the heartbeat and stops serving. */
  stop(): Promise<void>;
}

const STOP_WAIT_MS = 15_000;
/** Short, so that the supervisor notices a dead run engine within a second (3 missed beats). */
const DEFAULT_HEARTBEAT_INTERVAL_MS = 250;
/** A host heartbeat is at most one interval away when the engine has just started. */
const HOST_WAIT_MS = 2_000;

type Snapshot = SnapshotFrom<typeof runEngineMachine>;

/** Starts the run engine of `options.beamline` on the bus. */
export async function startRunEngine(options: RunEngineHostOptions): Promise<RunEngineHost> {
  const { bus } = options;
  const beamline = beamlineId(options.beamline);
  const logger = options.logger ?? silentLogger;
  const now = options.now ?? Date.now;
  const startedAt = now();

  await bus.ensureStream({ name: DOCUMENT_STREAM, subjects: [subjects.allDocuments()] });
  const store = await KvQueueStore.open(bus, beamline);
  const queue = new PlanQueue(store, {
    now: () => now() / 1000,
    validateItem: (item) => void buildQueuedPlan(item),
  });
  // Only a beamline whose runs predate the KV key needs its documents read to seed the scan ids.
  const scanIdsFromDocuments = (await store.lastScanId()) === undefined ? await recoverLastScanId(bus, beamline) : 0;
  const emit = createDocumentPublisher({ bus, beamline, logger, validate: options.validateDocuments });

  const devices = new RemoteDevices({ bus, beamline, logger, now, silenceMs: options.deviceHostSilenceMs });
  devices.start();
  // What a plan waits for besides its own devices, shown in PlanStatus.reason (`brightline status`, `scan`).
  let leaseWait = '';
  let onLeaseWait = (waiting: string | undefined): void => void (leaseWait = waiting ?? '');
  const shared = options.shared?.devices.length
    ? new SharedDevices({ bus, beamline, logger, now, deviceHostSilenceMs: options.deviceHostSilenceMs, ...options.shared, onLeaseWait: (waiting) => onLeaseWait(waiting) })
    : undefined;
  shared?.start();
  const recovery = await recoverInterruptedWork(queue, `run engine ${beamline} (pid ${process.pid})`, {
    bus, beamline, emit, newUid: () => newUid(), nowS: () => now() / 1000, logger,
  });
  if (recovery.kind === 'recovered') {
    logger.warn(`item ${recovery.record.item.item_uid} (${recovery.record.item.plan_name}) was running when the previous run engine stopped`);
    await stopAbandonedDevices(devices, recovery.record.item, logger);
  } else if (recovery.kind === 'recovered-elsewhere') {
    logger.warn(`the item the previous run engine left running was closed by ${recovery.by}`);
  }

  const startWith = (item: PlanItem, hooks: InterpreterHooks, planDevices: DeviceAccess) =>
    new PlanInterpreter(
      item,
      {
        devices: planDevices,
        beamline,
        now,
        newUid: () => newUid(),
        sleep: (ms, signal) => delay(ms, undefined, { signal }),
        nextScanId: () => queue.nextScanId(scanIdsFromDocuments),
        emit,
        onRunOpened: (runUid) => queue.markRunOpened(item.itemUid, runUid).then(() => undefined),
        logger,
      },
      hooks,
    );
  const start: StartPlan = (item, hooks) => (shared ? shared.startPlan(item, hooks, devices, startWith) : startWith(item, hooks, devices));
  const actor = createActor(runEngineMachine, { input: { start } });
  escalateCrash(actor, logger, options.onCrash);
  actor.start();
  let stopping = false;
  const checkDevices = (names: readonly string[]): Promise<void> =>
    shared ? shared.checkDevices(names, (own) => checkDevicesServed(devices, beamline, own), HOST_WAIT_MS) : checkDevicesServed(devices, beamline, names);

  const suspenders = new Suspenders(options.suspenders ?? [], {
    trip: (suspension) => {
      logger.warn(`${suspension.reason}${actor.getSnapshot().matches('active') ? ': suspending the running plan' : ''}`);
      if (actor.getSnapshot().can({ type: 'SUSPEND', suspension })) actor.send({ type: 'SUSPEND', suspension });
    },
    clear: () => {
      logger.info('suspenders clear');
      actor.send({ type: 'SUSPENSION_CLEARED' });
    },
  });
  const watches = watchSuspenderInputs(bus, beamline, devices, suspenders, shared);

  const runner = new QueueRunner({
    queue,
    logger,
    idle: () => !stopping && runEngineState(actor.getSnapshot()) === RunEngineState.Idle,
    checkDevices,
    submit: (item) => {
      actor.send({ type: 'SUBMIT', item });
      logger.info(`plan '${item.planName}' started (${item.itemUid})`);
      // A suspender tripped while idle holds the new plan at its first checkpoint.
      const suspension = suspenders.suspension;
      if (suspension) actor.send({ type: 'SUSPEND', suspension });
    },
  });

  const status = async (state: QueueState): Promise<brightline.v1.PlanStatus.$Properties> => statusOf(beamline, actor.getSnapshot(), state, leaseWait);
  const publisher = statePublisher(bus, beamline, actor, queue, options.progressIntervalMs ?? 100, logger, () => leaseWait);
  onLeaseWait = (waiting) => {
    leaseWait = waiting ?? '';
    publisher.now();
  };
  let lastFinished: unknown;
  let finishing: Promise<void> = Promise.resolve();
  actor.subscribe({
    next: (snapshot) => {
      const last = snapshot.context.last;
      if (runEngineState(snapshot) === RunEngineState.Idle && last && last !== lastFinished) {
        lastFinished = last;
        logger.info(`plan '${last.planName}' (${last.itemUid}) ended: ${last.exitStatus}${last.reason ? ` (${last.reason})` : ''}`);
        finishing = runner.finished(last.itemUid, last).then(() => publisher.now());
      }
      publisher.changed(snapshot);
    },
    // escalateCrash reports a crash; an observer without `error` would make XState rethrow it
    error: () => undefined,
  });

  const service = await bus.addService({ name: 'run-engine', version: '0.2.0', description: `run engine of ${beamline}`, metadata: { beamline } });
  serveRunEngine(service, {
    beamline,
    queue,
    state: () => runEngineState(actor.getSnapshot()),
    currentItem: () => actor.getSnapshot().context.current?.item.itemUid ?? '',
    can: (event) => actor.getSnapshot().can(event),
    send: (event) => actor.send(event),
    status,
    checkDevices,
    pump: () => runner.pump().then(() => publisher.now()),
    stopping: () => stopping,
  });

  // Clients may submit the moment we say we are ready: the endpoints must be known to the server.
  await bus.flush();
  const heartbeat = startHeartbeat(bus, {
    role: Role.RunEngine,
    instance: beamline,
    intervalMs: options.heartbeatIntervalMs ?? DEFAULT_HEARTBEAT_INTERVAL_MS,
    startedAt: startedAt / 1000,
    logger,
  });
  await runner.pump();
  publisher.now();
  logger.info(`run engine of ${beamline} ready`);
  const queueLength = observeQueueLength(bus, beamline, logger);

  return {
    stop: async () => {
      if (stopping) return;
      stopping = true;
      const queueMetricStopped = queueLength.stop();
      runner.close();
      suspenders.close();
      for (const stop of watches) stop();
      if (actor.getSnapshot().matches('active')) {
        actor.send({ type: 'ABORT', reason: 'run engine stopping' });
        await waitFor(actor, (s) => runEngineState(s) === RunEngineState.Idle, { timeout: STOP_WAIT_MS }).catch(() => {
          logger.error(`plan did not finish within ${STOP_WAIT_MS} ms of the abort`);
        });
      }
      // The ended item's history entry, before the process goes.
      await finishing;
      publisher.close();
      actor.stop();
      await service.stop().catch(() => undefined);
      devices.close();
      shared?.close();
      heartbeat.stop();
      await queueMetricStopped;
    },
  };
}

/** Exit status of a run engine whose machine crashed: EX_SOFTWARE, an internal software error. */
export const CRASH_EXIT_CODE = 70;

/**
 * What a crash of the run engine machine itself does (a bug in it or in the interpreter; a failing
 * plan only ends its run 'fail'): the plan it ran is orphaned, still running with nobody to report
 * to, and no other plan can start, so nothing in this process can mend it. Says so in one log line
 * and hands over to `onCrash`; the default exits the process, and the engine that `brightline up`
 * starts in its place closes the abandoned run as failed and goes on with the queue (run-recovery.ts).
 */
export function escalateCrash(actor: AnyActorRef, logger: Logger, onCrash: (error: unknown) => void = exitForRestart): void {
  let crashed = false;
  actor.subscribe({
    error: (error) => {
      if (crashed) return;
      crashed = true;
      logger.error(
        `run engine machine crashed: ${describeError(error).replace(/\s*\n\s*/g, ' ')}; its plan cannot go on and no other can start, ` +
          'so this run engine gives up and its process supervisor restarts it (the abandoned run is then closed as failed)',
      );
      onCrash(error);
    },
  });
}

function exitForRestart(): never {
  process.exit(CRASH_EXIT_CODE);
}

function statusOf(beamline: string, snapshot: Snapshot, queue: QueueState, waitingFor: string): brightline.v1.PlanStatus.$Properties {
  const { current, last } = snapshot.context;
  return {
    beamline,
    state: runEngineState(snapshot),
    item_uid: current?.item.itemUid ?? last?.itemUid ?? '',
    plan_name: current?.item.planName ?? last?.planName ?? '',
    run_uids: current?.progress.runUids ?? last?.runUids ?? [],
    step: current?.progress.step ?? 0,
    total_steps: current?.progress.totalSteps ?? 0,
    eta_s: current?.progress.etaS ?? 0,
    reason: current?.reason || (current ? waitingFor : ''),
    last_exit_status: last?.exitStatus ?? '',
    last_reason: last?.reason ?? '',
    last_result_json: last?.result === undefined ? '' : JSON.stringify(last.result),
    queued: queue.items.filter((item) => item.item_uid !== queue.running_item_uid).length,
    queue_started: queue.started,
  };
}

/**
 * Publishes PlanStatus on bl.v1.planstate.<beamline>: at once on a change of state, at most every
 * `intervalMs` for progress alone, so 5,000 events/s do not become 5,000 status messages.
 */
function statePublisher(bus: Bus, beamline: string, actor: { getSnapshot(): Snapshot }, queue: PlanQueue, intervalMs: number, logger: Logger, waitingFor: () => string) {
  let lastState = '';
  let timer: NodeJS.Timeout | undefined;
  let closed = false;
  const publishNow = (): void => {
    if (closed) return;
    void queue.list().then(
      (state) => bus.publish(subjects.planState(beamline), v1.PlanStatus, statusOf(beamline, actor.getSnapshot(), state, waitingFor())),
      (error: unknown) => logger.warn(`could not publish the run engine state: ${describeError(error)}`),
    );
  };
  return {
    now: publishNow,
    changed: (snapshot: Snapshot): void => {
      const state = runEngineState(snapshot);
      if (state !== lastState) {
        lastState = state;
        publishNow();
        return;
      }
      timer ??= setTimeout(() => {
        timer = undefined;
        publishNow();
      }, intervalMs);
    },
    close: (): void => {
      closed = true;
      clearTimeout(timer);
    },
  };
}

/**
 * Feeds the suspenders the readings and health of the devices they watch: the beamline's own, or
 * shared ones on the facility's host (the storage ring's current is the usual one). Watching needs
 * no lease.
 */
function watchSuspenderInputs(bus: Bus, beamline: string, devices: RemoteDevices, suspenders: Suspenders, shared: SharedDevices | undefined): Array<() => void> {
  return suspenders.devices.flatMap((device) => {
    const isShared = shared?.isShared(device) ?? false;
    const host = isShared && shared ? shared.facility : beamline;
    const health: BusSubscription = bus.subscribe(subjects.health(host, device), v1.DeviceHealth, (h) => suspenders.onHealth(device, h.state, h.reason));
    const stopReadings = (isShared && shared ? shared.remote : devices).monitor(device, (readings) => suspenders.onReading(device, readings));
    return [() => health.unsubscribe(), stopReadings];
  });
}

/**
 * What the dead engine had set moving goes on moving in the device host; it is stopped before the
 * next item starts, which would otherwise find those devices busy.
 */
async function stopAbandonedDevices(devices: RemoteDevices, item: QueueItem, logger: Logger): Promise<void> {
  let names: string[];
  try {
    names = buildQueuedPlan(item).devices;
  } catch {
    return; // an item that no longer builds named nothing that can still be moving
  }
  if ((await devices.servedDevices(HOST_WAIT_MS)) === undefined) return;
  await Promise.all(
    names.map((device) =>
      devices.stop(device, { success: false, timeoutS: 5 }).catch((error: unknown) => logger.warn(`could not stop '${device}' after a restart: ${describeError(error)}`)),
    ),
  );
}

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
    throw new InvalidArgumentError(`${beamline} has no device ${unknown.map((n) => `'${n}'`).join(', ')} (its devices: ${served.join(', ') || 'none'})`);
  }
}
