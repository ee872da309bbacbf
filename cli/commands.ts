import { Role, connectWhenReachable, type Bus } from '../actors/transport/mod.js';
import { startTelemetry } from '../lib/telemetry/mod.js';
import { DEFAULT_FACILITY_CONFIG, findBeamline, loadFacilityConfig, leaseSafeStates, sharedDeviceHost } from '../deploy/facility-config.js';
import { InvalidArgumentError, describeError } from '../lib/errors.js';
import { createLogger, type Logger } from '../lib/log.js';
import { flagValue, parseArgv, type ParsedArgs } from './argv.js';
import { dashboardAddress, gatewayAddress, natsUrl, resolveBeamline } from './environment.js';
import { ExitCode } from './exit-codes.js';
import { untilShutdown, untilShutdownSignal } from './lifetime.js';
import { ca, simIoc } from './epics-commands.js';
import { config, configure, describe, devices, mv, read, stage, trigger, unstage } from './device-commands.js';
import { abort, count, halt, pause, plans, replay, resume, run, runs, scan, status, stop } from './plan-commands.js';
import { queue } from './queue-commands.js';
import { lease, leases } from './lease-commands.js';
import { health } from './health-commands.js';
import { token } from './token-commands.js';
import { whoami } from './whoami-command.js';
import { dashboard } from './dashboard-command.js';
import type { DaemonBundle } from '../deploy/daemon-bundle.js';

export interface Command {
  summary: string;
  usage: string;
  run(argv: string[]): Promise<number>;
}

const COMMON = { valued: ['beamline', 'config', 'signals', 'data-dir', 'run-grace'], switches: ['json'] } as const;

function parse(argv: string[], command: Command): ParsedArgs | undefined {
  const args = parseArgv(argv, COMMON);
  if (args.flags.has('help')) {
    process.stdout.write(`usage: ${command.usage}\n`);
    return undefined;
  }
  return args;
}

/** Runs a long-lived role until SIGINT/SIGTERM, then stops it cleanly. */
async function serveUntilSignal(name: string, who: { role: Role; instance: string }, start: (bus: Bus) => Promise<{ stop(): Promise<void> }>): Promise<number> {
  const logger = createLogger(name);
  // Before the bus: spans and counters of the connection itself belong to the process's telemetry.
  const telemetry = await startTelemetry(who.role, who.instance, logger);
  const stopping = untilShutdown();
  const bus = await connectWhenReachable({ servers: natsUrl(), name, logger }, logger, stopping);
  if (!bus) {
    logger.info(`stopping (${await stopping}) before NATS could be reached`);
    await telemetry.stop();
    return ExitCode.Ok;
  }
  const service = await start(bus);
  logger.info(`serving (NATS ${bus.serverUrl}, pid ${process.pid})`);
  const reason = await Promise.race([stopping, bus.closed().then(() => 'lost connection to NATS')]);
  logger.info(`stopping (${reason})`);
  await service.stop();
  await bus.close();
  await telemetry.stop();
  return reason === 'SIGINT' || reason === 'SIGTERM' ? ExitCode.Ok : ExitCode.Unavailable;
}

/** BRIGHTLINE_UP_FROM_SOURCE=1 runs the children through tsx, as before the bundle (slower; for debugging the bundler). */
const FROM_SOURCE_ENV = 'BRIGHTLINE_UP_FROM_SOURCE';

async function daemonBundle(logger: Logger): Promise<DaemonBundle | undefined> {
  if (process.env[FROM_SOURCE_ENV] === '1') return undefined;
  const started = Date.now();
  const { buildDaemonBundle } = await import('../deploy/daemon-bundle.js');
  try {
    const bundle = await buildDaemonBundle();
    logger.info(`built the facility's processes as JavaScript in ${((Date.now() - started) / 1000).toFixed(1)} s (${bundle.entry})`);
    return bundle;
  } catch (error) {
    // A read-only checkout, say: the facility still runs, only slower to start.
    logger.warn(`${describeError(error)}; running the processes from the TypeScript sources instead (slower to start)`);
    return undefined;
  }
}

