/**
 * The server side of bench/ca.ts, in its own process so server and clients do not share one event
 * loop. Serves a record database on 127.0.0.1 (ephemeral ports) and prints JSON lines on stdout:
 * `{"event":"ready",...}` once listening, `{"event":"updates",...}` after each update run.
 * Commands arrive one per line on stdin: `start-updates`, `stop-updates`, `quit`. The process also
 * ends when stdin closes, so it never outlives a bench that crashed.
 */
import { createInterface } from 'node:readline';
import { CaServer } from '../epics/server/mod.js';
import { createDatabase, type RecordBase } from '../epics/server/records/mod.js';
import { BENCH_PREFIX, CONNECT_RECORDS, GET_RECORD, MONITOR_RECORDS, connectRecordName, monitorRecordName, freeUdpPort } from './ca-shared.js';

/** One update run: every monitored record gets a new value on each tick of a 1 ms interval. */
interface UpdateRun {
  timer: NodeJS.Timeout;
  startedAt: number;
  rounds: number;
  busyMs: number;
  longestGapMs: number;
  lastTickAt: number;
  value: number;
}

function buildDatabase(): ReturnType<typeof createDatabase> {
  const definitions = [
    { type: 'ai', name: GET_RECORD, value: 1.5 },
    ...Array.from({ length: MONITOR_RECORDS }, (_, i) => ({ type: 'ai', name: monitorRecordName(i), value: 0 })),
    ...Array.from({ length: CONNECT_RECORDS }, (_, i) => ({ type: 'ai', name: connectRecordName(i), value: i })),
  ];
  return createDatabase(BENCH_PREFIX, definitions);
}

function emit(line: object): void {
  process.stdout.write(`${JSON.stringify(line)}\n`);
}

function startUpdates(records: readonly RecordBase[]): UpdateRun {
  const now = performance.now();
  const run: UpdateRun = { timer: setInterval(() => tick(run, records), 1), startedAt: now, rounds: 0, busyMs: 0, longestGapMs: 0, lastTickAt: now, value: 0 };
  return run;
}

function tick(run: UpdateRun, records: readonly RecordBase[]): void {
  const started = performance.now();
  run.longestGapMs = Math.max(run.longestGapMs, started - run.lastTickAt);
  run.lastTickAt = started;
  // a new value every round, so MDEL=0 posts every update to every subscriber
  run.value += 1;
  for (const record of records) record.setValue([run.value]);
  run.rounds += 1;
  run.busyMs += performance.now() - started;
}

function stopUpdates(run: UpdateRun, recordCount: number): void {
  clearInterval(run.timer);
  const seconds = (performance.now() - run.startedAt) / 1000;
  emit({
    event: 'updates',
    seconds,
    rounds: run.rounds,
    perRecordHz: run.rounds / seconds,
    updatesPerSecond: (run.rounds * recordCount) / seconds,
    busyPercent: (100 * run.busyMs) / (seconds * 1000),
    meanTickMs: run.rounds === 0 ? 0 : run.busyMs / run.rounds,
    longestGapMs: run.longestGapMs,
  });
}

async function main(): Promise<void> {
  const builtAt = performance.now();
  const database = buildDatabase();
  const buildMs = performance.now() - builtAt;
  const monitored = Array.from({ length: MONITOR_RECORDS }, (_, i) => {
    const record = database.record(monitorRecordName(i));
    if (record === undefined) throw new Error(`no record ${monitorRecordName(i)}`);
    return record;
  });
  const server = new CaServer({ source: database, host: '127.0.0.1', tcpPort: 0, udpPort: 0, beaconPort: await freeUdpPort() });
  const ports = await server.start();
  emit({ event: 'ready', ...ports, records: database.recordNames().length, buildMs });

  let run: UpdateRun | undefined;
  const finish = async (): Promise<void> => {
    if (run !== undefined) clearInterval(run.timer);
    await server.stop();
    database.close();
    process.exit(0);
  };
  const lines = createInterface({ input: process.stdin });
  lines.on('line', (line) => {
    const command = line.trim();
    if (command === 'start-updates' && run === undefined) {
      run = startUpdates(monitored);
      emit({ event: 'updates-started' });
    } else if (command === 'stop-updates' && run !== undefined) {
      stopUpdates(run, monitored.length);
      run = undefined;
    } else if (command === 'quit') {
      void finish();
    }
  });
  lines.on('close', () => void finish());
}

main().catch((error: unknown) => {
  process.stderr.write(`bench CA server failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
