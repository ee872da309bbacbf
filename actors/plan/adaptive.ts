/**
 * Plans that decide where to go next from what they read (Bluesky's adaptive_scan and
 * tune_centroid). They need a run engine, or a test driver, to reply to their reads.
 */
import { InvalidArgumentError } from '../../lib/errors.js';
import type { JsonObject, Plan } from './msg.js';
import { closeRun, linspace, mv, openRun, positionOf, readingValue, triggerAndRead } from './plan-stubs.js';
import { runMetadata, type PlanOptions } from './plans-nd.js';

export interface AdaptiveScanParams extends PlanOptions {
  detectors: readonly string[];
  /** The reading key whose change sets the step size. */
  targetField: string;
  motor: string;
  start: number;
  stop: number;
  minStep: number;
  maxStep: number;
  /** The change of the target field wanted between two points. */
  targetDelta: number;
  /** Go back and retake a point when the step turned out much too large. */
  backstep: boolean;
  /** A step is too large when the next step would be below this fraction of it (default 0.8). */
  threshold?: number;
}

/** Every problem of adaptive scan parameters (empty when they are usable). */
export function adaptiveScanProblems(p: Pick<AdaptiveScanParams, 'minStep' | 'maxStep' | 'targetDelta' | 'threshold'>): string[] {
  const problems: string[] = [];
  if (!(p.minStep > 0 && p.maxStep > p.minStep)) problems.push(`needs max_step > min_step > 0, got min_step ${p.minStep} and max_step ${p.maxStep}`);
  if (!(p.targetDelta > 0)) problems.push(`needs target_delta > 0, got ${p.targetDelta}`);
  const threshold = p.threshold ?? 0.8;
  if (!(threshold > 0 && threshold < 1)) problems.push(`needs 0 < threshold < 1, got ${threshold}`);
  return problems;
}

/**
 * Steps `motor` from start towards stop (stop itself excluded), reading `targetField` at each point
 * and adapting the step so the field changes by about `targetDelta` between points, within
 * [minStep, maxStep]; with `backstep`, a step found far too large is retaken smaller (Bluesky's
 * adaptive_scan). Returns the run uid.
 */
export function* adaptiveScan(p: AdaptiveScanParams): Plan<string | undefined> {
  const problems = adaptiveScanProblems(p);
  if (problems.length > 0) throw new InvalidArgumentError(`adaptive scan: ${problems.join('; ')}`);
  const threshold = p.threshold ?? 0.8;
  const metadata: JsonObject = {
    plan_name: 'adaptive_scan',
    plan_type: 'generator',
    plan_args: {
      detectors: [...p.detectors], target_field: p.targetField, motor: p.motor, start: p.start, stop: p.stop,
      min_step: p.minStep, max_step: p.maxStep, target_delta: p.targetDelta, backstep: p.backstep, threshold,
    },
    detectors: [...p.detectors],
    motors: [p.motor],
    hints: { dimensions: [[[p.motor], 'primary']] },
  };
  const uid = yield* openRun(runMetadata(metadata, p.md));
  const direction = p.stop >= p.start ? 1 : -1;
  let next = p.start;
  let step = (p.maxStep - p.minStep) / 2;
  let past: number | undefined;
  while (next * direction < p.stop * direction) {
    yield { cmd: 'checkpoint' };
    yield* mv([[p.motor, next]]);
    const current = readingValue(yield* triggerAndRead(p.detectors, [p.motor]), p.targetField);
    if (past === undefined) {
      past = current;
      next += step * direction;
      continue;
    }
    const slope = Math.abs(current - past) / step;
    const newStep = slope > 0 ? clamp(p.targetDelta / slope, p.minStep, p.maxStep) : Math.min(step * 1.1, p.maxStep);
    if (p.backstep && newStep < step * threshold) {
      // Overstepped: go back to the last accepted point and try a smaller step from there.
      next -= step * direction;
      step = newStep;
    } else {
      past = current;
      step = 0.2 * newStep + 0.8 * step;
    }
    next += step * direction;
  }
  yield* closeRun();
  return uid;
}

export interface TuneCentroidParams extends PlanOptions {
  detectors: readonly string[];
  /** The reading key to centre on. */
  signal: string;
  motor: string;
  start: number;
  stop: number;
  /** Tuning ends once a pass's step would be smaller than this. */
  minStep: number;
  /** Points per pass (default 10, at least 2). */
  num?: number;
  /** Each pass covers the previous range divided by this (default 3, > 1). */
  stepFactor?: number;
  /** Alternate the direction of successive passes (default false). */
  snake?: boolean;
}

