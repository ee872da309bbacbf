/**
 * Built-in plans: pure generators of Msg with Bluesky's semantics and RunStart metadata.
 *
 * Every plan opens a run, yields a checkpoint at each step before moving anything, and closes the
 * run; it returns the run uid (undefined when driven without an engine) unless stated otherwise.
 * Plans do not stage: `buildSubmittedPlan` in plan-registry.ts wraps them with `stageWrapper`.
 * Multi-dimensional scans are in plans-nd.ts, adaptive ones in adaptive.ts.
 */
import { InvalidArgumentError } from '../../lib/errors.js';
import type { JsonObject, Plan } from './msg.js';
import { closeRun, collect, complete, kickoff, linspace, oneShot, openRun, sleep, wait } from './plan-stubs.js';
import { runMetadata, runSteps, stepMotors, type PlanOptions, type StepPlanOptions } from './plans-nd.js';
import { relativeSetWrapper, resetPositionsWrapper } from './preprocessors.js';

export interface CountOptions extends PlanOptions {
  /** What to do for each reading; by default `oneShot` (trigger and read the detectors). */
  perShot?: (detectors: readonly string[]) => Plan<unknown>;
}

/** Reads the detectors `num` times, `delay` seconds apart. */
export function* count(detectors: readonly string[], num = 1, delay = 0, options: CountOptions = {}): Plan<string | undefined> {
  if (!Number.isInteger(num) || num < 1) throw new InvalidArgumentError(`count needs an integer num >= 1, got ${num}`);
  const metadata: JsonObject = {
    plan_name: 'count',
    plan_type: 'generator',
    plan_args: { detectors: [...detectors], num, delay },
    detectors: [...detectors],
    num_points: num,
    num_intervals: num - 1,
    hints: { dimensions: [[['time'], 'primary']] },
  };
  const perShot = options.perShot ?? oneShot;
  const uid = yield* openRun(runMetadata(metadata, options.md));
  for (let i = 0; i < num; i++) {
    yield { cmd: 'checkpoint' };
    yield* perShot(detectors);
    if (delay > 0 && i < num - 1) yield* sleep(delay);
  }
  yield* closeRun();
  return uid;
}

/** Steps `motor` through `num` points from start to stop, reading the detectors at each. */
export function* scan(
  detectors: readonly string[],
  motor: string,
  start: number,
  stop: number,
  num: number,
  options: StepPlanOptions = {},
): Plan<string | undefined> {
  if (!Number.isInteger(num) || num < 1) throw new InvalidArgumentError(`scan needs an integer num >= 1, got ${num}`);
  const metadata: JsonObject = {
    plan_name: 'scan',
    plan_type: 'generator',
    plan_args: { detectors: [...detectors], motor, start, stop, num },
    detectors: [...detectors],
    motors: [motor],
    num_points: num,
    num_intervals: num - 1,
    hints: { dimensions: [[[motor], 'primary']] },
  };
  const steps = linspace(start, stop, num).map((position) => new Map([[motor, position]]));
  return yield* runSteps(detectors, steps, runMetadata(metadata, options.md), options.perStep);
}

/**
 * A scan with start and stop relative to where the motor is when the scan first moves it; the
 * motor goes back there at the end, however the scan ends (Bluesky's rel_scan).
 */
export function* relScan(
  detectors: readonly string[],
  motor: string,
  start: number,
  stop: number,
  num: number,
  options: StepPlanOptions = {},
): Plan<string | undefined> {
  const inner = scan(detectors, motor, start, stop, num, { ...options, md: { plan_name: 'rel_scan', ...options.md } });
  return yield* resetPositionsWrapper(relativeSetWrapper(inner, [motor]), [motor]);
}

/** Explicit positions per motor; the motors move in lockstep, so every list has the same length. */
export type MotorPositions = ReadonlyArray<readonly [string, readonly number[]]>;

/** Every problem of lockstep position lists (empty when they are usable). */
export function motorPositionsProblems(positions: MotorPositions): string[] {
  const problems: string[] = [];
  if (positions.length === 0) problems.push('needs at least one motor with its positions');
  const lengths = new Set(positions.map(([, points]) => points.length));
  if (lengths.has(0)) problems.push('every motor needs at least one position');
  if (lengths.size > 1) {
    problems.push(`the motors move in lockstep, so their lists need one length; got ${positions.map(([m, p]) => `${m}: ${p.length}`).join(', ')}`);
  }
  const motors = positions.map(([motor]) => motor);
  const twice = motors.filter((m, i) => motors.indexOf(m) !== i);
  if (twice.length > 0) problems.push(`a motor is listed twice: ${[...new Set(twice)].join(', ')}`);
  return problems;
}

/**
 * Moves the motors together through their explicit positions (the i-th of every list at step i),
 * reading the detectors at each step (Bluesky's list_scan).
 */
export function* listScan(detectors: readonly string[], positions: MotorPositions, options: StepPlanOptions = {}): Plan<string | undefined> {
  const problems = motorPositionsProblems(positions);
  if (problems.length > 0) throw new InvalidArgumentError(`list scan: ${problems.join('; ')}`);
  const num = positions[0]?.[1].length ?? 0;
  const steps = Array.from({ length: num }, (_, i) => new Map(positions.map(([motor, points]) => [motor, points[i] ?? Number.NaN])));
  const motors = stepMotors(steps);
  const metadata: JsonObject = {
    plan_name: 'list_scan',
    plan_type: 'generator',
    plan_args: { detectors: [...detectors], positions: positions.map(([motor, points]) => [motor, [...points]]) },
    detectors: [...detectors],
    motors,
    num_points: num,
    num_intervals: num - 1,
    plan_pattern: 'inner_list_product',
    hints: { dimensions: [[motors, 'primary']] },
  };
  return yield* runSteps(detectors, steps, runMetadata(metadata, options.md), options.perStep);
}

/** A list scan with positions relative to where each motor is when first moved, put back at the end. */
export function* relListScan(detectors: readonly string[], positions: MotorPositions, options: StepPlanOptions = {}): Plan<string | undefined> {
  const motors = positions.map(([motor]) => motor);
  const inner = listScan(detectors, positions, { ...options, md: { plan_name: 'rel_list_scan', ...options.md } });
  return yield* resetPositionsWrapper(relativeSetWrapper(inner, motors), motors);
}

/**
 * Kicks off every flyer and waits, asks each to complete and waits, then collects each into its
 * own stream (Bluesky's fly). Returns the number of events collected.
 */
export function* fly(flyers: readonly string[], options: PlanOptions = {}): Plan<number> {
  if (flyers.length === 0) throw new InvalidArgumentError('fly needs at least one flyer');
  const metadata: JsonObject = {
    plan_name: 'fly',
    plan_type: 'generator',
    plan_args: { flyers: [...flyers] },
  };
  yield* openRun(runMetadata(metadata, options.md));
  yield { cmd: 'checkpoint' };
  for (const flyer of flyers) yield* kickoff(flyer, { group: 'kickoff' });
  yield* wait('kickoff');
  for (const flyer of flyers) yield* complete(flyer, { group: 'complete' });
  yield* wait('complete');
  let events = 0;
  for (const flyer of flyers) events += yield* collect(flyer);
  yield* closeRun();
  return events;
}
