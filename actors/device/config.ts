/**
 * Device entries of a beamline config. The YAML is parsed elsewhere; this turns the plain objects
 * into typed configs and reports every problem at once, with its path, so one edit fixes a file.
 */
import { InvalidArgumentError } from '../../lib/errors.js';
import { DeviceConfigError } from './errors.js';
import { isSubjectToken, type DeviceName } from '../../lib/ids.js';

export const DeviceKind = {
  SimMotor: 'sim-motor',
  SimDetector: 'sim-detector',
} as const;
export type DeviceKind = (typeof DeviceKind)[keyof typeof DeviceKind];

export interface Limits {
  readonly low: number;
  readonly high: number;
}

/** A simulated motor: moves at `velocity` toward its set point, one step every `tick_ms`. */
export interface SimMotorConfig {
  readonly kind: typeof DeviceKind.SimMotor;
  readonly name: DeviceName;
  readonly units: string;
  /** units per second */
  readonly velocity: number;
  readonly limits: Limits;
  readonly initial: number;
  readonly precision: number;
  readonly tick_ms: number;
}

/** A simulated point detector whose signal is a Gaussian peak over a followed motor's position. */
export interface SimDetectorConfig {
  readonly kind: typeof DeviceKind.SimDetector;
  readonly name: DeviceName;
  readonly follows: DeviceName;
  readonly center: number;
  readonly width: number;
  readonly amplitude: number;
  readonly background: number;
  /** relative: the peak term is multiplied by (1 + noise * N(0, 1)) */
  readonly noise: number;
  readonly exposure_s: number;
  readonly units: string;
}

export type DeviceConfig = SimMotorConfig | SimDetectorConfig;

const KNOWN_FIELDS: Record<DeviceKind, readonly string[]> = {
  'sim-motor': ['kind', 'name', 'units', 'velocity', 'limits', 'initial', 'precision', 'tick_ms'],
  'sim-detector': ['kind', 'name', 'follows', 'center', 'width', 'amplitude', 'background', 'noise', 'exposure_s', 'units'],
};

type NumberRule = 'finite' | 'positive' | 'non-negative' | 'positive-integer' | 'non-negative-integer';

const RULE_TEXT: Record<NumberRule, string> = {
  finite: 'a number',
  positive: 'a positive number',
  'non-negative': 'a number >= 0',
  'positive-integer': 'a positive integer',
  'non-negative-integer': 'an integer >= 0',
};

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

/** Reads fields of one entry, collecting problems instead of throwing at the first. */
class EntryReader {
  constructor(
    private readonly entry: Record<string, unknown>,
    readonly path: string,
    private readonly problems: string[],
  ) {}

