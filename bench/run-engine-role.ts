/**
 * One role of the over-NATS measurement of bench/run-engine.ts, in its own process as in
 * production: `device-host` (the bench's devices over sim://, startDeviceHost as the CLI's
 * `brightline device-host --signals sim` runs it) or `run-engine` (startRunEngine as the CLI's
 * `brightline run-engine` runs it: no document validation, no suspenders), or `floor-echo` (empty
 * replies over the bare NATS protocol and through the NATS client, for the transport floor).
 *
 * Usage: run-engine-role.ts <device-host|run-engine|floor-echo> <nats url>. Prints `{"event":"ready"}` once
 * serving; ends on `quit` on stdin, or when stdin closes, so it never outlives a crashed bench.
 * Logs warnings and errors on stderr; info lines (a plan started, ended) are dropped.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseDeviceConfigs, startDeviceHost } from '../actors/device/mod.js';
import { createSignalResolver } from '../actors/device/signals/create-resolver.js';
import { startRunEngine } from '../actors/plan/run-engine-host.js';
import { Bus } from '../actors/transport/mod.js';
import { createDatabase } from '../epics/server/records/mod.js';
import { createLogger, type Logger } from '../lib/log.js';
// The floor echo's client side is the NATS client itself, with nothing of brightline on top.
import { connect } from '@nats-io/transport-node';
import { NatsWire, serveEmptyReplies } from './nats-wire.js';
import { emit, untilQuit } from './device-shared.js';
import { runBench } from './run-bench.js';
import { BenchRole, FLOOR_SUBJECTS, RE_BEAMLINE, RE_DEVICES, RE_RECORDS, RE_RECORD_PREFIX } from './run-engine-shared.js';

function quietLogger(name: string): Logger {
  const logger = createLogger(name);
  return { info: () => undefined, warn: (message) => logger.warn(message), error: (message) => logger.error(message) };
}

async function serveDevices(url: string): Promise<void> {
  const name = `${RE_BEAMLINE} device-host`;
  const logger = quietLogger(name);
  const bus = await Bus.connect({ servers: url, name, logger });
  const database = createDatabase(RE_RECORD_PREFIX, RE_RECORDS);
  const dataDir = await mkdtemp(join(tmpdir(), 'brightline-bench-re-host-'));
  const host = await startDeviceHost({
    bus,
    beamline: RE_BEAMLINE,
    devices: parseDeviceConfigs(RE_DEVICES, RE_BEAMLINE),
    signals: createSignalResolver({ sim: database, logger }),
    dataDir,
    logger,
    onStopped: async () => database.close(),
  });
  emit({ event: 'ready', pid: process.pid, devices: host.devices, states: host.devices.map((device) => host.device(device).health().state) });
  await untilQuit();
  await host.stop();
  await bus.close();
  await rm(dataDir, { recursive: true, force: true });
}

async function serveRunEngine(url: string): Promise<void> {
  const name = `${RE_BEAMLINE} run-engine`;
  const logger = quietLogger(name);
  const bus = await Bus.connect({ servers: url, name, logger });
  const engine = await startRunEngine({ bus, beamline: RE_BEAMLINE, logger });
  emit({ event: 'ready', pid: process.pid });
  await untilQuit();
  await engine.stop();
  await bus.close();
}

/** Answers FLOOR_SUBJECTS.wire over a bare socket and FLOOR_SUBJECTS.client through the NATS client. */
async function serveFloorEcho(url: string): Promise<void> {
  const wire = await NatsWire.connect(url);
  serveEmptyReplies(wire, FLOOR_SUBJECTS.wire);
  await wire.flush();
  const nc = await connect({ servers: url, name: 'bench-floor-echo', noAsyncTraces: true });
  const empty = new Uint8Array(0);
  nc.subscribe(FLOOR_SUBJECTS.client, {
    callback: (_error, msg) => {
      msg.respond(empty);
    },
  });
  await nc.flush();
  emit({ event: 'ready', pid: process.pid });
  await untilQuit();
  wire.close();
  await nc.close();
}

async function main(): Promise<void> {
  const [role, url] = process.argv.slice(2);
  if (url === undefined) throw new Error('usage: run-engine-role.ts <device-host|run-engine|floor-echo> <nats url>');
  if (role === BenchRole.DeviceHost) await serveDevices(url);
  else if (role === BenchRole.RunEngine) await serveRunEngine(url);
  else if (role === BenchRole.FloorEcho) await serveFloorEcho(url);
  else throw new Error(`unknown role '${role}' (device-host, run-engine or floor-echo)`);
}

runBench(`run-engine-role ${process.argv[2] ?? ''}`, main);
