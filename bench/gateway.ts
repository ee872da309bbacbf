/**
 * Gateway benchmark (issue 8): unary gRPC round trips per second and their latency, a device
 * `Read` through the gateway beside the same read straight over NATS and a `WhoAmI` (gRPC and
 * the gateway's pipeline alone, no NATS), first on a quiet gateway,
 * then while 100 `WatchReadings` streams are open and fed by a moving motor. Prints figures,
 * asserts nothing; private nats-server, device host and gateway processes on 127.0.0.1.
 *
 *   npm run bench:gateway
 *   BENCH_GATEWAY_NODE_FLAGS='--cpu-prof --cpu-prof-dir=/tmp/prof' npm run bench:gateway
 */
import { cpus, loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import * as grpc from '@grpc/grpc-js';
import { brightline } from '../gen/proto.js';
import { Bus, DeviceVerb, subjects } from '../actors/transport/mod.js';
import { facilityServiceDefinition } from '../gateway/facility-definition.js';
import { startBenchNats } from './device-nats.js';
import { BENCH_BEAMLINE, DEVICE_READ_SUBJECT, READ_DEVICE } from './device-shared.js';
import { BenchChildren, runBench } from './run-bench.js';
import { JsonChild } from './json-child.js';
import { interleaved, type Figures, type Probe } from './latency.js';
import { printTable } from './text-table.js';

const v1 = brightline.v1;

const TOKEN = 'bench-token';
const STREAMS = 100;
const WARMUP_COUNT = 500;
const TOTAL = 4000;
const BLOCK = 500;
const CONCURRENCY = 16;
const REQUEST_TIMEOUT_MS = 5000;
/** The motor swings between these so that every stream keeps receiving readings. */
const SWING = [0.25, 1.25] as const;
const HOST_SCRIPT = fileURLToPath(new URL('./device-host-process.ts', import.meta.url));
const GATEWAY_SCRIPT = fileURLToPath(new URL('./gateway-process.ts', import.meta.url));
const WATCHDOG_MS = 240_000;
/** e.g. `--cpu-prof --cpu-prof-dir=/tmp/prof`, to see where the gateway's time goes. */
const GATEWAY_NODE_FLAGS = (process.env['BENCH_GATEWAY_NODE_FLAGS'] ?? '').split(' ').filter(Boolean);

const children = new BenchChildren();

type Callback<T> = (error: grpc.ServiceError | null, reply?: T) => void;
interface FacilityClient extends grpc.Client {
  Read(request: object, metadata: grpc.Metadata, options: grpc.CallOptions, callback: Callback<object>): grpc.ClientUnaryCall;
  WhoAmI(request: object, metadata: grpc.Metadata, options: grpc.CallOptions, callback: Callback<object>): grpc.ClientUnaryCall;
  WatchReadings(request: object, metadata: grpc.Metadata): grpc.ClientReadableStream<object>;
}

function facilityClient(address: string): FacilityClient {
  const Client = grpc.makeGenericClientConstructor(facilityServiceDefinition(), 'Facility');
  return new Client(address, grpc.credentials.createInsecure()) as unknown as FacilityClient;
}

function bearer(): grpc.Metadata {
  const metadata = new grpc.Metadata();
  metadata.set('authorization', `Bearer ${TOKEN}`);
  return metadata;
}

function gatewayRead(client: FacilityClient): () => Promise<unknown> {
  const request = { beamline: BENCH_BEAMLINE, device: READ_DEVICE };
  return () =>
    new Promise((resolve, reject) => {
      client.Read(request, bearer(), { deadline: Date.now() + REQUEST_TIMEOUT_MS }, (error, reply) => (error ? reject(error) : resolve(reply)));
    });
}

/** WhoAmI never leaves the gateway: what gRPC, the token check and the pipeline cost alone. */
function gatewayWhoAmI(client: FacilityClient): () => Promise<unknown> {
  return () =>
    new Promise((resolve, reject) => {
      client.WhoAmI({}, bearer(), { deadline: Date.now() + REQUEST_TIMEOUT_MS }, (error, reply) => (error ? reject(error) : resolve(reply)));
    });
}

function probes(client: FacilityClient, bus: Bus): Probe[] {
  return [
    { label: 'read over NATS', once: () => bus.request(DEVICE_READ_SUBJECT, v1.ReadRequest, {}, v1.ReadReply, { timeoutMs: REQUEST_TIMEOUT_MS }) },
    { label: 'WhoAmI via gateway', once: gatewayWhoAmI(client) },
    { label: 'read via gateway', once: gatewayRead(client) },
  ];
}

interface StreamLoad {
  /** Messages received over all streams since the load started. */
  received(): number;
  stop(): Promise<void>;
}

/** `STREAMS` WatchReadings calls on the motor, and a loop that keeps moving it over NATS. */
async function startStreamLoad(client: FacilityClient, bus: Bus): Promise<StreamLoad> {
  let received = 0;
  const calls = Array.from({ length: STREAMS }, () => {
    const call = client.WatchReadings({ beamline: BENCH_BEAMLINE, device: READ_DEVICE }, bearer());
    call.on('data', () => (received += 1));
    call.on('error', () => undefined);
    return call;
  });
  let moving = true;
  const setSubject = subjects.deviceCommand(BENCH_BEAMLINE, READ_DEVICE, DeviceVerb.Set);
  const swing = (async () => {
    for (let i = 0; moving; i++) {
      await bus.request(setSubject, v1.SetRequest, { value: { number: SWING[i % 2] }, timeout_s: 10 }, v1.StatusReply, { timeoutMs: 15_000 });
    }
  })();
  // Every stream has its first message (the current readings) before anything is measured.
  const started = performance.now();
  while (received < STREAMS && performance.now() - started < 10_000) await new Promise((r) => setTimeout(r, 20));
  return {
    received: () => received,
    stop: async () => {
      moving = false;
      for (const call of calls) call.cancel();
      await swing;
    },
  };
}

function format(value: number, digits = 0): string {
  return Number.isFinite(value) ? value.toFixed(digits) : '-';
}

function rows(labels: readonly string[], figures: readonly Figures[]): string[][] {
  return labels.map((label, i) => {
    const f = figures[i];
    return f ? [label, format(f.perSecond), format(f.p50 / 1000, 2), format(f.p99 / 1000, 2), format(f.max / 1000, 1)] : [label];
  });
}

async function measure(client: FacilityClient, bus: Bus, what: string): Promise<string[][]> {
  const list = probes(client, bus);
  const sequential = await interleaved(list, TOTAL, BLOCK, 1);
  const concurrent = await interleaved(list, TOTAL, BLOCK, CONCURRENCY);
  return [
    ...rows(list.map((p) => `${what}, ${p.label}, 1 in flight`), sequential),
    ...rows(list.map((p) => `${what}, ${p.label}, ${CONCURRENCY} in flight`), concurrent),
  ];
}

async function main(): Promise<void> {
  console.log(`bench:gateway on ${cpus().length} cores (${cpus()[0]?.model ?? '?'}), load ${loadavg().map((l) => l.toFixed(2)).join(' ')}`);
  const nats = await startBenchNats();
  const host = JsonChild.start(children, HOST_SCRIPT, [nats.url], [], 'device host');
  await host.nextJson();
  const gatewayChild = JsonChild.start(children, GATEWAY_SCRIPT, [nats.url, TOKEN], GATEWAY_NODE_FLAGS, 'gateway');
  const ready = await gatewayChild.nextJson();
  const address = String(ready['address']);
  const bus = await Bus.connect({ servers: nats.url, name: 'bench-gateway-driver' });
  const client = facilityClient(address);
  try {
    await interleaved(probes(client, bus), WARMUP_COUNT, WARMUP_COUNT, 4);
    const quiet = await measure(client, bus, 'quiet');

    const load = await startStreamLoad(client, bus);
    const before = load.received();
    const t0 = performance.now();
    const loaded = await measure(client, bus, `${STREAMS} streams`);
    const streamRate = (load.received() - before) / ((performance.now() - t0) / 1000);
    await load.stop();

    console.log(`\nnats-server ${nats.version}; gateway at ${address}; device read of ${BENCH_BEAMLINE}/${READ_DEVICE}; ${TOTAL} calls per row`);
    printTable(['unary round trips', 'per s', 'p50 ms', 'p99 ms', 'max ms'], [...quiet, ...loaded]);
    console.log(`\nstreams: ${STREAMS} WatchReadings open while the motor swings ${SWING[0]}..${SWING[1]} mm: ${format(streamRate)} readings/s delivered in total`);
  } finally {
    client.close();
    await bus.close();
    await gatewayChild.stop();
    await host.stop();
    await nats.stop();
  }
}

runBench('bench:gateway', main, { watchdogMs: WATCHDOG_MS, children });
