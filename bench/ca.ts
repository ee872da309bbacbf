/**
 * Channel Access benchmark: brightline's CaClient and the real EPICS libca (through pyepics) against
 * the same brightline CaServer, which runs in a child process so it does not share our event loop.
 * Prints figures, asserts nothing; everything is on 127.0.0.1 with ephemeral ports, bounded in count
 * and time, and the bench ends by itself (a watchdog kills it if anything hangs).
 *
 *   npm run bench:ca
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { cpus, loadavg } from 'node:os';
import { createInterface, type Interface } from 'node:readline';
import type { Readable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { CaClient, type CaClientOptions } from '../epics/client/mod.js';
import { NativeType } from '../epics/protocol/mod.js';
import {
  CONNECT_PV_PREFIX, CONNECT_RECORDS, GET_PV, MONITOR_PV_PREFIX, MONITOR_RECORDS, connectRecordName, monitorRecordName, BENCH_PREFIX, freeUdpPort,
} from './ca-shared.js';
import { BenchChildren, runBench } from './run-bench.js';
import { printTable } from './text-table.js';

const GET_COUNT = 5000;
const WARMUP_GETS = 200;
const PIPELINE_DEPTH = 100;
const MONITOR_SECONDS = 5;
/** Updates start this long before the counting window, so the server's JIT warm-up is not counted. */
const MONITOR_SETTLE_SECONDS = 1;
/** Debian's python3-pyepics lives here; the `python3` on PATH may be a pyenv without it. */
const PYTHON = '/usr/bin/python3';
const SERVER_SCRIPT = fileURLToPath(new URL('./ca-server-process.ts', import.meta.url));
const LIBCA_SCRIPT = fileURLToPath(new URL('./ca-libca.py', import.meta.url));
/** The whole bench takes well under a minute; past this something hangs and we stop. */
const WATCHDOG_MS = 170_000;
const STEP_TIMEOUT_MS = 60_000;

type Json = Record<string, unknown>;

/** Lines of a child's stdout, awaited one at a time with a timeout. */
class LineReader {
  readonly #lines: string[] = [];
  readonly #waiting: { resolve: (line: string) => void; reject: (error: Error) => void }[] = [];
  readonly #reader: Interface;
  #closed = false;

  constructor(stream: Readable, readonly what: string) {
    this.#reader = createInterface({ input: stream });
    this.#reader.on('line', (line) => {
      const waiter = this.#waiting.shift();
      if (waiter === undefined) this.#lines.push(line);
      else waiter.resolve(line);
    });
    this.#reader.on('close', () => {
      this.#closed = true;
      for (const waiter of this.#waiting.splice(0)) waiter.reject(new Error(`${what} closed its output`));
    });
  }

  /** The next line that parses as a JSON object; other output (a pyepics warning) is echoed. */
  async nextJson(timeoutMs = STEP_TIMEOUT_MS): Promise<Json> {
    for (;;) {
      const line = await this.#next(timeoutMs);
      const parsed = parseJsonObject(line);
      if (parsed !== undefined) return parsed;
      console.error(`[${this.what}] ${line}`);
    }
  }

  #next(timeoutMs: number): Promise<string> {
    const queued = this.#lines.shift();
    if (queued !== undefined) return Promise.resolve(queued);
    if (this.#closed) return Promise.reject(new Error(`${this.what} closed its output`));
    return new Promise((resolve, reject) => {
      const waiter = {
        resolve: (line: string) => {
          clearTimeout(timer);
          resolve(line);
        },
        reject,
      };
      const timer = setTimeout(() => {
        this.#waiting.splice(this.#waiting.indexOf(waiter), 1);
        reject(new Error(`${this.what}: no output within ${timeoutMs} ms`));
      }, timeoutMs);
      this.#waiting.push(waiter);
    });
  }
}

function parseJsonObject(line: string): Json | undefined {
  try {
    const value: unknown = JSON.parse(line);
    return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Json) : undefined;
  } catch {
    return undefined;
  }
}

function numberField(json: Json, key: string): number {
  const value = json[key];
  if (typeof value !== 'number') throw new Error(`expected a number at '${key}' in ${JSON.stringify(json)}`);
  return value;
}

function stringField(json: Json, key: string): string {
  const value = json[key];
  return typeof value === 'string' ? value : '?';
}

/** Every child we start, so the watchdog and the end of the bench can stop exactly those. */
const children = new BenchChildren();

// ---- the server process --------------------------------------------------------------------

interface ServerUpdates {
  perRecordHz: number;
  updatesPerSecond: number;
  busyPercent: number;
  meanTickMs: number;
  longestGapMs: number;
}

class ServerProcess {
  readonly #child: ChildProcess;
  readonly #output: LineReader;

