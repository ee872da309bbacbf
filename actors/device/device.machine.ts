/**
 * The device machine of DESIGN.md, one for every kind: disconnected → connecting →
 * ready.{idle, busy, staged} → fault. It decides what a command may do in each state and refuses
 * the rest with a reason; the kind's behaviour only does the work. Delays (connect retry back-off,
 * operation deadlines) come from XState `delays`, so tests drive them with a SimulatedClock.
 *
 * Operations run in one `operator` actor that lives as long as the device is ready, not in an actor
 * spawned per operation: a spawn, its abort controller and its teardown were about a third of what
 * a step of a plan cost (bench/run-engine.ts). Each operation carries a sequence number, so an
 * outcome that arrives after its operation was abandoned (stop, deadline, lost link) is ignored.
 */
import { and, assertEvent, assign, cancel, emit, fromCallback, fromPromise, raise, sendTo, setup } from 'xstate';
import { TimeoutError, BrightlineError, describeError } from '../../lib/errors.js';
import { Operation, type DeviceBehaviour, type Progress } from './device-behaviour.js';
import { DeviceBusyError, DeviceFaultError, DeviceNotReadyError, OperationFaultedError, OperationStoppedError, UnsupportedVerbError } from './errors.js';
import { statusFailed, statusOk, type DeviceEvent, type EmittedEvent, type OperationRequest } from './device-protocol.js';
import { runOperation, supports, type OperationResult, type StageRestore } from './operations.js';

/** Side channels of a device actor that are not state: the host publishes them. */
export interface DeviceObserver {
  progress(statusId: string, operation: Operation, progress: Progress): void;
  /** A stop the hardware refused; nobody waits on a stop, so the host logs it loudly. */
  stopFailed(error: BrightlineError): void;
}

export interface DeviceMachineInput {
  behaviour: DeviceBehaviour;
  observer: DeviceObserver;
  connectTimeoutMs: number;
  /** First retry after a failed connect; doubles up to `maxRetryDelayMs`. */
  retryDelayMs?: number;
  maxRetryDelayMs?: number;
}

export interface DeviceContext {
  readonly behaviour: DeviceBehaviour;
  readonly observer: DeviceObserver;
  readonly connectTimeoutMs: number;
  readonly retryDelayMs: number;
  readonly maxRetryDelayMs: number;
  /** Failed connects in a row: the back-off exponent. */
  readonly retries: number;
  readonly staged: boolean;
  readonly restore: StageRestore;
  readonly operation: OperationRequest | undefined;
  /** Sequence number of the latest accepted operation: an outcome with another one is stale. */
  readonly seq: number;
  /** Why the device is in fault or disconnected; '' otherwise. */
  readonly reason: string;
}

interface OperatorInput {
  behaviour: DeviceBehaviour;
  observer: DeviceObserver;
}

/** What the machine asks of its operator: run an operation, or abandon it. */
type OperatorEvent =
  | { type: 'RUN'; seq: number; request: OperationRequest; restore: StageRestore }
  | { type: 'ABANDON'; seq: number };

/** How an operation ended, as the operator reports it to the machine. */
type OutcomeEvent =
  | { type: 'OPERATION.DONE'; seq: number; output: OperationResult }
  | { type: 'OPERATION.FAILED'; seq: number; error: unknown };

/** The operation's deadline passed (a delayed event the machine sends itself). */
type DeadlineEvent = { type: 'DEADLINE' };

type MachineEvent = DeviceEvent | OutcomeEvent | DeadlineEvent;

const DEADLINE_ID = 'operation-deadline';

/**
 * Runs one operation at a time on the behaviour, each with its own abort signal; ABANDON (or the
 * operator's own stop) aborts the one under way. Its outcome is always reported: the machine
 * drops one whose sequence number is no longer current.
 */
const operator = fromCallback<OperatorEvent, OperatorInput, OutcomeEvent>(({ input, receive, sendBack }) => {
  let current: { seq: number; controller: AbortController } | undefined;
  receive((event) => {
    if (event.type === 'ABANDON') {
      if (current?.seq === event.seq) {
        current.controller.abort();
        current = undefined;
      }
      return;
    }
    current?.controller.abort();
    const running = { seq: event.seq, controller: new AbortController() };
    current = running;
    const { request } = event;
    const report = (progress: Progress): void => input.observer.progress(request.statusId, request.operation, progress);
    runOperation(input.behaviour, request, event.restore, { signal: running.controller.signal, timeoutMs: request.timeoutMs, progress: report }).then(
      (output) => {
        if (current === running) current = undefined;
        sendBack({ type: 'OPERATION.DONE', seq: running.seq, output });
      },
      (error: unknown) => {
        if (current === running) current = undefined;
        sendBack({ type: 'OPERATION.FAILED', seq: running.seq, error });
      },
    );
  });
  return () => current?.controller.abort();
});

type CommandEvent = Extract<DeviceEvent, { type: 'COMMAND' }>;

function commandOf(event: MachineEvent): OperationRequest {
  assertEvent(event, 'COMMAND');
  return (event as CommandEvent).request;
}

