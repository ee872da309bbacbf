/**
 * What kind tests share: a KindEnvironment over mock:// signals, an OperationContext that records
 * progress, a parse helper, and counters that show whether an operation left listeners behind.
 */
import { getEventListeners } from 'node:events';
import { beamlineId, deviceName } from '../../../lib/ids.js';
import { EntryReader } from '../../../actors/device/config-reader.js';
import type { OperationContext, Progress } from '../../../actors/device/device-behaviour.js';
import type { CommonDeviceConfig, DeviceKindModule, KindEnvironment } from '../../../actors/device/kinds/kind.js';
import { seededRandom } from '../../../actors/device/random.js';
import { MockSignalRegistry, type MockSignalBackend } from '../../../actors/device/signals/mock-backend.js';
import type { PlainValue } from '../../../lib/values.js';

export const NOW = 1_700_000_000;

export interface MockEnv {
  readonly registry: MockSignalRegistry;
  readonly env: KindEnvironment;
  /** Monitor listeners a device currently holds on `source`. */
  subscribers(source: string): number;
}

export function mockEnv(): MockEnv {
  const registry = new MockSignalRegistry();
  const active = new Map<string, number>();
  const instrumented = new WeakSet<MockSignalBackend>();
  const count = (source: string, delta: number): void => {
    active.set(source, (active.get(source) ?? 0) + delta);
  };
  // wraps subscribe on each backend so a test can see that an operation unsubscribed
  const instrument = (signal: MockSignalBackend): MockSignalBackend => {
    if (instrumented.has(signal)) return signal;
    instrumented.add(signal);
    const subscribe = signal.subscribe.bind(signal);
    signal.subscribe = (listener) => {
      const unsubscribe = subscribe(listener);
      count(signal.source, 1);
      let done = false;
      return () => {
        if (!done) count(signal.source, -1);
        done = true;
        unsubscribe();
      };
    };
    return signal;
  };
  const env: KindEnvironment = {
    beamline: beamlineId('BL01'),
    signals: { resolve: (uri) => instrument(registry.get(uri)) },
    now: () => NOW,
    random: seededRandom(1),
    dataDir: '/nonexistent',
    device: (name) => {
      throw new Error(`no device '${name}' in a kind unit test`);
    },
  };
  return { registry, env, subscribers: (source) => active.get(source) ?? 0 };
}

export interface RecordingContext {
  readonly context: OperationContext;
  readonly controller: AbortController;
  readonly progress: Progress[];
  /** Abort listeners still registered on the context's signal. */
  abortListeners(): number;
}

export function operationContext(timeoutMs = 5_000): RecordingContext {
  const controller = new AbortController();
  const progress: Progress[] = [];
  return {
    context: { signal: controller.signal, timeoutMs, progress: (p) => progress.push(p) },
    controller,
    progress,
    abortListeners: () => getEventListeners(controller.signal, 'abort').length,
  };
}

/** Parses one entry the way the config loader would, returning its problems instead of throwing. */
export function parseEntry<C extends CommonDeviceConfig>(
  module: DeviceKindModule<C>,
  entry: Record<string, unknown>,
  stage: ReadonlyArray<readonly [string, PlainValue]> = [],
): { config: C; problems: string[] } {
  const problems: string[] = [];
  const reader = new EntryReader({ kind: module.kind, ...entry }, 'BL01.devices[0]', problems);
  const common: CommonDeviceConfig = { kind: module.kind, name: deviceName(String(entry['name'] ?? 'dev')), stage, connect_timeout_s: 1 };
  return { config: module.parse(reader, common), problems };
}

/** Parses an entry that must be valid. */
export function configOf<C extends CommonDeviceConfig>(module: DeviceKindModule<C>, entry: Record<string, unknown>, stage: ReadonlyArray<readonly [string, PlainValue]> = []): C {
  const { config, problems } = parseEntry(module, entry, stage);
  if (problems.length > 0) throw new Error(`unexpected config problems: ${problems.join('; ')}`);
  return config;
}

/** Lets pending promise callbacks (and mock puts) run. */
export function settled(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}

/** Marks when a promise settles, so a test can check "not done yet" without a clock. */
export function track(promise: Promise<unknown>): { readonly done: boolean; readonly error: unknown } {
  const state = { done: false, error: undefined as unknown };
  promise.then(
    () => {
      state.done = true;
    },
    (error: unknown) => {
      state.done = true;
      state.error = error;
    },
  );
  return state;
}
