/**
 * The host's side of one device actor: turns operations into promises that settle when the
 * machine emits their status, gates reads on the device being ready, and reports readings,
 * health and progress. Unlike the machine, this layer lives in real time.
 */
import { performance } from 'node:perf_hooks';
import { createActor, type ActorOptions, type AnyActorLogic } from 'xstate';
import { BrightlineError, describeError } from '../../lib/errors.js';
import type { PlainValue } from '../../lib/values.js';
import { Operation, type AssetDocument, type CollectedEvent, type DataKeyInfo, type DeviceBehaviour, type Location, type Progress, type Reading } from './device-behaviour.js';
import { deviceMachine, type DeviceContext } from './device.machine.js';
import { DeviceState, deviceStateOf, isReady, type OperationRequest, type StatusEvent, type WallClock } from './device-protocol.js';
import { DeviceFaultError, DeviceHostStoppingError, DeviceNotReadyError, OperationFaultedError, UnsupportedVerbError } from './errors.js';
import type { DeviceHealthInfo, DeviceRef, StatusResult } from './kinds/kind.js';
import { configurationKey, readConfiguration, type ConfigureResult } from './operations.js';
import { dataKeyOf } from './kinds/signal-group.js';
import type { Unsubscribe } from './signals/signal-backend.js';

/** XState's timer seam (`SimulatedClock` in tests). */
export type ActorClock = NonNullable<ActorOptions<AnyActorLogic>['clock']>;

/** Slack on top of an operation's expected duration before its default deadline. */
const TIMEOUT_FACTOR = 1.5;
const TIMEOUT_MARGIN_S = 1;

export interface DeviceHandleOptions {
  behaviour: DeviceBehaviour;
  connectTimeoutMs: number;
  now: WallClock;
  clock?: ActorClock;
  retryDelayMs?: number;
  maxRetryDelayMs?: number;
  /** Told about stops the hardware refused. */
  onStopFailed?: (device: string, error: BrightlineError) => void;
  /** Also told what the handle reports, before its listeners, and of a crash (supervised-device.ts). */
  sink?: DeviceEventSink;
}

/**
 * What a handle reports, as one object rather than listener sets: the stable handle that
 * supervises a device's actors follows each actor this way (a host has thousands).
 */
export interface DeviceEventSink {
  health(health: DeviceHealthInfo): void;
  readings(readings: Record<string, Reading>): void;
  progress(update: ProgressUpdate): void;
  /** The behaviour's readings may have changed (its onChange, not batched). */
  change(): void;
  /**
   * The actor itself failed (an exception in one of its actions or guards: a bug, not a device
   * fault). The dead handle has failed its pending statuses, halted what it was moving and
   * refuses commands; only `shutdown` is left to do.
   */
  crashed(error: unknown): void;
}

export interface ProgressUpdate {
  readonly statusId: string;
  readonly operation: Operation;
  readonly progress: Progress;
}

export interface OperationOptions {
  /** 0: the device's own estimate with a margin. */
  readonly timeoutS?: number;
  /** The caller's id for the status, echoed in progress updates. */
  readonly statusId?: string;
}

export interface DeviceHandle extends DeviceRef {
  /** Starts the actor; resolves once the device is first ready or in fault. */
  start(): Promise<DeviceHealthInfo>;
  run(operation: Operation, options: OperationOptions & { value?: PlainValue; params?: Record<string, PlainValue> }): Promise<StatusResult & { result?: unknown }>;
  configure(values: Record<string, PlainValue>, options?: OperationOptions): Promise<ConfigureResult>;
  readConfiguration(): Record<string, Reading>;
  describeConfiguration(): Record<string, DataKeyInfo>;
  locate(): Location;
  collect(): CollectedEvent[];
  describeCollect(): Record<string, DataKeyInfo>;
  assetDocuments(): AssetDocument[];
  hintedFields(): string[];
  onReadings(listener: (readings: Record<string, Reading>) => void): Unsubscribe;
  onProgress(listener: (update: ProgressUpdate) => void): Unsubscribe;
  /** Fails pending statuses, stops the actor and closes the behaviour. */
  shutdown(): void;
}

