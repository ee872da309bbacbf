/**
 * The memory side of bench/device.ts: a fresh process (run with --expose-gc) that measures the V8
 * heap after forced GC, starts one device host with `count` idle devices, waits until every one is
 * idle, and measures again. What is built before the first measurement is not counted: the loaded
 * modules, the NATS connection and, for sim://, the simulated IOC's records (in production the IOC
 * is another process). Everything the host builds is counted: actors, handles, behaviours, signal
 * backends and their monitors, the endpoints, the heartbeat.
 *
 * Usage: device-memory-process.ts <nats url> <variant> <count>. Prints one JSON line with the
 * figures, then keeps serving (so the driver can read over NATS and count the connection's
 * subscriptions) until `quit` on stdin, or stdin closes.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DeviceState, MockSignalRegistry, parseDeviceConfigs, startDeviceHost, type DeviceHost, type SignalResolver } from '../actors/device/mod.js';
import { createSignalResolver } from '../actors/device/signals/create-resolver.js';
import { Bus } from '../actors/transport/mod.js';
import { createDatabase, type RecordDatabase } from '../epics/server/records/mod.js';
import { BENCH_BEAMLINE, MemoryVariant, RECORD_PREFIX, emit, isMemoryVariant, memoryConnectionName, memoryDeviceName, untilQuit } from './device-shared.js';
import { runBench } from './run-bench.js';

/** Forced collections, with a turn of the event loop between, until the heap stops shrinking. */
async function settledMemory(): Promise<NodeJS.MemoryUsage> {
  const gc = globalThis.gc;
  if (gc === undefined) throw new Error('run with node --expose-gc');
  let previous = Number.POSITIVE_INFINITY;
  for (let round = 0; round < 10; round++) {
    gc();
    await new Promise((resolve) => setTimeout(resolve, 20));
    const used = process.memoryUsage().heapUsed;
    if (round >= 2 && used >= previous - 1024) break;
    previous = used;
  }
  return process.memoryUsage();
}

function deviceList(variant: MemoryVariant, count: number): unknown[] {
  return Array.from({ length: count }, (_, i) => {
    const name = memoryDeviceName(i);
    switch (variant) {
      case MemoryVariant.SimMotor:
        return { kind: 'motor', name, pv: `sim://${RECORD_PREFIX}${name}` };
      case MemoryVariant.MockMotor:
        return { kind: 'motor', name, pv: `mock://${RECORD_PREFIX}${name}` };
      case MemoryVariant.MockSignal:
        return { kind: 'signal', name, pv: `mock://${RECORD_PREFIX}${name}` };
    }
  });
}

function motorRecords(count: number): unknown[] {
  return Array.from({ length: count }, (_, i) => ({ type: 'motor', name: memoryDeviceName(i), egu: 'mm', velo: 2, llm: -5, hlm: 5, value: 0 }));
}

interface Source {
  signals: SignalResolver;
  database?: RecordDatabase;
}

function signalSource(variant: MemoryVariant, count: number): Source {
  if (variant === MemoryVariant.SimMotor) {
    const database = createDatabase(RECORD_PREFIX, motorRecords(count));
    return { signals: createSignalResolver({ sim: database }), database };
  }
  return { signals: createSignalResolver({ mock: new MockSignalRegistry() }) };
}

/** In its own function so nothing but the host keeps the parsed configs alive. */
async function startHost(bus: Bus, variant: MemoryVariant, count: number, signals: SignalResolver, dataDir: string): Promise<DeviceHost> {
  return startDeviceHost({ bus, beamline: BENCH_BEAMLINE, devices: parseDeviceConfigs(deviceList(variant, count), BENCH_BEAMLINE), signals, dataDir });
}

async function main(): Promise<void> {
  const [url, variant, countText] = process.argv.slice(2);
  const count = Number(countText);
  if (url === undefined || variant === undefined || !isMemoryVariant(variant) || !(count > 0)) {
    throw new Error(`usage: device-memory-process.ts <nats url> <${Object.values(MemoryVariant).join('|')}> <count>`);
  }
  const bus = await Bus.connect({ servers: url, name: memoryConnectionName(variant) });
  const dataDir = await mkdtemp(join(tmpdir(), 'brightline-bench-data-'));

  const empty = await settledMemory();
  const source = signalSource(variant, count);
  const before = await settledMemory();

  const startedAt = performance.now();
  const host = await startHost(bus, variant, count, source.signals, dataDir);
  const startMs = performance.now() - startedAt;
  await bus.flush();
  const idle = host.devices.filter((name) => host.device(name).health().state === DeviceState.Idle).length;
  // let the first readings and heartbeat go out before measuring
  await new Promise((resolve) => setTimeout(resolve, 300));
  const after = await settledMemory();

  emit({
    event: 'measured',
    variant,
    devices: host.devices.length,
    idle,
    startMs,
    sourceHeapBytes: before.heapUsed - empty.heapUsed,
    heapBefore: before.heapUsed,
    heapAfter: after.heapUsed,
    externalBefore: before.external,
    externalAfter: after.external,
    rssBefore: before.rss,
    rssAfter: after.rss,
  });

  await untilQuit();
  await host.stop();
  source.database?.close();
  await bus.close();
  await rm(dataDir, { recursive: true, force: true });
}

runBench('device-memory-process', main);