  problem(field: string, text: string): void {
    this.problems.push(`${this.path}.${field} ${text}`);
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

  text(field: string, fallback?: string): string {
    const value = this.entry[field];
    if (value === undefined && fallback !== undefined) return fallback;
    if (typeof value !== 'string' || value.length === 0) {
      this.problem(field, `must be a non-empty string${describeGot(value)}`);
      return '';
    }
    return value;
  }

  /** A device name: one NATS subject token. */
  token(field: string): DeviceName {
    const value = this.text(field);
    if (value !== '' && !isSubjectToken(value)) this.problem(field, `'${value}' must be 1-64 letters, digits, '_' or '-'`);
    return value as DeviceName;
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

  unknownFields(known: readonly string[], kind: string): void {
    for (const field of Object.keys(this.entry)) {
      if (!known.includes(field)) this.problem(field, `is not a field of a ${kind}`);
    }
  }
}

function describeGot(value: unknown): string {
  if (value === undefined) return ' (missing)';
  return `, got ${JSON.stringify(value) ?? String(value)}`;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function readSimMotor(r: EntryReader): SimMotorConfig {
  const limits = r.limits('limits');
  // 0 is the natural home of an axis; when the limits exclude it, start at the low limit.
  const home = limits.low <= 0 && 0 <= limits.high ? 0 : limits.low;
  const initial = r.number('initial', 'finite', Number.isNaN(home) ? 0 : home);
  if (Number.isFinite(initial) && limits.low < limits.high && (initial < limits.low || initial > limits.high)) {
    r.problem('initial', `${initial} must be within the limits [${limits.low}, ${limits.high}]`);
  }
  return {
    kind: DeviceKind.SimMotor,
    name: r.token('name'),
    units: r.text('units', 'mm'),
    velocity: r.number('velocity', 'positive'),
    limits,
    initial,
    precision: r.number('precision', 'non-negative-integer', 3),
    tick_ms: r.number('tick_ms', 'positive-integer', 50),
  };
}

function readSimDetector(r: EntryReader): SimDetectorConfig {
  return {
    kind: DeviceKind.SimDetector,
    name: r.token('name'),
    follows: r.token('follows'),
    center: r.number('center', 'finite'),
    width: r.number('width', 'positive'),
    amplitude: r.number('amplitude', 'positive'),
    background: r.number('background', 'finite', 0),
    noise: r.number('noise', 'non-negative', 0),
    exposure_s: r.number('exposure_s', 'non-negative', 0.01),
    units: r.text('units', 'counts'),
  };
}

function readEntry(entry: unknown, path: string, problems: string[]): DeviceConfig | undefined {
  if (!isRecord(entry)) {
    problems.push(`${path} must be a mapping with 'kind' and 'name'${describeGot(entry)}`);
    return undefined;
  }
  const r = new EntryReader(entry, path, problems);
  const kind = entry['kind'];
  if (kind === DeviceKind.SimMotor || kind === DeviceKind.SimDetector) {
    r.unknownFields(KNOWN_FIELDS[kind], kind);
    return kind === DeviceKind.SimMotor ? readSimMotor(r) : readSimDetector(r);
  }
  r.problem('kind', `must be one of ${Object.values(DeviceKind).join(', ')}${describeGot(kind)}`);
  return undefined;
}

function checkCrossReferences(configs: ReadonlyArray<{ config: DeviceConfig; path: string }>, problems: string[]): void {
  const firstByName = new Map<string, string>();
  for (const { config, path } of configs) {
    if (config.name === '') continue;
    const first = firstByName.get(config.name);
    if (first !== undefined) problems.push(`${path}.name '${config.name}' is already used by ${first}`);
    else firstByName.set(config.name, path);
  }
  const motors = new Set(configs.filter(({ config }) => config.kind === DeviceKind.SimMotor).map(({ config }) => config.name));
  for (const { config, path } of configs) {
    if (config.kind !== DeviceKind.SimDetector || config.follows === '') continue;
    if (!motors.has(config.follows)) problems.push(`${path}.follows '${config.follows}' must name a sim-motor of this device list`);
  }
}

/**
 * Validates the `devices` list of one beamline's config.
 *
 * @param raw - the list as parsed from YAML
 * @param beamline - used as the path prefix of problems, e.g. `BL01.devices[1].velocity`
 * @throws DeviceConfigError (an InvalidArgumentError) listing every problem found, one per line
 */
export function parseDeviceConfigs(raw: unknown, beamline: string): DeviceConfig[] {
  const root = `${beamline}.devices`;
  if (!Array.isArray(raw)) throw new InvalidArgumentError(`${root} must be a list of devices${describeGot(raw)}`);
  const problems: string[] = [];
  const parsed: Array<{ config: DeviceConfig; path: string }> = [];
  raw.forEach((entry: unknown, index) => {
    const path = `${root}[${index}]`;
    const config = readEntry(entry, path, problems);
    if (config) parsed.push({ config, path });
  });
  checkCrossReferences(parsed, problems);
  if (problems.length > 0) throw new DeviceConfigError(root, problems);
  return parsed.map(({ config }) => config);
}
