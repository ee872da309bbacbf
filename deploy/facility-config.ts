/**
 * Reads deploy/facility.yaml: which beamlines exist and what each one's device host serves.
 * Device entries stay raw here; the device layer validates them with its own rules.
 */
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { InvalidArgumentError } from '../lib/errors.js';
import { isSubjectToken } from '../lib/ids.js';

/** A beamline's simulated IOC: records served over Channel Access on a UDP search port of its own. */
export interface IocConfig {
  prefix: string;
  /** UDP search port; each IOC on one host needs its own so unicast searches reach it. */
  port: number;
  records: unknown[];
}

export interface BeamlineConfig {
  id: string;
  title: string;
  devices: unknown[];
  ioc?: IocConfig;
  /** Raw; the run engine validates them (actors/plan/suspenders.ts). */
  suspenders?: unknown[];
  /** False for a host of shared devices only (FAC): `brightline up` starts no run engine for it. */
  runEngine: boolean;
  /** Shared devices (of the shared-device host) this beamline's plans may use, under a lease. */
  sharedDevices: string[];
}

/** A device marked `shared: true`: used by several beamlines under a lease. */
export interface SharedDeviceConfig {
  name: string;
  kind: string;
  /** What the lease manager sets it to after a lease expires or is broken (after stopping it). */
  safeState?: number | string;
}

/** The beamline entry whose devices are shared (FAC), with those devices. */
export interface SharedDeviceHost {
  beamline: string;
  devices: SharedDeviceConfig[];
}

export interface FacilityConfig {
  facility: string;
  beamlines: BeamlineConfig[];
  source: string;
}

export const DEFAULT_FACILITY_CONFIG = fileURLToPath(new URL('./facility.yaml', import.meta.url));

export async function loadFacilityConfig(path: string = DEFAULT_FACILITY_CONFIG): Promise<FacilityConfig> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (cause) {
    throw new InvalidArgumentError(`cannot read facility config '${path}': ${(cause as Error).message}`, { cause });
  }
  let raw: unknown;
  try {
    raw = parse(text);
  } catch (cause) {
    throw new InvalidArgumentError(`facility config '${path}' is not valid YAML: ${(cause as Error).message}`, { cause });
  }
  return parseFacilityConfig(raw, path);
}

export function parseFacilityConfig(raw: unknown, source: string): FacilityConfig {
  const problems: string[] = [];
  const root = isRecord(raw) ? raw : {};
  if (!isRecord(raw)) problems.push('the file must be a mapping with `facility` and `beamlines`');
  const facility = typeof root['facility'] === 'string' ? root['facility'] : 'brightline';
  const beamlines: BeamlineConfig[] = [];
  const entries = Array.isArray(root['beamlines']) ? root['beamlines'] : [];
  if (isRecord(raw) && !Array.isArray(root['beamlines'])) problems.push('`beamlines` must be a list');
  const seen = new Set<string>();
  entries.forEach((entry: unknown, index) => {
    const where = `beamlines[${index}]`;
    if (!isRecord(entry)) {
      problems.push(`${where} must be a mapping`);
      return;
    }
    const id = entry['id'];
    if (typeof id !== 'string' || !isSubjectToken(id)) {
      problems.push(`${where}.id must be a name of letters, digits, '_' or '-'`);
      return;
    }
    if (seen.has(id)) problems.push(`${where}.id '${id}' is used twice`);
    seen.add(id);
    const devices = entry['devices'] ?? [];
    if (!Array.isArray(devices)) problems.push(`${id}.devices must be a list`);
    const ioc = parseIoc(entry['ioc'], `${id}.ioc`, problems);
    if (entry['suspenders'] !== undefined && !Array.isArray(entry['suspenders'])) problems.push(`${id}.suspenders must be a list`);
    const runEngine = entry['run_engine'] ?? true;
    if (typeof runEngine !== 'boolean') problems.push(`${id}.run_engine must be true or false`);
    beamlines.push({
      id,
      title: typeof entry['title'] === 'string' ? entry['title'] : id,
      devices: Array.isArray(devices) ? devices : [],
      ...(ioc ? { ioc } : {}),
      ...(Array.isArray(entry['suspenders']) ? { suspenders: entry['suspenders'] as unknown[] } : {}),
      runEngine: runEngine !== false,
      sharedDevices: parseSharedDeviceList(entry['shared_devices'], `${id}.shared_devices`, problems),
    });
  });
  checkSharedDevices(beamlines, problems);
  const ports = beamlines.flatMap((b) => (b.ioc ? [b.ioc.port] : []));
  const shared = ports.filter((port, i) => ports.indexOf(port) !== i);
  if (shared.length > 0) problems.push(`IOC ports must differ between beamlines; used twice: ${[...new Set(shared)].join(', ')}`);
  if (problems.length > 0) {
    throw new InvalidArgumentError(`facility config '${source}' has ${problems.length} problem(s):\n  - ${problems.join('\n  - ')}`);
  }
  return { facility, beamlines, source };
}

