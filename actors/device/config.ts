/**
 * Device entries of a beamline config. The YAML is parsed elsewhere; this turns the plain objects
 * into typed configs through each kind's module, expands composites into their children, orders
 * devices so that every one comes after those it drives, and reports every problem at once.
 */
import { InvalidArgumentError } from '../../lib/errors.js';
import type { PlainValue } from '../../lib/values.js';
import { EntryReader, describeGot, isRecord } from './config-reader.js';
import { DeviceConfigError } from './errors.js';
import { COMMON_FIELDS, type CommonDeviceConfig, type DeviceKindModule } from './kinds/kind.js';
import { DEVICE_KINDS, kindModule } from './kinds/registry.js';

export interface Limits {
  readonly low: number;
  readonly high: number;
}

/** A parsed device entry; its kind's module knows the rest of its fields. */
export type DeviceConfig = CommonDeviceConfig;

const DEFAULT_CONNECT_TIMEOUT_S = 5;

function readCommon(r: EntryReader, kind: string): CommonDeviceConfig {
  const stage = Object.entries(r.mapping('stage')).map(([field, value]) => [field, value as PlainValue] as const);
  return {
    kind,
    name: r.token('name'),
    stage,
    connect_timeout_s: r.number('connect_timeout_s', 'positive', DEFAULT_CONNECT_TIMEOUT_S),
    ...readShared(r),
  };
}

/** `shared: true` (leased, see lease-guard.ts) and its optional `safe_state`. */
function readShared(r: EntryReader): { shared?: boolean; safe_state?: number | string } {
  const shared = r.entry['shared'];
  const safe = r.entry['safe_state'];
  if (shared !== undefined && typeof shared !== 'boolean') r.problem('shared', `must be true or false${describeGot(shared)}`);
  if (safe !== undefined && typeof safe !== 'number' && (typeof safe !== 'string' || safe === '')) {
    r.problem('safe_state', `must be a number or a non-empty string${describeGot(safe)}`);
  }
  if (safe !== undefined && shared !== true) r.problem('safe_state', 'only applies to a shared device (shared: true)');
  return {
    ...(shared === true ? { shared: true } : {}),
    ...(typeof safe === 'number' || typeof safe === 'string' ? { safe_state: safe } : {}),
  };
}

function readEntry(entry: unknown, path: string, problems: string[]): DeviceConfig | undefined {
  if (!isRecord(entry)) {
    problems.push(`${path} must be a mapping with 'kind' and 'name'${describeGot(entry)}`);
    return undefined;
  }
  const r = new EntryReader(entry, path, problems);
  const kind = entry['kind'];
  const module = typeof kind === 'string' ? kindModule(kind) : undefined;
  if (!module) {
    r.problem('kind', `must be one of ${DEVICE_KINDS.map((k) => k.kind).join(', ')}${describeGot(kind)}`);
    return undefined;
  }
  r.unknownFields([...COMMON_FIELDS, ...module.fields], module.kind);
  return module.parse(r, readCommon(r, module.kind));
}

interface Parsed {
  readonly config: DeviceConfig;
  readonly path: string;
  readonly module: DeviceKindModule;
}

function withChildren(parsed: Parsed): Parsed[] {
  const children = parsed.module.children?.(parsed.config) ?? [];
  const expanded = children.map((child, index) => {
    const module = kindModule(child.kind);
    if (!module) throw new Error(`${parsed.module.kind} declared a child of unknown kind '${child.kind}'`);
    return { config: child, path: `${parsed.path} (child ${index + 1}, ${child.name})`, module };
  });
  return [...expanded, parsed];
}

function checkNames(all: readonly Parsed[], problems: string[]): void {
  const firstByName = new Map<string, string>();
  for (const { config, path } of all) {
    if (config.name === '') continue;
    const first = firstByName.get(config.name);
    if (first !== undefined) problems.push(`${path}.name '${config.name}' is already used by ${first}`);
    else firstByName.set(config.name, path);
  }
}

/** Orders devices so that each comes after the devices it drives; reports unknown names and cycles. */
function order(all: readonly Parsed[], problems: string[]): Parsed[] {
  const byName = new Map(all.map((p) => [p.config.name as string, p]));
  const done = new Set<string>();
  const visiting = new Set<string>();
  const out: Parsed[] = [];
  const visit = (p: Parsed): void => {
    const name = p.config.name;
    if (done.has(name)) return;
    if (visiting.has(name)) {
      problems.push(`${p.path}: '${name}' depends on itself through ${[...visiting].join(' -> ')}`);
      return;
    }
    visiting.add(name);
    for (const dependency of p.module.dependsOn?.(p.config) ?? []) {
      const target = byName.get(dependency);
      if (target) visit(target);
      else problems.push(`${p.path} refers to device '${dependency}', which this beamline does not declare`);
    }
    visiting.delete(name);
    done.add(name);
    out.push(p);
  };
  for (const p of all) visit(p);
  return out;
}

/**
 * Validates the `devices` list of one beamline's config.
 *
 * @param raw - the list as parsed from YAML
 * @param beamline - used as the path prefix of problems, e.g. `BL01.devices[1].pv`
 * @returns the devices to create, children and dependencies first
 * @throws DeviceConfigError (an InvalidArgumentError) listing every problem found, one per line
 */
export function parseDeviceConfigs(raw: unknown, beamline: string): DeviceConfig[] {
  const root = `${beamline}.devices`;
  if (!Array.isArray(raw)) throw new InvalidArgumentError(`${root} must be a list of devices${describeGot(raw)}`);
  const problems: string[] = [];
  const parsed: Parsed[] = [];
  raw.forEach((entry: unknown, index) => {
    const path = `${root}[${index}]`;
    const config = readEntry(entry, path, problems);
    const module = config ? kindModule(config.kind) : undefined;
    if (config && module) parsed.push({ config, path, module });
  });
  const all = parsed.flatMap(withChildren);
  checkNames(all, problems);
  const ordered = problems.length === 0 ? order(all, problems) : [];
  if (problems.length > 0) throw new DeviceConfigError(root, problems);
  return ordered.map((p) => p.config);
}
