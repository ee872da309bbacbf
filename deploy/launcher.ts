/**
 * `brightline up`: starts every process of the simulated facility from the facility config,
 * prefixes their logs, waits until each one's heartbeat is seen, prints what runs where, restarts
 * a process that dies (with back-off), and stops everything on Ctrl-C. Each process logs in to
 * NATS as its own user when the NATS users' passwords are configured, never as `up` itself.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { brightline } from '../gen/proto.js';
import { Bus, Role, subjects } from '../actors/transport/mod.js';
import type { Logger } from '../lib/log.js';
import type { FacilityConfig } from './facility-config.js';
import { ensureNats } from './local-nats.js';
import { childNatsEnv } from './nats-permissions.js';
import { SUPERVISOR_PID_ENV } from './supervision-env.js';
import { distinctFreePorts, METRICS_HOST, prometheusTargetsFile, writePrometheusTargets } from './prometheus-targets.js';
import { METRICS_ENV } from '../lib/telemetry/meter.js';
import { PROCESS_RESTART_POLICY, RestartTracker } from '../actors/supervisor/restart-policy.js';
import { SUPERVISOR_INSTANCE } from '../actors/supervisor/supervisor-host.js';
import { GATEWAY_INSTANCE } from '../gateway/gateway-process.js';

const v1 = brightline.v1;
/** The CLI run through tsx, for children when no bundle is given. */
export const CLI_ENTRY = fileURLToPath(new URL('../bin/brightline.js', import.meta.url));
const READY_TIMEOUT_MS = 60_000;

export interface LaunchOptions {
  config: FacilityConfig;
  natsUrl: string;
  logger: Logger;
  out: NodeJS.WritableStream;
  /** Resolves when the facility should shut down (Ctrl-C, or a test). */
  until: Promise<unknown>;
  /** Where the gateway listens (host:port), serves the dashboard, and whose tokens it knows. */
  gateway: { listen: string; dashboard: string; usersFile: string; tokenFile: string };
  /** The script every child runs (deploy/daemon-bundle.ts builds one); CLI_ENTRY when absent. */
  entry?: string;
}

interface ManagedProcess {
  role: typeof Role.SimIoc | typeof Role.DeviceHost | typeof Role.RunEngine | typeof Role.Supervisor | typeof Role.Gateway;
  /** The beamline, or the supervisor's or gateway's instance name. */
  beamline: string;
  /** up's environment, with this process's own NATS login instead of up's (deploy/nats-permissions.ts). */
  env: NodeJS.ProcessEnv;
  child: ChildProcess | undefined;
  pid: number | undefined;
  restarts: RestartTracker;
  startedAt: number;
  stopping: boolean;
  restartTimer: NodeJS.Timeout | undefined;
  /** `127.0.0.1:<port>` where it serves /metrics ('' for none); the same port across its restarts, so the targets file stays right. */
  metricsAddress: string;
}

