/**
 * The Channel Access side of the CLI: `sim-ioc` serves a beamline's simulated IOC, and
 * `ca get|put|monitor` pokes at any PV the way caget/caput/camonitor do.
 */
import { Bus, Role, startHeartbeat } from '../actors/transport/mod.js';
import { DEFAULT_FACILITY_CONFIG, findBeamline, iocAddressList, loadFacilityConfig } from '../deploy/facility-config.js';
import { createLogger } from '../lib/log.js';
import { flagValue, parseArgv } from './argv.js';
import { natsUrl, resolveBeamline } from './environment.js';
import { CliError, ExitCode } from './exit-codes.js';
import { untilShutdown, untilShutdownSignal } from './lifetime.js';
import type { Command } from './commands.js';

export const simIoc: Command = {
  summary: "serve one beamline's simulated IOC over Channel Access (records from the facility config)",
  usage: 'brightline sim-ioc --beamline BL01 [--config deploy/facility.yaml] [--port 5101]',
  async run(argv) {
    const args = parseArgv(argv, { valued: ['beamline', 'config', 'port'], switches: [] });
    if (args.flags.has('help')) {
      process.stdout.write(`usage: ${simIoc.usage}\n`);
      return ExitCode.Ok;
    }
    const { CaServer } = await import('../epics/server/mod.js');
    const { createDatabase } = await import('../epics/server/records/mod.js');
    const config = await loadFacilityConfig(flagValue(args, 'config') ?? DEFAULT_FACILITY_CONFIG);
    const beamline = findBeamline(config, resolveBeamline(flagValue(args, 'beamline')));
    if (!beamline.ioc) throw new CliError(`${beamline.id} has no 'ioc' section in ${config.source}`, ExitCode.Usage);
    const name = `${beamline.id} sim-ioc`;
    const logger = createLogger(name);
    const database = createDatabase(beamline.ioc.prefix, beamline.ioc.records);
    const port = flagValue(args, 'port');
    const server = new CaServer({
      source: database,
      host: process.env['EPICS_CAS_INTF_ADDR_LIST'] || '127.0.0.1',
      tcpPort: 0,
      udpPort: port === undefined ? beamline.ioc.port : Number(port),
      logger,
    });
    const ports = await server.start();
    logger.info(`serving ${database.pvNames().length} PVs of ${database.recordNames().length} records (prefix ${beamline.ioc.prefix}) on UDP ${ports.udpPort}, TCP ${ports.tcpPort}`);
    // The bus only carries this process's heartbeat, so `up` and supervisors can see it live.
    const bus = await Bus.connect({ servers: natsUrl(), name, logger });
    const heartbeat = startHeartbeat(bus, { role: Role.SimIoc, instance: beamline.id, intervalMs: 1_000, startedAt: Date.now() / 1000, logger });
    const reason = await untilShutdown();
    logger.info(`stopping (${reason})`);
    heartbeat.stop();
    await server.stop();
    database.close();
    await bus.close();
    return ExitCode.Ok;
  },
};

export const ca: Command = {
  summary: 'Channel Access: get, put (--wait for completion) or monitor a PV, like caget/caput/camonitor',
  usage: 'brightline ca get PV... | ca put PV VALUE [--wait] | ca monitor PV... [--json]',
  async run(argv) {
    const args = parseArgv(argv, { valued: ['config', 'timeout'], switches: ['wait', 'json'] });
    const [verb, ...rest] = args.positionals;
    if (args.flags.has('help') || !verb) {
      process.stdout.write(`usage: ${ca.usage}\n`);
      return args.flags.has('help') ? ExitCode.Ok : ExitCode.Usage;
    }
    const { CaClient } = await import('../epics/client/mod.js');
    const addrList = process.env['EPICS_CA_ADDR_LIST']
      ? undefined
      : iocAddressList(await loadFacilityConfig(flagValue(args, 'config') ?? DEFAULT_FACILITY_CONFIG));
    const client = new CaClient(addrList ? { addrList, autoAddrList: false } : {});
    const timeoutMs = Number(flagValue(args, 'timeout') ?? 5) * 1000;
    const json = args.flags.has('json');
    try {
      if (verb === 'get') {
        if (rest.length === 0) throw new CliError('ca get needs at least one PV name', ExitCode.Usage);
        for (const name of rest) {
          const value = await client.get(name, { dbrClass: 'control', timeoutMs });
          process.stdout.write(json ? `${JSON.stringify(value)}\n` : `${formatLine(name, value)}\n`);
        }
        return ExitCode.Ok;
      }
      if (verb === 'put') {
        const [name, ...values] = rest;
        if (!name || values.length === 0) throw new CliError('ca put needs a PV name and a value', ExitCode.Usage);
        const numbers = values.map(Number);
        const value = numbers.every((n) => Number.isFinite(n)) ? (numbers.length === 1 ? (numbers[0] ?? 0) : numbers) : values.join(' ');
        await client.put(name, value, { wait: args.flags.has('wait'), timeoutMs: args.flags.has('wait') ? Math.max(timeoutMs, 60_000) : timeoutMs });
        const after = await client.get(name, { dbrClass: 'control', timeoutMs });
        process.stdout.write(json ? `${JSON.stringify(after)}\n` : `${formatLine(name, after)}\n`);
        return ExitCode.Ok;
      }
      if (verb === 'monitor') {
        if (rest.length === 0) throw new CliError('ca monitor needs at least one PV name', ExitCode.Usage);
        for (const name of rest) {
          // Time-stamped updates carry no units, precision or state names: take them from one control read.
          const { units, precision, enumStrings } = await client.get(name, { dbrClass: 'control', timeoutMs });
          const meta = { ...(units ? { units } : {}), ...(precision !== undefined ? { precision } : {}), ...(enumStrings ? { enumStrings } : {}) };
          client.monitor(name, { dbrClass: 'time' }).subscribe(
            (value) => process.stdout.write(json ? `${JSON.stringify(value)}\n` : `${formatLine(name, { ...value, ...meta })}\n`),
            (error) => process.stderr.write(`${name}: ${error.message}\n`),
          );
        }
        await untilShutdownSignal();
        return ExitCode.Ok;
      }
      throw new CliError(`unknown ca verb '${verb}'\nusage: ${ca.usage}`, ExitCode.Usage);
    } finally {
      await client.close();
    }
  },
};

interface ShownValue {
  value: readonly (number | string)[];
  units?: string;
  precision?: number;
  severity?: number;
  enumStrings?: string[];
  timestamp?: { secondsPastEpoch: number; nanoseconds: number };
}

const SEVERITY = ['', 'MINOR', 'MAJOR', 'INVALID'];

/** One caget-like line: name, time, value (enum names, units), and the alarm when there is one. */
function formatLine(name: string, shown: ShownValue): string {
  const values = shown.value.map((v) => {
    if (typeof v === 'number' && shown.enumStrings?.[v] !== undefined) return shown.enumStrings[v];
    if (typeof v === 'number' && shown.precision !== undefined && !Number.isInteger(v)) return v.toFixed(shown.precision);
    return String(v);
  });
  const units = shown.units ? ` ${shown.units}` : '';
  const alarm = shown.severity ? `  ${SEVERITY[shown.severity] ?? `severity ${shown.severity}`}` : '';
  const time = shown.timestamp ? `${new Date((shown.timestamp.secondsPastEpoch + 631_152_000) * 1000 + shown.timestamp.nanoseconds / 1e6).toISOString()} ` : '';
  return `${name.padEnd(24)} ${time}${values.join(' ')}${units}${alarm}`;
}
