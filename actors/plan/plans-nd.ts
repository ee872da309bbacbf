/**
 * Multi-dimensional step scans (Bluesky's scan_nd, grid_scan, rel_grid_scan) and the step loop and
 * RunStart metadata helpers that every step plan shares.
 */
import { InvalidArgumentError } from '../../lib/errors.js';
import type { JsonObject, JsonValue, Plan } from './msg.js';
import { closeRun, linspace, oneNdStep, openRun, type PerStepHook } from './plan-stubs.js';
import { relativeSetWrapper, resetPositionsWrapper } from './preprocessors.js';

export interface PlanOptions {
  /** User metadata, merged over the plan's own RunStart metadata (its `hints` merged key by key). */
  md?: JsonObject;
}

export interface StepPlanOptions extends PlanOptions {
  /** What to do at each step; by default `oneNdStep` (move what changed, trigger and read). */
  perStep?: PerStepHook;
}

/**
 * One step of a scan: motor → position, in the order the motors move. A Record puts keys that look
 * like integers first (JavaScript's key order): use a Map when motor names are numbers.
 */
export type ScanStep = ReadonlyMap<string, number> | Readonly<Record<string, number>>;

/** The plan's RunStart metadata with the user's `md` merged over it, as Bluesky's `_md.update(md)`. */
export function runMetadata(planMetadata: JsonObject, md: JsonObject | undefined): JsonObject {
  if (md === undefined) return planMetadata;
  const merged: JsonObject = { ...planMetadata, ...md };
  const planHints = planMetadata['hints'];
  const userHints = md['hints'];
  if (isJsonObject(planHints) && isJsonObject(userHints)) merged['hints'] = { ...planHints, ...userHints };
  return merged;
}

function isJsonObject(value: JsonValue | undefined): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** `[[motor], 'primary']` per motor: one dimension each (outer products, scan_nd). */
export function dimensionsPerMotor(motors: readonly string[]): JsonValue {
  return motors.map((motor) => [[motor], 'primary']);
}

/**
 * Opens a run, then for each step yields a checkpoint and runs `perStep`, then closes the run.
 * Returns the run uid (undefined when no engine replies).
 */
export function* runSteps(
  detectors: readonly string[],
  steps: Iterable<ReadonlyMap<string, number>>,
  metadata: JsonObject,
  perStep: PerStepHook = oneNdStep,
): Plan<string | undefined> {
  const uid = yield* openRun(metadata);
  const posCache = new Map<string, number>();
  for (const step of steps) {
    yield { cmd: 'checkpoint' };
    yield* perStep(detectors, step, posCache);
  }
  yield* closeRun();
  return uid;
}

/** The motors of every step, which must all name the same motors (the order of the first step). */
export function stepMotors(steps: readonly ReadonlyMap<string, number>[]): string[] {
  const first = steps[0];
  if (!first) throw new InvalidArgumentError('a scan needs at least one step');
  const motors = [...first.keys()];
  if (motors.length === 0) throw new InvalidArgumentError('a scan step must name at least one motor');
  steps.forEach((step, index) => {
    const same = step.size === motors.length && motors.every((m) => step.has(m));
    if (!same) throw new InvalidArgumentError(`step ${index} moves [${[...step.keys()].join(', ')}], not the motors of step 0 [${motors.join(', ')}]`);
    for (const [motor, position] of step) {
      if (!Number.isFinite(position)) throw new InvalidArgumentError(`step ${index} sends '${motor}' to ${position}, not a finite number`);
    }
  });
  return motors;
}

function toStepMap(step: ScanStep): ReadonlyMap<string, number> {
  return step instanceof Map ? step : new Map(Object.entries(step));
}

/**
 * Reads the detectors at each of `steps` (Bluesky's scan_nd); every step names the same motors,
 * each in the order given. Returns the run uid.
 */
export function* scanNd(detectors: readonly string[], steps: readonly ScanStep[], options: StepPlanOptions = {}): Plan<string | undefined> {
  const stepMaps = steps.map(toStepMap);
  const motors = stepMotors(stepMaps);
  const metadata: JsonObject = {
    plan_name: 'scan_nd',
    plan_type: 'generator',
    plan_args: { detectors: [...detectors], motors, points: stepMaps.map((step) => motors.map((m) => step.get(m) ?? 0)) },
    detectors: [...detectors],
    motors,
    num_points: stepMaps.length,
    num_intervals: stepMaps.length - 1,
    hints: { dimensions: dimensionsPerMotor(motors) },
  };
  return yield* runSteps(detectors, stepMaps, runMetadata(metadata, options.md), options.perStep);
}

