/**
 * Checks record definitions from a config and reports every problem at once, each with its path
 * (`records[2] (m1).velo: ...`), so one edit of a facility file fixes them all. Links between
 * records are checked by the database once the records exist.
 */
import { CalcExpression } from './calc-expression.js';
import { INTEGER_RANGE, MAX_ENUM_STATES, MAX_ENUM_STRING_BYTES, MAX_STRING_BYTES } from './coerce.js';
import { CALC_INPUTS, MAX_SCALER_CHANNELS, RecordType, WaveformType, type RecordDefinition } from './definitions.js';
import { CalcSyntaxError, RecordConfigError } from './errors.js';
import { parseLink } from './input-links.js';
import { ALARM_SEVERITY_NAMES } from './types.js';

/** PVNAME_STRINGSZ is 61 with the NUL; the field suffix (.VAL) is not counted against it. */
export const MAX_RECORD_NAME_LENGTH = 60;
const NAME_CHARS = /^[A-Za-z0-9_\-:;<>[\]]*$/;
const MAX_EGU_BYTES = 15;
const MAX_NELM = 1_000_000;

const COMMON = ['type', 'name', 'desc'];
const LIMIT_ALARM = ['egu', 'prec', 'hopr', 'lopr', 'hihi', 'high', 'low', 'lolo', 'hhsv', 'hsv', 'lsv', 'llsv', 'hyst', 'mdel', 'adel'];
const KNOWN_KEYS: Record<RecordType, readonly string[]> = {
  ai: [...COMMON, ...LIMIT_ALARM, 'value', 'writable'],
  longin: [...COMMON, ...LIMIT_ALARM, 'value', 'writable'],
  ao: [...COMMON, ...LIMIT_ALARM, 'value', 'drvh', 'drvl', 'outOfLimits'],
  longout: [...COMMON, ...LIMIT_ALARM, 'value', 'drvh', 'drvl', 'outOfLimits'],
  bi: [...COMMON, 'value', 'znam', 'onam', 'zsv', 'osv', 'writable'],
  bo: [...COMMON, 'value', 'znam', 'onam', 'zsv', 'osv'],
  mbbi: [...COMMON, 'value', 'states', 'severities', 'writable'],
  mbbo: [...COMMON, 'value', 'states', 'severities'],
  stringin: [...COMMON, 'value', 'writable'],
  stringout: [...COMMON, 'value'],
  waveform: [...COMMON, 'ftvl', 'nelm', 'value', 'egu', 'prec', 'hopr', 'lopr', 'writable'],
  calc: [...COMMON, ...LIMIT_ALARM, 'calc', 'inputs', 'scan'],
  motor: [...COMMON, 'egu', 'prec', 'velo', 'accl', 'hlm', 'llm', 'value', 'tickMs', 'mdel', 'adel'],
  scaler: [...COMMON, 'freq', 'tp', 'tickMs', 'channels'],
};
const SCALER_CHANNEL_KEYS = ['name', 'rate'];
const RECORD_TYPES = Object.values(RecordType) as readonly string[];

type Entry = Readonly<Record<string, unknown>>;
type Report = (problem: string) => void;

/** Throws RecordConfigError listing every problem; returns the definitions, typed, if there are none. */
export function validateDefinitions(prefix: string, definitions: readonly unknown[]): RecordDefinition[] {
  const problems: string[] = [];
  if (!NAME_CHARS.test(prefix)) problems.push(`prefix '${prefix}': only letters, digits and _-:;<>[] are allowed`);
  const seen = new Map<string, number>();
  definitions.forEach((definition, index) => {
    const named = isEntry(definition) && typeof definition.name === 'string' ? ` (${definition.name})` : '';
    const where = `records[${index}]${named}`;
    const report: Report = (problem) => problems.push(`${where}${problem.startsWith('.') ? '' : ': '}${problem}`);
    if (!isEntry(definition)) {
      report('must be an object');
      return;
    }
    checkEntry(prefix, definition, report);
    if (typeof definition.name === 'string') {
      const first = seen.get(definition.name);
      if (first !== undefined) report(`.name: '${definition.name}' is already defined by records[${first}]`);
      else seen.set(definition.name, index);
    }
  });
  if (problems.length > 0) throw new RecordConfigError(problems);
  return definitions as RecordDefinition[];
}

