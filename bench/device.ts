/**
 * Device benchmark (issue 5): device read latency over NATS beside the raw NATS request/reply
 * round trip measured in the same run (goal: read ≤ 1.5× raw, at p50 and p99), and the memory of
 * an idle device with 4,000 devices in one host (goal: < 50 kB each). Prints figures, asserts
 * nothing; a private nats-server on 127.0.0.1 with free ports; the bench ends by itself (a
 * watchdog kills it if anything hangs).
 *
 *   npm run bench:device
 */
import { cpus, loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
// The raw baseline is the NATS client itself; elsewhere only actors/transport imports it.
import { connect, type NatsConnection } from '@nats-io/transport-node';
import { brightline } from '../gen/proto.js';
import { Bus, DeviceVerb, subjects } from '../actors/transport/mod.js';
import { startBenchNats, type BenchNats } from './device-nats.js';
import {
  BENCH_BEAMLINE, DEVICE_READ_SUBJECT, MemoryVariant, RAW_ECHO_SUBJECT, READ_DEVICE, SERVICE_ECHO_SUBJECT,
  memoryConnectionName, memoryDeviceName, numberField,
} from './device-shared.js';
import { BenchChildren, runBench } from './run-bench.js';
import { JsonChild } from './json-child.js';
import { printTable } from './text-table.js';
import { interleaved, type Figures, type Probe } from './latency.js';

const v1 = brightline.v1;

const SEQUENTIAL_COUNT = 10_000;
const SEQUENTIAL_BLOCK = 500;
const WARMUP_COUNT = 1000;
const CONCURRENCY = 32;
const CONCURRENT_COUNT = 10_000;
const CONCURRENT_BLOCK = 2000;
const MEMORY_DEVICES = 4000;
const GOAL_RATIO = 1.5;
const GOAL_BYTES_PER_DEVICE = 50_000;
const REQUEST_TIMEOUT_MS = 5000;
const HOST_SCRIPT = fileURLToPath(new URL('./device-host-process.ts', import.meta.url));
const MEMORY_SCRIPT = fileURLToPath(new URL('./device-memory-process.ts', import.meta.url));
/** The whole bench takes well under a minute; past this something hangs and we stop. */
const WATCHDOG_MS = 170_000;

// ---- child processes ---------------------------------------------------------------------

/** Every child we start, so the watchdog and a failure can stop exactly those. */
const children = new BenchChildren();


// ---- latency -------------------------------------------------------------------------------

function probes(raw: NatsConnection, bus: Bus): Probe[] {
  const timeout = { timeoutMs: REQUEST_TIMEOUT_MS };
  return [
    { label: 'raw NATS', once: () => raw.request(RAW_ECHO_SUBJECT, undefined, { timeout: REQUEST_TIMEOUT_MS }) },
    { label: 'Bus endpoint', once: () => bus.request(SERVICE_ECHO_SUBJECT, v1.Empty, {}, v1.CommandReply, timeout) },
    { label: 'device read', once: () => bus.request(DEVICE_READ_SUBJECT, v1.ReadRequest, {}, v1.ReadReply, timeout) },
  ];
}

// ---- memory --------------------------------------------------------------------------------

interface MemoryFigures {
  variant: MemoryVariant;
  devices: number;
  idle: number;
  startMs: number;
  sourceHeapBytes: number;
  heapPerDevice: number;
  externalPerDevice: number;
  rssPerDevice: number;
  subscriptions: number;
  endpointSubscriptions: number;
  served: string;
}

async function measureMemory(nats: BenchNats, bus: Bus, variant: MemoryVariant): Promise<MemoryFigures> {
  const child = JsonChild.start(children, MEMORY_SCRIPT, [nats.url, variant, String(MEMORY_DEVICES)], ['--expose-gc'], `memory process (${variant})`);
  try {
    const result = await child.nextJson();
    const devices = numberField(result, 'devices');
    const { count, subjects: subscribed } = await nats.subscriptionsOf(memoryConnectionName(variant));
    // the host must really serve: the first and the last device answer a read over NATS
    const first = memoryDeviceName(0);
    const last = memoryDeviceName(devices - 1);
    for (const device of [first, last]) {
      const reply = await bus.request(subjects.deviceCommand(BENCH_BEAMLINE, device, DeviceVerb.Read), v1.ReadRequest, {}, v1.ReadReply, { timeoutMs: REQUEST_TIMEOUT_MS });
      if (reply.readings[device] === undefined) throw new Error(`read of ${device} has no reading '${device}'`);
    }
    const perDevice = (key: string): number => (numberField(result, `${key}After`) - numberField(result, `${key}Before`)) / devices;
    return {
      variant,
      devices,
      idle: numberField(result, 'idle'),
      startMs: numberField(result, 'startMs'),
      sourceHeapBytes: numberField(result, 'sourceHeapBytes'),
      heapPerDevice: perDevice('heap'),
      externalPerDevice: perDevice('external'),
      rssPerDevice: perDevice('rss'),
      subscriptions: count,
      endpointSubscriptions: subscribed.filter((subject) => subject.startsWith(`bl.v1.dev.${BENCH_BEAMLINE}.`)).length,
      served: `${first}, ${last}`,
    };
  } finally {
    await child.stop();
  }
}

const VARIANT_LABELS: Record<MemoryVariant, string> = {
  [MemoryVariant.SimMotor]: 'motor over sim:// (9 signals)',
  [MemoryVariant.MockMotor]: 'motor over mock:// (9 signals)',
  [MemoryVariant.MockSignal]: 'signal device over 1 mock://',
};

// ---- output --------------------------------------------------------------------------------

function format(value: number, digits = 0): string {
  return value.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits });
}