/** What tune_centroid found. JSON-friendly so that it can reach clients as the plan's result. */
export interface TuneCentroidResult {
  /** The last centroid computed, or null when no pass saw any signal. */
  centroid: number | null;
  /** The passes narrowed below min_step and the motor was moved to `centroid`. */
  converged: boolean;
  passes: number;
  points: number;
  /** The highest signal read, and the motor position it was read at. */
  peakValue: number | null;
  peakPosition: number | null;
  runUid: string | null;
}

/** Every problem of tune_centroid parameters (empty when they are usable). */
export function tuneCentroidProblems(p: Pick<TuneCentroidParams, 'minStep' | 'num' | 'stepFactor'>): string[] {
  const problems: string[] = [];
  if (!(p.minStep > 0)) problems.push(`needs min_step > 0, got ${p.minStep}`);
  const num = p.num ?? 10;
  if (!Number.isInteger(num) || num < 2) problems.push(`needs an integer num >= 2, got ${num}`);
  const stepFactor = p.stepFactor ?? 3;
  if (!(stepFactor > 1)) problems.push(`needs step_factor > 1, got ${stepFactor}`);
  return problems;
}

/**
 * The centroid Σ x·I / Σ I of (position, signal) points, or undefined when the signal sums to zero.
 */
export function centroid(points: ReadonlyArray<readonly [number, number]>): number | undefined {
  let sumI = 0;
  let sumXI = 0;
  for (const [x, signal] of points) {
    sumI += signal;
    sumXI += x * signal;
  }
  return sumI === 0 ? undefined : sumXI / sumI;
}

/**
 * Scans `motor` over [start, stop] in `num` points reading `signal`, recentres the range on the
 * signal's centroid shrunk by `stepFactor`, and repeats until a pass's step would be below
 * `minStep`; then moves the motor to the centroid (Bluesky's tune_centroid). Positions are the
 * motor's readbacks. A pass without any signal ends tuning without moving. Returns what it found.
 */
export function* tuneCentroid(p: TuneCentroidParams): Plan<TuneCentroidResult> {
  const problems = tuneCentroidProblems(p);
  if (problems.length > 0) throw new InvalidArgumentError(`tune centroid: ${problems.join('; ')}`);
  const num = p.num ?? 10;
  const stepFactor = p.stepFactor ?? 3;
  const snake = p.snake ?? false;
  const metadata: JsonObject = {
    plan_name: 'tune_centroid',
    plan_type: 'generator',
    plan_args: {
      detectors: [...p.detectors], signal: p.signal, motor: p.motor, start: p.start, stop: p.stop,
      min_step: p.minStep, num, step_factor: stepFactor, snake,
    },
    detectors: [...p.detectors],
    motors: [p.motor],
    hints: { dimensions: [[[p.motor], 'primary']] },
  };
  const low = Math.min(p.start, p.stop);
  const high = Math.max(p.start, p.stop);
  const result: TuneCentroidResult = { centroid: null, converged: false, passes: 0, points: 0, peakValue: null, peakPosition: null, runUid: null };
  result.runUid = (yield* openRun(runMetadata(metadata, p.md))) ?? null;
  let [start, stop] = [p.start, p.stop];
  let signalLost = false;
  while (Math.abs((stop - start) / (num - 1)) >= p.minStep) {
    const pass: Array<readonly [number, number]> = [];
    for (const target of linspace(start, stop, num)) {
      yield { cmd: 'checkpoint' };
      yield* mv([[p.motor, target]]);
      const readings = yield* triggerAndRead(p.detectors, [p.motor]);
      const point = [positionOf(readings, p.motor), readingValue(readings, p.signal)] as const;
      pass.push(point);
      if (result.peakValue === null || point[1] > result.peakValue) [result.peakPosition, result.peakValue] = point;
    }
    result.passes += 1;
    result.points += pass.length;
    const found = centroid(pass);
    if (found === undefined) {
      signalLost = true;
      break;
    }
    result.centroid = found;
    const range = (stop - start) / stepFactor;
    [start, stop] = [clamp(found - range / 2, low, high), clamp(found + range / 2, low, high)];
    if (snake) [start, stop] = [stop, start];
  }
  if (result.centroid !== null && !signalLost) {
    yield* mv([[p.motor, result.centroid]]);
    result.converged = true;
  }
  yield* closeRun();
  return result;
}

function clamp(value: number, low: number, high: number): number {
  return Math.min(Math.max(value, low), high);
}
