/**
 * A plan's arguments from the command line: `KEY=VALUE` pairs read by the type each parameter
 * declares in the plan registry (numbers, integers, booleans, device lists as `det1,det2`, JSON for
 * positions, grid axes and number tables), checked against the registry before anything is sent.
 * Every problem is listed at once, as a usage error (exit 2).
 */
import { InvalidPlanArgsError, ParamType, buildSubmittedPlan, planRegistry, type ParamSpec, type PlanDefinition } from '../actors/plan/plan-registry.js';
import type { PlainValue } from '../lib/values.js';
import { CliError, ExitCode } from './exit-codes.js';
import type { Submission } from './plan-client.js';

const DECIMAL = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;
const TRUE = ['true', 'yes', 'on', '1'];
const FALSE = ['false', 'no', 'off', '0'];

/** What the flags around a plan say: devices read and monitored, and metadata for RunStart. */
export interface SubmissionFlags {
  baseline?: string | undefined;
  monitor?: string | undefined;
  /** Every `--md key=value`, in order. */
  md: readonly string[];
}

/** A registered plan, or a usage error naming the known ones. */
export function findPlan(name: string | undefined, usage: string): PlanDefinition {
  if (name === undefined) throw new CliError(`name a plan (see 'brightline plans')\nusage: ${usage}`, ExitCode.Usage);
  const plan = planRegistry.get(name);
  if (!plan) throw new CliError(`unknown plan '${name}'; known plans: ${[...planRegistry.keys()].join(', ')} (see 'brightline plans')`, ExitCode.Usage);
  return plan;
}

/**
 * The submission of `plan` with `pairs` (`KEY=VALUE`) and `flags`, checked against the registry:
 * a CliError listing every problem when anything is wrong.
 */
export function parseSubmission(plan: PlanDefinition, pairs: readonly string[], flags: SubmissionFlags, usage = planUsage(plan)): Submission {
  const problems: string[] = [];
  const unparsed = new Set<string>();
  const args: Record<string, PlainValue> = {};
  for (const text of pairs) {
    const at = text.indexOf('=');
    const key = at > 0 ? text.slice(0, at).trim() : '';
    if (!key) {
      problems.push(`'${text}' is not KEY=VALUE`);
      continue;
    }
    if (key in args || unparsed.has(key)) {
      problems.push(`'${key}' is given twice`);
      continue;
    }
    const spec = plan.params.find((p) => p.name === key);
    const parsed = spec ? parseParam(spec, text.slice(at + 1)) : { value: parseLoose(text.slice(at + 1)) };
    if ('problem' in parsed) {
      problems.push(`'${key}' ${parsed.problem}`);
      unparsed.add(key);
    } else {
      args[key] = parsed.value;
    }
  }
  return completeSubmission(plan, args, flags, problems, unparsed, usage);
}

/** The submission of `plan` with arguments already read (scan's and count's positional forms). */
export function submissionOf(plan: PlanDefinition, args: Record<string, PlainValue>, flags: SubmissionFlags, usage: string): Submission {
  return completeSubmission(plan, args, flags, [], new Set(), usage);
}

function completeSubmission(
  plan: PlanDefinition,
  args: Record<string, PlainValue>,
  flags: SubmissionFlags,
  problems: string[],
  unparsed: ReadonlySet<string>,
  usage: string,
): Submission {
  const metadata = parseMetadata(flags.md, problems);
  const baseline = flags.baseline === undefined ? [] : splitList(flags.baseline);
  const monitor = flags.monitor === undefined ? [] : splitList(flags.monitor);
  if (flags.baseline !== undefined && baseline.length === 0) problems.push('--baseline needs at least one device name');
  if (flags.monitor !== undefined && monitor.length === 0) problems.push('--monitor needs at least one device name');
  try {
    buildSubmittedPlan(plan.name, args, { baseline, monitor });
  } catch (error) {
    if (!(error instanceof InvalidPlanArgsError)) throw error;
    // A parameter whose value could not be read is not "missing" as well.
    problems.push(...error.problems.filter((p) => ![...unparsed].some((key) => p.startsWith(`missing required argument '${key}'`))));
  }
  if (problems.length > 0) {
    throw new CliError(
      `invalid arguments for plan '${plan.name}':\n${problems.map((p) => `  - ${p}`).join('\n')}\nusage: ${usage}\n(see 'brightline plans ${plan.name}')`,
      ExitCode.Usage,
    );
  }
  return { plan_name: plan.name, args, metadata, user: process.env['USER'] ?? '', baseline, monitor };
}

type Parsed = { value: PlainValue } | { problem: string };

