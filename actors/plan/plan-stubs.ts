/**
 * Small reusable plans (Bluesky's plan_stubs): the building blocks of the plans in plans.ts.
 *
 * Every stub is a pure generator of Msg. What the run engine sends back for a message becomes the
 * value of its `yield`: `open_run`/`close_run` → the run uid, `read` → the device's readings
 * (reading key → { value, timestamp }), `collect` → the number of events emitted, `configure` →
 * `{ old, new }`, anything else → undefined.
 */
import { BrightlineError, ErrorCode } from '../../lib/errors.js';
import type { PlainValue } from '../../lib/values.js';
import type { DeviceReading } from './documents.js';
import type { ExitStatus, JsonObject, Msg, Plan } from './msg.js';

/** What a `read` replies: reading key → reading. A positioner's primary key is its own name. */
export type Readings = Readonly<Record<string, DeviceReading>>;

/**
 * What a plan does at each step of a multi-dimensional scan (Bluesky's per_step): `step` maps each
 * motor to its position at this step, `posCache` remembers where each motor was last sent so that
 * motors which do not change are not moved. The plan yields the step's `checkpoint` itself, before
 * calling the hook.
 */
export type PerStepHook = (detectors: readonly string[], step: ReadonlyMap<string, number>, posCache: Map<string, number>) => Plan<unknown>;

/** A reading a plan needs is missing or is not a number. */
export class ReadingUnavailableError extends BrightlineError {
  constructor(readonly key: string, problem: string) {
    super(ErrorCode.FailedPrecondition, `no usable reading '${key}': ${problem}`);
  }
}

/** The value of reading `key` in a read reply (or a merge of several), whatever its type. */
export function readingOf(readings: unknown, key: string): PlainValue {
  if (typeof readings !== 'object' || readings === null || Array.isArray(readings)) {
    throw new ReadingUnavailableError(key, `the read replied ${readings === undefined ? 'nothing' : JSON.stringify(readings)}, not readings`);
  }
  const reading = (readings as Record<string, unknown>)[key];
  if (reading === undefined) {
    throw new ReadingUnavailableError(key, `the readings have only [${Object.keys(readings).join(', ')}]`);
  }
  const value = typeof reading === 'object' && reading !== null ? (reading as { value?: unknown }).value : undefined;
  if (!isPlainValue(value)) throw new ReadingUnavailableError(key, `${JSON.stringify(reading)} has no value`);
  return value;
}

/** The numeric value of reading `key` in a read reply (or a merge of several). */
export function readingValue(readings: unknown, key: string): number {
  const value = readingOf(readings, key);
  if (typeof value !== 'number' || !Number.isFinite(value)) {
    throw new ReadingUnavailableError(key, `its value ${JSON.stringify(value)} is not a finite number`);
  }
  return value;
}

function isPlainValue(value: unknown): value is PlainValue {
  if (typeof value === 'number' || typeof value === 'string' || typeof value === 'boolean') return true;
  return Array.isArray(value) && value.every(isPlainValue);
}

/** Where a positioner is, from the reply to its `read`: the reading keyed by the device's own name. */
export function positionOf(readings: unknown, device: string): number {
  return readingValue(readings, device);
}

/** Moves devices together and waits until every move has finished. */
export function* mv(moves: ReadonlyArray<readonly [string, PlainValue]>, group = 'mv'): Plan {
  for (const [device, value] of moves) yield { cmd: 'set', device, value, group };
  yield { cmd: 'wait', group };
}

/**
 * Moves devices by `delta` from where they are: reads every device first, then moves them together
 * and waits. Returns the absolute targets.
 */
export function* mvr(moves: ReadonlyArray<readonly [string, number]>, group = 'mv'): Plan<Record<string, number>> {
  const targets: Array<readonly [string, number]> = [];
  for (const [device, delta] of moves) targets.push([device, positionOf(yield { cmd: 'read', device }, device) + delta]);
  yield* mv(targets, group);
  return Object.fromEntries(targets);
}

export interface StatusOptions {
  /** The group to wait on later; by default one named after the verb and the device. */
  group?: string;
  /** Wait for the status before returning (default false). */
  wait?: boolean;
}

