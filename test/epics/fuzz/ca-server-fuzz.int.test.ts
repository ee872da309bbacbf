/**
 * Throws 10,000 random, mutated and truncated packets at a CaServer over real sockets (short-lived
 * TCP circuits, 8 at a time, and UDP datagrams to the search port) while a well-behaved CaClient
 * monitors, gets and puts. Replay a failure with FUZZ_SEED=<seed printed at the start>.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { CaClient, type ConnectionEvent } from '../../../epics/client/mod.js';
import { Command, DbrClass, EcaStatus, EventMask, NativeType, dbrCode, writeNotifyRequest } from '../../../epics/protocol/mod.js';
import { CaServer, type CaServerPorts } from '../../../epics/server/mod.js';
import { createDatabase, type RecordDatabase } from '../../../epics/server/records/mod.js';
import type { Logger } from '../../../lib/log.js';
import { eventually, freeUdpPort } from '../client/test-pvs.js';
import { RawCircuit } from '../server/raw-ca-client.js';
import { InFlight, JobKind, openUdpSocket, runTcpJob, runUdpJob, withTimeout, type CircuitReport, type FuzzJob, type FuzzSettings } from './fuzz-jobs.js';
import { Prng } from './prng.js';

const TOTAL_PACKETS = 10_000;
const TCP_CONCURRENCY = 8;
const STEP_TIMEOUT_MS = 5_000;
// the server's default limit (CaServer defaultLimits.maxPayloadBytes); set explicitly so both agree
const MAX_PAYLOAD_BYTES = 4 * 1024 * 1024;
const DBR_DOUBLE = dbrCode(NativeType.Double, DbrClass.Plain);

// The well-behaved client's PVs; no fuzz name is one bit flip away, and the counter is read-only.
const COUNTER = 'FZ:counter';
const SETPOINT = 'FZ:ok_setpoint';
const FUZZ_NAMES = [
  COUNTER, 'FZ:ao', 'FZ:lo', 'FZ:ai', 'FZ:bo', 'FZ:mbbo', 'FZ:so', 'FZ:wf', 'FZ:wfc', 'FZ:wfs', 'FZ:calc', 'FZ:m1',
  'FZ:m1.RBV', 'FZ:m1.VELO', 'FZ:m1.DMOV', 'FZ:m1.STOP', 'FZ:ao.EGU', 'FZ:ao.HIHI', 'FZ:ao.SEVR', 'FZ:wf.NORD', 'FZ:calc.CALC',
];

function fuzzDatabase(): RecordDatabase {
  return createDatabase('FZ:', [
    { type: 'ai', name: 'counter', value: 0, writable: false },
    { type: 'ao', name: 'ok_setpoint', value: 0 },
    { type: 'ao', name: 'ao', value: 1, egu: 'mm', prec: 3, drvh: 100, drvl: -100, hihi: 50, high: 20, low: -20, lolo: -50 },
    { type: 'longout', name: 'lo', value: 7 },
    { type: 'ai', name: 'ai', value: 2.5 },
    { type: 'bo', name: 'bo', value: 0, znam: 'Off', onam: 'On' },
    { type: 'mbbo', name: 'mbbo', value: 1, states: ['Zero', 'One', 'Two', 'Three'] },
    { type: 'stringout', name: 'so', value: 'hello' },
    { type: 'waveform', name: 'wf', ftvl: 'double', nelm: 64, value: [1, 2, 3] },
    { type: 'waveform', name: 'wfc', ftvl: 'char', nelm: 256 },
    { type: 'waveform', name: 'wfs', ftvl: 'string', nelm: 8, value: ['a', 'b'] },
    { type: 'calc', name: 'calc', calc: 'A+B', inputs: { A: 'ao', B: 'lo' } },
    { type: 'motor', name: 'm1', velo: 1000, accl: 0, hlm: 10, llm: -10, tickMs: 5 },
  ]);
}

interface LogLine {
  level: 'info' | 'warn' | 'error';
  message: string;
}

function capturingLogger(lines: LogLine[]): Logger {
  return {
    info: (message) => lines.push({ level: 'info', message }),
    warn: (message) => lines.push({ level: 'warn', message }),
    error: (message) => lines.push({ level: 'error', message }),
  };
}

/** Cuts TOTAL_PACKETS into jobs, the same for the same seed. */
function planJobs(rng: Prng): FuzzJob[] {
  const jobs: FuzzJob[] = [];
  for (let left = TOTAL_PACKETS; left > 0;) {
    const kind = rng.weighted<JobKind>([[15, JobKind.Udp], [30, JobKind.Abuse], [55, JobKind.Noisy]]);
    const packets = Math.min(left, kind === JobKind.Udp ? rng.between(1, 20) : rng.between(1, 40));
    jobs.push({ index: jobs.length, kind, packets });
    left -= packets;
  }
  return jobs;
}

