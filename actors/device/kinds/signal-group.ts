/** What every signal-based kind does with its signals: connect them all, watch them, read them. */
import type { PlainValue } from '../../../lib/values.js';
import type { DataKeyInfo, Reading } from '../device-behaviour.js';
import { DeviceConnectError, type ConnectFailure } from '../errors.js';
import type { SignalBackend, SignalReading, SignalValue, Unsubscribe } from '../signals/signal-backend.js';
import { describeError } from '../../../lib/errors.js';

export interface ConnectablePart {
  readonly part: string;
  connect(timeoutMs: number, signal: AbortSignal): Promise<void>;
}

/** Connects all parts at once; one DeviceConnectError lists every part that failed. */
export async function connectAll(device: string, parts: readonly ConnectablePart[], timeoutMs: number, signal: AbortSignal): Promise<void> {
  const results = await Promise.allSettled(parts.map((p) => p.connect(timeoutMs, signal)));
  const failures: ConnectFailure[] = [];
  results.forEach((result, index) => {
    if (result.status === 'rejected') failures.push({ part: parts[index]?.part ?? '?', reason: describeError(result.reason) });
  });
  if (failures.length > 0) throw new DeviceConnectError(device, failures);
}

export function signalParts(signals: Readonly<Record<string, SignalBackend>>): ConnectablePart[] {
  return Object.values(signals).map((s) => ({ part: s.source, connect: (timeoutMs, signal) => s.connect({ timeoutMs, signal }) }));
}

/**
 * Reports false as soon as one signal is lost and true once all are back, naming the lost ones.
 */
export function watchConnection(signals: readonly SignalBackend[], listener: (connected: boolean, reason: string) => void): Unsubscribe {
  const lost = new Map<string, string>();
  const unsubscribes = signals.map((s) =>
    s.onConnection((change) => {
      const wasConnected = lost.size === 0;
      if (change.connected) lost.delete(s.source);
      else lost.set(s.source, change.reason);
      const connected = lost.size === 0;
      // Every connect is reported once all are up: a device in fault retries as soon as the last
      // missing PV appears, even one that never connected before.
      if (connected !== wasConnected || !connected || change.connected) {
        listener(connected, connected ? '' : [...lost].map(([source, reason]) => `${source}: ${reason}`).join('; '));
      }
    }),
  );
  return () => unsubscribes.forEach((u) => u());
}

export function watchChanges(signals: readonly SignalBackend[], listener: () => void): Unsubscribe {
  const unsubscribes = signals.map((s) => s.subscribe(() => listener()));
  return () => unsubscribes.forEach((u) => u());
}

export function plainOf(value: SignalValue): PlainValue {
  return Array.isArray(value) ? [...(value as ReadonlyArray<number | string>)] : (value as number | string);
}

export function toReading(reading: SignalReading | undefined): Reading {
  if (!reading) return { value: Number.NaN, timestamp: 0, alarm_severity: 'INVALID', alarm_status: 'UDF' };
  return { value: plainOf(reading.value), timestamp: reading.timestamp, alarm_severity: reading.severity, alarm_status: reading.status };
}

/** The latest reading of a signal (from its monitor). */
export function readSignal(signal: SignalBackend): Reading {
  return toReading(signal.latest());
}

export function latestNumber(signal: SignalBackend): number {
  const value = signal.latest()?.value;
  return typeof value === 'number' ? value : Number.NaN;
}

/** DataKey of a connected signal, under the reading key `objectName` (or a child key of it). */
export function dataKeyOf(signal: SignalBackend, objectName: string): DataKeyInfo {
  const meta = signal.meta();
  return {
    source: signal.source,
    dtype: meta.dtype,
    shape: [...meta.shape],
    units: meta.units,
    precision: meta.precision,
    ...(meta.limits ? { limits: meta.limits } : {}),
    ...(meta.choices ? { choices: [...meta.choices] } : {}),
    object_name: objectName,
  };
}
