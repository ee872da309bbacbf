/**
 * `brightline health`: the facility health model (KV bucket BL_HEALTH) as a table of devices and
 * processes, one JSON object per record (`--json`, for scripts), or followed as it changes
 * (`--watch`). Reading the model works whether or not anything is unhealthy: exit 0; a bus that
 * cannot be reached is exit 3, a bad command line exit 2.
 */
import { brightline } from '../gen/proto.js';
import { Bus, type KvBucket } from '../actors/transport/mod.js';
import { fromWireRecord, HealthKind, type HealthRecord } from '../actors/supervisor/health-model.js';
import { openHealthBucket, readHealthRecords } from '../actors/supervisor/health-store.js';
import { isSubjectToken } from '../lib/ids.js';
import { flagValue, parseArgv, type FlagSpec } from './argv.js';
import { formatLocalTime, renderTable, type Column, type Row } from './device-format.js';
import { natsUrl } from './environment.js';
import { CliError, ExitCode } from './exit-codes.js';
import { untilShutdownSignal } from './lifetime.js';
import type { Command } from './commands.js';

const v1 = brightline.v1;
const FLAGS: FlagSpec = { valued: ['beamline'], switches: ['json', 'watch'] };
const USAGE = 'brightline health [--beamline BL01] [--watch] [--json]';
const COLUMNS: readonly Column[] = [
  { title: 'beamline' },
  { title: 'name' },
  { title: 'kind' },
  { title: 'state' },
  { title: 'since', align: 'right' },
  { title: 'held by' },
  { title: 'reason' },
];

/** What a change looks like to a watcher: the record, or its key when it was deleted. */
type Change = { key: string; record: HealthRecord | undefined; revision: number };

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
    const shown = (record: HealthRecord): boolean => beamline === undefined || record.beamline === beamline;

    const bus = await connect();
    try {
      const bucket = await open(bus);
      if (!args.flags.has('watch')) {
        const records = (await readHealthRecords(bucket)).map((s) => s.record).filter(shown);
        print(records, json, beamline);
        return ExitCode.Ok;
      }
      return await follow(bus, bucket, json, shown, beamline);
    } finally {
      await bus.close();
    }
  },
};

async function connect(): Promise<Bus> {
  try {
    return await Bus.connect({ servers: natsUrl(), name: 'brightline health', connectTimeoutMs: 3_000 });
  } catch (error) {
    throw new CliError(`${(error as Error).message}\n  is the facility running? start it with './brightline up' (or set NATS_URL)`, ExitCode.Unavailable);
  }
}

async function open(bus: Bus): Promise<KvBucket> {
  try {
    return await openHealthBucket(bus);
  } catch (error) {
    throw new CliError(`cannot read the health model: ${(error as Error).message}\n  is JetStream enabled on ${bus.serverUrl}?`, ExitCode.Unavailable);
  }
}

/** The table (or JSON lines) now, then one line per change until Ctrl-C. */
async function follow(bus: Bus, bucket: KvBucket, json: boolean, shown: (record: HealthRecord) => boolean, beamline: string | undefined): Promise<number> {
  // Watch first, then read: a change in between is buffered and printed after the table, not lost.
  let buffered: Change[] | undefined = [];
  const known = new Map<string, { record: HealthRecord; revision: number }>();
  const onChange = (change: Change): void => {
    const before = known.get(change.key);
    if (before && before.revision >= change.revision) return;
    if (change.record) known.set(change.key, { record: change.record, revision: change.revision });
    else known.delete(change.key);
    const record = change.record ?? before?.record;
    if (!record || !shown(record)) return;
    process.stdout.write(json ? `${JSON.stringify(change.record ? toJson(change.record) : { key: change.key, deleted: true })}\n` : `${changeLine(before?.record, change)}\n`);
  };
  const watch = await bucket.watch('>', v1.HealthRecord, (key, value, revision) => {
    const change = { key, record: value && fromWireRecord(value), revision };
    if (buffered) buffered.push(change);
    else onChange(change);
  }, { updatesOnly: true });
  try {
    const snapshot = await readHealthRecords(bucket);
    for (const s of snapshot) known.set(s.record.key, s);
    print(snapshot.map((s) => s.record).filter(shown), json, beamline);
    for (const change of buffered) onChange(change);
    buffered = undefined;
    const reason = await Promise.race([untilShutdownSignal(), bus.closed().then(() => 'lost')]);
    return reason === 'lost' ? ExitCode.Unavailable : ExitCode.Ok;
  } finally {
    await watch.stop();
  }
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

/** Facility-wide processes first, then by beamline; within one, processes before devices, by name. */
function byPlace(a: HealthRecord, b: HealthRecord): number {
  return (
    a.beamline.localeCompare(b.beamline) ||
    (a.kind === b.kind ? 0 : a.kind === HealthKind.Process ? -1 : 1) ||
    a.name.localeCompare(b.name)
  );
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
function changeLine(before: HealthRecord | undefined, change: Change): string {
  const record = change.record;
  const time = formatLocalTime((record?.updated_at ?? 0) > 0 ? (record?.updated_at ?? 0) : Date.now() / 1000);
  const subject = before ?? record;
  const who = `${subject?.beamline || '-'} ${subject?.name ?? change.key} (${subject?.kind ?? '?'})`;
  if (!record) return `${time}  ${who}  removed`;
  const state = before && before.state !== record.state ? `${before.state} → ${record.state}` : record.state;
  const held = record.held_by && record.held_by !== before?.held_by ? `  held by ${record.held_by}` : '';
  return `${time}  ${who}  ${state}${record.reason ? `  ${record.reason}` : ''}${held}`;
}

/** A record for scripts: the proto's field names, times in seconds since the epoch. */
function toJson(record: HealthRecord): Record<string, unknown> {
  return { ...record };
}