export async function launchFacility(options: LaunchOptions): Promise<void> {
  const { config, logger, out } = options;
  const started = Date.now();

  const managed = (role: ManagedProcess['role'], beamline: string): ManagedProcess => ({
    role,
    beamline,
    // Worked out before anything starts: a missing password stops `up` at once, not a child at its restart.
    env: childNatsEnv(role, beamline),
    child: undefined,
    pid: undefined,
    restarts: new RestartTracker(PROCESS_RESTART_POLICY),
    startedAt: 0,
    stopping: false,
    restartTimer: undefined,
    metricsAddress: '',
  });
  const processes: ManagedProcess[] = [
    managed(Role.Supervisor, SUPERVISOR_INSTANCE),
    managed(Role.Gateway, GATEWAY_INSTANCE),
    ...config.beamlines.flatMap((beamline) =>
      [...(beamline.ioc ? [Role.SimIoc] : []), Role.DeviceHost, ...(beamline.runEngine ? [Role.RunEngine] : [])].map((role) => managed(role, beamline.id)),
    ),
  ];
  // The simulated IOC speaks only Channel Access and has no instruments: it serves no metrics.
  const measured = processes.filter((p) => p.role !== Role.SimIoc);
  const ports = await distinctFreePorts(measured.length);
  measured.forEach((p, i) => (p.metricsAddress = `${METRICS_HOST}:${ports[i]}`));
  const targetsFile = prometheusTargetsFile();
  await writePrometheusTargets(
    targetsFile,
    measured.map((p) => ({ address: p.metricsAddress, role: p.role, instance: p.beamline })),
  );
  const nats = await ensureNats(options.natsUrl, logger);
  const bus = await Bus.connect({ servers: nats.url, name: 'brightline-up', logger });
  const seen = new Set<string>();
  const ready = new Promise<void>((resolve) => {
    bus.subscribe(subjects.heartbeat('*', '*'), v1.Heartbeat, (hb) => {
      seen.add(`${hb.role}/${hb.instance}`);
      if (processes.every((p) => seen.has(`${p.role}/${p.beamline}`))) resolve();
    });
  });

  // Not --enable-source-maps: it costs each process 0.2 s and 20 MB at start. NODE_OPTIONS=--enable-source-maps
  // makes stack traces name the TypeScript lines when needed.
  const entryArgs = [options.entry ?? CLI_ENTRY];
  const spawnOne = (managed: ManagedProcess): void => {
    const where =
      managed.role === Role.Supervisor ? [] : managed.role === Role.Gateway ? ['--listen', options.gateway.listen, '--dashboard', options.gateway.dashboard, '--users', options.gateway.usersFile] : ['--beamline', managed.beamline];
    const child = spawn(process.execPath, [...entryArgs, managed.role, ...where, '--config', config.source], {
      // Its own address, or '' (metrics off): a BRIGHTLINE_METRICS given to `up` itself is one port, not one per child.
      env: { ...managed.env, NATS_URL: nats.url, [SUPERVISOR_PID_ENV]: String(process.pid), [METRICS_ENV]: managed.metricsAddress },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    managed.child = child;
    managed.pid = child.pid;
    managed.startedAt = Date.now();
    const prefix = `${managed.beamline} ${managed.role}`.padEnd(17);
    for (const stream of [child.stdout, child.stderr]) {
      if (stream) createInterface({ input: stream }).on('line', (line) => out.write(`${prefix}| ${line}\n`));
    }
    child.once('exit', (code, signal) => {
      managed.child = undefined;
      if (managed.stopping) return;
      const exit = `${managed.beamline} ${managed.role} (pid ${managed.pid}) exited with ${signal ?? `code ${code}`}`;
      const decision = managed.restarts.failed(Date.now(), managed.startedAt);
      if (decision.action === 'escalate') {
        // A process that keeps dying needs a person: its health record stays `disconnected`
        // (the supervisor's), and this line says why nothing restarts it.
        logger.error(`${exit}; ${decision.reason}: not restarting it. Fix the cause (see its log lines above), then restart brightline up`);
        return;
      }
      logger.error(`${exit}; restarting in ${(decision.delayMs / 1000).toFixed(1)} s (restart ${decision.attempt})`);
      managed.restartTimer = setTimeout(() => spawnOne(managed), decision.delayMs);
    });
  };

  processes.forEach(spawnOne);
  let shuttingDown = false;
  const timedOut = Symbol('timeout');
  let readyTimer: NodeJS.Timeout | undefined;
  const outcome = await Promise.race([
    ready,
    new Promise<typeof timedOut>((resolve) => (readyTimer = setTimeout(() => resolve(timedOut), READY_TIMEOUT_MS))),
    options.until,
  ]);
  clearTimeout(readyTimer);
  if (outcome === timedOut) {
    const missing = processes.filter((p) => !seen.has(`${p.role}/${p.beamline}`)).map((p) => `${p.beamline} ${p.role}`);
    logger.error(`not ready after ${READY_TIMEOUT_MS / 1000} s: ${missing.join(', ')} (see their log lines above); still waiting`);
    // A loaded machine gets there late: the summary still comes, once everything is up.
    void ready.then(() => {
      if (!shuttingDown) out.write(summary(config, processes, nats.url, options.gateway, targetsFile, Date.now() - started));
    });
  } else if (seen.size > 0) {
    out.write(summary(config, processes, nats.url, options.gateway, targetsFile, Date.now() - started));
  }

  await options.until;
  shuttingDown = true;
  logger.info('shutting down the facility...');
  await Promise.all(processes.map(stopOne));
  await bus.close();
  await nats.stop();
  logger.info('facility stopped');
}

async function stopOne(managed: ManagedProcess): Promise<void> {
  managed.stopping = true;
  clearTimeout(managed.restartTimer);
  const child = managed.child;
  if (!child) return;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  child.kill('SIGTERM');
  const killTimer = setTimeout(() => child.kill('SIGKILL'), 5_000);
  await exited;
  clearTimeout(killTimer);
}

function summary(config: FacilityConfig, processes: ManagedProcess[], natsUrl: string, gateway: LaunchOptions['gateway'], targetsFile: string, elapsedMs: number): string {
  const lines = [
    '',
    `${config.facility}: ${beamlineCount(config)} ready in ${(elapsedMs / 1000).toFixed(1)} s, NATS ${natsUrl}`,
    '',
    `  ${'beamline'.padEnd(9)}${'title'.padEnd(34)}${'sim IOC'.padEnd(18)}${'device host'.padEnd(13)}${'run engine'.padEnd(12)}devices (./brightline devices --beamline BLxx lists them)`,
  ];
  for (const beamline of config.beamlines) {
    const pid = (role: string): string => String(processes.find((p) => p.beamline === beamline.id && p.role === role)?.pid ?? '-');
    const devices = deviceList(beamline.devices.map((d) => (d as { name?: string }).name ?? '?'));
    const ioc = beamline.ioc ? `pid ${pid(Role.SimIoc)} :${beamline.ioc.port}` : '-';
    const engine = beamline.runEngine ? `pid ${pid(Role.RunEngine)}` : '- (shared)';
    lines.push(`  ${beamline.id.padEnd(9)}${beamline.title.slice(0, 32).padEnd(34)}${ioc.padEnd(18)}${`pid ${pid(Role.DeviceHost)}`.padEnd(13)}${engine.padEnd(12)}${devices}`);
  }
  const supervisor = processes.find((p) => p.role === Role.Supervisor);
  const gatewayProcess = processes.find((p) => p.role === Role.Gateway);
  lines.push('', `  supervisor pid ${supervisor?.pid ?? '-'}: heartbeats, facility health (./brightline health), leases on shared devices (./brightline leases)`);
  lines.push(`  gateway    pid ${gatewayProcess?.pid ?? '-'}: gRPC on ${gateway.listen} for the CLI and other tools; your token is in ${gateway.tokenFile}`);
  lines.push(`  dashboard  http://${gateway.dashboard}/ (served by the gateway): ./brightline dashboard prints it with your token`);
  lines.push(`  metrics    device hosts, run engines, supervisor and gateway serve /metrics on loopback ports; Prometheus targets in ${targetsFile} (deploy/prometheus/README.md)`);
  const first = config.beamlines[0];
  const nameOfKind = (kind: string): string | undefined =>
    (first?.devices as Array<{ name?: string; kind?: string }> | undefined)?.find((d) => d.kind === kind)?.name;
  const motor = nameOfKind('motor');
  const detector = nameOfKind('point-detector');
  lines.push('', 'Try, in another terminal:');
  if (first && motor && detector) lines.push(`  ./brightline scan ${detector} ${motor} -1 1 11 --beamline ${first.id}`);
  lines.push('  ./brightline health                   # every device and process: ok, degraded, fault or disconnected, and why');
  lines.push('  ./brightline whoami                   # who the gateway takes you for (the facility operator, the first time)');
  if (first?.ioc) lines.push(`  ./brightline ca get ${first.ioc.prefix}${motor ?? 'm1'}.RBV        # Channel Access to the simulated IOC`);
  lines.push('Stop the facility with Ctrl-C.', '');
  return `${lines.join('\n')}\n`;
}

/** `11: m1, det, shutter, …`, short enough for one line of a terminal; `brightline devices` lists them all. */
function deviceList(names: string[], width = 60): string {
  let shown = '';
  for (const [i, name] of names.entries()) {
    const next = shown ? `${shown}, ${name}` : name;
    if (next.length > width && i > 0) return `${names.length}: ${shown}, …`;
    shown = next;
  }
  return `${names.length}: ${shown}`;
}

function beamlineCount(config: FacilityConfig): string {
  const withEngine = config.beamlines.filter((b) => b.runEngine).length;
  const shared = config.beamlines.length - withEngine;
  return `${withEngine} beamlines${shared ? ` and ${shared === 1 ? 'the shared devices' : `${shared} hosts of shared devices`}` : ''}`;
}