function parseParam(spec: ParamSpec, text: string): Parsed {
  const value = text.trim();
  switch (spec.type) {
    case ParamType.Number:
      return DECIMAL.test(value) ? { value: Number(value) } : { problem: `must be a number, got '${text}'` };
    case ParamType.Integer:
      return DECIMAL.test(value) && Number.isInteger(Number(value)) ? { value: Number(value) } : { problem: `must be a whole number, got '${text}'` };
    case ParamType.Boolean: {
      const lower = value.toLowerCase();
      if (TRUE.includes(lower)) return { value: true };
      if (FALSE.includes(lower)) return { value: false };
      return { problem: `must be true or false, got '${text}'` };
    }
    case ParamType.String:
    case ParamType.Device:
      return { value };
    case ParamType.DeviceList:
      return value.startsWith('[') ? parseJson(value, 'a JSON list such as ["det","i0"], or det,i0') : { value: splitList(value) };
    case ParamType.Positions:
      return parseJson(value, `JSON such as '[["m1",[0,1,2]]]'`);
    case ParamType.GridAxes:
      return parseJson(value, `JSON such as '[["m1",0,1,3],["m2",-1,1,5,true]]'`);
    case ParamType.NumberTable:
      return parseJson(value, `JSON such as '[[0,0],[0,1],[1,1]]'`);
  }
}

function parseJson(text: string, example: string): Parsed {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return { problem: `must be ${example} (quote it for the shell), got '${text}'` };
  }
  return isPlainValue(parsed) ? { value: parsed } : { problem: `must be ${example}: lists of numbers, texts and true/false only, got '${text}'` };
}

/** A value whose type nobody declared (an unknown parameter, metadata): number, boolean, JSON list or text. */
function parseLoose(text: string): PlainValue {
  const value = text.trim();
  if (DECIMAL.test(value)) return Number(value);
  if (value === 'true' || value === 'false') return value === 'true';
  if (value.startsWith('[')) {
    const parsed = parseJson(value, 'a JSON list');
    if ('value' in parsed) return parsed.value;
  }
  return text;
}

function isPlainValue(value: unknown): value is PlainValue {
  if (Array.isArray(value)) return value.every(isPlainValue);
  return (typeof value === 'number' && Number.isFinite(value)) || typeof value === 'string' || typeof value === 'boolean';
}

function splitList(text: string): string[] {
  return text.split(',').map((n) => n.trim()).filter((n) => n.length > 0);
}

function parseMetadata(pairs: readonly string[], problems: string[]): Record<string, PlainValue> {
  const metadata: Record<string, PlainValue> = {};
  for (const text of pairs) {
    const at = text.indexOf('=');
    const key = at > 0 ? text.slice(0, at).trim() : '';
    if (!key) problems.push(`--md '${text}' is not key=value`);
    else if (/[./]/.test(key)) problems.push(`--md key '${key}' must not contain '.' or '/'`);
    else if (key in metadata) problems.push(`--md '${key}' is given twice`);
    else metadata[key] = parseLoose(text.slice(at + 1));
  }
  return metadata;
}

/**
 * Takes every `--name VALUE` / `--name=VALUE` out of `argv` (the shared parser keeps only the last
 * of a repeated flag): returns the values and the rest of the arguments.
 */
export function takeRepeated(argv: readonly string[], name: string): { values: string[]; rest: string[] } {
  const values: string[] = [];
  const rest: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const token = argv[i] ?? '';
    if (token === '--') {
      rest.push(...argv.slice(i));
      break;
    }
    if (token === `--${name}`) {
      const value = argv[++i];
      if (value === undefined) throw new CliError(`--${name} needs a value`, ExitCode.Usage);
      values.push(value);
    } else if (token.startsWith(`--${name}=`)) {
      values.push(token.slice(name.length + 3));
    } else {
      rest.push(token);
    }
  }
  return { values, rest };
}

/** `brightline run scan detectors=DEV[,DEV...] motor=DEV start=NUMBER ... [delay=NUMBER]`. */
export function planUsage(plan: PlanDefinition, verb = 'run'): string {
  const params = plan.params.map((p) => {
    const pair = `${p.name}=${metavar(p)}`;
    return p.required ? pair : `[${pair}]`;
  });
  return `brightline ${verb} ${plan.name} ${params.join(' ')}`;
}

/** How a parameter's value is written on the command line. */
export function metavar(spec: ParamSpec): string {
  switch (spec.type) {
    case ParamType.Number:
      return 'NUMBER';
    case ParamType.Integer:
      return 'INTEGER';
    case ParamType.String:
      return 'TEXT';
    case ParamType.Boolean:
      return 'true|false';
    case ParamType.Device:
      return 'DEV';
    case ParamType.DeviceList:
      return 'DEV[,DEV...]';
    case ParamType.Positions:
    case ParamType.GridAxes:
    case ParamType.NumberTable:
      return 'JSON';
  }
}
