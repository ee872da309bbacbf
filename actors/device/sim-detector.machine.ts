/**
 * A simulated point detector: a trigger exposes for `exposure_s` (an XState delay, so the actor's
 * clock), then takes one reading of a Gaussian peak at the followed motor's position at that moment.
 */
import { assertEvent, assign, emit, fromPromise, setup } from 'xstate';
import type { BrightlineError } from '../../lib/errors.js';
import type { SimDetectorConfig } from './config.js';
import {
  DeviceBusyError,
  DeviceFaultError,
  DeviceNotReadyError,
  OperationFaultedError,
  OperationStoppedError,
  UnsupportedVerbError,
} from './errors.js';
import { reading, statusFailed, statusOk, type DeviceEvent, type Reading, type StatusEvent, type WallClock } from './device-protocol.js';
import { gaussian, type RandomSource } from './random.js';
import { peakSignal, type WorldView } from './sim-world.js';

export interface SimDetectorInput {
  config: SimDetectorConfig;
  world: WorldView;
  now: WallClock;
  random: RandomSource;
}

export interface SimDetectorContext extends SimDetectorInput {
  /** The last acquired reading; before the first trigger, the background at connect time. */
  readonly reading: Reading;
  readonly pendingStatusId: string | undefined;
  readonly fault: string;
}

export const SIM_DETECTOR_CLASS = 'SimDetector';

export function detectorActivity(context: SimDetectorContext): string {
  return `acquiring (exposure ${context.config.exposure_s} s)`;
}

type Refusal = 'disconnected' | 'connecting' | 'busy' | 'fault';

function refusal(context: SimDetectorContext, why: Refusal): BrightlineError {
  const { name } = context.config;
  const command = `trigger ${name}`;
  switch (why) {
    case 'busy':
      return new DeviceBusyError(name, command, detectorActivity(context));
    case 'fault':
      return new DeviceFaultError(name, command, context.fault);
    default:
      return new DeviceNotReadyError(name, command, why);
  }
}

/** Noise consumes randomness only when configured, so noiseless runs ignore the seed entirely. */
function acquire(context: SimDetectorContext, position: number): Reading {
  const sample = context.config.noise > 0 ? gaussian(context.random) : 0;
  return reading(peakSignal(position, context.config, sample), context.now());
}

export const simDetectorMachine = setup({
  types: {
    context: {} as SimDetectorContext,
    events: {} as DeviceEvent,
    input: {} as SimDetectorInput,
    emitted: {} as StatusEvent,
  },
  actors: {
    // Connecting means finding the motor whose position shapes the signal.
    connect: fromPromise<void, { name: string; follows: string; world: WorldView }>(async ({ input }) => {
      if (input.world.position(input.follows) === undefined) {
        throw new Error(`${input.name} follows '${input.follows}', which is not a sim-motor of this host`);
      }
    }),
  },
  delays: {
    exposure: ({ context }) => context.config.exposure_s * 1000,
  },
  guards: {
    motorVisible: ({ context }) => context.world.position(context.config.follows) !== undefined,
  },
  actions: {
    refuseTrigger: emit(({ context, event }, why: Refusal) => {
      assertEvent(event, 'TRIGGER');
      return statusFailed(event.statusId, refusal(context, why));
    }),
    refuseSet: emit(({ context, event }) => {
      assertEvent(event, 'SET');
      return statusFailed(event.statusId, new UnsupportedVerbError(context.config.name, 'set', SIM_DETECTOR_CLASS));
    }),
    startAcquisition: assign({
      pendingStatusId: ({ event }) => {
        assertEvent(event, 'TRIGGER');
        return event.statusId;
      },
    }),
    takeReading: assign({
      reading: ({ context }) => acquire(context, context.world.position(context.config.follows) ?? Number.NaN),
    }),
    reportDone: emit(({ context }) => statusOk(context.pendingStatusId ?? '')),
    reportStop: emit(({ context, event }) => {
      assertEvent(event, 'STOP');
      const statusId = context.pendingStatusId ?? '';
      if (event.success) return statusOk(statusId);
      return statusFailed(statusId, new OperationStoppedError(context.config.name, 'trigger', 'before the exposure ended'));
    }),
    reportFault: emit(({ context, event }) => {
      assertEvent(event, 'FAULT');
      return statusFailed(context.pendingStatusId ?? '', new OperationFaultedError(context.config.name, 'trigger', event.reason));
    }),
    endAcquisition: assign({ pendingStatusId: undefined }),
    recordFault: assign({
      fault: ({ event }) => {
        assertEvent(event, 'FAULT');
        return event.reason;
      },
    }),
  },
}).createMachine({
  id: 'simDetector',
  context: ({ input }) => ({
    ...input,
    reading: reading(input.config.background, input.now()),
    pendingStatusId: undefined,
    fault: '',
  }),
  initial: 'disconnected',
  on: {
    SET: { actions: 'refuseSet' },
    FAULT: { target: '.fault', actions: 'recordFault' },
  },
  states: {
    disconnected: {
      on: {
        CONNECT: 'connecting',
        TRIGGER: { actions: { type: 'refuseTrigger', params: 'disconnected' } },
      },
    },
    connecting: {
      invoke: {
        src: 'connect',
        input: ({ context }) => ({ name: context.config.name, follows: context.config.follows, world: context.world }),
        onDone: {
          target: 'ready',
          actions: assign({ reading: ({ context }) => reading(context.config.background, context.now()), fault: '' }),
        },
        onError: {
          target: 'fault',
          actions: assign({ fault: ({ event }) => `connect failed: ${event.error instanceof Error ? event.error.message : String(event.error)}` }),
        },
      },
      on: {
        TRIGGER: { actions: { type: 'refuseTrigger', params: 'connecting' } },
      },
    },
    ready: {
      initial: 'idle',
      states: {
        idle: {
          on: {
            TRIGGER: { target: 'busy', actions: 'startAcquisition' },
          },
        },
        busy: {
          after: {
            exposure: [
              { guard: 'motorVisible', target: 'idle', actions: ['takeReading', 'reportDone', 'endAcquisition'] },
              {
                target: '#simDetector.fault',
                actions: [
                  assign({ fault: ({ context }) => `followed motor '${context.config.follows}' vanished` }),
                  emit(({ context }) =>
                    statusFailed(context.pendingStatusId ?? '', new OperationFaultedError(context.config.name, 'trigger', context.fault)),
                  ),
                  'endAcquisition',
                ],
              },
            ],
          },
          on: {
            TRIGGER: { actions: { type: 'refuseTrigger', params: 'busy' } },
            STOP: { target: 'idle', actions: ['reportStop', 'endAcquisition'] },
            FAULT: { target: '#simDetector.fault', actions: ['reportFault', 'endAcquisition', 'recordFault'] },
          },
        },
      },
    },
    fault: {
      on: {
        CONNECT: 'connecting',
        TRIGGER: { actions: { type: 'refuseTrigger', params: 'fault' } },
      },
    },
  },
});
