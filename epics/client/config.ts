/**
 * Client settings with EPICS semantics: explicit options win, then EPICS_CA_* variables, then the
 * defaults of EPICS base, so a brightline client finds the same IOCs caget would.
 */
import { networkInterfaces } from 'node:os';
import type { Logger } from '../../lib/log.js';
import { silentLogger } from '../../lib/log.js';
import { InvalidArgumentError } from '../../lib/errors.js';

export interface CaClientOptions {
  /** Search destinations, `host` or `host:port`; EPICS_CA_ADDR_LIST when absent. */
  addrList?: string[];
  /** Also search the broadcast address of every interface; EPICS_CA_AUTO_ADDR_LIST (YES) when absent. */
  autoAddrList?: boolean;
  /** Default port for search destinations without one; EPICS_CA_SERVER_PORT (5064). */
  serverPort?: number;
  /** Where beacons arrive; EPICS_CA_REPEATER_PORT (5065). */
  repeaterPort?: number;
  /** Listen for beacons to reconnect early; best effort, on by default. */
  listenForBeacons?: boolean;
  /** Silence after which a circuit is declared dead; EPICS_CA_CONN_TMO (30 s). */
  connectionTimeoutMs?: number;
  /** How long `channel()` waits for a search reply before ChannelNotFoundError. */
  searchTimeoutMs?: number;
  /** Longest interval between search retries; EPICS_CA_MAX_SEARCH_PERIOD (300 s, at least 60 s there). */
  maxSearchPeriodMs?: number;
  /** Default timeout of get and put. */
  ioTimeoutMs?: number;
  logger?: Logger;
  env?: NodeJS.ProcessEnv;
}

export interface SearchDestination {
  host: string;
  port: number;
}

export interface CaClientConfig {
  destinations: SearchDestination[];
  repeaterPort: number;
  listenForBeacons: boolean;
  connectionTimeoutMs: number;
  searchTimeoutMs: number;
  maxSearchPeriodMs: number;
  ioTimeoutMs: number;
  logger: Logger;
}

const DEFAULTS = {
  serverPort: 5064,
  repeaterPort: 5065,
  connectionTimeoutMs: 30_000,
  searchTimeoutMs: 5_000,
  maxSearchPeriodMs: 300_000,
  ioTimeoutMs: 5_000,
} as const;

export function resolveConfig(options: CaClientOptions = {}): CaClientConfig {
  const env = options.env ?? process.env;
  const serverPort = options.serverPort ?? envPort(env, 'EPICS_CA_SERVER_PORT') ?? DEFAULTS.serverPort;
  const addrList = options.addrList ?? splitList(env['EPICS_CA_ADDR_LIST']);
  const autoAddrList = options.autoAddrList ?? !/^no$/i.test((env['EPICS_CA_AUTO_ADDR_LIST'] ?? 'YES').trim());
  const destinations = addrList.map((entry) => parseDestination(entry, serverPort));
  if (autoAddrList) destinations.push(...broadcastAddresses().map((host) => ({ host, port: serverPort })));
  return {
    destinations: dedupe(destinations),
    repeaterPort: options.repeaterPort ?? envPort(env, 'EPICS_CA_REPEATER_PORT') ?? DEFAULTS.repeaterPort,
    listenForBeacons: options.listenForBeacons ?? true,
    connectionTimeoutMs: options.connectionTimeoutMs ?? envSeconds(env, 'EPICS_CA_CONN_TMO') ?? DEFAULTS.connectionTimeoutMs,
    searchTimeoutMs: options.searchTimeoutMs ?? DEFAULTS.searchTimeoutMs,
    // EPICS clamps the period to at least 60 s; an explicit option may go lower so tests stay fast.
    maxSearchPeriodMs: options.maxSearchPeriodMs ?? Math.max(envSeconds(env, 'EPICS_CA_MAX_SEARCH_PERIOD') ?? DEFAULTS.maxSearchPeriodMs, 60_000),
    ioTimeoutMs: options.ioTimeoutMs ?? DEFAULTS.ioTimeoutMs,
    logger: options.logger ?? silentLogger,
  };
}

export function formatDestination(destination: SearchDestination): string {
  return `${destination.host}:${destination.port}`;
}

function splitList(value: string | undefined): string[] {
  return (value ?? '').split(/\s+/).filter((entry) => entry.length > 0);
}

export function parseDestination(entry: string, defaultPort: number): SearchDestination {
  const match = /^([^:\s]+)(?::(\d+))?$/.exec(entry.trim());
  if (match === null || match[1] === undefined) throw new InvalidArgumentError(`bad channel access address '${entry}': expected host or host:port`);
  const port = match[2] === undefined ? defaultPort : Number(match[2]);
  if (!isPort(port)) throw new InvalidArgumentError(`bad port in channel access address '${entry}'`);
  return { host: match[1], port };
}

function envPort(env: NodeJS.ProcessEnv, name: string): number | undefined {
  const raw = env[name]?.trim();
  if (raw === undefined || raw === '') return undefined;
  const port = Number(raw);
  if (!isPort(port)) throw new InvalidArgumentError(`${name}='${raw}' is not a port number`);
  return port;
}

function envSeconds(env: NodeJS.ProcessEnv, name: string): number | undefined {
  const raw = env[name]?.trim();
  if (raw === undefined || raw === '') return undefined;
  const seconds = Number(raw);
  if (!Number.isFinite(seconds) || seconds <= 0) throw new InvalidArgumentError(`${name}='${raw}' is not a positive number of seconds`);
  return seconds * 1000;
}

function isPort(port: number): boolean {
  return Number.isInteger(port) && port > 0 && port < 65536;
}

/** Like libca: the broadcast address of each up, non-loopback IPv4 interface. */
function broadcastAddresses(): string[] {
  const found: string[] = [];
  for (const infos of Object.values(networkInterfaces())) {
    for (const info of infos ?? []) {
      if (info.family !== 'IPv4' || info.internal) continue;
      const address = ipv4ToInt(info.address);
      const mask = ipv4ToInt(info.netmask);
      found.push(intToIpv4((address | ~mask) >>> 0));
    }
  }
  // libca falls back to the limited broadcast address when no interface has one
  return found.length === 0 ? ['255.255.255.255'] : found;
}

export function ipv4ToInt(address: string): number {
  return address.split('.').reduce((acc, part) => ((acc << 8) | Number(part)) >>> 0, 0);
}

export function intToIpv4(value: number): string {
  return [24, 16, 8, 0].map((shift) => (value >>> shift) & 0xff).join('.');
}

function dedupe(destinations: SearchDestination[]): SearchDestination[] {
  const seen = new Set<string>();
  return destinations.filter((d) => {
    const key = formatDestination(d);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