/** One axis of a grid scan: `num` evenly spaced points from start to stop. */
export interface GridAxis {
  motor: string;
  start: number;
  stop: number;
  num: number;
  /** Alternate direction on each pass of the axes before it; never on the first (slowest) axis. */
  snake?: boolean;
}

/** Every problem of a list of grid axes (empty when they are usable). */
export function gridAxesProblems(axes: readonly GridAxis[]): string[] {
  const problems: string[] = [];
  if (axes.length === 0) problems.push('a grid scan needs at least one axis');
  axes.forEach((axis, index) => {
    if (!Number.isInteger(axis.num) || axis.num < 1) problems.push(`axis ${index} ('${axis.motor}') needs an integer num >= 1, got ${axis.num}`);
    if (!Number.isFinite(axis.start) || !Number.isFinite(axis.stop)) problems.push(`axis ${index} ('${axis.motor}') needs finite start and stop`);
    if (index === 0 && axis.snake) problems.push(`the first (slowest) axis ('${axis.motor}') cannot snake`);
  });
  const motors = axes.map((a) => a.motor);
  const twice = motors.filter((m, i) => motors.indexOf(m) !== i);
  if (twice.length > 0) problems.push(`a motor is on two axes: ${[...new Set(twice)].join(', ')}`);
  return problems;
}

/**
 * The steps of an outer product, slowest axis first; a snaking axis runs backwards on every odd
 * pass of the axes before it (Bluesky's snake_cyclers).
 */
export function outerProduct(axes: readonly GridAxis[]): Map<string, number>[] {
  let steps: Map<string, number>[] = [new Map()];
  for (const axis of axes) {
    const forward = linspace(axis.start, axis.stop, axis.num);
    const backward = [...forward].reverse();
    steps = steps.flatMap((step, pass) =>
      (axis.snake && pass % 2 === 1 ? backward : forward).map((position) => new Map([...step, [axis.motor, position]])),
    );
  }
  return steps;
}

/**
 * Reads the detectors at every point of the grid spanned by `axes`, the first axis slowest
 * (Bluesky's grid_scan). Returns the run uid.
 */
export function* gridScan(detectors: readonly string[], axes: readonly GridAxis[], options: StepPlanOptions = {}): Plan<string | undefined> {
  const problems = gridAxesProblems(axes);
  if (problems.length > 0) throw new InvalidArgumentError(`grid scan: ${problems.join('; ')}`);
  const motors = axes.map((a) => a.motor);
  const numPoints = axes.reduce((n, a) => n * a.num, 1);
  const metadata: JsonObject = {
    plan_name: 'grid_scan',
    plan_type: 'generator',
    plan_args: { detectors: [...detectors], axes: axes.map((a) => [a.motor, a.start, a.stop, a.num, a.snake ?? false]) },
    detectors: [...detectors],
    motors,
    num_points: numPoints,
    num_intervals: numPoints - 1,
    shape: axes.map((a) => a.num),
    extents: axes.map((a) => [a.start, a.stop]),
    snaking: axes.map((a) => a.snake ?? false),
    plan_pattern: 'outer_product',
    hints: { gridding: 'rectilinear', dimensions: dimensionsPerMotor(motors) },
  };
  return yield* runSteps(detectors, outerProduct(axes), runMetadata(metadata, options.md), options.perStep);
}

/**
 * A grid scan with start and stop relative to where each motor is when the scan first moves it;
 * the motors go back there at the end, however the scan ends (Bluesky's rel_grid_scan).
 */
export function* relGridScan(detectors: readonly string[], axes: readonly GridAxis[], options: StepPlanOptions = {}): Plan<string | undefined> {
  const motors = axes.map((a) => a.motor);
  const inner = gridScan(detectors, axes, { ...options, md: { plan_name: 'rel_grid_scan', ...options.md } });
  return yield* resetPositionsWrapper(relativeSetWrapper(inner, motors), motors);
}
