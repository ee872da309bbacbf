/**
 * The plans a client may submit by name, with declared parameters, so that a bad submission is
 * refused up front with every problem listed instead of failing half way through a run.
 *
 * Arguments arrive as wire values (numbers, strings, booleans and lists, no maps), so structured
 * arguments are lists: see the `positions`, `grid_axes` and `number_table` parameter types.
 */
import { InvalidArgumentError } from '../../lib/errors.js';
import { isSubjectToken } from '../../lib/ids.js';
import type { PlainValue } from '../../lib/values.js';
import { adaptiveScan, tuneCentroid } from './adaptive.js';
import type { Plan } from './msg.js';
import { count, fly, listScan, motorPositionsProblems, relListScan, relScan, scan, type MotorPositions } from './plans.js';
import { gridAxesProblems, gridScan, relGridScan, scanNd, type GridAxis } from './plans-nd.js';
import { baselineWrapper, monitorDuringWrapper, stageWrapper } from './preprocessors.js';

export const ParamType = {
  Number: 'number',
  Integer: 'integer',
  String: 'string',
  Boolean: 'boolean',
  Device: 'device',
  DeviceList: 'device_list',
  /** `[[device, [p1, p2, ...]], ...]`: positions per device. */
  Positions: 'positions',
  /** `[[device, start, stop, num], [device, start, stop, num, snake], ...]`: grid axes, slowest first. */
  GridAxes: 'grid_axes',
  /** `[[n, n, ...], ...]`: rows of numbers. */
  NumberTable: 'number_table',
} as const;
export type ParamType = (typeof ParamType)[keyof typeof ParamType];

export interface ParamSpec {
  name: string;
  type: ParamType;
  required: boolean;
  description: string;
  /** Inclusive lower bound for numbers and integers. */
  min?: number;
  /** Exclusive bounds for numbers and integers. */
  exclusiveMin?: number;
  exclusiveMax?: number;
  /** Used when an optional parameter is left out. */
  default?: PlainValue;
  /** For lists: at least this many entries. */
  minItems?: number;
}

/** A parameter's bounds as a note to put after its description: ` (>= 1, at least 2)`, or ''. */
export function describeBounds(spec: ParamSpec): string {
  const parts: string[] = [];
  if (spec.min !== undefined) parts.push(`>= ${spec.min}`);
  if (spec.exclusiveMin !== undefined) parts.push(`> ${spec.exclusiveMin}`);
  if (spec.exclusiveMax !== undefined) parts.push(`< ${spec.exclusiveMax}`);
  if (spec.minItems !== undefined && spec.minItems > 1) parts.push(`at least ${spec.minItems}`);
  return parts.length > 0 ? ` (${parts.join(', ')})` : '';
}

/** Arguments that passed validation, with defaults filled in. */
export type PlanArgs = Readonly<Record<string, PlainValue>>;

export interface PlanDefinition {
  name: string;
  description: string;
  params: readonly ParamSpec[];
  /**
   * Problems between parameters (list lengths, bounds relative to each other). Called with the
   * arguments that passed their own checks: a parameter that failed its own check is absent.
   */
  check?(args: PlanArgs): string[];
  build(args: PlanArgs): Plan<unknown>;
}

const detectorsParam: ParamSpec = { name: 'detectors', type: ParamType.DeviceList, required: true, minItems: 1, description: 'devices to trigger and read at each point' };
const positionsParam: ParamSpec = {
  name: 'positions',
  type: ParamType.Positions,
  required: true,
  minItems: 1,
  description: 'one [motor, [p1, p2, ...]] pair per motor, e.g. [["m1", [0, 1, 2]], ["m2", [5, 6, 7]]]; the motors move in lockstep, so every list has the same length',
};
const axesParam: ParamSpec = {
  name: 'axes',
  type: ParamType.GridAxes,
  required: true,
  minItems: 1,
  description:
    'one [motor, start, stop, num] list per axis, slowest first, e.g. [["m1", 0, 1, 3], ["m2", -1, 1, 5, true]]; ' +
    'a fifth element true makes that axis snake (reverse on alternate passes); never the first axis',
};