export const deviceMachine = setup({
  types: {
    context: {} as DeviceContext,
    events: {} as MachineEvent,
    input: {} as DeviceMachineInput,
    emitted: {} as EmittedEvent,
  },
  actors: {
    connect: fromPromise<void, { behaviour: DeviceBehaviour; timeoutMs: number }>(({ input, signal }) =>
      input.behaviour.connect(input.timeoutMs, signal),
    ),
    operator,
  },
  delays: {
    retryDelay: ({ context }) => Math.min(context.retryDelayMs * 2 ** Math.max(0, context.retries - 1), context.maxRetryDelayMs),
    deadline: ({ context }) => context.operation?.timeoutMs ?? 0,
  },
  guards: {
    staged: ({ context }) => context.staged,
    currentOperation: ({ context, event }) => (event as OutcomeEvent).seq === context.seq,
    /** After a stage or unstage succeeds, whether the device is staged; otherwise as it was. */
    stagedAfterDone: ({ context, event }) => {
      const output = (event as { output?: OperationResult }).output;
      return output && 'restore' in output ? context.operation?.operation === Operation.Stage : context.staged;
    },
    // Staging a staged device is a no-op, so a run engine that crashed mid-run can stage again.
    alreadyStaged: ({ context, event }) => context.staged && commandOf(event).operation === Operation.Stage,
    notStaged: ({ context, event }) => !context.staged && commandOf(event).operation === Operation.Unstage,
    unsupported: ({ context, event }) => !supports(context.behaviour, commandOf(event).operation),
    invalidSet: ({ context, event }) => {
      const request = commandOf(event);
      return request.operation === Operation.Set && context.behaviour.checkSet?.(request.value ?? Number.NaN) !== undefined;
    },
  },
  actions: {
    refuse: emit(({ context, event }, why: 'busy' | 'fault' | 'disconnected' | 'connecting') => {
      const request = commandOf(event);
      const name = context.behaviour.name;
      if (why === 'busy') return statusFailed(request.statusId, new DeviceBusyError(name, request.phrase, activity(context)));
      if (why === 'fault') return statusFailed(request.statusId, new DeviceFaultError(name, request.phrase, context.reason));
      const state = context.reason ? `${why} (${context.reason})` : why;
      return statusFailed(request.statusId, new DeviceNotReadyError(name, request.phrase, state));
    }),
    refuseUnsupported: emit(({ context, event }) => {
      const request = commandOf(event);
      const { name, deviceClass } = context.behaviour;
      return statusFailed(request.statusId, new UnsupportedVerbError(name, request.operation, deviceClass));
    }),
    refuseInvalidSet: emit(({ context, event }) => {
      const request = commandOf(event);
      const error = context.behaviour.checkSet?.(request.value ?? Number.NaN) ?? new UnsupportedVerbError(context.behaviour.name, 'set', '');
      return statusFailed(request.statusId, error);
    }),
    completeAtOnce: emit(({ event }) => statusOk(commandOf(event).statusId)),
    accept: assign({ operation: ({ event }) => commandOf(event), seq: ({ context }) => context.seq + 1 }),
    run: sendTo('operator', ({ context }): OperatorEvent => ({ type: 'RUN', seq: context.seq, request: context.operation as OperationRequest, restore: context.restore })),
    // On every way out of busy; a no-op for the operator once the operation has ended.
    abandon: sendTo('operator', ({ context }): OperatorEvent => ({ type: 'ABANDON', seq: context.seq })),
    succeed: emit(({ context, event }) => {
      const output = (event as { output?: OperationResult }).output;
      return statusOk(context.operation?.statusId ?? '', output && !('restore' in output) ? output : undefined);
    }),
    recordStage: assign(({ context, event }) => {
      const output = (event as { output?: OperationResult }).output;
      if (!output || !('restore' in output)) return {};
      return { staged: context.operation?.operation === Operation.Stage, restore: output.restore };
    }),
    fail: emit(({ context, event }) => statusFailed(context.operation?.statusId ?? '', BrightlineError.from((event as { error?: unknown }).error))),
    failTimeout: emit(({ context }) => {
      const op = context.operation;
      return statusFailed(op?.statusId ?? '', new TimeoutError(op?.phrase ?? 'operation', op?.timeoutMs ?? 0));
    }),
    failStopped: emit(({ context }) =>
      statusFailed(context.operation?.statusId ?? '', new OperationStoppedError(context.behaviour.name, context.operation?.phrase ?? 'operation', 'by a stop request')),
    ),
    failLost: emit(({ context, event }) => {
      assertEvent(event, 'LINK_LOST');
      const op = context.operation;
      return statusFailed(op?.statusId ?? '', new OperationFaultedError(context.behaviour.name, op?.phrase ?? 'operation', `connection lost: ${event.reason}`));
    }),
    // A timed-out or abandoned move must not go on by itself: halt the hardware.
    haltHardware: ({ context }) => halt(context, false),
    stopHardware: ({ context, event }) => {
      assertEvent(event, 'STOP');
      halt(context, event.success);
    },
    succeedStop: emit(({ context }) => statusOk(context.operation?.statusId ?? '')),
    clearOperation: assign({ operation: undefined }),
    connected: assign({ retries: 0, reason: '' }),
    recordFault: assign({
      reason: ({ event }) => describeError((event as { error?: unknown }).error),
      retries: ({ context }) => context.retries + 1,
    }),
    recordLoss: assign({
      reason: ({ event }) => {
        assertEvent(event, 'LINK_LOST');
        return event.reason;
      },
    }),
  },
}).createMachine({
  id: 'device',
  context: ({ input }) => ({
    behaviour: input.behaviour,
    observer: input.observer,
    connectTimeoutMs: input.connectTimeoutMs,
    retryDelayMs: input.retryDelayMs ?? 1000,
    maxRetryDelayMs: input.maxRetryDelayMs ?? 30_000,
    retries: 0,
    staged: false,
    restore: [],
    operation: undefined,
    seq: 0,
    reason: '',
  }),
  initial: 'disconnected',
  states: {
    disconnected: {
      on: {
        CONNECT: 'connecting',
        LINK_RESTORED: 'connecting',
        COMMAND: { actions: { type: 'refuse', params: 'disconnected' } },
      },
    },
    connecting: {
      invoke: {
        src: 'connect',
        input: ({ context }) => ({ behaviour: context.behaviour, timeoutMs: context.connectTimeoutMs }),
        onDone: { target: 'ready', actions: 'connected' },
        onError: { target: 'fault', actions: 'recordFault' },
      },
      on: { COMMAND: { actions: { type: 'refuse', params: 'connecting' } } },
    },
    ready: {
      initial: 'resolve',
      invoke: { id: 'operator', src: 'operator', input: ({ context }) => ({ behaviour: context.behaviour, observer: context.observer }) },
      on: {
        LINK_LOST: { target: 'disconnected', actions: 'recordLoss' },
      },
      states: {
        resolve: {
          always: [{ guard: 'staged', target: 'staged' }, { target: 'idle' }],
        },
        idle: { on: { COMMAND: commandTransitions(), STOP: { actions: 'stopHardware' } } },
        staged: { on: { COMMAND: commandTransitions(), STOP: { actions: 'stopHardware' } } },
        busy: {
          // The deadline is raised before `run` (both are deferred, in this order): an operation with
          // a timer of its own for the same time (a put that waits) then loses the race, and the
          // caller gets the deadline's timeout error and the hardware is halted. With `run` first,
          // the put's own timeout won and nothing halted the motor (test/device/device-host.int.test.ts).
          entry: [raise({ type: 'DEADLINE' }, { id: DEADLINE_ID, delay: 'deadline' }), 'run'],
          exit: [cancel(DEADLINE_ID), 'abandon'],
          on: {
            DEADLINE: { target: 'resolve', actions: ['failTimeout', 'haltHardware', 'clearOperation'] },
            // Straight to idle or staged, not through `resolve`: one microstep less on every operation.
            'OPERATION.DONE': [
              { guard: and(['currentOperation', 'stagedAfterDone']), target: 'staged', actions: ['recordStage', 'succeed', 'clearOperation'] },
              { guard: 'currentOperation', target: 'idle', actions: ['recordStage', 'succeed', 'clearOperation'] },
            ],
            'OPERATION.FAILED': [
              { guard: and(['currentOperation', 'staged']), target: 'staged', actions: ['fail', 'clearOperation'] },
              { guard: 'currentOperation', target: 'idle', actions: ['fail', 'clearOperation'] },
            ],
            COMMAND: { actions: { type: 'refuse', params: 'busy' } },
            STOP: [
              { guard: ({ event }) => event.success, target: 'resolve', actions: ['succeedStop', 'stopHardware', 'clearOperation'] },
              { target: 'resolve', actions: ['failStopped', 'stopHardware', 'clearOperation'] },
            ],
            LINK_LOST: { target: '#device.disconnected', actions: ['failLost', 'recordLoss', 'clearOperation'] },
          },
        },
      },
    },
    fault: {
      after: { retryDelay: 'connecting' },
      on: {
        LINK_RESTORED: 'connecting',
        COMMAND: { actions: { type: 'refuse', params: 'fault' } },
      },
    },
  },
});

function commandTransitions() {
  return [
    { guard: 'unsupported', actions: 'refuseUnsupported' },
    { guard: 'invalidSet', actions: 'refuseInvalidSet' },
    { guard: 'alreadyStaged', actions: 'completeAtOnce' },
    { guard: 'notStaged', actions: 'completeAtOnce' },
    { target: 'busy', actions: 'accept' },
  ] as const;
}

function halt(context: DeviceContext, success: boolean): void {
  context.behaviour.stop(success).catch((error: unknown) => context.observer.stopFailed(BrightlineError.from(error)));
}

/** What a busy device says it is doing. */
export function activity(context: DeviceContext): string {
  return context.operation ? `with '${context.operation.phrase}'` : '';
}
