/**
 * The run engine's lifecycle (Bluesky's RunEngine states) with its table of allowed transitions:
 * idle, running, pausing, paused, suspended, aborting, stopping, halting. The plan runs in an
 * invoked callback actor; the machine holds no I/O, time or ids — the interpreter does, behind
 * the `start` function it is given as input.
 */
import { assign, fromCallback, sendTo, setup, type SnapshotFrom } from 'xstate';
import { describeError } from '../../lib/errors.js';
import { ExitStatus } from './msg.js';
import { Interruption } from './plan-errors.js';
import { InterpreterPhase, type InterpreterHooks, type PlanItem, type PlanOutcome, type RunProgress, type Suspension } from './plan-interpreter.js';

/** What the machine needs of a running plan; PlanInterpreter fits. */
export interface RunningPlan {
  run(): Promise<PlanOutcome>;
  pause(deferred: boolean, reason?: string): boolean;
  resume(): void;
  suspend(suspension: Suspension): void;
  interrupt(kind: Interruption, reason: string): void;
}

export type StartPlan = (item: PlanItem, hooks: InterpreterHooks) => RunningPlan;

export type RunEngineEvent =
  | { type: 'SUBMIT'; item: PlanItem }
  | { type: 'PAUSE'; deferred: boolean; reason: string }
  | { type: 'RESUME' }
  | { type: 'SUSPEND'; suspension: Suspension }
  /** Every suspender is clear again (the host waited their resume delays). */
  | { type: 'SUSPENSION_CLEARED' }
  | { type: 'ABORT'; reason: string }
  | { type: 'STOP'; reason: string }
  | { type: 'HALT'; reason: string }
  | { type: 'RUN.PROGRESS'; progress: RunProgress }
  | { type: 'RUN.PHASE'; phase: InterpreterPhase; reason: string }
  | { type: 'RUN.FINISHED'; outcome: PlanOutcome };

export interface CurrentPlan {
  item: PlanItem;
  progress: RunProgress;
  /** Why it is paused, suspended or ending; '' while running. */
  reason: string;
}

export interface LastOutcome extends PlanOutcome {
  itemUid: string;
  planName: string;
}

export interface RunEngineContext {
  start: StartPlan;
  current: CurrentPlan | undefined;
  last: LastOutcome | undefined;
}

export interface RunEngineInput {
  start: StartPlan;
}

const EMPTY_PROGRESS: RunProgress = { runUids: [], step: 0, totalSteps: 0, etaS: 0 };

const runPlan = fromCallback<RunEngineEvent, { item: PlanItem; start: StartPlan }>(({ input, sendBack, receive }) => {
  const controller = new AbortController();
  const plan = input.start(input.item, {
    signal: controller.signal,
    onProgress: (progress) => sendBack({ type: 'RUN.PROGRESS', progress }),
    onPhase: (phase, reason) => sendBack({ type: 'RUN.PHASE', phase, reason }),
  });
  receive((event) => {
    switch (event.type) {
      case 'PAUSE':
        plan.pause(event.deferred, event.reason);
        break;
      case 'RESUME':
      case 'SUSPENSION_CLEARED':
        plan.resume();
        break;
      case 'SUSPEND':
        plan.suspend(event.suspension);
        break;
      case 'ABORT':
        plan.interrupt(Interruption.Abort, event.reason);
        break;
      case 'STOP':
        plan.interrupt(Interruption.Stop, event.reason);
        break;
      case 'HALT':
        plan.interrupt(Interruption.Halt, event.reason);
        break;
    }
  });
  plan.run().then(
    (outcome) => sendBack({ type: 'RUN.FINISHED', outcome }),
    // The interpreter reports failures as outcomes; this only guards against a bug in it.
    (error: unknown) => sendBack({ type: 'RUN.FINISHED', outcome: { exitStatus: ExitStatus.Fail, reason: describeError(error), runUids: [] } }),
  );
  return () => controller.abort('run engine stopped');
});

