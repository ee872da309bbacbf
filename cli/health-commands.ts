/**
 * `brightline health`: the facility health model (written by the supervisor and the device hosts,
 * read through the gateway) as a table of devices and processes, one JSON object per record
 * (`--json`, for scripts), or followed as it changes (`--watch`). Reading the model works whether
 * or not anything is unhealthy: exit 0; a gateway that cannot be reached is exit 3, a refused
 * token exit 4, a bad command line exit 2.
 */
import { fromWireRecord, type HealthRecord } from '../actors/supervisor/health-model.js';
import { byPlace } from '../gateway/health-rpcs.js';
import { isSubjectToken } from '../lib/ids.js';
import { flagValue, parseArgv, type FlagSpec } from './argv.js';
import { formatLocalTime, renderTable, type Column, type Row } from './device-format.js';
import { CliError, ExitCode } from './exit-codes.js';
import { GatewayClient } from './gateway-client.js';
import { GatewayUnreachableError } from './gateway-errors.js';
import { untilShutdownSignal } from './lifetime.js';
import type { Command } from './commands.js';

const FLAGS: FlagSpec = { valued: ['beamline'], switches: ['json', 'watch'] };
const USAGE = 'brightline health [--beamline BL01] [--watch] [--json]';
/** The listing waits for the health bucket (the gateway gives it 10 s). */
const LIST_TIMEOUT_MS = 11_000;
const COLUMNS: readonly Column[] = [
  { title: 'beamline' },
  { title: 'name' },
  { title: 'kind' },
  { title: 'state' },
  { title: 'since', align: 'right' },
  { title: 'held by' },
  { title: 'reason' },
];

export const health: Command = {
  summary: 'show the health of every device and process (from the supervisor), once or as it changes',
  usage: USAGE,
  async run(argv) {
    const args = parseArgv(argv, FLAGS);
    if (args.flags.has('help')) {
      process.stdout.write(`usage: ${USAGE}\n`);
      return ExitCode.Ok;
    }
    if (args.positionals.length > 0) throw new CliError(`health takes no arguments\nusage: ${USAGE}`, ExitCode.Usage);
    const beamline = flagValue(args, 'beamline');
    if (beamline !== undefined && !isSubjectToken(beamline)) throw new CliError(`'${beamline}' is not a beamline name\nusage: ${USAGE}`, ExitCode.Usage);
    const json = args.flags.has('json');

    const gateway = await GatewayClient.connect();
    try {
      const records = await listHealth(gateway, beamline);
      print(records, json, beamline);
      if (!args.flags.has('watch')) return ExitCode.Ok;
      return await follow(gateway, records, json, beamline);
    } finally {
      gateway.close();
    }
  },
};

async function listHealth(gateway: GatewayClient, beamline: string | undefined): Promise<HealthRecord[]> {
  const reply = await gateway.unary('ListHealth', { beamline: beamline ?? '' }, { timeoutMs: LIST_TIMEOUT_MS });
  return (reply.records ?? []).map(fromWireRecord);
}

/**
 * One line per change after the table, until Ctrl-C. The watch starts with the records as they
 * are (then every change): what the table already showed is not shown again, and a change made
 * between the listing and the watch is.
 */
async function follow(gateway: GatewayClient, listed: readonly HealthRecord[], json: boolean, beamline: string | undefined): Promise<number> {
  const known = new Map(listed.map((record) => [record.key, record]));
  const stream = gateway.stream('WatchHealth', { beamline: beamline ?? '' });
  const changes = (async () => {
    for await (const wire of stream) {
      const record = fromWireRecord(wire);
      const before = known.get(record.key);
      if (before && (record.updated_at < before.updated_at || sameRecord(before, record))) continue;
      known.set(record.key, record);
      process.stdout.write(json ? `${JSON.stringify(toJson(record))}\n` : `${changeLine(before, record)}\n`);
    }
  })();
  // Only Ctrl-C ends a watch well: a stream that ends (the gateway stopping) or fails (its error is thrown) ends it badly.
  const interrupted = await Promise.race([untilShutdownSignal().then(() => true), changes.then(() => false)]);
  stream.cancel();
  await changes;
  if (!interrupted) throw new GatewayUnreachableError(gateway.address, true);
  return ExitCode.Ok;
}

function sameRecord(a: HealthRecord, b: HealthRecord): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

function print(records: HealthRecord[], json: boolean, beamline: string | undefined): void {
  const sorted = [...records].sort(byPlace);
  if (json) {
    for (const record of sorted) process.stdout.write(`${JSON.stringify(toJson(record))}\n`);
    return;
  }
  if (sorted.length === 0) {
    process.stdout.write(`no health records${beamline ? ` for ${beamline}` : ''} yet: the supervisor and the device hosts write them (start the facility with './brightline up')\n`);
    return;
  }
  process.stdout.write(`${summary(sorted)}\n${renderTable(COLUMNS, sorted.map((r) => row(r)))}`);
}

/** `14 records: 12 ok, 1 degraded, 1 disconnected` */
export function summary(records: readonly HealthRecord[]): string {
  const counts = new Map<string, number>();
  for (const r of records) counts.set(r.state, (counts.get(r.state) ?? 0) + 1);
  const order = ['ok', 'degraded', 'fault', 'disconnected'];
  const parts = [...counts].sort(([a], [b]) => order.indexOf(a) - order.indexOf(b)).map(([state, n]) => `${n} ${state}`);
  return `${records.length} record${records.length === 1 ? '' : 's'}: ${parts.join(', ')}`;
}

function row(record: HealthRecord, nowS = Date.now() / 1000): Row {
  return {
    cells: [record.beamline || '-', record.name, record.kind, record.state.toUpperCase(), formatAge(nowS - record.since, record.since), record.held_by || '-', record.reason || '-'],
  };
}

/** `8s`, `3m04s`, `2h05m`, `3d04h`; `-` when the time is unknown. */
export function formatAge(seconds: number, since = 1): string {
  if (!(since > 0) || !Number.isFinite(seconds)) return '-';
  const s = Math.max(0, Math.floor(seconds));
  const pad = (n: number): string => String(n).padStart(2, '0');
  if (s < 60) return `${s}s`;
  if (s < 3_600) return `${Math.floor(s / 60)}m${pad(s % 60)}s`;
  if (s < 86_400) return `${Math.floor(s / 3_600)}h${pad(Math.floor((s % 3_600) / 60))}m`;
  return `${Math.floor(s / 86_400)}d${pad(Math.floor((s % 86_400) / 3_600))}h`;
}

/** `12:03:04.120  BL01 m1 (device)  ok → degraded  alarm MAJOR (HIHI) on m1` */
function changeLine(before: HealthRecord | undefined, record: HealthRecord): string {
  const time = formatLocalTime(record.updated_at > 0 ? record.updated_at : Date.now() / 1000);
  const who = `${record.beamline || '-'} ${record.name} (${record.kind})`;
  const state = before && before.state !== record.state ? `${before.state} → ${record.state}` : record.state;
  const held = record.held_by && record.held_by !== before?.held_by ? `  held by ${record.held_by}` : '';
  return `${time}  ${who}  ${state}${record.reason ? `  ${record.reason}` : ''}${held}`;
}

/** A record for scripts: the proto's field names, times in seconds since the epoch. */
function toJson(record: HealthRecord): Record<string, unknown> {
  return { ...record };
}
