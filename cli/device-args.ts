/**
 * The arguments of the device commands: device names, set values (`0.5`, `open`, `[1,2,3]`),
 * `FIELD=VALUE` pairs and timeouts. Mistakes are usage errors (exit 2) naming the argument.
 */
import { isSubjectToken } from '../lib/ids.js';
import type { PlainValue } from '../lib/values.js';
import { CliError, ExitCode } from './exit-codes.js';

const DECIMAL = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;

function usageError(message: string, usage: string): CliError {
  return new CliError(`${message}\nusage: ${usage}`, ExitCode.Usage);
}

export function checkDeviceName(name: string, usage: string): string {
  if (!isSubjectToken(name)) throw usageError(`'${name}' is not a device name (letters, digits, '_' or '-')`, usage);
  return name;
}

/** One or more distinct device names. */
export function parseDeviceNames(positionals: readonly string[], usage: string, max = Infinity): string[] {
  if (positionals.length === 0) throw usageError('name at least one device', usage);
  if (positionals.length > max) throw usageError(`expected ${max === 1 ? 'one device' : `at most ${max} devices`}, got ${positionals.length}`, usage);
  const names = positionals.map((name) => checkDeviceName(name, usage));
  return [...new Set(names)];
}

/**
 * A value typed on the command line: a number when it reads as one, a JSON list when it starts
 * with `[` (an XYZ stage's `[1,2,3]`), else the text itself (a shutter's `open`).
 */
export function parseSetValue(text: string, what: string): PlainValue {
  const trimmed = text.trim();
  if (DECIMAL.test(trimmed)) return Number(trimmed);
  if (!trimmed.startsWith('[')) return text;
  let parsed: unknown;
  try {
    parsed = JSON.parse(trimmed);
  } catch {
    throw new CliError(`${what} '${text}' is not a JSON list; write it as one argument, e.g. '[1, 2, 3]'`, ExitCode.Usage);
  }
  if (!isPlainValue(parsed)) throw new CliError(`${what} '${text}' must be a list of numbers, texts or true/false`, ExitCode.Usage);
  return parsed;
}

function isPlainValue(value: unknown): value is PlainValue {
  if (Array.isArray(value)) return value.every(isPlainValue);
  return (typeof value === 'number' && Number.isFinite(value)) || typeof value === 'string' || typeof value === 'boolean';
}

/** `DEV VALUE [DEV VALUE ...]`, each device at most once. */
export function parseMoves(positionals: readonly string[], usage: string): Array<[string, PlainValue]> {
  if (positionals.length === 0 || positionals.length % 2 !== 0) throw usageError('give each device a value: DEV VALUE [DEV VALUE ...]', usage);
  const moves: Array<[string, PlainValue]> = [];
  for (let i = 0; i < positionals.length; i += 2) {
    const device = checkDeviceName(positionals[i] ?? '', usage);
    if (moves.some(([name]) => name === device)) throw usageError(`${device} is given twice`, usage);
    moves.push([device, parseSetValue(positionals[i + 1] ?? '', `value for ${device}`)]);
  }
  return moves;
}

/** `FIELD=VALUE ...` as a map of configuration field to value. */
export function parseAssignments(positionals: readonly string[], usage: string): Record<string, PlainValue> {
  if (positionals.length === 0) throw usageError('give at least one FIELD=VALUE', usage);
  const values: Record<string, PlainValue> = {};
  for (const text of positionals) {
    const at = text.indexOf('=');
    const field = at > 0 ? text.slice(0, at).trim() : '';
    if (!field || at === text.length - 1) throw usageError(`'${text}' is not FIELD=VALUE`, usage);
    if (field in values) throw usageError(`${field} is given twice`, usage);
    values[field] = parseSetValue(text.slice(at + 1), `value for ${field}`);
  }
  return values;
}

/** `--timeout S`: seconds, more than zero; undefined when not given. */
export function parseTimeout(text: string | undefined, usage: string): number | undefined {
  if (text === undefined) return undefined;
  const seconds = DECIMAL.test(text.trim()) ? Number(text) : Number.NaN;
  if (!(seconds > 0)) throw usageError(`--timeout must be a number of seconds above 0, got '${text}'`, usage);
  return seconds;
}
