/**
 * The host's side of one device actor: turns set/trigger into promises that settle when the
 * machine emits the matching status (or a deadline passes), and reports changes of readings and
 * health. Unlike machines, this layer lives in real time: it may use timers and the wall clock.
 */
import { performance } from 'node:perf_hooks';
import { TimeoutError, type BrightlineError } from '../../lib/errors.js';
import type { Limits } from './config.js';
import { DeviceHostStoppingError } from './errors.js';
import { deviceStateOf, type DeviceEvent, type DeviceState, type Reading, type StatusEvent, type WallClock } from './device-protocol.js';

export interface DataKeyInfo {
  source: string;
  dtype: string;
  shape: number[];
  units: string;
  precision: number;
  limits?: Limits;
  object_name: string;
}

export interface DescribeInfo {
  data_keys: Record<string, DataKeyInfo>;
  hinted_fields: string[];
  device_class: string;
}

export interface HealthInfo {
  state: DeviceState;
  /** Seconds since the epoch when the device entered `state`. */
  since: number;
  /** Why a device is in fault, or what it is busy with; empty otherwise. */
  reason: string;
}

export interface StatusResult {
  elapsedS: number;
}

export type Command = { verb: 'set'; value: number } | { verb: 'trigger' };

interface Unsubscribable {
  unsubscribe(): void;
}

/** What the handle needs of an XState actor; both device machines' actors fit. */
export interface DeviceActorLike<TSnapshot extends { value: unknown }> {
  send(event: DeviceEvent): void;
  on(type: 'status', handler: (event: StatusEvent) => void): Unsubscribable;
  subscribe(listener: (snapshot: TSnapshot) => void): Unsubscribable;
  getSnapshot(): TSnapshot;
  start(): unknown;
  stop(): unknown;
}

export interface DeviceSpec<TSnapshot extends { value: unknown }> {
  name: string;
  actor: DeviceActorLike<TSnapshot>;
  describe: DescribeInfo;
  readings(snapshot: TSnapshot): Record<string, Reading>;
  healthReason(snapshot: TSnapshot): string;
  /** Used when a request says timeout_s = 0: the expected duration plus a margin. */
  defaultTimeoutS(snapshot: TSnapshot, command: Command): number;
  now: WallClock;
}

export interface DeviceHandle {
  readonly name: string;
  describe(): DescribeInfo;
  read(): Record<string, Reading>;
  health(): HealthInfo;
  /** Starts the actor and resolves once it is ready or in fault. */
  connect(): Promise<HealthInfo>;
  set(value: number, timeoutS: number): Promise<StatusResult>;
  trigger(timeoutS: number): Promise<StatusResult>;
  stop(success: boolean): void;
  onReadings(listener: (readings: Record<string, Reading>) => void): void;
  onHealth(listener: (health: HealthInfo) => void): void;
  /** Fails pending statuses and stops the actor. */
  shutdown(): void;
}

interface Pending {
  resolve(result: StatusResult): void;
  reject(error: BrightlineError): void;
}

export function createDeviceHandle<TSnapshot extends { value: unknown }>(spec: DeviceSpec<TSnapshot>): DeviceHandle {
  const { actor, name, now } = spec;
  const pending = new Map<string, Pending>();
  const readingListeners: Array<(readings: Record<string, Reading>) => void> = [];
  const healthListeners: Array<(health: HealthInfo) => void> = [];
  const settledListeners: Array<(health: HealthInfo) => void> = [];
  let nextStatusId = 1;
  let lastReadings: Record<string, Reading> = {};
  let health: HealthInfo | undefined;
  const subscriptions: Unsubscribable[] = [];

  const observe = (snapshot: TSnapshot): void => {
    const readings = spec.readings(snapshot);
    if (readingsChanged(lastReadings, readings)) {
      lastReadings = readings;
      for (const listener of readingListeners) listener(readings);
    }
    const state = deviceStateOf(snapshot.value);
    const reason = spec.healthReason(snapshot);
    if (!health || health.state !== state || health.reason !== reason) {
      health = { state, reason, since: now() };
      for (const listener of healthListeners) listener(health);
      if (state !== 'disconnected' && state !== 'connecting') for (const listener of settledListeners.splice(0)) listener(health);
    }
  };

  const run = (command: Command, timeoutS: number, event: (statusId: string) => DeviceEvent): Promise<StatusResult> => {
    const statusId = String(nextStatusId++);
    const started = performance.now();
    const limitS = timeoutS > 0 ? timeoutS : spec.defaultTimeoutS(actor.getSnapshot(), command);
    const what = command.verb === 'set' ? `set ${name} to ${command.value}` : `trigger ${name}`;
    return new Promise<StatusResult>((resolve, reject) => {
      const timer = setTimeout(() => {
        pending.delete(statusId);
        reject(new TimeoutError(what, Math.round(limitS * 1000)));
      }, limitS * 1000);
      const settle = (): void => {
        clearTimeout(timer);
        pending.delete(statusId);
      };
      pending.set(statusId, {
        resolve: () => {
          settle();
          resolve({ elapsedS: (performance.now() - started) / 1000 });
        },
        reject: (error) => {
          settle();
          reject(error);
        },
      });
      // Registered before sending: a refusal is emitted synchronously, inside send.
      actor.send(event(statusId));
    });
  };

  return {
    name,
    describe: () => spec.describe,
    read: () => spec.readings(actor.getSnapshot()),
    health: () => health ?? { state: deviceStateOf(actor.getSnapshot().value), reason: '', since: now() },
    connect: () => {
      const settled = new Promise<HealthInfo>((resolve) => settledListeners.push(resolve));
      subscriptions.push(
        actor.on('status', (event) => {
          const waiting = pending.get(event.statusId);
          if (!waiting) return;
          if (event.success) waiting.resolve({ elapsedS: 0 });
          else waiting.reject(event.error);
        }),
        actor.subscribe(observe),
      );
      actor.start();
      observe(actor.getSnapshot());
      actor.send({ type: 'CONNECT' });
      return settled;
    },
    set: (value, timeoutS) => run({ verb: 'set', value }, timeoutS, (statusId) => ({ type: 'SET', value, statusId })),
    trigger: (timeoutS) => run({ verb: 'trigger' }, timeoutS, (statusId) => ({ type: 'TRIGGER', statusId })),
    stop: (success) => actor.send({ type: 'STOP', success }),
    onReadings: (listener) => void readingListeners.push(listener),
    onHealth: (listener) => void healthListeners.push(listener),
    shutdown: () => {
      for (const waiting of [...pending.values()]) waiting.reject(new DeviceHostStoppingError(name));
      for (const subscription of subscriptions.splice(0)) subscription.unsubscribe();
      actor.stop();
    },
  };
}

function readingsChanged(before: Record<string, Reading>, after: Record<string, Reading>): boolean {
  const keys = Object.keys(after);
  if (keys.length !== Object.keys(before).length) return true;
  return keys.some((key) => {
    const a = before[key];
    const b = after[key];
    return !a || !b || a.value !== b.value || a.timestamp !== b.timestamp;
  });
}