function checkEntry(prefix: string, entry: Entry, report: Report): void {
  const { type, name } = entry;
  if (typeof name !== 'string' || name === '') report('.name: must be a non-empty string');
  else if (!NAME_CHARS.test(name)) report(`.name: '${name}' may only use letters, digits and _-:;<>[] (no '.', it separates the field)`);
  else if (prefix.length + name.length > MAX_RECORD_NAME_LENGTH) report(`.name: '${prefix}${name}' is longer than ${MAX_RECORD_NAME_LENGTH} characters`);
  if (typeof type !== 'string' || !RECORD_TYPES.includes(type)) {
    report(`.type: must be one of ${RECORD_TYPES.join(', ')}`);
    return;
  }
  const recordType = type as RecordType;
  for (const key of Object.keys(entry)) {
    if (!KNOWN_KEYS[recordType].includes(key)) report(`.${key}: not a ${type} setting (known: ${KNOWN_KEYS[recordType].join(', ')})`);
  }
  const check = new Checks(entry, report);
  check.text('desc', MAX_STRING_BYTES);
  check.boolean('writable');
  TYPE_CHECKS[recordType](check, entry);
}

const TYPE_CHECKS: Record<RecordType, (check: Checks, entry: Entry) => void> = {
  ai: (check) => checkAnalog(check, false, false),
  longin: (check) => checkAnalog(check, false, true),
  ao: (check) => checkAnalog(check, true, false),
  longout: (check) => checkAnalog(check, true, true),
  bi: checkBinary,
  bo: checkBinary,
  mbbi: checkMultiBit,
  mbbo: checkMultiBit,
  stringin: (check) => check.text('value', MAX_STRING_BYTES),
  stringout: (check) => check.text('value', MAX_STRING_BYTES),
  waveform: checkWaveform,
  calc: checkCalc,
  motor: (check) => {
    check.text('egu', MAX_EGU_BYTES);
    check.integer('prec', 0, 17);
    check.number('velo', { above: 0 });
    check.number('accl', { min: 0 });
    check.number('tickMs', { above: 0 });
    check.number('value');
    check.number('mdel');
    check.number('adel');
    check.ordered('llm', 'hlm');
  },
  scaler: checkScaler,
};

function checkLimitAlarms(check: Checks): void {
  check.text('egu', MAX_EGU_BYTES);
  check.integer('prec', 0, 17);
  for (const key of ['hopr', 'lopr', 'hihi', 'high', 'low', 'lolo', 'mdel', 'adel']) check.number(key);
  check.number('hyst', { min: 0 });
  for (const key of ['hhsv', 'hsv', 'lsv', 'llsv']) check.severity(key);
}

function checkAnalog(check: Checks, output: boolean, integer: boolean): void {
  checkLimitAlarms(check);
  if (integer) check.integer('value', -2147483648, 2147483647);
  else check.number('value');
  if (!output) return;
  check.number('drvh');
  check.number('drvl');
  check.ordered('drvl', 'drvh');
  check.oneOf('outOfLimits', ['clamp', 'reject']);
}

function checkBinary(check: Checks, entry: Entry): void {
  check.text('znam', MAX_ENUM_STRING_BYTES);
  check.text('onam', MAX_ENUM_STRING_BYTES);
  check.severity('zsv');
  check.severity('osv');
  const states = [entry.znam, entry.onam].filter((s): s is string => typeof s === 'string');
  check.enumValue(2, states);
}

function checkMultiBit(check: Checks, entry: Entry): void {
  const states = entry.states;
  if (!Array.isArray(states) || states.length === 0 || states.length > MAX_ENUM_STATES) {
    check.report(`.states: must be a list of 1..${MAX_ENUM_STATES} state names`);
    return;
  }
  states.forEach((state: unknown, i) => {
    if (typeof state !== 'string' || Buffer.byteLength(state, 'utf8') > MAX_ENUM_STRING_BYTES) {
      check.report(`.states[${i}]: must be a string of at most ${MAX_ENUM_STRING_BYTES} bytes`);
    }
  });
  const severities = entry.severities;
  if (severities !== undefined) {
    if (!Array.isArray(severities) || severities.length > states.length) check.report('.severities: must be a list no longer than states');
    else severities.forEach((severity: unknown, i) => check.severityValue(`severities[${i}]`, severity));
  }
  check.enumValue(states.length, states.filter((s): s is string => typeof s === 'string'));
}