const up: Command = {
  summary: 'start the simulated facility (NATS, IOCs, device hosts, run engines, supervisor, gateway) and keep it running',
  usage: 'brightline up [--config deploy/facility.yaml]',
  async run(argv) {
    const args = parse(argv, up);
    if (!args) return ExitCode.Ok;
    // Roles are imported when used, so a short command like `scan` starts without loading them.
    const { parseDeviceConfigs } = await import('../actors/device/config.js');
    const { launchFacility } = await import('../deploy/launcher.js');
    const config = await loadFacilityConfig(flagValue(args, 'config') ?? DEFAULT_FACILITY_CONFIG);
    const { parseSuspenders } = await import('../actors/plan/suspenders.js');
    // Every problem of the config before anything starts, not one process failing after another.
    for (const beamline of config.beamlines) {
      parseDeviceConfigs(beamline.devices, beamline.id);
      parseSuspenders(beamline.suspenders, beamline.id);
    }
    const logger = createLogger('up');
    // The person starting the facility becomes its operator, so the CLI works at once.
    const { ensureLocalOperator } = await import('../gateway/auth/local-token.js');
    const local = await ensureLocalOperator();
    if (local.created) logger.info(`made ${local.user ?? 'you'} the facility operator in ${local.usersFile}; the CLI reads the token from ${local.tokenFile}`);
    else if (local.token === undefined) logger.warn(`${local.usersFile} exists but ${local.tokenFile} does not: the CLI needs BRIGHTLINE_TOKEN (brightline token new --user NAME --operator)`);
    const gateway = { listen: gatewayAddress(), dashboard: dashboardAddress(), usersFile: local.usersFile, tokenFile: local.tokenFile };
    const bundle = await daemonBundle(logger);
    try {
      await launchFacility({ config, natsUrl: natsUrl(), logger, out: process.stdout, until: untilShutdownSignal(), gateway, entry: bundle?.entry });
    } finally {
      await bundle?.remove();
    }
    return ExitCode.Ok;
  },
};

const deviceHost: Command = {
  summary: "serve one beamline's devices over NATS (signals from its IOCs over CA, or --signals sim in-process)",
  usage: 'brightline device-host --beamline BL01 [--signals ca|sim] [--data-dir DIR] [--config deploy/facility.yaml]',
  async run(argv) {
    const args = parse(argv, deviceHost);
    if (!args) return ExitCode.Ok;
    const { parseDeviceConfigs } = await import('../actors/device/config.js');
    const { startDeviceHost } = await import('../actors/device/device-host.js');
    const { beamlineSignals, dataDirFor, parseSignalMode } = await import('./device-host-signals.js');
    const config = await loadFacilityConfig(flagValue(args, 'config') ?? DEFAULT_FACILITY_CONFIG);
    const beamline = findBeamline(config, resolveBeamline(flagValue(args, 'beamline')));
    const devices = parseDeviceConfigs(beamline.devices, beamline.id);
    const name = `${beamline.id} device-host`;
    const logger = createLogger(name);
    const { signals, close } = await beamlineSignals(config, beamline, parseSignalMode(flagValue(args, 'signals')), logger);
    const dataDir = dataDirFor(flagValue(args, 'data-dir'), beamline.id);
    return serveUntilSignal(name, { role: Role.DeviceHost, instance: beamline.id }, (bus) => startDeviceHost({ bus, beamline: beamline.id, devices, signals, dataDir, logger, onStopped: close }));
  },
};

const runEngine: Command = {
  summary: "run one beamline's queue of plans, with its suspenders, and publish their documents",
  usage: 'brightline run-engine --beamline BL01 [--config deploy/facility.yaml]',
  async run(argv) {
    const args = parse(argv, runEngine);
    if (!args) return ExitCode.Ok;
    const { startRunEngine } = await import('../actors/plan/run-engine-host.js');
    const { parseSuspenders } = await import('../actors/plan/suspenders.js');
    const config = await loadFacilityConfig(flagValue(args, 'config') ?? DEFAULT_FACILITY_CONFIG);
    const beamline = findBeamline(config, resolveBeamline(flagValue(args, 'beamline')));
    if (!beamline.runEngine) throw new InvalidArgumentError(`${beamline.id} has no run engine (run_engine: false in ${config.source}): its devices are used by the beamlines that list them under shared_devices`);
    const suspenders = parseSuspenders(beamline.suspenders, beamline.id);
    const facility = sharedDeviceHost(config)?.beamline;
    const shared = beamline.sharedDevices.length > 0 ? { devices: beamline.sharedDevices, ...(facility ? { facility } : {}) } : undefined;
    const name = `${beamline.id} run-engine`;
    return serveUntilSignal(name, { role: Role.RunEngine, instance: beamline.id }, (bus) => startRunEngine({ bus, beamline: beamline.id, suspenders, logger: createLogger(name), ...(shared ? { shared } : {}) }));
  },
};

