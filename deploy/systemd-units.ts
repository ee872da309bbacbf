/**
 * The production systemd units of deploy/systemd/, read back as data: which unit runs which process
 * role, the command line each one runs, and the env files it reads. The units themselves are
 * plain files an operator copies to /etc/systemd/system (deploy/README.md); this module lets
 * test/deploy/systemd-units.test.ts hold them to the CLI, the NATS users and the restart policy.
 */
import { readFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { InvalidArgumentError } from '../lib/errors.js';
import { Role } from '../actors/transport/subjects.js';
import { natsUserName } from './nats-permissions.js';

export const SYSTEMD_DIR = fileURLToPath(new URL('./systemd/', import.meta.url));
/** Examples of the env files the units read, named as installed in /etc/brightline. */
export const ENV_EXAMPLE_DIR = join(SYSTEMD_DIR, 'env');
export const TARGET_UNIT = 'brightline.target';
/** Read by every unit before its own file: NATS_URL and what else the whole facility shares. */
export const SHARED_ENV_FILE = '/etc/brightline/brightline.env';
export const ETC_DIR = '/etc/brightline';

export interface RoleUnit {
  /** The unit file in deploy/systemd/. */
  readonly file: string;
  /** A template (`name@.service`) whose instance is the beamline. */
  readonly perBeamline: boolean;
  /** Only for commissioning without hardware. */
  readonly commissioningOnly: boolean;
}

/** One unit per process role; a Record, so that a new role does not compile without its unit. */
export const ROLE_UNITS: Readonly<Record<Role, RoleUnit>> = {
  [Role.DeviceHost]: { file: 'brightline-device-host@.service', perBeamline: true, commissioningOnly: false },
  [Role.RunEngine]: { file: 'brightline-run-engine@.service', perBeamline: true, commissioningOnly: false },
  [Role.Supervisor]: { file: 'brightline-supervisor.service', perBeamline: false, commissioningOnly: false },
  [Role.Gateway]: { file: 'brightline-gateway.service', perBeamline: false, commissioningOnly: false },
  [Role.SimIoc]: { file: 'brightline-sim-ioc@.service', perBeamline: true, commissioningOnly: true },
};

/** `brightline-device-host@BL01.service` for a template and an instance; the file name otherwise. */
export function unitName(unit: RoleUnit, instance?: string): string {
  if (!unit.perBeamline) return unit.file;
  if (instance === undefined) throw new InvalidArgumentError(`${unit.file} is a template: it needs a beamline as its instance`);
  return unit.file.replace('@.', `@${instance}.`);
}

/**
 * The process's own env file: named after the NATS user it logs in as (device-host-BL01.env,
 * supervisor.env), since that login is what the file is for. `instance` may be `%i`.
 */
export function processEnvFile(role: Role, instance?: string): string {
  return join(ETC_DIR, `${natsUserName(role, instance)}.env`);
}

/** A unit file as sections of `key=value` entries, in order (keys repeat: EnvironmentFile). */
export type UnitFile = ReadonlyMap<string, ReadonlyArray<readonly [string, string]>>;

/** Parses systemd's unit syntax: `[Section]`, `Key=value`, `#`/`;` comments, `\` continuations. */
export function parseUnit(text: string, source: string): UnitFile {
  const sections = new Map<string, Array<readonly [string, string]>>();
  let current: Array<readonly [string, string]> | undefined;
  const lines = text.replace(/\\\n/g, ' ').split('\n');
  lines.forEach((raw, index) => {
    const line = raw.trim();
    if (line === '' || line.startsWith('#') || line.startsWith(';')) return;
    const section = /^\[([^\]]+)\]$/.exec(line);
    if (section?.[1]) {
      current = sections.get(section[1]) ?? [];
      sections.set(section[1], current);
      return;
    }
    const entry = /^([A-Za-z0-9]+)\s*=\s*(.*)$/.exec(line);
    if (!entry?.[1] || current === undefined) throw new InvalidArgumentError(`${source}:${index + 1}: not a [Section] or Key=value line: '${line}'`);
    current.push([entry[1], entry[2] ?? '']);
  });
  return sections;
}