function lineParams(what: string): ParamSpec[] {
  return [
    detectorsParam,
    { name: 'motor', type: ParamType.Device, required: true, description: 'the positioner to step' },
    { name: 'start', type: ParamType.Number, required: true, description: `first position${what}` },
    { name: 'stop', type: ParamType.Number, required: true, description: `last position${what}` },
    { name: 'num', type: ParamType.Integer, required: true, min: 1, description: 'number of points' },
  ];
}

const definitions: readonly PlanDefinition[] = [
  {
    name: 'count',
    description: 'Trigger and read detectors num times, delay seconds apart.',
    params: [
      { name: 'detectors', type: ParamType.DeviceList, required: true, minItems: 1, description: 'devices to trigger and read' },
      { name: 'num', type: ParamType.Integer, required: false, min: 1, default: 1, description: 'number of readings' },
      { name: 'delay', type: ParamType.Number, required: false, min: 0, default: 0, description: 'seconds between readings' },
    ],
    build: (args) => count(deviceList(args, 'detectors'), num(args, 'num'), num(args, 'delay')),
  },
  {
    name: 'scan',
    description: 'Step a motor through num evenly spaced points from start to stop, reading detectors at each.',
    params: lineParams(''),
    build: (args) => scan(deviceList(args, 'detectors'), str(args, 'motor'), num(args, 'start'), num(args, 'stop'), num(args, 'num')),
  },
  {
    name: 'rel_scan',
    description: 'A scan with start and stop relative to the motor\'s position; the motor returns there at the end.',
    params: lineParams(', relative to the current one'),
    build: (args) => relScan(deviceList(args, 'detectors'), str(args, 'motor'), num(args, 'start'), num(args, 'stop'), num(args, 'num')),
  },
  {
    name: 'list_scan',
    description: 'Move motors together through explicit positions, reading detectors at each step.',
    params: [detectorsParam, positionsParam],
    check: (args) => (args['positions'] === undefined ? [] : motorPositionsProblems(positions(args, 'positions')).map((p) => `'positions' ${p}`)),
    build: (args) => listScan(deviceList(args, 'detectors'), positions(args, 'positions')),
  },
  {
    name: 'rel_list_scan',
    description: 'A list scan with positions relative to where each motor is; the motors return there at the end.',
    params: [detectorsParam, positionsParam],
    check: (args) => (args['positions'] === undefined ? [] : motorPositionsProblems(positions(args, 'positions')).map((p) => `'positions' ${p}`)),
    build: (args) => relListScan(deviceList(args, 'detectors'), positions(args, 'positions')),
  },
  {
    name: 'grid_scan',
    description: 'Read detectors at every point of a grid of motor axes, the first axis slowest.',
    params: [detectorsParam, axesParam],
    check: (args) => (args['axes'] === undefined ? [] : gridAxesProblems(gridAxes(args, 'axes')).map((p) => `'axes': ${p}`)),
    build: (args) => gridScan(deviceList(args, 'detectors'), gridAxes(args, 'axes')),
  },
  {
    name: 'rel_grid_scan',
    description: 'A grid scan with starts and stops relative to where each motor is; the motors return there at the end.',
    params: [detectorsParam, axesParam],
    check: (args) => (args['axes'] === undefined ? [] : gridAxesProblems(gridAxes(args, 'axes')).map((p) => `'axes': ${p}`)),
    build: (args) => relGridScan(deviceList(args, 'detectors'), gridAxes(args, 'axes')),
  },
  {
    name: 'scan_nd',
    description: 'Read detectors at arbitrary points: one row of positions per step, one column per motor.',
    params: [
      detectorsParam,
      { name: 'motors', type: ParamType.DeviceList, required: true, minItems: 1, description: 'the positioners, in the order of the columns of points' },
      {
        name: 'points',
        type: ParamType.NumberTable,
        required: true,
        minItems: 1,
        description: 'one row per step, one position per motor, e.g. [[0, 0], [0, 1], [1, 1]] for motors ["m1", "m2"]',
      },
    ],
    check: (args) => {
      const motors = args['motors'];
      const points = args['points'];
      if (!Array.isArray(motors) || !Array.isArray(points)) return [];
      return points.flatMap((row, i) =>
        Array.isArray(row) && row.length !== motors.length ? [`'points' row ${i} has ${row.length} position(s), but there are ${motors.length} motor(s)`] : [],
      );
    },
    build: (args) => {
      const motors = deviceList(args, 'motors');
      const steps = table(args, 'points').map((row) => new Map(motors.map((motor, i) => [motor, row[i] ?? Number.NaN])));
      return scanNd(deviceList(args, 'detectors'), steps);
    },
  },
  {
    name: 'adaptive_scan',
    description: 'Step a motor from start towards stop, adapting the step so that target_field changes by about target_delta per point.',
    params: [
      detectorsParam,
      { name: 'target_field', type: ParamType.String, required: true, description: 'the reading key that sets the step size (e.g. "det")' },
      { name: 'motor', type: ParamType.Device, required: true, description: 'the positioner to step' },
      { name: 'start', type: ParamType.Number, required: true, description: 'first position' },
      { name: 'stop', type: ParamType.Number, required: true, description: 'the scan ends before passing this position' },
      { name: 'min_step', type: ParamType.Number, required: true, exclusiveMin: 0, description: 'smallest step' },
      { name: 'max_step', type: ParamType.Number, required: true, exclusiveMin: 0, description: 'largest step, above min_step' },
      { name: 'target_delta', type: ParamType.Number, required: true, exclusiveMin: 0, description: 'wanted change of target_field between points' },
      { name: 'backstep', type: ParamType.Boolean, required: false, default: true, description: 'retake a point with a smaller step when the step was far too large' },
      { name: 'threshold', type: ParamType.Number, required: false, default: 0.8, exclusiveMin: 0, exclusiveMax: 1, description: 'a step is far too large when the next would be below this fraction of it' },
    ],
    check: (args) => {
      const [minStep, maxStep] = [args['min_step'], args['max_step']];
      return typeof minStep === 'number' && typeof maxStep === 'number' && !(maxStep > minStep)
        ? [`'max_step' (${maxStep}) must be greater than 'min_step' (${minStep})`]
        : [];
    },
    build: (args) =>
      adaptiveScan({
        detectors: deviceList(args, 'detectors'), targetField: str(args, 'target_field'), motor: str(args, 'motor'),
        start: num(args, 'start'), stop: num(args, 'stop'), minStep: num(args, 'min_step'), maxStep: num(args, 'max_step'),
        targetDelta: num(args, 'target_delta'), backstep: bool(args, 'backstep'), threshold: num(args, 'threshold'),
      }),
  },
  {
    name: 'tune_centroid',
    description: 'Scan a motor repeatedly over a shrinking range around the centroid of signal, then move it to the centroid; the result holds the centroid.',
    params: [
      detectorsParam,
      { name: 'signal', type: ParamType.String, required: true, description: 'the reading key to centre on (e.g. "det")' },
      { name: 'motor', type: ParamType.Device, required: true, description: 'the positioner to tune' },
      { name: 'start', type: ParamType.Number, required: true, description: 'one end of the first pass' },
      { name: 'stop', type: ParamType.Number, required: true, description: 'the other end of the first pass' },
      { name: 'min_step', type: ParamType.Number, required: true, exclusiveMin: 0, description: 'tuning ends once a pass\'s step would be smaller' },
      { name: 'num', type: ParamType.Integer, required: false, default: 10, min: 2, description: 'points per pass' },
      { name: 'step_factor', type: ParamType.Number, required: false, default: 3, exclusiveMin: 1, description: 'each pass covers the previous range divided by this' },
      { name: 'snake', type: ParamType.Boolean, required: false, default: false, description: 'alternate the direction of successive passes' },
    ],
    build: (args) =>
      tuneCentroid({
        detectors: deviceList(args, 'detectors'), signal: str(args, 'signal'), motor: str(args, 'motor'),
        start: num(args, 'start'), stop: num(args, 'stop'), minStep: num(args, 'min_step'), num: num(args, 'num'),
        stepFactor: num(args, 'step_factor'), snake: bool(args, 'snake'),
      }),
  },
  {
    name: 'fly',
    description: 'Kick off every flyer, wait for all to complete, and collect their events; the result is the number of events.',
    params: [{ name: 'flyers', type: ParamType.DeviceList, required: true, minItems: 1, description: 'the flyers to kick off, complete and collect' }],
    build: (args) => fly(deviceList(args, 'flyers')),
  },
];