function latencyTable(labels: readonly string[], figures: readonly Figures[], keys: readonly (keyof Figures)[]): void {
  const [raw, , read] = figures;
  const rows = keys.map((key) => [
    key === 'perSecond' ? 'requests/s' : `${key} (µs)`,
    ...figures.map((f) => format(f[key], key === 'perSecond' ? 0 : 1)),
    raw && read ? `${(read[key] / raw[key]).toFixed(2)}x` : '?',
  ]);
  printTable(['metric', ...labels, 'read/raw'], rows);
}

function verdict(what: string, read: number, raw: number): string {
  const ratio = read / raw;
  return `${what} ${format(read, 1)} µs = ${ratio.toFixed(2)}x raw ${format(raw, 1)} µs: ${ratio <= GOAL_RATIO ? 'PASS' : 'MISS'}`;
}

// ---- main ----------------------------------------------------------------------------------

async function main(): Promise<void> {
  const benchStarted = performance.now();
  const cpu = cpus();
  console.log(`device benchmark: node ${process.version}, ${cpu.length} cpus (${cpu[0]?.model.trim() ?? '?'}), ${process.platform}/${process.arch}`);
  // other work on the machine moves every figure here; the load says how much there was
  console.log(`load average before start: ${loadavg().map((load) => load.toFixed(2)).join(' ')}`);
  const nats = await startBenchNats();
  children.track(nats.child);
  let host: JsonChild | undefined;
  let raw: NatsConnection | undefined;
  let bus: Bus | undefined;
  try {
    console.log(`nats-server ${nats.version} at ${nats.url} (JetStream on, loopback only)`);
    host = JsonChild.start(children, HOST_SCRIPT, [nats.url], [], 'responder process');
    const ready = await host.nextJson();
    console.log(`responder process ready: device host ${BENCH_BEAMLINE} serving ${JSON.stringify(ready['devices'])}, states ${JSON.stringify(ready['states'])}`);
    raw = await connect({ servers: nats.url, name: 'bench-raw-caller' });
    bus = await Bus.connect({ servers: nats.url, name: 'bench-caller' });
    const all = probes(raw, bus);
    const first = await bus.request(DEVICE_READ_SUBJECT, v1.ReadRequest, {}, v1.ReadReply, { timeoutMs: REQUEST_TIMEOUT_MS });
    const replyBytes = v1.ReadReply.encode(first).finish().length;
    const readKeys = Object.keys(first.readings).join(', ');

    console.log(`warm-up: ${WARMUP_COUNT} requests each ...`);
    await interleaved(all, WARMUP_COUNT, WARMUP_COUNT / 4, 1);
    console.log(`sequential: ${SEQUENTIAL_COUNT} requests each, interleaved in blocks of ${SEQUENTIAL_BLOCK} ...`);
    const sequential = await interleaved(all, SEQUENTIAL_COUNT, SEQUENTIAL_BLOCK, 1);
    console.log(`concurrent: ${CONCURRENT_COUNT} requests each, ${CONCURRENCY} in flight, interleaved in blocks of ${CONCURRENT_BLOCK} ...`);
    const concurrent = await interleaved(all, CONCURRENT_COUNT, CONCURRENT_BLOCK, CONCURRENCY);
    await host.stop();
    host = undefined;

    const memory: MemoryFigures[] = [];
    for (const variant of Object.values(MemoryVariant)) {
      console.log(`memory: ${MEMORY_DEVICES} devices, ${VARIANT_LABELS[variant]}, in a fresh process ...`);
      memory.push(await measureMemory(nats, bus, variant));
    }

    const labels = all.map((probe) => probe.label);
    console.log('');
    console.log(`Latency, one request in flight (N=${format(SEQUENTIAL_COUNT)} each, after ${format(WARMUP_COUNT)} warm-up each)`);
    latencyTable(labels, sequential, ['p50', 'p90', 'p99', 'mean', 'max', 'perSecond']);
    console.log('');
    console.log(`Latency, ${CONCURRENCY} in flight (N=${format(CONCURRENT_COUNT)} each)`);
    latencyTable(labels, concurrent, ['p50', 'p99', 'mean', 'perSecond']);
    console.log('');
    console.log('raw NATS     = @nats-io/transport-node request() to a bare subscription that respond()s an empty payload:');
    console.log('               the client library brightline uses, with no headers, protobuf, services framework or spans.');
    console.log('Bus endpoint = Bus.request(Empty) to a Bus.addService endpoint replying with an empty CommandReply: what any');
    console.log('               brightline request pays (services framework, protobuf, trace headers, spans) before device code.');
    console.log(`device read  = Bus.request(ReadRequest) on ${DEVICE_READ_SUBJECT}, served by the device host's wildcard read`);
    console.log(`               endpoint from motor ${READ_DEVICE} over sim://; the ReadReply is ${replyBytes} bytes (${readKeys}).`);
    console.log('All three answer from one responder process (own event loop, as a device host is), through one nats-server;');
    console.log('requests come from this process, blocks of the three taking turns so each sees the same machine conditions.');
    const [rawSeq, , readSeq] = sequential;
    const [rawCon, , readCon] = concurrent;
    if (rawSeq && readSeq) {
      console.log(`goal, device read ≤ ${GOAL_RATIO}x raw NATS round trip, one in flight: ${verdict('p50', readSeq.p50, rawSeq.p50)}; ${verdict('p99', readSeq.p99, rawSeq.p99)}`);
    }
    if (rawCon && readCon) {
      console.log(`  (for information, ${CONCURRENCY} in flight: ${verdict('p50', readCon.p50, rawCon.p50)}; ${verdict('p99', readCon.p99, rawCon.p99)})`);
    }

    console.log('');
    console.log(`Memory per idle device, ${format(MEMORY_DEVICES)} devices in one device host (each variant in a fresh process)`);
    printTable(
      ['devices', 'idle', 'start (ms)', 'heap/device', 'external/device', 'RSS/device', 'NATS subs (dev.*)'],
      memory.map((m) => [
        VARIANT_LABELS[m.variant],
        format(m.idle),
        format(m.startMs),
        `${format(m.heapPerDevice / 1000, 1)} kB`,
        `${format(m.externalPerDevice / 1000, 2)} kB`,
        `${format(m.rssPerDevice / 1000, 1)} kB`,
        `${m.subscriptions} (${m.endpointSubscriptions})`,
      ]),
    );
    console.log('');
    console.log('heap/device = V8 heapUsed after forced GC (--expose-gc), host running with every device idle, minus heapUsed');
    console.log('before the host started, divided by the devices; kB = 1,000 bytes. Counted: actors, handles, behaviours, signal');
    console.log('backends and their monitors, endpoints, heartbeat. Not counted: loaded code, the NATS connection and, for sim://,');
    const sim = memory.find((m) => m.variant === MemoryVariant.SimMotor);
    console.log(`the simulated IOC's motor records (in production the IOC is another process; here ${format((sim?.sourceHeapBytes ?? Number.NaN) / MEMORY_DEVICES / 1000, 1)} kB per record).`);
    console.log('RSS/device includes what the allocator keeps and is only a rough cross-check. NATS subs: subscriptions the server');
    console.log(`holds for the host's connection (in parentheses: on bl.v1.dev.${BENCH_BEAMLINE}.*, one wildcard per verb), not one per device.`);
    console.log(`Served: each host answered a read over NATS from its first and last device (${memory[0]?.served ?? '?'}).`);
    for (const m of memory) {
      console.log(`goal < ${GOAL_BYTES_PER_DEVICE / 1000} kB per idle device, ${VARIANT_LABELS[m.variant]}: ${format(m.heapPerDevice / 1000, 1)} kB: ${m.heapPerDevice < GOAL_BYTES_PER_DEVICE ? 'PASS' : 'MISS'}`);
    }
    console.log(`bench took ${((performance.now() - benchStarted) / 1000).toFixed(1)} s; load average at the end: ${loadavg().map((load) => load.toFixed(2)).join(' ')}`);
  } finally {
    await host?.stop();
    await bus?.close();
    await raw?.drain();
    await nats.stop();
  }
}

runBench('bench:device', main, { watchdogMs: WATCHDOG_MS, children });