/** Every value of `key` in `section`, in order. */
export function unitValues(unit: UnitFile, section: string, key: string): string[] {
  return (unit.get(section) ?? []).filter(([k]) => k === key).map(([, v]) => v);
}

/** The one value of `key`; an error naming the unit when it is missing or repeated. */
export function unitValue(unit: UnitFile, section: string, key: string, source: string): string {
  const values = unitValues(unit, section, key);
  if (values.length !== 1) throw new InvalidArgumentError(`${source}: [${section}] ${key}= should appear once, found ${values.length}`);
  return values[0] as string;
}

/** The unit's text with the instance specifiers (`%i`, `%I`) filled in and `%%` as `%`. */
export function instantiate(text: string, instance: string): string {
  return text.replace(/%([iI%])/g, (_, specifier: string) => (specifier === '%' ? '%' : instance));
}

/** A brightline command line as the unit runs it: `node <checkout>/bin/brightline.js <verb> <args...>`. */
export interface BrightlineInvocation {
  readonly node: string;
  readonly script: string;
  readonly verb: string;
  readonly args: readonly string[];
}

const ENTRY_SCRIPT = /\/bin\/brightline\.js$/;

/**
 * ExecStart split into words. The units quote nothing and use no `$VAR` or prefix (`-`, `@`, `+`),
 * so a split on blanks is exact; a unit that starts using them must be read with care, so it is
 * refused here rather than half understood.
 */
export function brightlineInvocation(execStart: string, source: string): BrightlineInvocation {
  if (/["'$\\]/.test(execStart) || /^[-@+!:]/.test(execStart)) {
    throw new InvalidArgumentError(`${source}: ExecStart uses quoting, variables or a prefix this checker does not read: '${execStart}'`);
  }
  const [node, script, verb, ...args] = execStart.split(/\s+/).filter((word) => word !== '');
  if (!node || !script || !verb || !ENTRY_SCRIPT.test(script)) {
    throw new InvalidArgumentError(`${source}: ExecStart should be '<node> <checkout>/bin/brightline.js <verb> ...', got '${execStart}'`);
  }
  return { node, script, verb, args };
}

/**
 * `--name` → value, or true for a switch, from a daemon's arguments: the daemons take no
 * positional arguments, so a word after a flag is its value unless it is a flag itself.
 */
export function invocationFlags(args: readonly string[]): Map<string, string | true> {
  const flags = new Map<string, string | true>();
  for (let i = 0; i < args.length; i++) {
    const word = args[i] as string;
    if (!word.startsWith('--')) throw new InvalidArgumentError(`'${word}' is not a --flag (the daemons take no positional arguments)`);
    const name = word.slice(2);
    const value = args[i + 1];
    if (value === undefined || value.startsWith('--')) flags.set(name, true);
    else flags.set(name, args[++i] as string);
  }
  return flags;
}

/** KEY=VALUE lines as systemd's EnvironmentFile reads them (comments skipped, outer quotes removed). */
export function parseEnvFile(text: string): Map<string, string> {
  const env = new Map<string, string>();
  for (const raw of text.split('\n')) {
    const match = /^([A-Za-z_][A-Za-z0-9_]*)=(.*)$/.exec(raw.trim());
    if (match?.[1]) env.set(match[1], (match[2] ?? '').replace(/^"(.*)"$/, '$1').replace(/^'(.*)'$/, '$1'));
  }
  return env;
}

/** A unit of deploy/systemd/ with its text. */
export interface LoadedUnit {
  readonly role: Role;
  readonly unit: RoleUnit;
  readonly text: string;
}

export async function loadRoleUnits(dir: string = SYSTEMD_DIR): Promise<LoadedUnit[]> {
  return Promise.all(
    (Object.entries(ROLE_UNITS) as Array<[Role, RoleUnit]>).map(async ([role, unit]) => ({ role, unit, text: await readFile(join(dir, unit.file), 'utf8') })),
  );
}

/** The example env file of a process (`device-host-BL01.env`) in deploy/systemd/env/. */
export function envExampleFile(role: Role, instance?: string): string {
  return join(ENV_EXAMPLE_DIR, basename(processEnvFile(role, instance)));
}
