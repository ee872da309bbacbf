/**
 * The plans a client may submit by name, with declared parameters, so that a bad submission is
 * refused up front with every problem listed instead of failing half way through a run.
 */
import { InvalidArgumentError } from '../../lib/errors.js';
import { isSubjectToken } from '../../lib/ids.js';
import type { PlainValue } from '../../lib/values.js';
import type { Plan } from './msg.js';
import { count, scan } from './plans.js';

export const ParamType = {
  Number: 'number',
  Integer: 'integer',
  String: 'string',
  Device: 'device',
  DeviceList: 'device_list',
} as const;
export type ParamType = (typeof ParamType)[keyof typeof ParamType];

export interface ParamSpec {
  name: string;
  type: ParamType;
  required: boolean;
  description: string;
  /** Inclusive lower bound for numbers and integers. */
  min?: number;
  /** Used when an optional parameter is left out. */
  default?: PlainValue;
  /** For device lists: at least this many entries. */
  minItems?: number;
}

/** Arguments that passed validation, with defaults filled in. */
export type PlanArgs = Readonly<Record<string, PlainValue>>;

export interface PlanDefinition {
  name: string;
  description: string;
  params: readonly ParamSpec[];
  build(args: PlanArgs): Plan;
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
    params: [
      { name: 'detectors', type: ParamType.DeviceList, required: true, minItems: 1, description: 'devices to trigger and read' },
      { name: 'motor', type: ParamType.Device, required: true, description: 'the positioner to step' },
      { name: 'start', type: ParamType.Number, required: true, description: 'first position' },
      { name: 'stop', type: ParamType.Number, required: true, description: 'last position' },
      { name: 'num', type: ParamType.Integer, required: true, min: 1, description: 'number of points' },
    ],
    build: (args) => scan(deviceList(args, 'detectors'), str(args, 'motor'), num(args, 'start'), num(args, 'stop'), num(args, 'num')),
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
 * ill-typed arguments and out-of-range values are all reported in one error.
 */
export function validatePlanArgs(planName: string, args: Readonly<Record<string, PlainValue>>): { plan: PlanDefinition; args: PlanArgs } {
  const plan = planRegistry.get(planName);
  if (!plan) throw new UnknownPlanError(planName);
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
  if (problems.length > 0) throw new InvalidPlanArgsError(planName, problems);
  return { plan, args: out };
}

function checkValue(spec: ParamSpec, value: PlainValue): string | undefined {
  switch (spec.type) {
    case ParamType.Number:
    case ParamType.Integer: {
      if (typeof value !== 'number' || !Number.isFinite(value)) return `must be a finite number, got ${show(value)}`;
      if (spec.type === ParamType.Integer && !Number.isInteger(value)) return `must be an integer, got ${value}`;
      if (spec.min !== undefined && value < spec.min) return `must be >= ${spec.min}, got ${value}`;
      return undefined;
    }
    case ParamType.String:
      return typeof value === 'string' ? undefined : `must be a string, got ${show(value)}`;
    case ParamType.Device:
      return checkDevice(value);
    case ParamType.DeviceList: {
      if (!Array.isArray(value)) return `must be a list of device names, got ${show(value)}`;
      const bad = value.map(checkDevice).filter((p): p is string => p !== undefined);
      if (bad.length > 0) return `has bad entries: ${bad.join(', ')}`;
      if (new Set(value).size !== value.length) return `lists a device twice: ${show(value)}`;
      if (spec.minItems !== undefined && value.length < spec.minItems) return `needs at least ${spec.minItems} device(s)`;
      return undefined;
    }
  }
}

function checkDevice(value: PlainValue): string | undefined {
  if (typeof value !== 'string') return `must be a device name, got ${show(value)}`;
  return isSubjectToken(value) ? undefined : `'${value}' is not a valid device name`;
}

function describeType(spec: ParamSpec): string {
  return spec.type === ParamType.DeviceList ? 'a list of device names' : `a ${spec.type}`;
}

function show(value: PlainValue): string {
  return JSON.stringify(value);
}

// Accessors for validated arguments: validation guarantees the types, these only narrow them.
function num(args: PlanArgs, name: string): number {
  return args[name] as number;
}
function str(args: PlanArgs, name: string): string {
  return args[name] as string;
}
function deviceList(args: PlanArgs, name: string): string[] {
  return args[name] as string[];
}

/** Every device a validated submission names, so the run engine can check they exist before a run opens. */
export function devicesNamed(plan: PlanDefinition, args: PlanArgs): string[] {
  const names: string[] = [];
  for (const param of plan.params) {
    const value = args[param.name];
    if (param.type === ParamType.Device && typeof value === 'string') names.push(value);
    if (param.type === ParamType.DeviceList && Array.isArray(value)) names.push(...value.filter((v): v is string => typeof v === 'string'));
  }
  return [...new Set(names)];
}