  private constructor(child: ChildProcess, output: LineReader, readonly udpPort: number, readonly buildMs: number) {
    this.#child = child;
    this.#output = output;
  }

  static async start(): Promise<ServerProcess> {
    const child = children.track(spawn(process.execPath, ['--import', 'tsx', SERVER_SCRIPT], { stdio: ['pipe', 'pipe', 'inherit'] }));
    if (child.stdout === null) throw new Error('server process has no stdout');
    const output = new LineReader(child.stdout, 'server process');
    const ready = await output.nextJson();
    return new ServerProcess(child, output, numberField(ready, 'udpPort'), numberField(ready, 'buildMs'));
  }

  async startUpdates(): Promise<void> {
    this.#send('start-updates');
    await this.#output.nextJson();
  }

  async stopUpdates(): Promise<ServerUpdates> {
    this.#send('stop-updates');
    const report = await this.#output.nextJson();
    return {
      perRecordHz: numberField(report, 'perRecordHz'),
      updatesPerSecond: numberField(report, 'updatesPerSecond'),
      busyPercent: numberField(report, 'busyPercent'),
      meanTickMs: numberField(report, 'meanTickMs'),
      longestGapMs: numberField(report, 'longestGapMs'),
    };
  }

  async stop(): Promise<void> {
    if (this.#child.exitCode !== null) return;
    const exited = new Promise<void>((resolve) => this.#child.once('exit', () => resolve()));
    this.#send('quit');
    await exited;
  }

  #send(command: string): void {
    this.#child.stdin?.write(`${command}\n`);
  }
}

// ---- brightline ----------------------------------------------------------------------------

interface GetFigures {
  getsPerSecond: number;
  p50Us: number;
  p99Us: number;
  pipelinedGetsPerSecond: number;
}

interface MonitorFigures {
  updatesPerSecond: number;
  server: ServerUpdates;
}

function newClient(udpPort: number, options: CaClientOptions = {}): CaClient {
  // env: {} so nothing from the shell's EPICS_CA_* can point the client elsewhere
  return new CaClient({ addrList: [`127.0.0.1:${udpPort}`], autoAddrList: false, listenForBeacons: false, env: {}, ...options });
}

function percentile(sorted: readonly number[], fraction: number): number {
  return sorted[Math.min(sorted.length - 1, Math.round(fraction * (sorted.length - 1)))] ?? Number.NaN;
}

async function brightlineGets(client: CaClient): Promise<GetFigures> {
  const channel = await client.channel(GET_PV);
  const options = { type: NativeType.Double };
  for (let i = 0; i < WARMUP_GETS; i++) await client.get(channel, options);
  const latencies: number[] = [];
  const started = performance.now();
  for (let i = 0; i < GET_COUNT; i++) {
    const t0 = performance.now();
    await client.get(channel, options);
    latencies.push((performance.now() - t0) * 1000);
  }
  const getsPerSecond = GET_COUNT / ((performance.now() - started) / 1000);
  latencies.sort((a, b) => a - b);
  // batches of PIPELINE_DEPTH, as libca's synchronous group does on the other side
  const pipelinedAt = performance.now();
  for (let done = 0; done < GET_COUNT; done += PIPELINE_DEPTH) {
    const batch = Math.min(PIPELINE_DEPTH, GET_COUNT - done);
    await Promise.all(Array.from({ length: batch }, () => client.get(channel, options)));
  }
  const pipelinedGetsPerSecond = GET_COUNT / ((performance.now() - pipelinedAt) / 1000);
  return { getsPerSecond, p50Us: percentile(latencies, 0.5), p99Us: percentile(latencies, 0.99), pipelinedGetsPerSecond };
}

async function waitFor(predicate: () => boolean, what: string, timeoutMs = 10_000): Promise<void> {
  const deadline = performance.now() + timeoutMs;
  while (!predicate()) {
    if (performance.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await sleep(10);
  }
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

async function brightlineMonitors(client: CaClient, server: ServerProcess): Promise<MonitorFigures> {
  let received = 0;
  const firstSeen = new Set<number>();
  const monitors = Array.from({ length: MONITOR_RECORDS }, (_, i) => {
    const monitor = client.monitor(BENCH_PREFIX + monitorRecordName(i));
    monitor.subscribe(() => {
      received += 1;
      firstSeen.add(i);
    });
    return monitor;
  });
  try {
    await waitFor(() => firstSeen.size === MONITOR_RECORDS, 'the first update of every monitor');
    await server.startUpdates();
    await sleep(MONITOR_SETTLE_SECONDS * 1000);
    const before = received;
    const started = performance.now();
    await sleep(MONITOR_SECONDS * 1000);
    const updatesPerSecond = (received - before) / ((performance.now() - started) / 1000);
    return { updatesPerSecond, server: await server.stopUpdates() };
  } finally {
    for (const monitor of monitors) monitor.close();
  }
}

async function brightlineConnect(udpPort: number): Promise<number> {
  // a fresh client, as the libca side is a fresh process: nothing searched or connected yet
  const client = newClient(udpPort, { searchTimeoutMs: STEP_TIMEOUT_MS });
  try {
    const names = Array.from({ length: CONNECT_RECORDS }, (_, i) => BENCH_PREFIX + connectRecordName(i));
    const started = performance.now();
    await Promise.all(names.map((name) => client.channel(name)));
    return performance.now() - started;
  } finally {
    await client.close();
  }
}

// ---- libca through pyepics -----------------------------------------------------------------

interface LibcaRun {
  readonly output: LineReader;
  readonly child: ChildProcess;
  readonly done: Promise<void>;
}

function startLibca(args: readonly string[], env: NodeJS.ProcessEnv): LibcaRun {
  const child = children.track(spawn(PYTHON, [LIBCA_SCRIPT, ...args], { env: { ...process.env, ...env }, stdio: ['pipe', 'pipe', 'pipe'] }));
  if (child.stdout === null || child.stderr === null) throw new Error('python has no stdout');
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const done = new Promise<void>((resolve, reject) => {
    child.once('error', reject);
    child.once('exit', (code) => (code === 0 ? resolve() : reject(new Error(`ca-libca.py ${args[0]} exited with ${code}\n${stderr}`))));
  });
  // a failure surfaces through `done` when awaited; until then it must not be unhandled
  done.catch(() => {});
  return { output: new LineReader(child.stdout, `ca-libca.py ${args[0]}`), child, done };
}

/** Waits for the result line or the process's failure, whichever comes first. */
async function resultOf(run: LibcaRun): Promise<Json> {
  const result = await Promise.race([run.output.nextJson(), run.done.then(() => undefined)]);
  if (result === undefined) throw new Error('ca-libca.py ended without a result');
  await run.done;
  return result;
}

async function libcaGets(env: NodeJS.ProcessEnv): Promise<GetFigures & { thinGetsPerSecond: number; libca: string; python: string }> {
  const result = await resultOf(startLibca(['get', GET_PV, String(GET_COUNT), String(PIPELINE_DEPTH)], env));
  return {
    getsPerSecond: numberField(result, 'getsPerSecond'),
    p50Us: numberField(result, 'p50Us'),
    p99Us: numberField(result, 'p99Us'),
    pipelinedGetsPerSecond: numberField(result, 'pipelinedGetsPerSecond'),
    thinGetsPerSecond: numberField(result, 'thinGetsPerSecond'),
    libca: stringField(result, 'libca'),
    python: stringField(result, 'python'),
  };
}

async function libcaMonitors(env: NodeJS.ProcessEnv, server: ServerProcess): Promise<MonitorFigures> {
  const run = startLibca(['monitor', MONITOR_PV_PREFIX, String(MONITOR_RECORDS), String(MONITOR_SETTLE_SECONDS), String(MONITOR_SECONDS)], env);
  const ready = await run.output.nextJson();
  if (numberField(ready, 'initialUpdates') < MONITOR_RECORDS) throw new Error(`libca saw only ${numberField(ready, 'initialUpdates')} first updates`);
  await server.startUpdates();
  let stopped = false;
  try {
    run.child.stdin?.write('go\n');
    const result = await resultOf(run);
    const serverFigures = await server.stopUpdates();
    stopped = true;
    return { updatesPerSecond: numberField(result, 'updatesPerSecond'), server: serverFigures };
  } finally {
    if (!stopped) await server.stopUpdates();
  }
}

async function libcaConnect(env: NodeJS.ProcessEnv): Promise<number> {
  const result = await resultOf(startLibca(['connect', CONNECT_PV_PREFIX, String(CONNECT_RECORDS)], env));
  const connected = numberField(result, 'connected');
  if (connected !== CONNECT_RECORDS) throw new Error(`libca connected only ${connected} of ${CONNECT_RECORDS} channels`);
  return numberField(result, 'connectMs');
}

// ---- output --------------------------------------------------------------------------------

interface Row {
  metric: string;
  brightline: number;
  libca: number;
  digits?: number;
}

function printComparison(rows: readonly Row[]): void {
  const format = (value: number, digits = 0): string => value.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits });
  const cells = rows.map((row) => [row.metric, format(row.brightline, row.digits), format(row.libca, row.digits), `${(row.brightline / row.libca).toFixed(2)}x`]);
  printTable(['metric', 'brightline', 'libca (pyepics)', 'ratio bl/libca'], cells);
}

function describeServer(label: string, figures: ServerUpdates): string {
  return `${label}: ${figures.perRecordHz.toFixed(0)} Hz per record = ${figures.updatesPerSecond.toFixed(0)} updates/s `
    + `(busy ${figures.busyPercent.toFixed(0)}%, mean tick ${figures.meanTickMs.toFixed(2)} ms, longest gap ${figures.longestGapMs.toFixed(0)} ms)`;
}

// ---- main ----------------------------------------------------------------------------------

async function main(): Promise<void> {
  const benchStarted = performance.now();
  const cpu = cpus();
  console.log(`CA benchmark: node ${process.version}, ${cpu.length} cpus (${cpu[0]?.model.trim() ?? '?'}), ${process.platform}/${process.arch}`);
  // other work on the machine moves every figure here; the load says how much there was
  console.log(`load average before start: ${loadavg().map((load) => load.toFixed(2)).join(' ')}`);
  const server = await ServerProcess.start();
  console.log(`server process: ${CONNECT_RECORDS + MONITOR_RECORDS + 1} ai records built in ${server.buildMs.toFixed(0)} ms, udp ${server.udpPort}`);
  const env: NodeJS.ProcessEnv = {
    EPICS_CA_ADDR_LIST: `127.0.0.1:${server.udpPort}`,
    EPICS_CA_AUTO_ADDR_LIST: 'NO',
    // no CA repeater lives here; an unused port keeps libca from touching a real one on 5065
    EPICS_CA_REPEATER_PORT: String(await freeUdpPort()),
  };
  try {
    console.log('brightline: gets ...');
    const client = newClient(server.udpPort);
    let blGets: GetFigures;
    let blMonitors: MonitorFigures;
    try {
      blGets = await brightlineGets(client);
      console.log('brightline: monitors ...');
      blMonitors = await brightlineMonitors(client, server);
    } finally {
      await client.close();
    }
    console.log('brightline: connect ...');
    const blConnectMs = await brightlineConnect(server.udpPort);
    console.log('libca: gets ...');
    const caGets = await libcaGets(env);
    console.log('libca: monitors ...');
    const caMonitors = await libcaMonitors(env, server);
    console.log('libca: connect ...');
    const caConnectMs = await libcaConnect(env);

    console.log('');
    console.log(`client: brightline CaClient (this process) vs libca ${caGets.libca} via pyepics on python ${caGets.python}`);
    printComparison([
      { metric: `get, sequential awaited (gets/s, N=${GET_COUNT})`, brightline: blGets.getsPerSecond, libca: caGets.getsPerSecond },
      { metric: 'get, sequential p50 latency (µs)', brightline: blGets.p50Us, libca: caGets.p50Us },
      { metric: 'get, sequential p99 latency (µs)', brightline: blGets.p99Us, libca: caGets.p99Us },
      { metric: `get, pipelined ${PIPELINE_DEPTH} in flight (gets/s)`, brightline: blGets.pipelinedGetsPerSecond, libca: caGets.pipelinedGetsPerSecond },
      { metric: `monitor updates received/s (${MONITOR_RECORDS} PVs, ${MONITOR_SECONDS} s)`, brightline: blMonitors.updatesPerSecond, libca: caMonitors.updatesPerSecond },
      { metric: `connect ${CONNECT_RECORDS.toLocaleString('en-US')} channels (ms)`, brightline: blConnectMs, libca: caConnectMs },
    ]);
    console.log('');
    console.log('ratio = brightline / libca: above 1 favours brightline for gets/s and updates/s, below 1 for µs and ms.');
    console.log('The libca column is "libca as a Python user sees it": pyepics adds ctypes calls, its poll loop in');
    console.log('ca.get and per-event unpacking in monitor callbacks on top of libca, so it is not bare C libca.');
    console.log(`For scale, libca's own blocking read (ca_array_get + ca.pend_io, only ctypes between): ${caGets.thinGetsPerSecond.toFixed(0)} gets/s.`);
    console.log('Pipelined: batches of 100 gets awaited together (Promise.all / a libca synchronous group, ca.sg_get + ca.sg_block).');
    console.log(`Monitors: the server sets all ${MONITOR_RECORDS} ai records on each tick of a 1 ms interval (target 1 kHz each = ${MONITOR_RECORDS * 1000} updates/s),`);
    console.log(`only while a monitor measurement runs; counting starts ${MONITOR_SETTLE_SECONDS} s after the updates do. What the server achieved`);
    console.log('over its whole update run:');
    console.log(`  ${describeServer('during brightline', blMonitors.server)}`);
    console.log(`  ${describeServer('during libca     ', caMonitors.server)}`);
    console.log(`bench took ${((performance.now() - benchStarted) / 1000).toFixed(1)} s`);
  } finally {
    await server.stop();
  }
}

runBench('bench:ca', main, { watchdogMs: WATCHDOG_MS, children });
