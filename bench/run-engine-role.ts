/**
 * One role of the over-NATS measurement of bench/run-engine.ts, in its own process as in
 * production: `device-host` (the bench's devices over sim://, startDeviceHost as the CLI's
 * `brightline device-host --signals sim` runs it) or `run-engine` (startRunEngine as the CLI's
 * `brightline run-engine` runs it: no document validation, no suspenders).
 *
 * Usage: run-engine-role.ts <device-host|run-engine> <nats url>. Prints `{"event":"ready"}` once
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
import { emit, untilQuit } from './device-shared.js';
import { runBench } from './run-bench.js';
import { BenchRole, RE_BEAMLINE, RE_DEVICES, RE_RECORDS, RE_RECORD_PREFIX } from './run-engine-shared.js';

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

async function main(): Promise<void> {
  const [role, url] = process.argv.slice(2);
  if (url === undefined) throw new Error('usage: run-engine-role.ts <device-host|run-engine> <nats url>');
  if (role === BenchRole.DeviceHost) await serveDevices(url);
  else if (role === BenchRole.RunEngine) await serveRunEngine(url);
  else throw new Error(`unknown role '${role}' (device-host or run-engine)`);
}

runBench(`run-engine-role ${process.argv[2] ?? ''}`, main);
