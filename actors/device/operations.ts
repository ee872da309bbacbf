/**
 * How the device machine carries out an operation on a behaviour: the kind-specific ones (set,
 * trigger, kickoff, complete) delegate, the generic ones (stage, unstage, configure) work on the
 * behaviour's named signals, so every kind stages and configures the same way.
 */
import { BrightlineError, ErrorCode, describeError } from '../../lib/errors.js';
import type { PlainValue } from '../../lib/values.js';
import { Operation, type DeviceBehaviour, type OperationContext, type Reading } from './device-behaviour.js';
import { UnsupportedVerbError } from './errors.js';
import { toReading } from './kinds/signal-group.js';
import type { OperationRequest } from './device-protocol.js';
import type { SignalValue } from './signals/signal-backend.js';

/** Field and the value it had before staging, in the order they were changed. */
export type StageRestore = ReadonlyArray<readonly [string, SignalValue]>;

export interface ConfigureResult {
  readonly old: Record<string, Reading>;
  readonly new: Record<string, Reading>;
}

export type OperationResult = { readonly restore: StageRestore } | ConfigureResult | undefined;

export class StageError extends BrightlineError {}

export function supports(behaviour: DeviceBehaviour, operation: Operation): boolean {
  switch (operation) {
    case Operation.Set:
      return behaviour.set !== undefined;
    case Operation.Trigger:
      return behaviour.trigger !== undefined;
    case Operation.Kickoff:
      return behaviour.kickoff !== undefined;
    case Operation.Complete:
      return behaviour.complete !== undefined;
    default:
      return true;
  }
}

export async function runOperation(
  behaviour: DeviceBehaviour,
  request: OperationRequest,
  restore: StageRestore,
  context: OperationContext,
): Promise<OperationResult> {
  const unsupported = (): never => {
    throw new UnsupportedVerbError(behaviour.name, request.operation, behaviour.deviceClass);
  };
  switch (request.operation) {
    case Operation.Set:
      if (!behaviour.set) return unsupported();
      await behaviour.set(request.value ?? Number.NaN, context);
      return undefined;
    case Operation.Trigger:
      if (!behaviour.trigger) return unsupported();
      await behaviour.trigger(context);
      return undefined;
    case Operation.Kickoff:
      if (!behaviour.kickoff) return unsupported();
      await behaviour.kickoff({ ...request.params }, context);
      return undefined;
    case Operation.Complete:
      if (!behaviour.complete) return unsupported();
      await behaviour.complete(context);
      return undefined;
    case Operation.Stage:
      return { restore: await stage(behaviour, context) };
    case Operation.Unstage:
      await unstage(behaviour, restore, context);
      return { restore: [] };
    case Operation.Configure:
      return configure(behaviour, request.params ?? {}, context);
  }
}

async function putAll(behaviour: DeviceBehaviour, settings: ReadonlyArray<readonly [string, PlainValue]>, context: OperationContext): Promise<void> {
  for (const [field, value] of settings) {
    const signal = behaviour.signals[field];
    if (!signal) throw new StageError(ErrorCode.InvalidArgument, `${behaviour.name} has no field '${field}' to set`);
    await signal.put(value as SignalValue, { wait: true, timeoutMs: context.timeoutMs, signal: context.signal });
  }
}

/** Applies the stage settings, remembering each field's value before, so unstage can restore it. */
async function stage(behaviour: DeviceBehaviour, context: OperationContext): Promise<StageRestore> {
  const before: Array<readonly [string, SignalValue]> = [];
  for (const [field] of behaviour.stageSettings) {
    const previous = behaviour.signals[field]?.latest()?.value;
    if (previous === undefined) throw new StageError(ErrorCode.FailedPrecondition, `cannot stage ${behaviour.name}: field '${field}' has no value to restore later`);
    before.push([field, previous]);
  }
  try {
    await putAll(behaviour, behaviour.stageSettings, context);
  } catch (error) {
    // Half-staged is the worst state to leave a device in: put back what was changed.
    const undo = [...before].reverse().map(([field, value]) => [field, value as PlainValue] as const);
    await putAll(behaviour, undo, { ...context, signal: new AbortController().signal }).catch(() => undefined);
    throw new StageError(ErrorCode.FailedPrecondition, `cannot stage ${behaviour.name}: ${describeError(error)}`, { cause: error });
  }
  behaviour.onStage?.();
  return before;
}

async function unstage(behaviour: DeviceBehaviour, restore: StageRestore, context: OperationContext): Promise<void> {
  const failures: string[] = [];
  // Every field is tried even when one fails: unstage restores as much as it can.
  for (const [field, value] of [...restore].reverse()) {
    try {
      await putAll(behaviour, [[field, value as PlainValue]], context);
    } catch (error) {
      failures.push(`${field}: ${describeError(error)}`);
    }
  }
  if (failures.length > 0) throw new StageError(ErrorCode.FailedPrecondition, `unstage of ${behaviour.name} could not restore ${failures.join('; ')}`);
}

export function configurationKey(behaviour: DeviceBehaviour, field: string): string {
  return `${behaviour.name}_${field}`;
}

export function readConfiguration(behaviour: DeviceBehaviour): Record<string, Reading> {
  const out: Record<string, Reading> = {};
  for (const field of behaviour.configurationFields) {
    const signal = behaviour.signals[field];
    if (signal) out[configurationKey(behaviour, field)] = toReading(signal.latest());
  }
  return out;
}

async function configure(behaviour: DeviceBehaviour, values: Readonly<Record<string, PlainValue>>, context: OperationContext): Promise<ConfigureResult> {
  const unknown = Object.keys(values).filter((field) => !behaviour.configurationFields.includes(field));
  if (unknown.length > 0) {
    const known = behaviour.configurationFields.join(', ') || 'none';
    throw new StageError(ErrorCode.InvalidArgument, `cannot configure ${behaviour.name}: not configuration fields: ${unknown.join(', ')} (it has: ${known})`);
  }
  const old = readConfiguration(behaviour);
  await putAll(behaviour, Object.entries(values), context);
  return { old, new: readConfiguration(behaviour) };
}