/** Starts a set and returns its group, without waiting unless `wait` (Bluesky's abs_set). */
export function* absSet(device: string, value: PlainValue, options: StatusOptions = {}): Plan<string> {
  const group = options.group ?? `set_${device}`;
  yield { cmd: 'set', device, value, group };
  if (options.wait) yield { cmd: 'wait', group };
  return group;
}

/** Reads the device, then sets it to its position plus `delta` (Bluesky's rel_set). */
export function* relSet(device: string, delta: number, options: StatusOptions = {}): Plan<string> {
  const position = positionOf(yield { cmd: 'read', device }, device);
  return yield* absSet(device, position + delta, options);
}

/** Starts a trigger and returns its group, without waiting unless `wait`. */
export function* trigger(device: string, options: StatusOptions = {}): Plan<string> {
  const group = options.group ?? `trigger_${device}`;
  yield { cmd: 'trigger', device, group };
  if (options.wait) yield { cmd: 'wait', group };
  return group;
}

/**
 * Triggers the detectors, waits for them, then reads `others` (motors, which need no trigger) and
 * the detectors into one event of `stream`. Returns every reading of the event, merged.
 */
export function* triggerAndRead(detectors: readonly string[], others: readonly string[] = [], stream = 'primary'): Plan<Readings> {
  const group = 'trigger';
  for (const device of detectors) yield { cmd: 'trigger', device, group };
  if (detectors.length > 0) yield { cmd: 'wait', group };
  yield { cmd: 'create', name: stream };
  const merged: Record<string, DeviceReading> = {};
  const devices = [...others.filter((d) => !detectors.includes(d)), ...detectors];
  for (const device of devices) mergeReadings(merged, yield { cmd: 'read', device });
  yield { cmd: 'save' };
  return merged;
}

/** Reads the devices into one event of `stream` without triggering them (for passive devices). */
export function* readInto(devices: readonly string[], stream: string): Plan<Readings> {
  return yield* triggerAndRead([], devices, stream);
}

function mergeReadings(into: Record<string, DeviceReading>, reply: unknown): void {
  if (typeof reply === 'object' && reply !== null && !Array.isArray(reply)) Object.assign(into, reply);
}

export function* read(device: string): Plan<Readings | undefined> {
  const reply = yield { cmd: 'read', device };
  return typeof reply === 'object' && reply !== null ? (reply as Readings) : undefined;
}

export function* create(stream = 'primary'): Plan {
  yield { cmd: 'create', name: stream };
}

export function* save(): Plan {
  yield { cmd: 'save' };
}

export function* drop(): Plan {
  yield { cmd: 'drop' };
}

export function* sleep(seconds: number): Plan {
  yield { cmd: 'sleep', seconds };
}

/** Waits for every status of `group`; without a group, for every status still pending. */
export function* wait(group?: string): Plan {
  yield group === undefined ? { cmd: 'wait' } : { cmd: 'wait', group };
}

export function* checkpoint(): Plan {
  yield { cmd: 'checkpoint' };
}

export function* clearCheckpoint(): Plan {
  yield { cmd: 'clear_checkpoint' };
}

/** Asks the run engine to pause; `defer` pauses at the next checkpoint instead of now. */
export function* pause(defer?: boolean): Plan {
  yield defer === undefined ? { cmd: 'pause' } : { cmd: 'pause', defer };
}

export function* nullMsg(): Plan {
  yield { cmd: 'null' };
}

/** Stages every device, in order. */
export function* stage(devices: readonly string[]): Plan {
  for (const device of devices) yield { cmd: 'stage', device };
}

/** Unstages every device, in order. */
export function* unstage(devices: readonly string[]): Plan {
  for (const device of devices) yield { cmd: 'unstage', device };
}

/** Opens a run with `metadata` and returns its uid (undefined when no engine replies). */
export function* openRun(metadata?: JsonObject): Plan<string | undefined> {
  const uid = yield metadata === undefined ? { cmd: 'open_run' } : { cmd: 'open_run', metadata };
  return typeof uid === 'string' ? uid : undefined;
}