export function findBeamline(config: FacilityConfig, id: string): BeamlineConfig {
  const beamline = config.beamlines.find((b) => b.id === id);
  if (!beamline) {
    const known = config.beamlines.map((b) => b.id).join(', ');
    throw new InvalidArgumentError(`beamline '${id}' is not in ${config.source} (known: ${known})`);
  }
  return beamline;
}

function parseIoc(raw: unknown, where: string, problems: string[]): IocConfig | undefined {
  if (raw === undefined) return undefined;
  if (!isRecord(raw)) {
    problems.push(`${where} must be a mapping with prefix, port and records`);
    return undefined;
  }
  const { prefix, port, records } = raw;
  if (typeof prefix !== 'string') problems.push(`${where}.prefix must be a string such as 'BL01:'`);
  if (typeof port !== 'number' || !Number.isInteger(port) || port < 1 || port > 65535) problems.push(`${where}.port must be a UDP port number`);
  if (!Array.isArray(records)) problems.push(`${where}.records must be a list`);
  if (typeof prefix !== 'string' || typeof port !== 'number' || !Array.isArray(records)) return undefined;
  return { prefix, port, records };
}

/**
 * The beamline entry serving the shared devices (FAC) and those devices, from their `shared: true`
 * and `safe_state`; undefined when the facility has none. The config checks there is one at most.
 */
export function sharedDeviceHost(config: FacilityConfig): SharedDeviceHost | undefined {
  for (const beamline of config.beamlines) {
    const devices = sharedDevicesOf(beamline);
    if (devices.length > 0) return { beamline: beamline.id, devices };
  }
  return undefined;
}

/** Per shared device with a safe state, that state: the lease manager's `safeStates`. */
export function leaseSafeStates(config: FacilityConfig): Record<string, number | string> {
  const states: Record<string, number | string> = {};
  for (const device of sharedDeviceHost(config)?.devices ?? []) if (device.safeState !== undefined) states[device.name] = device.safeState;
  return states;
}

function sharedDevicesOf(beamline: BeamlineConfig): SharedDeviceConfig[] {
  return beamline.devices.flatMap((raw) => {
    if (!isRecord(raw) || raw['shared'] !== true || typeof raw['name'] !== 'string') return [];
    const safe = raw['safe_state'];
    return [{ name: raw['name'], kind: String(raw['kind'] ?? ''), ...(typeof safe === 'number' || typeof safe === 'string' ? { safeState: safe } : {}) }];
  });
}

function parseSharedDeviceList(raw: unknown, where: string, problems: string[]): string[] {
  if (raw === undefined) return [];
  if (!Array.isArray(raw) || !raw.every((name) => typeof name === 'string' && isSubjectToken(name))) {
    problems.push(`${where} must be a list of device names`);
    return [];
  }
  return raw as string[];
}

/** One host of shared devices at most; every beamline's shared_devices are among its devices, and clash with none of its own. */
function checkSharedDevices(beamlines: readonly BeamlineConfig[], problems: string[]): void {
  const hosts = beamlines.filter((b) => sharedDevicesOf(b).length > 0);
  if (hosts.length > 1) problems.push(`shared devices must all be on one beamline entry (the facility's, FAC); found on ${hosts.map((b) => b.id).join(', ')}`);
  const host = hosts[0];
  const shared = new Set(host ? sharedDevicesOf(host).map((d) => d.name) : []);
  for (const beamline of beamlines) {
    if (beamline.sharedDevices.length === 0) continue;
    if (beamline === host) problems.push(`${beamline.id}.shared_devices: the host of the shared devices does not use them as a beamline`);
    if (beamline.runEngine === false) problems.push(`${beamline.id}.shared_devices: a beamline without a run engine cannot use shared devices`);
    const own = new Set(beamline.devices.flatMap((d) => (isRecord(d) && typeof d['name'] === 'string' ? [d['name']] : [])));
    for (const name of beamline.sharedDevices) {
      if (!shared.has(name)) problems.push(`${beamline.id}.shared_devices: '${name}' is not a shared device (shared: ${[...shared].join(', ') || 'none'})`);
      if (own.has(name)) problems.push(`${beamline.id}.shared_devices: '${name}' is also one of ${beamline.id}'s own devices; rename one`);
    }
  }
}

/** The CA address list that reaches every simulated IOC of the facility on this host. */
export function iocAddressList(config: FacilityConfig): string[] {
  return config.beamlines.flatMap((b) => (b.ioc ? [`127.0.0.1:${b.ioc.port}`] : []));
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