/** Every plan that can be submitted by name. */
export const planRegistry: ReadonlyMap<string, PlanDefinition> = new Map(definitions.map((d) => [d.name, d]));

export class UnknownPlanError extends InvalidArgumentError {
  constructor(readonly planName: string) {
    super(`unknown plan '${planName}' (known: ${[...planRegistry.keys()].join(', ')})`);
  }
}

export class InvalidPlanArgsError extends InvalidArgumentError {
  constructor(readonly planName: string, readonly problems: readonly string[]) {
    super(`invalid arguments for plan '${planName}': ${problems.join('; ')}`);
  }
}

/**
 * Checks `args` against the declared parameters of `planName`: unknown plan, missing, extra or
 * ill-typed arguments, out-of-range values and inconsistent parameters are all reported in one error.
 */
export function validatePlanArgs(planName: string, args: Readonly<Record<string, PlainValue>>): { plan: PlanDefinition; args: PlanArgs } {
  const plan = planRegistry.get(planName);
  if (!plan) throw new UnknownPlanError(planName);
  const { problems, args: out } = checkArgs(plan, args);
  if (problems.length > 0) throw new InvalidPlanArgsError(planName, problems);
  return { plan, args: out };
}

function checkArgs(plan: PlanDefinition, args: Readonly<Record<string, PlainValue>>): { problems: string[]; args: PlanArgs } {
  const problems: string[] = [];
  const out: Record<string, PlainValue> = {};
  const declared = new Set(plan.params.map((p) => p.name));
  for (const name of Object.keys(args)) {
    if (!declared.has(name)) problems.push(`unexpected argument '${name}' (parameters: ${[...declared].join(', ')})`);
  }
  for (const spec of plan.params) {
    const value = args[spec.name];
    if (value === undefined) {
      if (spec.required) problems.push(`missing required argument '${spec.name}' (${describeType(spec)})`);
      else if (spec.default !== undefined) out[spec.name] = spec.default;
      continue;
    }
    const problem = checkValue(spec, value);
    if (problem) problems.push(`'${spec.name}' ${problem}`);
    else out[spec.name] = value;
  }
  problems.push(...(plan.check?.(out) ?? []));
  return { problems, args: out };
}

