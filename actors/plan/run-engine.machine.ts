/**
 * The run engine's lifecycle (Bluesky's RunEngine state machine). This first version knows idle,
 * running and aborting; pause/resume/suspend/stop/halt and the queue come with issue 6. The plan
 * itself runs in an invoked callback actor, so the machine holds no I/O, time or ids: all of
 * that sits behind the `execute` function it is given as input.
 */
import { assign, fromCallback, sendTo, setup, type SnapshotFrom } from 'xstate';
import { describeError } from '../../lib/errors.js';
import { ExitStatus } from './msg.js';
import type { PlanItem, PlanOutcome, RunProgress } from './plan-interpreter.js';

export type ExecutePlan = (item: PlanItem, hooks: { signal: AbortSignal; onProgress(progress: RunProgress): void }) => Promise<PlanOutcome>;

export type RunEngineEvent =
  | { type: 'SUBMIT'; item: PlanItem }
  | { type: 'ABORT'; reason: string }
  | { type: 'RUN.PROGRESS'; progress: RunProgress }
  | { type: 'RUN.FINISHED'; outcome: PlanOutcome };

export interface CurrentPlan {
  item: PlanItem;
  progress: RunProgress;
}

export interface LastOutcome extends PlanOutcome {
  itemUid: string;
  planName: string;
}

export interface RunEngineContext {
  execute: ExecutePlan;
  current: CurrentPlan | undefined;
  last: LastOutcome | undefined;
}

export interface RunEngineInput {
  execute: ExecutePlan;
}

const runPlan = fromCallback<RunEngineEvent, { item: PlanItem; execute: ExecutePlan }>(({ input, sendBack, receive }) => {
  const controller = new AbortController();
  receive((event) => {
    if (event.type === 'ABORT') controller.abort(event.reason);
  });
  input
    .execute(input.item, { signal: controller.signal, onProgress: (progress) => sendBack({ type: 'RUN.PROGRESS', progress }) })
    .then(
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
}).createMachine({
  id: 'run-engine',
  context: ({ input }) => ({ execute: input.execute, current: undefined, last: undefined }),
  initial: 'idle',
  states: {
    idle: {
      on: {
        SUBMIT: {
          target: 'active',
          actions: assign({ current: ({ event }) => ({ item: event.item, progress: { runUids: [], step: 0, totalSteps: 0 } }) }),
        },
      },
    },
    active: {
      invoke: {
        id: 'plan',
        src: 'runPlan',
        input: ({ context }) => {
          if (!context.current) throw new Error('run engine entered active without a plan');
          return { item: context.current.item, execute: context.execute };
        },
      },
      initial: 'running',
      states: {
        running: {
          on: { ABORT: { target: 'aborting', actions: sendTo('plan', ({ event }) => event) } },
        },
        aborting: {},
      },
      on: {
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

export const RunEngineState = { Idle: 'idle', Running: 'running', Aborting: 'aborting' } as const;
export type RunEngineState = (typeof RunEngineState)[keyof typeof RunEngineState];

/** The state name clients see in PlanStatus. */
export function runEngineState(snapshot: SnapshotFrom<typeof runEngineMachine>): RunEngineState {
  if (snapshot.matches({ active: 'aborting' })) return RunEngineState.Aborting;
  if (snapshot.matches('active')) return RunEngineState.Running;
  return RunEngineState.Idle;
}
