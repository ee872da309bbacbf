/**
 * What composite devices (XYZ stage, coarse+fine axis) share: their children are devices of the
 * same host with actors of their own, so a composite connects by waiting for each child to be
 * ready, is connected while all children are, and moves children through their actors (a direct
 * command to a child during a composite move is refused as busy, which is the truth).
 */
import { describeError } from '../../../lib/errors.js';
import type { PlainValue } from '../../../lib/values.js';
import type { DataKeyInfo, OperationContext, Reading } from '../device-behaviour.js';
import { isReady } from '../device-protocol.js';
import { DeviceConnectError, type ConnectFailure } from '../errors.js';
import type { Unsubscribe } from '../signals/signal-backend.js';
import type { DeviceRef } from './kind.js';

/** Waits for every child; one DeviceConnectError names every child that is not ready, and why. */
export async function connectChildren(device: string, children: readonly DeviceRef[], timeoutMs: number, signal: AbortSignal): Promise<void> {
  const deadline = new AbortController();
  const timer = setTimeout(() => deadline.abort(), timeoutMs);
  const onAbort = (): void => deadline.abort();
  signal.addEventListener('abort', onAbort, { once: true });
  try {
    const results = await Promise.allSettled(children.map((child) => child.whenReady(deadline.signal)));
    const failures: ConnectFailure[] = [];
    results.forEach((result, index) => {
      if (result.status === 'rejected') failures.push({ part: children[index]?.name ?? '?', reason: describeError(result.reason) });
    });
    if (failures.length > 0) throw new DeviceConnectError(device, failures);
  } finally {
    clearTimeout(timer);
    signal.removeEventListener('abort', onAbort);
  }
}

/** Connected while every child is ready; the reason names the children that are not. */
export function watchChildren(children: readonly DeviceRef[], listener: (connected: boolean, reason: string) => void): Unsubscribe {
  let connected = children.every((c) => isReady(c.health().state));
  const unsubscribes = children.map((child) =>
    child.onHealth(() => {
      const down = children.filter((c) => !isReady(c.health().state));
      const now = down.length === 0;
      if (now === connected && now) return;
      connected = now;
      listener(now, down.map((c) => `${c.name} is ${c.health().state}${c.health().reason ? ` (${c.health().reason})` : ''}`).join('; '));
    }),
  );
  return () => unsubscribes.forEach((u) => u());
}

export function watchChildChanges(children: readonly DeviceRef[], listener: () => void): Unsubscribe {
  const unsubscribes = children.map((child) => child.behaviour.onChange(listener));
  return () => unsubscribes.forEach((u) => u());
}

export function readChildren(children: readonly DeviceRef[]): Record<string, Reading> {
  return Object.assign({}, ...children.map((c) => c.behaviour.read())) as Record<string, Reading>;
}

export function describeChildren(children: readonly DeviceRef[]): Record<string, DataKeyInfo> {
  return Object.assign({}, ...children.map((c) => c.behaviour.describe())) as Record<string, DataKeyInfo>;
}

/**
 * Moves children together; when the composite's operation is aborted (stop, timeout) every child
 * is stopped, and the first failure fails the whole move after all children have settled.
 */
export async function moveChildren(moves: ReadonlyArray<readonly [DeviceRef, PlainValue]>, context: OperationContext): Promise<void> {
  const timeoutS = context.timeoutMs / 1000;
  const results = await Promise.allSettled(moves.map(([child, value]) => child.set(value, timeoutS, context.signal)));
  const failed = results.find((r): r is PromiseRejectedResult => r.status === 'rejected');
  if (failed) throw failed.reason;
}

export async function stopChildren(children: readonly DeviceRef[], success: boolean): Promise<void> {
  for (const child of children) child.stop(success);
}

export function readbackOf(child: DeviceRef): number {
  const value = child.behaviour.read()[child.name]?.value;
  return typeof value === 'number' ? value : Number.NaN;
}