/** Closes the open run and returns its uid (undefined when no engine replies). */
export function* closeRun(exitStatus?: ExitStatus, reason?: string): Plan<string | undefined> {
  const msg: Extract<Msg, { cmd: 'close_run' }> = { cmd: 'close_run' };
  if (exitStatus !== undefined) msg.exit_status = exitStatus;
  if (reason !== undefined) msg.reason = reason;
  const uid = yield msg;
  return typeof uid === 'string' ? uid : undefined;
}

/** The reply to `configure`: the configuration readings before and after. */
export interface ConfigureResult {
  old: Readings;
  new: Readings;
}

export function* configure(device: string, values: Record<string, PlainValue>): Plan<ConfigureResult | undefined> {
  const reply = yield { cmd: 'configure', device, values };
  return typeof reply === 'object' && reply !== null ? (reply as ConfigureResult) : undefined;
}

export interface KickoffOptions extends StatusOptions {
  params?: Record<string, PlainValue>;
}

/** Starts a flyer; returns the group its status joined (default `kickoff_<device>`). */
export function* kickoff(device: string, options: KickoffOptions = {}): Plan<string> {
  const group = options.group ?? `kickoff_${device}`;
  yield options.params === undefined ? { cmd: 'kickoff', device, group } : { cmd: 'kickoff', device, params: options.params, group };
  if (options.wait) yield { cmd: 'wait', group };
  return group;
}

/** Asks a flyer to finish; returns the group its status joined (default `complete_<device>`). */
export function* complete(device: string, options: StatusOptions = {}): Plan<string> {
  const group = options.group ?? `complete_${device}`;
  yield { cmd: 'complete', device, group };
  if (options.wait) yield { cmd: 'wait', group };
  return group;
}

/** Emits what a flyer recorded as events of `stream` (default: the device name); returns how many. */
export function* collect(device: string, stream?: string): Plan<number> {
  const count = yield stream === undefined ? { cmd: 'collect', device } : { cmd: 'collect', device, stream };
  return typeof count === 'number' ? count : 0;
}

export function* monitor(device: string, stream?: string): Plan {
  yield stream === undefined ? { cmd: 'monitor', device } : { cmd: 'monitor', device, stream };
}

export function* unmonitor(device: string): Plan {
  yield { cmd: 'unmonitor', device };
}

export function* declareStream(name: string, devices: readonly string[]): Plan {
  yield { cmd: 'declare_stream', name, devices: [...devices] };
}

/**
 * Moves the motors of `step` whose position differs from `posCache` together, and waits
 * (Bluesky's move_per_step, without its checkpoint: plans yield that before each step).
 */
export function* movePerStep(step: ReadonlyMap<string, number>, posCache: Map<string, number>, group = 'mv'): Plan {
  let moved = false;
  for (const [motor, position] of step) {
    if (posCache.get(motor) === position) continue;
    yield { cmd: 'set', device: motor, value: position, group };
    posCache.set(motor, position);
    moved = true;
  }
  if (moved) yield { cmd: 'wait', group };
}

/** Bluesky's one_nd_step: moves what changed, then triggers and reads the detectors and the motors. */
export function* oneNdStep(detectors: readonly string[], step: ReadonlyMap<string, number>, posCache: Map<string, number>): Plan<Readings> {
  yield* movePerStep(step, posCache);
  return yield* triggerAndRead(detectors, [...step.keys()]);
}

/** Bluesky's one_shot (without its checkpoint): triggers and reads the detectors into one event. */
export function* oneShot(detectors: readonly string[]): Plan<Readings> {
  return yield* triggerAndRead(detectors);
}

/** `num` evenly spaced points from start to stop inclusive, as numpy.linspace. */
export function linspace(start: number, stop: number, num: number): number[] {
  if (num === 1) return [start];
  const step = (stop - start) / (num - 1);
  // The last point is exactly `stop`, not start + (num-1)*step with its rounding error.
  return Array.from({ length: num }, (_, i) => (i === num - 1 ? stop : start + i * step));
}