/** Runs `work` over `items` with at most `limit` at a time; the first failure ends the run. */
async function pool<T, R>(items: readonly T[], limit: number, work: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = [];
  let next = 0;
  let failed = false;
  const worker = async (): Promise<void> => {
    while (!failed && next < items.length) {
      const item = items[next++] as T;
      try {
        results.push(await work(item));
      } catch (error) {
        failed = true;
        throw error;
      }
    }
  };
  await Promise.all(Array.from({ length: limit }, worker));
  return results;
}

describe('CaServer under 10,000 fuzz packets', () => {
  const seed = Prng.seedFrom(process.env);
  const root = new Prng(seed);
  const lines: LogLine[] = [];
  const db = fuzzDatabase();
  const inFlight = new InFlight();
  const crashes: unknown[] = [];
  const onCrash = (error: unknown): void => {
    crashes.push(error);
    console.error(`uncaught during the fuzz (seed ${seed}): ${String(error)}\nin flight:\n${inFlight.describe()}`);
  };
  let server: CaServer;
  let ports: CaServerPorts;
  let client: CaClient;
  let ticker: NodeJS.Timeout | undefined;

  const clientFor = (udpPort: number): CaClient =>
    new CaClient({ addrList: [`127.0.0.1:${udpPort}`], autoAddrList: false, listenForBeacons: false, env: {}, searchTimeoutMs: STEP_TIMEOUT_MS, maxSearchPeriodMs: 200, ioTimeoutMs: STEP_TIMEOUT_MS });

  before(async () => {
    console.log(`fuzz seed ${seed} (replay with FUZZ_SEED=${seed})`);
    process.on('uncaughtException', onCrash);
    process.on('unhandledRejection', onCrash);
    // beacons go to a port nobody listens on
    const beaconPort = await freeUdpPort();
    server = new CaServer({ source: db, host: '127.0.0.1', tcpPort: 0, udpPort: 0, beaconPort, logger: capturingLogger(lines), limits: { maxPayloadBytes: MAX_PAYLOAD_BYTES } });
    ports = await server.start();
    client = clientFor(ports.udpPort);
  });

  after(async () => {
    clearInterval(ticker);
    await client.close();
    await server.stop();
    db.close();
    process.off('uncaughtException', onCrash);
    process.off('unhandledRejection', onCrash);
  });

  // a hang anywhere fails here rather than holding the run open
  it('stays up and keeps serving a well-behaved client', { timeout: 120_000 }, async () => {
    const linesBefore = lines.length;
    const counterRecord = db.record('counter');
    assert.ok(counterRecord);
    let counter = 0;
    ticker = setInterval(() => counterRecord.setValue([++counter]), 2);

    const seen: number[] = [];
    const monitorErrors: Error[] = [];
    const connection: ConnectionEvent[] = [];
    const monitor = client.monitor(COUNTER, { mask: EventMask.Value });
    monitor.subscribe((value) => seen.push(Number(value.value[0])), (error) => monitorErrors.push(error));
    monitor.onConnection((event) => connection.push(event));
    await eventually(() => seen.length > 0, 'the first monitor update');

    let fuzzing = true;
    const operations = { ok: 0, failed: [] as string[] };
    const roundTrips = async (): Promise<number> => {
      let value = 0;
      do {
        value += 1;
        try {
          await client.put(SETPOINT, value, { wait: true, timeoutMs: STEP_TIMEOUT_MS });
          const readBack = await client.get(SETPOINT, { timeoutMs: STEP_TIMEOUT_MS });
          if (readBack.value[0] !== value) throw new Error(`read ${String(readBack.value[0])} after putting ${value}`);
          const now = await client.get(COUNTER, { timeoutMs: STEP_TIMEOUT_MS });
          if (Number(now.value[0]) > counter) throw new Error(`counter read ${String(now.value[0])} ahead of ${counter}`);
          operations.ok += 3;
        } catch (error) {
          operations.failed.push(`round trip ${value}: ${String(error)}`);
        }
      } while (fuzzing);
      return value;
    };

    const jobs = planJobs(root);
    const settings: FuzzSettings = { seed, tcpPort: ports.tcpPort, udpPort: ports.udpPort, names: FUZZ_NAMES, maxPayloadBytes: MAX_PAYLOAD_BYTES, stepTimeoutMs: STEP_TIMEOUT_MS };
    const udpSocket = await openUdpSocket();
    const runJob = async (job: FuzzJob): Promise<CircuitReport | undefined> => {
      const sent = inFlight.start(job);
      try {
        if (job.kind !== JobKind.Udp) return await runTcpJob(settings, job, root.fork(job.index), sent);
        await runUdpJob(settings, udpSocket, job, root.fork(job.index), sent);
        return undefined;
      } finally {
        inFlight.finish(job);
      }
    };
    const trips = roundTrips();
    let reports: CircuitReport[];
    try {
      const [tcp] = await Promise.all([
        pool(jobs.filter((job) => job.kind !== JobKind.Udp), TCP_CONCURRENCY, runJob),
        pool(jobs.filter((job) => job.kind === JobKind.Udp), 1, runJob),
      ]);
      reports = tcp.filter((report): report is CircuitReport => report !== undefined);
    } finally {
      fuzzing = false;
      udpSocket.close();
    }
    const lastPut = await withTimeout(trips, 2 * STEP_TIMEOUT_MS, () => new Error('the round-trip loop hung'));
    clearInterval(ticker);

    const sentPackets = jobs.reduce((sum, job) => sum + job.packets, 0);
    const udpPackets = jobs.filter((job) => job.kind === JobKind.Udp).reduce((sum, job) => sum + job.packets, 0);
    const control = reports.reduce((sum, report) => sum + report.control, 0);
    console.log(
      `seed ${seed}: ${sentPackets} fuzz packets (${udpPackets} UDP) on ${reports.length} circuits ` +
      `(${reports.filter((report) => report.closedByServer).length} closed by the server) plus ${control} handshake/probe messages; ` +
      `client: ${operations.ok} operations, ${seen.length} monitor updates; ` +
      `${lines.slice(linesBefore).filter(isPutCallbackFailure).length} put-callback info lines`,
    );
    assert.equal(sentPackets, TOTAL_PACKETS);
    assert.deepEqual(crashes, [], `seed ${seed}: uncaught errors`);

    // the well-behaved client never noticed
    assert.deepEqual(operations.failed, [], `seed ${seed}`);
    assert.ok(operations.ok >= 3, `seed ${seed}: ${operations.ok} operations`);
    await eventually(() => seen.at(-1) === counter, `the monitor to reach ${counter}`);
    const decreasing = seen.findIndex((value, i) => i > 0 && value <= (seen[i - 1] as number));
    assert.equal(decreasing, -1, `seed ${seed}: monitor values not increasing at ${decreasing}: ${seen.slice(Math.max(0, decreasing - 3), decreasing + 2).join(',')}`);
    assert.ok(seen.length >= 2, `seed ${seed}: ${seen.length} monitor updates`);
    assert.deepEqual(monitorErrors, [], `seed ${seed}`);
    assert.deepEqual(connection.filter((event) => !event.connected), [], `seed ${seed}: the monitor's channel disconnected`);
    monitor.close();

    // the same server instance is up, and every fuzz circuit is gone
    assert.deepEqual(server.ports, ports);
    await eventually(() => server.clientCount === 1, `clientCount to drop to 1 (is ${server.clientCount})`);
    const fresh = clientFor(ports.udpPort);
    try {
      assert.deepEqual((await fresh.get(SETPOINT)).value, [lastPut]);
      await fresh.put(SETPOINT, -4.5, { wait: true });
      assert.deepEqual((await fresh.get(SETPOINT)).value, [-4.5]);
      assert.equal(server.clientCount, 2);
    } finally {
      await fresh.close();
    }

    assertQuietLog(lines.slice(linesBefore), reports, udpPackets, seed);
  });

  it('logs at most one line for a circuit whose put-callbacks are all rejected', async () => {
    const circuit = await RawCircuit.open(ports.tcpPort);
    const { sid } = await circuit.createChannel('FZ:m1', 1);
    const before = lines.length;
    const rejected = 20;
    // 68 is outside the motor's soft limits: every put is refused at once
    circuit.send(...Array.from({ length: rejected }, (_, ioid) => writeNotifyRequest(DBR_DOUBLE, 1, sid, ioid, { value: [68] })));
    for (let ioid = 0; ioid < rejected; ioid += 1) {
      const reply = await circuit.next((m) => m.command === Command.WriteNotify && m.parameter2 === ioid);
      assert.equal(reply.parameter1, EcaStatus.PutFail);
    }
    const port = circuit.socket.localPort;
    circuit.close();
    await circuit.closed;
    const logged = lines.slice(before).filter((line) => line.message.includes(`127.0.0.1:${port}`));
    assert.ok(logged.length <= 1, `${logged.length} lines for one circuit:\n${logged.map((line) => `${line.level} ${line.message}`).join('\n')}`);
  });
});

