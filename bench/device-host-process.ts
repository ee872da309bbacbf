/**
 * The answering side of bench/device.ts, in its own process as a device host is in production, so
 * callers and responders do not share one event loop. It answers three ways on one nats-server:
 *
 * - a bare NATS responder (@nats-io/transport-node, its own connection) that replies with an empty
 *   payload: the raw request/reply round trip;
 * - an endpoint on the Bus's services framework that replies with an empty CommandReply: what any
 *   brightline request costs (protobuf, trace headers, spans) before device code runs;
 * - a device host serving a simulated motor and detector over sim:// (an in-process IOC).
 *
 * Usage: device-host-process.ts <nats url>. Prints `{"event":"ready"}` once all three are
 * subscribed; ends on `quit` on stdin, or when stdin closes, so it never outlives a crashed bench.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
// The raw baseline is the NATS client itself; elsewhere only actors/transport imports it.
import { connect } from '@nats-io/transport-node';
import { brightline } from '../gen/proto.js';
import { parseDeviceConfigs, startDeviceHost } from '../actors/device/mod.js';
import { createSignalResolver } from '../actors/device/signals/create-resolver.js';
import { Bus } from '../actors/transport/mod.js';
import { createDatabase } from '../epics/server/records/mod.js';
import { BENCH_BEAMLINE, LATENCY_DEVICES, LATENCY_RECORDS, RAW_ECHO_SUBJECT, RECORD_PREFIX, SERVICE_ECHO_SUBJECT, emit, untilQuit } from './device-shared.js';
import { runBench } from './run-bench.js';

const v1 = brightline.v1;

async function main(): Promise<void> {
  const url = process.argv[2];
  if (url === undefined) throw new Error('usage: device-host-process.ts <nats url>');

  const raw = await connect({ servers: url, name: 'bench-raw-responder' });
  raw.subscribe(RAW_ECHO_SUBJECT, {
    callback: (error, msg) => {
      if (error === null) msg.respond();
    },
  });
  await raw.flush();

  const bus = await Bus.connect({ servers: url, name: 'bench-device-host' });
  const echo = await bus.addService({ name: 'bench-echo', version: '0.0.1' });
  echo.addEndpoint('echo', SERVICE_ECHO_SUBJECT, v1.Empty, v1.CommandReply, async () => ({}));

  const database = createDatabase(RECORD_PREFIX, LATENCY_RECORDS);
  const dataDir = await mkdtemp(join(tmpdir(), 'brightline-bench-data-'));
  const host = await startDeviceHost({
    bus,
    beamline: BENCH_BEAMLINE,
    devices: parseDeviceConfigs(LATENCY_DEVICES, BENCH_BEAMLINE),
    signals: createSignalResolver({ sim: database }),
    dataDir,
  });
  await bus.flush();
  emit({ event: 'ready', devices: host.devices, states: host.devices.map((name) => host.device(name).health().state) });

  await untilQuit();
  await host.stop();
  database.close();
  await bus.close();
  await raw.drain();
  await rm(dataDir, { recursive: true, force: true });
}

runBench('device-host-process', main);
