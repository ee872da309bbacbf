/**
 * Reads the fields of one device entry of a beamline config, collecting problems instead of
 * throwing at the first, each with its path (`BL01.devices[2].velocity`), so one edit fixes a file.
 */
import { isSubjectToken, type DeviceName } from '../../lib/ids.js';
import type { Limits } from './config.js';

export type NumberRule = 'finite' | 'positive' | 'non-negative' | 'positive-integer' | 'non-negative-integer';

const RULE_TEXT: Record<NumberRule, string> = {
  finite: 'a number',
  positive: 'a positive number',
  'non-negative': 'a number >= 0',
  'positive-integer': 'a positive integer',
  'non-negative-integer': 'an integer >= 0',
};

/** Schemes a signal URI may use; `sim://` and `mock://` never leave the process. */
export const SIGNAL_SCHEMES = ['ca://', 'sim://', 'mock://'] as const;

function satisfies(value: number, rule: NumberRule): boolean {
  if (!Number.isFinite(value)) return false;
  switch (rule) {
    case 'finite':
      return true;
    case 'positive':
      return value > 0;
    case 'non-negative':
      return value >= 0;
    case 'positive-integer':
      return Number.isInteger(value) && value > 0;
    case 'non-negative-integer':
      return Number.isInteger(value) && value >= 0;
  }
}

export function describeGot(value: unknown): string {
  if (value === undefined) return ' (missing)';
  return `, got ${JSON.stringify(value) ?? String(value)}`;
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export class EntryReader {
  constructor(
    readonly entry: Record<string, unknown>,
    readonly path: string,
    private readonly problems: string[],
  ) {}

  problem(field: string, text: string): void {
    this.problems.push(`${this.path}.${field} ${text}`);
  }

  has(field: string): boolean {
    return this.entry[field] !== undefined;
  }

  number(field: string, rule: NumberRule, fallback?: number): number {
    const value = this.entry[field];
    if (value === undefined && fallback !== undefined) return fallback;
    if (typeof value !== 'number' || !satisfies(value, rule)) {
      this.problem(field, `must be ${RULE_TEXT[rule]}${describeGot(value)}`);
      return Number.NaN;
    }
    return value;
  }

  optionalNumber(field: string, rule: NumberRule): number | undefined {
    return this.entry[field] === undefined ? undefined : this.number(field, rule);
  }

  text(field: string, fallback?: string): string {
    const value = this.entry[field];
    if (value === undefined && fallback !== undefined) return fallback;
    if (typeof value !== 'string' || value.length === 0) {
      this.problem(field, `must be a non-empty string${describeGot(value)}`);
      return '';
    }
    return value;
  }

  /** One of a fixed set of strings. */
  choice<T extends string>(field: string, choices: readonly T[], fallback?: T): T {
    const value = this.text(field, fallback);
    if (value !== '' && !choices.includes(value as T)) this.problem(field, `must be one of ${choices.join(', ')}, got '${value}'`);
    return value as T;
  }

  /** A device name: one NATS subject token. */
  token(field: string): DeviceName {
    const value = this.text(field);
    if (value !== '' && !isSubjectToken(value)) this.problem(field, `'${value}' must be 1-64 letters, digits, '_' or '-'`);
    return value as DeviceName;
  }

  tokenList(field: string): DeviceName[] {
    const value = this.entry[field];
    if (!Array.isArray(value) || value.length === 0 || !value.every((v) => typeof v === 'string' && isSubjectToken(v))) {
      this.problem(field, `must be a non-empty list of device names${describeGot(value)}`);
      return [];
    }
    return value as DeviceName[];
  }

  /** A signal URI such as `ca://BL01:m1.RBV`. */
  signal(field: string, fallback?: string): string {
    const value = this.text(field, fallback);
    if (value === '') return value;
    const scheme = SIGNAL_SCHEMES.find((s) => value.startsWith(s));
    if (!scheme) this.problem(field, `must start with ${SIGNAL_SCHEMES.join(', ')}, got '${value}'`);
    else if (value.length === scheme.length || /\s/.test(value)) this.problem(field, `'${value}' must name a PV after ${scheme}, without spaces`);
    return value;
  }

  limits(field: string): Limits {
    const value = this.entry[field];
    if (!Array.isArray(value) || value.length !== 2 || !value.every((v) => typeof v === 'number' && Number.isFinite(v))) {
      this.problem(field, `must be [low, high], two numbers${describeGot(value)}`);
      return { low: Number.NaN, high: Number.NaN };
    }
    const [low, high] = value as [number, number];
    if (!(low < high)) this.problem(field, `must have low < high, got [${low}, ${high}]`);
    return { low, high };
  }

  optionalLimits(field: string): Limits | undefined {
    return this.entry[field] === undefined ? undefined : this.limits(field);
  }

  /** A list of positive integers, e.g. a detector frame shape. */
  shape(field: string, fallback: readonly number[]): number[] {
    const value = this.entry[field];
    if (value === undefined) return [...fallback];
    if (!Array.isArray(value) || value.length === 0 || !value.every((v) => typeof v === 'number' && Number.isInteger(v) && v > 0)) {
      this.problem(field, `must be a list of positive integers${describeGot(value)}`);
      return [...fallback];
    }
    return value as number[];
  }

  /** A mapping of names to numbers or strings (stage settings, scaler channels...). */
  mapping(field: string): Record<string, number | string> {
    const value = this.entry[field];
    if (value === undefined) return {};
    if (!isRecord(value) || !Object.values(value).every((v) => typeof v === 'number' || typeof v === 'string')) {
      this.problem(field, `must be a mapping of names to numbers or strings${describeGot(value)}`);
      return {};
    }
    return value as Record<string, number | string>;
  }

  unknownFields(known: readonly string[], kind: string): void {
    for (const field of Object.keys(this.entry)) {
      if (!known.includes(field)) this.problem(field, `is not a field of a ${kind}`);
    }
  }
}