function checkWaveform(check: Checks, entry: Entry): void {
  check.text('egu', MAX_EGU_BYTES);
  check.integer('prec', 0, 17);
  check.number('hopr');
  check.number('lopr');
  const ftvlOk = check.oneOf('ftvl', WaveformType, true);
  const nelmOk = check.integer('nelm', 1, MAX_NELM, true);
  const value = entry.value;
  if (value === undefined || !ftvlOk || !nelmOk) return;
  const nelm = entry.nelm as number;
  if (!Array.isArray(value)) {
    check.report('.value: must be a list');
    return;
  }
  if (value.length > nelm) check.report(`.value: has ${value.length} elements, more than nelm ${nelm}`);
  const isString = entry.ftvl === 'string';
  const range = INTEGER_RANGE[entry.ftvl as WaveformType];
  const bad = value.findIndex((item: unknown) => (isString
    ? typeof item !== 'string' || Buffer.byteLength(item, 'utf8') > MAX_STRING_BYTES
    : typeof item !== 'number' || !Number.isFinite(item) || (range !== undefined && !(Number.isInteger(item) && item >= range[0] && item <= range[1]))));
  const expected = isString
    ? `a string of at most ${MAX_STRING_BYTES} bytes`
    : range ? `an integer ${range[0]}..${range[1]}` : 'a finite number';
  if (bad >= 0) check.report(`.value[${bad}]: must be ${expected}`);
}

function checkCalc(check: Checks, entry: Entry): void {
  checkLimitAlarms(check);
  let used: ReadonlySet<string> = new Set();
  if (typeof entry.calc !== 'string') check.report('.calc: must be an expression string');
  else {
    try {
      used = CalcExpression.parse(entry.calc).inputs;
    } catch (error) {
      if (!(error instanceof CalcSyntaxError)) throw error;
      check.report(`.calc: ${error.message}`);
    }
  }
  const inputs = entry.inputs ?? {};
  if (!isEntry(inputs)) {
    check.report('.inputs: must be a map from A..L to a number or a PV name');
    return;
  }
  check.number('scan', { above: 0 });
  for (const [key, value] of Object.entries(inputs)) {
    if (!(CALC_INPUTS as readonly string[]).includes(key)) check.report(`.inputs.${key}: calc inputs are A..L`);
    else check.numberOrLink(`inputs.${key}`, value, {});
  }
  for (const input of used) {
    if (!(input in inputs)) check.report(`.inputs.${input}: the expression reads ${input} but it is not set (set it to 0 if that is meant)`);
  }
}

function checkScaler(check: Checks, entry: Entry): void {
  check.number('freq', { above: 0 });
  check.number('tp', { above: 0 });
  check.number('tickMs', { above: 0 });
  const channels = entry.channels;
  if (channels === undefined) return;
  if (!Array.isArray(channels)) {
    check.report('.channels: must be a list of { name, rate }');
    return;
  }
  if (channels.length > MAX_SCALER_CHANNELS) check.report(`.channels: has ${channels.length} channels, a scaler counts at most ${MAX_SCALER_CHANNELS} besides its clock (S2..S8)`);
  channels.forEach((channel: unknown, i) => {
    const path = `channels[${i}]`;
    if (!isEntry(channel)) {
      check.report(`.${path}: must be an object { name, rate }`);
      return;
    }
    for (const key of Object.keys(channel)) {
      if (!SCALER_CHANNEL_KEYS.includes(key)) check.report(`.${path}.${key}: not a scaler channel setting (known: ${SCALER_CHANNEL_KEYS.join(', ')})`);
    }
    const name = channel.name;
    if (typeof name !== 'string' || name === '' || Buffer.byteLength(name, 'utf8') > MAX_STRING_BYTES) {
      check.report(`.${path}.name: must be a non-empty string of at most ${MAX_STRING_BYTES} bytes`);
    }
    if (channel.rate === undefined) check.report(`.${path}.rate: is required`);
    else check.numberOrLink(`${path}.rate`, channel.rate, { min: 0 });
  });
}