function checkValue(spec: ParamSpec, value: PlainValue): string | undefined {
  switch (spec.type) {
    case ParamType.Number:
    case ParamType.Integer:
      return checkNumber(spec, value);
    case ParamType.String:
      return typeof value === 'string' && value !== '' ? undefined : `must be a non-empty string, got ${show(value)}`;
    case ParamType.Boolean:
      return typeof value === 'boolean' ? undefined : `must be true or false, got ${show(value)}`;
    case ParamType.Device:
      return checkDevice(value);
    case ParamType.DeviceList: {
      if (!Array.isArray(value)) return `must be a list of device names, got ${show(value)}`;
      const bad = value.map(checkDevice).filter((p): p is string => p !== undefined);
      if (bad.length > 0) return `has bad entries: ${bad.join(', ')}`;
      if (new Set(value).size !== value.length) return `lists a device twice: ${show(value)}`;
      return checkMinItems(spec, value, 'device(s)');
    }
    case ParamType.Positions:
      return checkList(spec, value, 'a list of [device, [positions...]] pairs', 'motor(s)', checkPositionsPair);
    case ParamType.GridAxes:
      return checkList(spec, value, 'a list of [device, start, stop, num(, snake)] axes', 'axis/axes', checkGridAxis);
    case ParamType.NumberTable:
      return checkList(spec, value, 'a list of rows of numbers', 'row(s)', (row) => (isNumberList(row) ? undefined : `${show(row)} is not a list of finite numbers`));
  }
}