const supervisor: Command = {
  summary: 'watch every process by its heartbeat, keep the facility health model (brightline health), serve leases on shared devices',
  usage: 'brightline supervisor [--config deploy/facility.yaml] [--run-grace SECONDS (15)]',
  async run(argv) {
    const args = parse(argv, supervisor);
    if (!args) return ExitCode.Ok;
    const { startSupervisor, SUPERVISOR_INSTANCE } = await import('../actors/supervisor/supervisor-host.js');
    const { leaseManagerPart } = await import('../actors/supervisor/lease-part.js');
    const { runReaperPart } = await import('../actors/supervisor/run-reaper.js');
    const config = await loadFacilityConfig(flagValue(args, 'config') ?? DEFAULT_FACILITY_CONFIG);
    const logger = createLogger('supervisor');
    const grace = flagValue(args, 'run-grace');
    const graceS = grace === undefined ? undefined : Number(grace);
    if (graceS !== undefined && !(Number.isFinite(graceS) && graceS >= 0)) {
      throw new InvalidArgumentError(`--run-grace must be a number of seconds, not '${grace}': how long a lost run engine has to come back before the supervisor closes its run`);
    }
    const host = sharedDeviceHost(config);
    const lease = host && leaseManagerPart({ beamline: host.beamline, devices: host.devices.map((d) => d.name), safeStates: leaseSafeStates(config) });
    return serveUntilSignal('supervisor', { role: Role.Supervisor, instance: SUPERVISOR_INSTANCE }, (bus) => startSupervisor({ bus, logger, parts: [runReaperPart(graceS === undefined ? {} : { graceMs: graceS * 1000 }), ...(lease ? [lease] : [])] }));
  },
};

const gateway: Command = {
  summary: 'serve the facility over gRPC (brightline.v1.Facility, reflection, grpc.health.v1) to the CLI and other tools, and the operations dashboard over HTTP, with bearer tokens',
  usage: 'brightline gateway [--listen 127.0.0.1:50051] [--dashboard 127.0.0.1:8080 | --no-dashboard] [--users FILE] [--tls-cert FILE --tls-key FILE] [--insecure] [--config deploy/facility.yaml]',
  async run(argv) {
    const args = parseArgv(argv, { valued: [...COMMON.valued, 'listen', 'dashboard', 'users', 'tls-cert', 'tls-key'], switches: [...COMMON.switches, 'insecure', 'no-dashboard'] });
    if (args.flags.has('help')) {
      process.stdout.write(`usage: ${gateway.usage}\n`);
      return ExitCode.Ok;
    }
    const { startGatewayProcess, GATEWAY_INSTANCE } = await import('../gateway/gateway-process.js');
    const config = await loadFacilityConfig(flagValue(args, 'config') ?? DEFAULT_FACILITY_CONFIG);
    const certFile = flagValue(args, 'tls-cert');
    const keyFile = flagValue(args, 'tls-key');
    if ((certFile === undefined) !== (keyFile === undefined)) throw new InvalidArgumentError('--tls-cert and --tls-key go together: the certificate and its private key');
    const logger = createLogger('gateway');
    const options = {
      listen: flagValue(args, 'listen') ?? gatewayAddress(),
      beamlines: config.beamlines.map((b) => b.id),
      ...(args.flags.has('no-dashboard') ? {} : { dashboard: flagValue(args, 'dashboard') ?? dashboardAddress() }),
      insecure: args.flags.has('insecure'),
      logger,
      ...(flagValue(args, 'users') ? { usersFile: flagValue(args, 'users') as string } : {}),
      ...(certFile && keyFile ? { tls: { certFile, keyFile } } : {}),
    };
    return serveUntilSignal('gateway', { role: Role.Gateway, instance: GATEWAY_INSTANCE }, (bus) => startGatewayProcess({ bus, ...options }));
  },
};

export const commands: Record<string, Command> = {
  up,
  plans,
  run,
  scan,
  count,
  status,
  pause,
  resume,
  abort,
  halt,
  queue,
  leases,
  lease,
  runs,
  replay,
  ca,
  devices,
  read,
  describe,
  config,
  mv,
  stop,
  trigger,
  stage,
  unstage,
  configure,
  'device-host': deviceHost,
  'run-engine': runEngine,
  'sim-ioc': simIoc,
  supervisor,
  gateway,
  health,
  token,
  whoami,
  dashboard,
};

export function usage(): string {
  const width = Math.max(...Object.keys(commands).map((name) => name.length)) + 2;
  const lines = Object.entries(commands).map(([name, command]) => `  ${name.padEnd(width)}${command.summary}`);
  return [
    'usage: brightline <command> [options]',
    '',
    'commands:',
    ...lines,
    '',
    'Device, plan, queue, run and health commands go through the gateway at BRIGHTLINE_GATEWAY (default 127.0.0.1:50051)',
    'with the token in BRIGHTLINE_TOKEN (or the one ./brightline up writes); exit 3: gateway unreachable, 4: refused.',
    'The daemons, ca and leases use NATS_URL (default nats://127.0.0.1:4222); BRIGHTLINE_BEAMLINE is the default beamline (BL01).',
    "Run 'brightline <command> --help' for a command's arguments.",
    '',
  ].join('\n');
}