interface Pending {
  readonly phrase: string;
  settle(event: StatusEvent): void;
}

export function createDeviceHandle(options: DeviceHandleOptions): DeviceHandle {
  const { behaviour, now, sink } = options;
  const name = behaviour.name;
  const pending = new Map<string, Pending>();
  const callerIds = new Map<string, string>();
  const healthListeners = new Set<(health: DeviceHealthInfo) => void>();
  const readingListeners = new Set<(readings: Record<string, Reading>) => void>();
  const progressListeners = new Set<(update: ProgressUpdate) => void>();
  const cleanups: Unsubscribe[] = [];
  let nextStatusId = 1;
  let health: DeviceHealthInfo = { state: DeviceState.Disconnected, since: now(), reason: '' };
  let everReady = false;
  let readingsQueued = false;
  let stopped = false;
  let crashed = false;

  const actor = createActor(deviceMachine, {
    input: {
      behaviour,
      connectTimeoutMs: options.connectTimeoutMs,
      ...(options.retryDelayMs === undefined ? {} : { retryDelayMs: options.retryDelayMs }),
      ...(options.maxRetryDelayMs === undefined ? {} : { maxRetryDelayMs: options.maxRetryDelayMs }),
      observer: {
        progress: (statusId, operation, progress) => {
          const update = { statusId: callerIds.get(statusId) ?? statusId, operation, progress };
          sink?.progress(update);
          for (const listener of [...progressListeners]) listener(update);
        },
        stopFailed: (error) => options.onStopFailed?.(name, error),
      },
    },
    ...(options.clock ? { clock: options.clock } : {}),
  });

  const observe = (): void => {
    const snapshot = actor.getSnapshot();
    const state = deviceStateOf(snapshot.value);
    const { reason: faultReason, operation } = snapshot.context;
    const reason = state === DeviceState.Busy ? (operation?.phrase ?? '') : isReady(state) ? '' : faultReason;
    if (isReady(state)) everReady = true;
    if (health.state === state && health.reason === reason) return;
    health = { state, reason, since: now() };
    sink?.health(health);
    for (const listener of [...healthListeners]) listener(health);
  };

  const changed = (): void => {
    sink?.change();
    if (readingsQueued || (readingListeners.size === 0 && !sink)) return;
    readingsQueued = true;
    // Coalesces a burst of monitor updates (several PVs of one motor) into one published reading.
    setImmediate(() => {
      readingsQueued = false;
      if (!isReady(health.state) || stopped) return;
      const readings = behaviour.read();
      sink?.readings(readings);
      for (const listener of [...readingListeners]) listener(readings);
    });
  };

  const requireReady = (verb: string): void => {
    if (isReady(health.state)) return;
    if (health.state === DeviceState.Fault) throw new DeviceFaultError(name, verb, health.reason);
    throw new DeviceNotReadyError(name, verb, health.reason ? `${health.state} (${health.reason})` : health.state);
  };

  const requireDescribed = (verb: string): void => {
    // describe needs metadata from one connection; it stays valid while the IOC is away.
    if (!everReady) requireReady(verb);
  };

  const defaultTimeoutMs = (operation: Operation, value: PlainValue | undefined): number =>
    Math.ceil((behaviour.expectedDurationS(operation, value) * TIMEOUT_FACTOR + TIMEOUT_MARGIN_S) * 1000);

  const run: DeviceHandle['run'] = (operation, runOptions) => {
    const statusId = String(nextStatusId++);
    if (runOptions.statusId) callerIds.set(statusId, runOptions.statusId);
    const timeoutS = runOptions.timeoutS ?? 0;
    const request: OperationRequest = {
      statusId,
      operation,
      ...(runOptions.value === undefined ? {} : { value: runOptions.value }),
      ...(runOptions.params === undefined ? {} : { params: runOptions.params }),
      timeoutMs: timeoutS > 0 ? Math.ceil(timeoutS * 1000) : defaultTimeoutMs(operation, runOptions.value),
      phrase: phraseOf(name, operation, runOptions.value),
    };
    const started = performance.now();
    return new Promise((resolve, reject) => {
      pending.set(statusId, {
        phrase: request.phrase,
        settle: (event) => {
          pending.delete(statusId);
          callerIds.delete(statusId);
          if (event.success) resolve({ elapsedS: (performance.now() - started) / 1000, result: event.result });
          else reject(event.error);
        },
      });
      if (stopped || crashed) {
        const error = crashed ? new DeviceFaultError(name, request.phrase, health.reason) : new DeviceHostStoppingError(name);
        pending.get(statusId)?.settle({ type: 'status', statusId, success: false, error });
        return;
      }
      // Registered before sending: a refusal is emitted synchronously, inside send.
      actor.send({ type: 'COMMAND', request });
    });
  };

  // XState stops a failed actor without settling anything: what was in flight would hang.
  const crash = (error: unknown): void => {
    if (crashed || stopped) return;
    crashed = true;
    const why = `${name} crashed: ${describeCrash(error)}`;
    // Nobody is left to finish or time out a move under way: the hardware must not go on by itself.
    if ((actor.getSnapshot().context as DeviceContext | undefined)?.operation) haltQuietly(behaviour, options.onStopFailed);
    for (const [statusId, waiting] of [...pending]) {
      waiting.settle({ type: 'status', statusId, success: false, error: new OperationFaultedError(name, waiting.phrase, why) });
    }
    sink?.crashed(error);
    health = { state: DeviceState.Fault, reason: why, since: now() };
    sink?.health(health);
    for (const listener of [...healthListeners]) listener(health);
  };

  const withAbort = async <T>(promise: Promise<T>, signal: AbortSignal | undefined, stopOnAbort: boolean): Promise<T> => {
    if (!signal) return promise;
    const onAbort = (): void => {
      if (stopOnAbort) actor.send({ type: 'STOP', success: false });
    };
    signal.addEventListener('abort', onAbort, { once: true });
    try {
      return await promise;
    } finally {
      signal.removeEventListener('abort', onAbort);
    }
  };

  const handle: DeviceHandle = {
    name,
    behaviour,
    health: () => health,
    onHealth: (listener) => {
      healthListeners.add(listener);
      return () => healthListeners.delete(listener);
    },
    whenReady: (signal) => waitUntilReady(handle, signal),
    start: () => {
      const settled = firstSettled(handle);
      cleanups.push(
        actor.on('status', (event) => pending.get(event.statusId)?.settle(event)).unsubscribe,
        actor.subscribe({ next: observe, error: crash }).unsubscribe,
        behaviour.onConnection((connected, reason) => actor.send(connected ? { type: 'LINK_RESTORED' } : { type: 'LINK_LOST', reason })),
        behaviour.onChange(changed),
      );
      actor.start();
      observe();
      actor.send({ type: 'CONNECT' });
      return settled;
    },
    run,
    set: async (value, timeoutS, signal) => withAbort(run(Operation.Set, { value, timeoutS }), signal, true),
    trigger: async (timeoutS, signal) => withAbort(run(Operation.Trigger, { timeoutS }), signal, true),
    configure: async (values, opts = {}) => (await run(Operation.Configure, { ...opts, params: values })).result as ConfigureResult,
    stop: (success) => actor.send({ type: 'STOP', success }),
    read: () => {
      requireReady(`read ${name}`);
      return behaviour.read();
    },
    describe: () => {
      requireDescribed(`describe ${name}`);
      return behaviour.describe();
    },
    hintedFields: () => [...behaviour.hintedFields],
    readConfiguration: () => {
      requireReady(`read the configuration of ${name}`);
      return readConfiguration(behaviour);
    },
    describeConfiguration: () => {
      requireDescribed(`describe the configuration of ${name}`);
      const out: Record<string, DataKeyInfo> = {};
      for (const field of behaviour.configurationFields) {
        const signal = behaviour.signals[field];
        if (signal) out[configurationKey(behaviour, field)] = dataKeyOf(signal, name);
      }
      return out;
    },
    locate: () => {
      requireReady(`locate ${name}`);
      if (!behaviour.locate) throw new UnsupportedVerbError(name, 'locate', behaviour.deviceClass);
      return behaviour.locate();
    },
    collect: () => {
      requireReady(`collect from ${name}`);
      if (!behaviour.collect) throw new UnsupportedVerbError(name, 'collect', behaviour.deviceClass);
      return behaviour.collect();
    },
    describeCollect: () => {
      requireDescribed(`describe what ${name} collects`);
      if (!behaviour.describeCollect) throw new UnsupportedVerbError(name, 'collect', behaviour.deviceClass);
      return behaviour.describeCollect();
    },
    assetDocuments: () => behaviour.assetDocuments?.() ?? [],
    onReadings: (listener) => {
      readingListeners.add(listener);
      return () => readingListeners.delete(listener);
    },
    onProgress: (listener) => {
      progressListeners.add(listener);
      return () => progressListeners.delete(listener);
    },
    shutdown: () => {
      if (stopped) return;
      stopped = true;
      for (const [statusId, waiting] of [...pending]) {
        waiting.settle({ type: 'status', statusId, success: false, error: new DeviceHostStoppingError(name) });
      }
      for (const cleanup of cleanups.splice(0)) cleanup();
      actor.stop();
      behaviour.close();
    },
  };
  return handle;
}