function checkNumber(spec: ParamSpec, value: PlainValue): string | undefined {
  if (typeof value !== 'number' || !Number.isFinite(value)) return `must be a finite number, got ${show(value)}`;
  if (spec.type === ParamType.Integer && !Number.isInteger(value)) return `must be an integer, got ${value}`;
  if (spec.min !== undefined && value < spec.min) return `must be >= ${spec.min}, got ${value}`;
  if (spec.exclusiveMin !== undefined && !(value > spec.exclusiveMin)) return `must be > ${spec.exclusiveMin}, got ${value}`;
  if (spec.exclusiveMax !== undefined && !(value < spec.exclusiveMax)) return `must be < ${spec.exclusiveMax}, got ${value}`;
  return undefined;
}

/** A list whose entries are each checked; problems name the entry by index. */
function checkList(spec: ParamSpec, value: PlainValue, shape: string, unit: string, checkEntry: (entry: PlainValue) => string | undefined): string | undefined {
  if (!Array.isArray(value)) return `must be ${shape}, got ${show(value)}`;
  const bad = value.flatMap((entry, i) => {
    const problem = checkEntry(entry);
    return problem === undefined ? [] : [`entry ${i}: ${problem}`];
  });
  if (bad.length > 0) return `must be ${shape}; ${bad.join(', ')}`;
  return checkMinItems(spec, value, unit);
}

function checkMinItems(spec: ParamSpec, value: readonly PlainValue[], unit: string): string | undefined {
  return spec.minItems !== undefined && value.length < spec.minItems ? `needs at least ${spec.minItems} ${unit}` : undefined;
}

function checkPositionsPair(entry: PlainValue): string | undefined {
  if (!Array.isArray(entry) || entry.length !== 2) return `${show(entry)} is not a [device, [positions...]] pair`;
  const [device, points] = entry as [PlainValue, PlainValue];
  const problems = [checkDevice(device), isNumberList(points) ? undefined : `${show(points)} is not a list of finite numbers`];
  return joinProblems(problems);
}

function checkGridAxis(entry: PlainValue): string | undefined {
  if (!Array.isArray(entry) || entry.length < 4 || entry.length > 5) return `${show(entry)} is not [device, start, stop, num] or [device, start, stop, num, snake]`;
  const [device, start, stop, count, snake] = entry;
  const finite = (v: PlainValue | undefined): boolean => typeof v === 'number' && Number.isFinite(v);
  return joinProblems([
    device === undefined ? 'no device' : checkDevice(device),
    finite(start) && finite(stop) ? undefined : `start and stop must be finite numbers, got ${show(start ?? null)} and ${show(stop ?? null)}`,
    typeof count === 'number' && Number.isInteger(count) && count >= 1 ? undefined : `num must be an integer >= 1, got ${show(count ?? null)}`,
    snake === undefined || typeof snake === 'boolean' ? undefined : `snake must be true or false, got ${show(snake)}`,
  ]);
}

function isNumberList(value: PlainValue): value is number[] {
  return Array.isArray(value) && value.every((v) => typeof v === 'number' && Number.isFinite(v));
}

function joinProblems(problems: ReadonlyArray<string | undefined>): string | undefined {
  const found = problems.filter((p): p is string => p !== undefined);
  return found.length > 0 ? found.join(', ') : undefined;
}

function checkDevice(value: PlainValue): string | undefined {
  if (typeof value !== 'string') return `must be a device name, got ${show(value)}`;
  return isSubjectToken(value) ? undefined : `'${value}' is not a valid device name`;
}

function describeType(spec: ParamSpec): string {
  switch (spec.type) {
    case ParamType.DeviceList:
      return 'a list of device names';
    case ParamType.Positions:
      return 'a list of [device, [positions...]] pairs';
    case ParamType.GridAxes:
      return 'a list of [device, start, stop, num(, snake)] axes';
    case ParamType.NumberTable:
      return 'a list of rows of numbers';
    default:
      return `${/^[aeiou]/.test(spec.type) ? 'an' : 'a'} ${spec.type}`;
  }
}

function show(value: PlainValue | null): string {
  return JSON.stringify(value);
}