export const runEngineMachine = setup({
  types: {
    context: {} as RunEngineContext,
    events: {} as RunEngineEvent,
    input: {} as RunEngineInput,
  },
  actors: { runPlan },
  actions: {
    relay: sendTo('plan', ({ event }) => event),
    withReason: assign({
      current: ({ context, event }) => (context.current ? { ...context.current, reason: 'reason' in event ? event.reason : context.current.reason } : undefined),
    }),
  },
  guards: {
    paused: ({ event }) => event.type === 'RUN.PHASE' && event.phase === InterpreterPhase.Paused,
    suspended: ({ event }) => event.type === 'RUN.PHASE' && event.phase === InterpreterPhase.Suspended,
    running: ({ event }) => event.type === 'RUN.PHASE' && event.phase === InterpreterPhase.Running,
  },
}).createMachine({
  id: 'run-engine',
  context: ({ input }) => ({ start: input.start, current: undefined, last: undefined }),
  initial: 'idle',
  states: {
    idle: {
      on: {
        SUBMIT: {
          target: 'active',
          actions: assign({ current: ({ event }) => ({ item: event.item, progress: { ...EMPTY_PROGRESS }, reason: '' }) }),
        },
      },
    },
    active: {
      invoke: {
        id: 'plan',
        src: 'runPlan',
        input: ({ context }) => {
          if (!context.current) throw new Error('run engine entered active without a plan');
          return { item: context.current.item, start: context.start };
        },
      },
      initial: 'running',
      states: {
        running: {
          on: {
            PAUSE: { target: 'pausing', actions: ['relay', 'withReason'] },
            SUSPEND: { actions: 'relay' },
            // The interpreter may still be entering the suspension (closing the shutter): it keeps the clear.
            SUSPENSION_CLEARED: { actions: 'relay' },
            'RUN.PHASE': [
              { guard: 'paused', target: 'paused', actions: 'withReason' },
              { guard: 'suspended', target: 'suspended', actions: 'withReason' },
            ],
          },
        },
        pausing: {
          on: {
            SUSPEND: { actions: 'relay' },
            SUSPENSION_CLEARED: { actions: 'relay' },
            'RUN.PHASE': [
              { guard: 'paused', target: 'paused', actions: 'withReason' },
              { guard: 'suspended', target: 'suspended', actions: 'withReason' },
            ],
          },
        },
        paused: {
          on: {
            RESUME: { actions: 'relay' },
            'RUN.PHASE': [
              { guard: 'running', target: 'running', actions: 'withReason' },
              { guard: 'suspended', target: 'suspended', actions: 'withReason' },
            ],
          },
        },
        suspended: {
          on: {
            SUSPENSION_CLEARED: { actions: 'relay' },
            'RUN.PHASE': [
              { guard: 'running', target: 'running', actions: 'withReason' },
              { guard: 'paused', target: 'paused', actions: 'withReason' },
            ],
          },
        },
        aborting: { on: { HALT: { target: 'halting', actions: ['relay', 'withReason'] } } },
        stopping: { on: { HALT: { target: 'halting', actions: ['relay', 'withReason'] }, ABORT: { target: 'aborting', actions: ['relay', 'withReason'] } } },
        halting: {},
      },
      on: {
        ABORT: { target: '.aborting', actions: ['relay', 'withReason'] },
        STOP: { target: '.stopping', actions: ['relay', 'withReason'] },
        HALT: { target: '.halting', actions: ['relay', 'withReason'] },
        'RUN.PROGRESS': {
          actions: assign({ current: ({ context, event }) => (context.current ? { ...context.current, progress: event.progress } : undefined) }),
        },
        'RUN.FINISHED': {
          target: 'idle',
          actions: assign({
            last: ({ context, event }) => ({
              ...event.outcome,
              itemUid: context.current?.item.itemUid ?? '',
              planName: context.current?.item.planName ?? '',
            }),
            current: undefined,
          }),
        },
      },
    },
  },
});

export const RunEngineState = {
  Idle: 'idle',
  Running: 'running',
  Pausing: 'pausing',
  Paused: 'paused',
  Suspended: 'suspended',
  Aborting: 'aborting',
  Stopping: 'stopping',
  Halting: 'halting',
} as const;
export type RunEngineState = (typeof RunEngineState)[keyof typeof RunEngineState];

/** The state name clients see in PlanStatus. */
export function runEngineState(snapshot: SnapshotFrom<typeof runEngineMachine>): RunEngineState {
  if (!snapshot.matches('active')) return RunEngineState.Idle;
  const value = snapshot.value;
  const sub = typeof value === 'object' && value !== null ? (value as { active?: unknown }).active : undefined;
  return Object.values(RunEngineState).includes(sub as RunEngineState) ? (sub as RunEngineState) : RunEngineState.Running;
}