/** Halts what a crashed actor left moving; a stop that throws or fails is only reported. */
function haltQuietly(behaviour: DeviceBehaviour, onStopFailed: DeviceHandleOptions['onStopFailed']): void {
  try {
    behaviour.stop(false).catch((error: unknown) => onStopFailed?.(behaviour.name, BrightlineError.from(error)));
  } catch (error) {
    onStopFailed?.(behaviour.name, BrightlineError.from(error));
  }
}

/** An actor's crash in one line: XState puts a newline between where it failed and why. */
export function describeCrash(error: unknown): string {
  return describeError(error).replace(/\s*\n\s*/g, ' ');
}

/** Resolves once `device` is ready; rejects with its fault reason, or its state when `signal` aborts. */
export function waitUntilReady(device: Pick<DeviceRef, 'name' | 'health' | 'onHealth'>, signal: AbortSignal): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    const check = (h: DeviceHealthInfo): boolean => {
      if (isReady(h.state)) resolve();
      else if (h.state === DeviceState.Fault) reject(new DeviceFaultError(device.name, 'connect', h.reason));
      else if (signal.aborted) reject(new DeviceNotReadyError(device.name, 'connect', h.reason ? `${h.state} (${h.reason})` : h.state));
      else return false;
      return true;
    };
    if (check(device.health())) return;
    const unsubscribe = device.onHealth((h) => {
      if (check(h)) cleanup();
    });
    const onAbort = (): void => {
      check(device.health());
      cleanup();
    };
    const cleanup = (): void => {
      unsubscribe();
      signal.removeEventListener('abort', onAbort);
    };
    signal.addEventListener('abort', onAbort, { once: true });
  });
}

/** Resolves with the first health of `device` that is neither disconnected nor connecting. */
export function firstSettled(device: Pick<DeviceRef, 'onHealth'>): Promise<DeviceHealthInfo> {
  return new Promise<DeviceHealthInfo>((resolve) => {
    const unsubscribe = device.onHealth((h) => {
      if (h.state === DeviceState.Connecting || h.state === DeviceState.Disconnected) return;
      unsubscribe();
      resolve(h);
    });
  });
}

/** How messages name an operation: `set m1 to 3`, `trigger det`. */
export function phraseOf(device: string, operation: Operation, value: PlainValue | undefined): string {
  if (operation === Operation.Set) return `set ${device} to ${JSON.stringify(value)}`;
  return `${operation} ${device}`;
}
