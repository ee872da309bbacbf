/**
 * A simulated motor: moves toward its set point at a fixed velocity, one step per tick, so a read
 * during a move sees where the axis is now. Ticks come from XState delays and thus from the
 * actor's clock; wall time for timestamps comes from `input.now`.
 */
import { assertEvent, assign, emit, fromPromise, setup } from 'xstate';
import type { BrightlineError } from '../../lib/errors.js';
import type { SimMotorConfig } from './config.js';
import {
  DeviceBusyError,
  DeviceFaultError,
  DeviceNotReadyError,
  OperationFaultedError,
  OperationStoppedError,
  SetpointOutOfRangeError,
} from './errors.js';
import { statusFailed, statusOk, type DeviceEvent, type StatusEvent, type WallClock } from './device-protocol.js';
import { travel } from './sim-world.js';

export interface SimMotorInput {
  config: SimMotorConfig;
  now: WallClock;
}

interface Move {
  readonly from: number;
  readonly to: number;
  readonly statusId: string;
  readonly elapsedMs: number;
}

export interface SimMotorContext {
  readonly config: SimMotorConfig;
  readonly now: WallClock;
  readonly position: number;
  /** When `position` last changed, in seconds since the epoch. */
  readonly timestamp: number;
  readonly move: Move | undefined;
  readonly fault: string;
}

type CommandEvent = Extract<DeviceEvent, { statusId: string }>;

function commandPhrase(config: SimMotorConfig, event: CommandEvent): string {
  return event.type === 'SET' ? `set ${config.name} to ${event.value} ${config.units}` : `trigger ${config.name}`;
}

/** What a busy motor says it is doing. */
export function motorActivity(context: SimMotorContext): string {
  const { units, precision } = context.config;
  const to = context.move?.to ?? context.position;
  return `moving to ${to} ${units} (now at ${context.position.toFixed(precision)} ${units})`;
}

type Refusal = 'disconnected' | 'connecting' | 'busy' | 'fault';

function refusal(context: SimMotorContext, event: CommandEvent, why: Refusal): BrightlineError {
  const name = context.config.name;
  const command = commandPhrase(context.config, event);
  switch (why) {
    case 'busy':
      return new DeviceBusyError(name, command, motorActivity(context));
    case 'fault':
      return new DeviceFaultError(name, command, context.fault);
    default:
      return new DeviceNotReadyError(name, command, why);
  }
}

function isCommand(event: DeviceEvent): event is CommandEvent {
  return event.type === 'SET' || event.type === 'TRIGGER';
}