// Accessors for validated arguments: validation guarantees the types, these only narrow them.
function num(args: PlanArgs, name: string): number {
  return args[name] as number;
}
function str(args: PlanArgs, name: string): string {
  return args[name] as string;
}
function bool(args: PlanArgs, name: string): boolean {
  return args[name] as boolean;
}
function deviceList(args: PlanArgs, name: string): string[] {
  return args[name] as string[];
}
function positions(args: PlanArgs, name: string): MotorPositions {
  return args[name] as unknown as MotorPositions;
}
function table(args: PlanArgs, name: string): number[][] {
  return args[name] as number[][];
}
function gridAxes(args: PlanArgs, name: string): GridAxis[] {
  return (args[name] as PlainValue[][]).map(([motor, start, stop, count, snake]) => ({
    motor: motor as string,
    start: start as number,
    stop: stop as number,
    num: count as number,
    snake: snake === true,
  }));
}

/**
 * Every device a validated submission names, so the run engine can check they exist before a run
 * opens: device and device-list arguments, and the devices inside positions and grid axes.
 */
export function devicesNamed(plan: PlanDefinition, args: PlanArgs): string[] {
  const names: string[] = [];
  for (const param of plan.params) {
    const value = args[param.name];
    if (value === undefined) continue;
    switch (param.type) {
      case ParamType.Device:
        if (typeof value === 'string') names.push(value);
        break;
      case ParamType.DeviceList:
        if (Array.isArray(value)) names.push(...value.filter((v): v is string => typeof v === 'string'));
        break;
      case ParamType.Positions:
      case ParamType.GridAxes:
        if (Array.isArray(value)) names.push(...value.map((entry) => (Array.isArray(entry) ? entry[0] : undefined)).filter((v): v is string => typeof v === 'string'));
        break;
    }
  }
  return [...new Set(names)];
}

/** Devices around the plan itself, chosen by the submitter. */
export interface SubmissionOptions {
  /** Devices read (not triggered) into stream `baseline` just after the run opens and just before it closes. */
  baseline?: readonly string[];
  /** Devices monitored into streams `<device>_monitor` while the run is open. */
  monitor?: readonly string[];
}

export interface SubmittedPlan {
  /** The plan, staged and with its baseline and monitors: ready for the run engine. */
  plan: Plan<unknown>;
  /** Every device the submission names (plan arguments, baseline, monitor), each once. */
  devices: string[];
  /** The validated plan arguments, defaults filled in. */
  args: PlanArgs;
}

/**
 * Validates a submission and builds its plan: the plan's own devices are staged before it starts
 * and unstaged however it ends; the `baseline` devices are read at the start and end of each run,
 * the `monitor` devices monitored during it. Every problem of the arguments and the options is
 * reported in one InvalidPlanArgsError.
 */
export function buildSubmittedPlan(planName: string, args: Readonly<Record<string, PlainValue>>, options: SubmissionOptions = {}): SubmittedPlan {
  const definition = planRegistry.get(planName);
  if (!definition) throw new UnknownPlanError(planName);
  const checked = checkArgs(definition, args);
  const baseline = options.baseline ?? [];
  const monitor = options.monitor ?? [];
  const problems = [
    ...checked.problems,
    ...submissionListProblems('baseline', baseline),
    ...submissionListProblems('monitor', monitor),
  ];
  if (problems.length > 0) throw new InvalidPlanArgsError(planName, problems);
  const own = devicesNamed(definition, checked.args);
  const plan = stageWrapper(monitorDuringWrapper(baselineWrapper(definition.build(checked.args), baseline), monitor), own);
  return { plan, devices: [...new Set([...own, ...baseline, ...monitor])], args: checked.args };
}

function submissionListProblems(name: string, devices: readonly string[]): string[] {
  const bad = devices.map((d) => checkDevice(d)).filter((p): p is string => p !== undefined);
  const problems = bad.length > 0 ? [`'${name}' has bad entries: ${bad.join(', ')}`] : [];
  if (new Set(devices).size !== devices.length) problems.push(`'${name}' lists a device twice: ${show([...devices])}`);
  return problems;
}