/** Per-entry checks; each reports with the key's path and returns whether the key is usable. */
class Checks {
  constructor(
    readonly entry: Entry,
    readonly report: Report,
  ) {}

  number(key: string, rule: { above?: number; min?: number } = {}, required = false): boolean {
    const value = this.entry[key];
    if (value === undefined) return this.#missing(key, required);
    const ok = typeof value === 'number' && Number.isFinite(value)
      && (rule.above === undefined || value > rule.above) && (rule.min === undefined || value >= rule.min);
    if (!ok) {
      const bound = rule.above !== undefined ? ` > ${rule.above}` : rule.min !== undefined ? ` >= ${rule.min}` : '';
      this.report(`.${key}: must be a finite number${bound}`);
    }
    return ok;
  }

  integer(key: string, min: number, max: number, required = false): boolean {
    const value = this.entry[key];
    if (value === undefined) return this.#missing(key, required);
    const ok = typeof value === 'number' && Number.isInteger(value) && value >= min && value <= max;
    if (!ok) this.report(`.${key}: must be an integer ${min}..${max}`);
    return ok;
  }

  text(key: string, maxBytes: number): void {
    const value = this.entry[key];
    if (value === undefined) return;
    if (typeof value !== 'string' || Buffer.byteLength(value, 'utf8') > maxBytes) {
      this.report(`.${key}: must be a string of at most ${maxBytes} bytes`);
    }
  }

  /** A constant (finite, within `rule`) or a link: a PV name with at most one modifier, CP or NPP. */
  numberOrLink(path: string, value: unknown, rule: { min?: number }): void {
    if (typeof value === 'string') {
      const parsed = parseLink(value);
      if ('problem' in parsed) this.report(`.${path}: ${parsed.problem}`);
      return;
    }
    const ok = typeof value === 'number' && Number.isFinite(value) && (rule.min === undefined || value >= rule.min);
    if (!ok) this.report(`.${path}: must be a finite number${rule.min === undefined ? '' : ` >= ${rule.min}`} or a PV name`);
  }

  boolean(key: string): void {
    const value = this.entry[key];
    if (value !== undefined && typeof value !== 'boolean') this.report(`.${key}: must be true or false`);
  }

  oneOf(key: string, allowed: readonly string[], required = false): boolean {
    const value = this.entry[key];
    if (value === undefined) return this.#missing(key, required);
    const ok = typeof value === 'string' && allowed.includes(value);
    if (!ok) this.report(`.${key}: must be one of ${allowed.join(', ')}`);
    return ok;
  }

  severity(key: string): void {
    const value = this.entry[key];
    if (value !== undefined) this.severityValue(key, value);
  }

  severityValue(path: string, value: unknown): void {
    const ok = (typeof value === 'string' && (ALARM_SEVERITY_NAMES as readonly string[]).includes(value))
      || (typeof value === 'number' && Number.isInteger(value) && value >= 0 && value <= 3);
    if (!ok) this.report(`.${path}: must be one of ${ALARM_SEVERITY_NAMES.join(', ')} or 0..3`);
  }

  /** The low key must not exceed the high one, when both are numbers. */
  ordered(lowKey: string, highKey: string): void {
    const low = this.entry[lowKey];
    const high = this.entry[highKey];
    if (typeof low === 'number' && typeof high === 'number' && low > high) {
      this.report(`.${lowKey}: ${low} is above ${highKey} ${high}`);
    }
  }

  enumValue(size: number, names: readonly string[]): void {
    const value = this.entry.value;
    if (value === undefined) return;
    const ok = typeof value === 'string' ? names.includes(value) : typeof value === 'number' && Number.isInteger(value) && value >= 0 && value < size;
    if (!ok) this.report(`.value: must be a state index 0..${size - 1} or one of ${names.map((n) => `'${n}'`).join(', ')}`);
  }

  #missing(key: string, required: boolean): boolean {
    if (required) this.report(`.${key}: is required`);
    return false;
  }
}

function isEntry(value: unknown): value is Entry {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