export const simMotorMachine = setup({
  types: {
    context: {} as SimMotorContext,
    events: {} as DeviceEvent,
    input: {} as SimMotorInput,
    emitted: {} as StatusEvent,
  },
  actors: {
    // A sim motor has nothing to connect to; the seam is where a ca:// backend will plug in.
    connect: fromPromise<void, { name: string }>(async () => undefined),
  },
  delays: {
    tick: ({ context }) => context.config.tick_ms,
  },
  guards: {
    withinLimits: ({ context, event }) => {
      assertEvent(event, 'SET');
      const { low, high } = context.config.limits;
      return event.value >= low && event.value <= high;
    },
    arrived: ({ context }) => context.move === undefined || context.position === context.move.to,
  },
  actions: {
    refuse: emit(({ context, event }, why: Refusal) => {
      if (!isCommand(event)) throw new TypeError(`refuse only answers commands, not ${event.type}`);
      return statusFailed(event.statusId, refusal(context, event, why));
    }),
    refuseOutOfRange: emit(({ context, event }) => {
      assertEvent(event, 'SET');
      const { name, limits, units } = context.config;
      return statusFailed(event.statusId, new SetpointOutOfRangeError(name, event.value, limits, units));
    }),
    // Ophyd: triggering a positioner is a no-op that completes at once.
    completeTrigger: emit(({ event }) => {
      assertEvent(event, 'TRIGGER');
      return statusOk(event.statusId);
    }),
    startMove: assign({
      move: ({ context, event }) => {
        assertEvent(event, 'SET');
        return { from: context.position, to: event.value, statusId: event.statusId, elapsedMs: 0 };
      },
    }),
    step: assign(({ context }) => {
      if (!context.move) return {};
      const elapsedMs = context.move.elapsedMs + context.config.tick_ms;
      const { from, to } = context.move;
      return {
        move: { ...context.move, elapsedMs },
        position: travel(from, to, context.config.velocity, elapsedMs),
        timestamp: context.now(),
      };
    }),
    reportArrival: emit(({ context }) => statusOk(context.move?.statusId ?? '')),
    reportStop: emit(({ context, event }) => {
      assertEvent(event, 'STOP');
      const statusId = context.move?.statusId ?? '';
      if (event.success) return statusOk(statusId);
      const { name, units, precision } = context.config;
      const operation = `set to ${context.move?.to} ${units}`;
      return statusFailed(statusId, new OperationStoppedError(name, operation, `at ${context.position.toFixed(precision)} ${units}`));
    }),
    reportFault: emit(({ context, event }) => {
      assertEvent(event, 'FAULT');
      const operation = `set to ${context.move?.to} ${context.config.units}`;
      return statusFailed(context.move?.statusId ?? '', new OperationFaultedError(context.config.name, operation, event.reason));
    }),
    endMove: assign({ move: undefined }),
    recordFault: assign({
      fault: ({ event }) => {
        assertEvent(event, 'FAULT');
        return event.reason;
      },
    }),
  },
}).createMachine({
  id: 'simMotor',
  context: ({ input }) => ({
    config: input.config,
    now: input.now,
    position: input.config.initial,
    timestamp: input.now(),
    move: undefined,
    fault: '',
  }),
  initial: 'disconnected',
  on: {
    FAULT: { target: '.fault', actions: 'recordFault' },
  },
  states: {
    disconnected: {
      on: {
        CONNECT: 'connecting',
        SET: { actions: { type: 'refuse', params: 'disconnected' } },
        TRIGGER: { actions: { type: 'refuse', params: 'disconnected' } },
      },
    },
    connecting: {
      invoke: {
        src: 'connect',
        input: ({ context }) => ({ name: context.config.name }),
        onDone: { target: 'ready', actions: assign({ timestamp: ({ context }) => context.now(), fault: '' }) },
        onError: {
          target: 'fault',
          actions: assign({ fault: ({ event }) => `connect failed: ${event.error instanceof Error ? event.error.message : String(event.error)}` }),
        },
      },
      on: {
        SET: { actions: { type: 'refuse', params: 'connecting' } },
        TRIGGER: { actions: { type: 'refuse', params: 'connecting' } },
      },
    },
    ready: {
      initial: 'idle',
      states: {
        idle: {
          on: {
            SET: [{ guard: 'withinLimits', target: 'busy', actions: 'startMove' }, { actions: 'refuseOutOfRange' }],
            TRIGGER: { actions: 'completeTrigger' },
          },
        },
        busy: {
          always: { guard: 'arrived', target: 'idle', actions: ['reportArrival', 'endMove'] },
          after: { tick: { target: 'busy', reenter: true, actions: 'step' } },
          on: {
            SET: { actions: { type: 'refuse', params: 'busy' } },
            TRIGGER: { actions: { type: 'refuse', params: 'busy' } },
            STOP: { target: 'idle', actions: ['reportStop', 'endMove', assign({ timestamp: ({ context }) => context.now() })] },
            FAULT: { target: '#simMotor.fault', actions: ['reportFault', 'endMove', 'recordFault'] },
          },
        },
      },
    },
    fault: {
      on: {
        CONNECT: 'connecting',
        SET: { actions: { type: 'refuse', params: 'fault' } },
        TRIGGER: { actions: { type: 'refuse', params: 'fault' } },
      },
    },
  },
});