/**
 * At most one warning per closed fuzz circuit (why it was closed), and UDP noise logged once per
 * 1000 datagrams. The only other line allowed is the one info line a circuit may write for its first
 * rejected put-callback (bounded per circuit: see the test above).
 */
function assertQuietLog(lines: readonly LogLine[], reports: readonly CircuitReport[], udpPackets: number, seed: number): void {
  const udpLines = lines.filter((line) => line.message.startsWith('ignored bad datagram'));
  assert.ok(udpLines.length <= Math.ceil(udpPackets / 1000), `seed ${seed}: ${udpLines.length} UDP log lines for ${udpPackets} datagrams`);
  const circuitsByPort = new Map<number, number>();
  for (const report of reports) circuitsByPort.set(report.localPort, (circuitsByPort.get(report.localPort) ?? 0) + 1);
  const linesByPort = new Map<number, LogLine[]>();
  const stray: LogLine[] = [];
  for (const line of lines) {
    if (udpLines.includes(line) || isPutCallbackFailure(line)) continue;
    const port = [...line.message.matchAll(/127\.0\.0\.1:(\d+)/g)].map((match) => Number(match[1])).find((found) => circuitsByPort.has(found));
    if (port === undefined || line.level === 'info') stray.push(line);
    else linesByPort.set(port, [...(linesByPort.get(port) ?? []), line]);
  }
  assert.deepEqual(stray, [], `seed ${seed}: log lines from no fuzz circuit, or unexpected info lines`);
  for (const [port, logged] of linesByPort) {
    const circuits = circuitsByPort.get(port) ?? 0;
    assert.ok(logged.length <= circuits, `seed ${seed}: ${logged.length} log lines for ${circuits} circuit(s) from port ${port}:\n${logged.map((line) => `${line.level} ${line.message}`).join('\n')}`);
  }
}

function isPutCallbackFailure(line: LogLine): boolean {
  return line.level === 'info' && /^put-callback to \S+ from .* failed: /s.test(line.message);
}
