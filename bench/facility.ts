/**
 * Facility benchmark (issue 10): the whole simulated facility as a user starts it (`brightline up`
 * with deploy/facility.yaml, in a private environment: bench/facility-up.ts), measured from outside:
 *
 * - time to ready: spawn → up's summary line (and up's own figure, and the dashboard all OK), `--runs N` times;
 * - memory of every process up started, by role, idle after ready and again after the scans;
 * - one scan per beamline, all at once through the gateway: events/s in total and per beamline,
 *   beside what the simulated hardware allows; every run checked (success, seq_num 1..N);
 * - fault → dashboard: a beam dump (IOC alarm) and a killed device host, timed to the dashboard's
 *   event stream, `--faults N` times each.
 *
 * Prints figures; exits 1 when a run or a fault did not behave (said loudly), 130 on Ctrl-C (after
 * stopping the facility). No process of the facility outlives the bench.
 *
 *   npm run bench:facility [-- --runs 3] [-- --points 100] [-- --faults 3] [-- --instant-hardware]
 *   node --import tsx bench/facility.ts --help
 */
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { DEFAULT_FACILITY_CONFIG } from '../deploy/facility-config.js';
import { runBench } from './run-bench.js';
import { DashboardStream } from './facility-dashboard.js';
import { beamDumps, beamDumpTarget, hostKillOrder, hostKills, type BeamDumpSample, type BeamDumpTarget, type HostKillSample } from './facility-faults.js';
import { BenchGateway } from './facility-gateway.js';
import { cpuByRole, machineBusySeconds, measureMemory, type ProcessMemory } from './facility-processes.js';
import {
  printBeamDumps, printHostKills, printMemory, printMemoryNote, printReady, printScanCpu, printScans, scanProblems, type RunFigures, type ScanCpu,
} from './facility-report.js';
import { chooseScans, type SkippedBeamline } from './facility-scan-choice.js';
import { runConcurrentScans, type ConcurrentScans } from './facility-scans.js';
import { preparePrivateFacility, UpProcess } from './facility-up.js';

const USAGE = `usage: node --import tsx bench/facility.ts [options]
  --config PATH        facility config (default deploy/facility.yaml); a copy with free IOC ports is used
  --runs N             start the facility N times for the time to ready (default 1); the rest runs on the last
  --points N           points per scan (default 100)
  --span F             each scan covers F of its motor's LLM..HLM, around where it stands (default 0.01)
  --faults N           repetitions of each fault (default 3); 0 skips the faults
  --no-scans           skip the scans (and the memory after them)
  --instant-hardware   motors without acceleration on a 1 ms tick, point detectors without exposure (brightline's own limit)
  --json FILE          also write every figure as JSON to FILE
  --verbose            pass up's output (and its processes') through to stderr`;

/** After up's summary, or after up gave up waiting (then its processes may still come up). */
const ALL_OK_TIMEOUT_MS = 120_000;
const IDLE_CPU_WINDOW_MS = 5_000;

interface Options {
  config: string;
  runs: number;
  points: number;
  span: number;
  faults: number;
  scans: boolean;
  instantHardware: boolean;
  json: string | undefined;
  verbose: boolean;
}

function options(): Options {
  const { values } = parseArgs({
    options: {
      config: { type: 'string' }, runs: { type: 'string' }, points: { type: 'string' }, span: { type: 'string' }, faults: { type: 'string' },
      'no-scans': { type: 'boolean' }, 'instant-hardware': { type: 'boolean' }, json: { type: 'string' }, verbose: { type: 'boolean' }, help: { type: 'boolean' },
    },
  });
  if (values.help) {
    console.log(USAGE);
    process.exit(0);
  }
  const count = (name: string, raw: string | undefined, fallback: number, min: number): number => {
    const value = raw === undefined ? fallback : Number(raw);
    if (!Number.isInteger(value) || value < min) throw new Error(`--${name} must be a whole number ≥ ${min}\n${USAGE}`);
    return value;
  };
  const span = values.span === undefined ? 0.01 : Number(values.span);
  if (!(span > 0 && span <= 1)) throw new Error(`--span must be a fraction in (0, 1]\n${USAGE}`);
  return {
    config: resolve(values.config ?? DEFAULT_FACILITY_CONFIG),
    runs: count('runs', values.runs, 1, 1),
    points: count('points', values.points, 100, 2),
    span,
    faults: count('faults', values.faults, 3, 0),
    scans: values['no-scans'] !== true,
    instantHardware: values['instant-hardware'] === true,
    json: values.json === undefined ? undefined : resolve(values.json),
    verbose: values.verbose === true,
  };
}

const load = (): string => loadavg().map((l) => l.toFixed(2)).join(' ');

function machine(): string {
  let nats = '?';
  try {
    nats = execFileSync('nats-server', ['--version'], { encoding: 'utf8' }).trim();
  } catch {
    nats = 'nats-server not found';
  }
  return `bench:facility on ${cpus().length} cores (${cpus()[0]?.model.trim() ?? '?'}), load ${load()}; node ${process.version}; ${nats}`;
}

/** The facility running now, so Ctrl-C, a watchdog or a crash can stop it. */
let current: UpProcess | undefined;
let interrupted = false;

function guardExit(): void {
  // Last resort, synchronous: whatever ends the bench, nothing of the facility outlives it.
  process.on('exit', () => {
    if (current?.running) current.killGroup();
    current?.setup.remove();
  });
  process.on('SIGINT', () => {
    if (interrupted) process.exit(130);
    interrupted = true;
    console.error('\nCtrl-C: stopping the facility (Ctrl-C again kills it)...');
    void (current?.stop() ?? Promise.resolve()).finally(() => process.exit(130));
  });
}

interface Work {
  skipped?: SkippedBeamline[];
  beamDumpTarget?: BeamDumpTarget;
  idle?: ProcessMemory[];
  afterScans?: ProcessMemory[];
  scans?: ConcurrentScans;
  scanCpu?: ScanCpu;
  beamDumps?: BeamDumpSample[];
  hostKills?: HostKillSample[];
  problems: string[];
}

/** Spawn → the first dashboard message with every tile ok. */
async function waitAllOk(dashboard: DashboardStream, up: UpProcess): Promise<Pick<RunFigures, 'allOkMs' | 'notOk'>> {
  const allOk = (): true | undefined => ((dashboard.sections.get('summary') as { state?: string } | undefined)?.state === 'ok' ? true : undefined);
  try {
    const seen = await dashboard.waitFor('every tile ok', allOk, ALL_OK_TIMEOUT_MS);
    return { allOkMs: seen.atMs - up.spawnedAtMs, notOk: [] };
  } catch {
    const tiles = (dashboard.sections.get('tiles') as string[] | undefined) ?? [];
    const notOk = tiles.map((id) => dashboard.tile(id)).filter((t) => t !== undefined && t.state !== 'ok').map((t) => `${t?.id} ${t?.state} (${t?.reason})`);
    return { allOkMs: Number.NaN, notOk };
  }
}

/** Memory, scans and faults, on a facility that is ready. */
async function work(opts: Options, up: UpProcess, dashboard: DashboardStream, token: string): Promise<Work> {
  const { config } = up.setup;
  const done: Work = { problems: [] };
  const log = (line: string): void => console.error(line);
  done.idle = measureMemory(up.processes());
  const { scans: choices, skipped } = chooseScans(config, opts.points, opts.span);
  if (opts.scans && choices.length === 0) done.problems.push(`no beamline to scan: ${skipped.map((s) => `${s.beamline} ${s.why}`).join('; ')}`);
  if (opts.scans && choices.length > 0) {
    const floor = Math.max(...choices.map((c) => c.floorS));
    log(`scans: ${choices.length} beamlines, ${opts.points} points each (the simulated hardware needs ≥ ${floor.toFixed(1)} s)...`);
    const gateway = await BenchGateway.connect(up.setup.gateway, token);
    // What the facility burns doing nothing (heartbeats, scanned records, health), to set the scans' CPU against.
    const idleFrom = { processes: up.processes(), at: performance.now() };
    await new Promise((resolve) => setTimeout(resolve, IDLE_CPU_WINDOW_MS));
    const idle = { wallS: (performance.now() - idleFrom.at) / 1000, byRole: cpuByRole(idleFrom.processes, up.processes()) };
    const before = { processes: up.processes(), at: performance.now(), machine: machineBusySeconds() };
    try {
      done.scans = await runConcurrentScans(gateway, choices);
    } finally {
      gateway.close();
    }
    const after = up.processes();
    done.scanCpu = { wallS: (performance.now() - before.at) / 1000, machineBusyS: machineBusySeconds() - before.machine, byRole: cpuByRole(before.processes, after), idle };
    done.afterScans = measureMemory(after);
    done.skipped = skipped;
    done.problems.push(...scanProblems(done.scans).map((p) => `scan ${p}`));
  }
  if (opts.faults > 0) {
    const target = beamDumpTarget(config);
    done.beamDumpTarget = target;
    if (target) {
      log(`faults: ${opts.faults} beam dumps on ${target.beamline}...`);
      try {
        await beamDumps(config, dashboard, target, opts.faults, (done.beamDumps = []), log);
      } catch (error) {
        done.problems.push(`beam dump: ${(error as Error).message}`);
      }
    }
    log(`faults: ${opts.faults} device host kills...`);
    try {
      await hostKills(dashboard, hostKillOrder(config, target?.beamline), opts.faults, () => up.processes(), (done.hostKills = []), log);
    } catch (error) {
      done.problems.push(`device host kill: ${(error as Error).message}`);
    }
  }
  return done;
}

async function main(): Promise<void> {
  const opts = options();
  guardExit();
  const watchdog = setTimeout(() => {
    console.error('bench:facility hung: stopping (the facility is killed on exit)');
    process.exit(2);
  }, (opts.runs * 240 + opts.points * 2 + opts.faults * 2 * 150 + 180) * 1000);
  watchdog.unref();
  console.log(machine());
  const runs: RunFigures[] = [];
  let last: Work = { problems: [] };
  const problems: string[] = [];
  for (let run = 1; run <= opts.runs; run++) {
    const setup = await preparePrivateFacility(opts.config, { instantHardware: opts.instantHardware });
    if (run === 1) {
      const beamlines = setup.config.beamlines.map((b) => b.id).join(' ');
      console.log(`config ${opts.config} (${setup.config.facility}: ${beamlines}), run from a copy with free IOC ports${opts.instantHardware ? ', --instant-hardware' : ''}`);
    }
    console.error(`run ${run}/${opts.runs}: brightline up...`);
    const up = (current = UpProcess.start(setup, opts.verbose));
    let dashboard: DashboardStream | undefined;
    try {
      const ready = await up.ready();
      const token = await up.token();
      dashboard = await DashboardStream.open(setup.dashboard, token);
      if (ready.notReady) {
        problems.push(`run ${run}: ${ready.notReady}`);
        console.error(`run ${run}/${opts.runs}: up says "${ready.notReady}"; waiting for the dashboard to show every tile ok...`);
      } else console.error(`run ${run}/${opts.runs}: summary after ${(ready.spawnToSummaryMs / 1000).toFixed(1)} s (up says ${ready.upSaysS} s)`);
      const figures: RunFigures = { ready, ...(await waitAllOk(dashboard, up)) };
      runs.push(figures);
      const down = ready.notReady !== undefined && !Number.isFinite(figures.allOkMs);
      if (down) problems.push(`run ${run}: the facility never came up; nothing else measured`);
      if (run === opts.runs && !down) last = await work(opts, up, dashboard, token);
    } finally {
      dashboard?.close();
      const stop = await up.stop();
      const figures = runs[run - 1];
      if (figures) figures.stop = stop;
      if (stop.leftovers.length > 0) problems.push(`run ${run}: processes left over after up exited`);
      setup.remove();
      current = undefined;
    }
  }

  printReady(runs);
  if (last.idle) printMemory('idle, after every tile was ok', last.idle);
  if (last.afterScans) printMemory('after the scans', last.afterScans);
  if (last.idle) printMemoryNote(last.idle.some((p) => p.role === 'esbuild'));
  if (last.scans) printScans(last.scans, last.skipped ?? [], opts.instantHardware);
  if (last.scanCpu) printScanCpu(last.scanCpu);
  if (last.beamDumpTarget && last.beamDumps?.length) printBeamDumps(last.beamDumpTarget, last.beamDumps);
  if (opts.faults > 0 && !last.beamDumpTarget) console.log('\nBeam dump skipped: no beamline has a ring-current device on a calc record of its IOC with LOLO and constant B, C.');
  if (last.hostKills?.length) printHostKills(last.hostKills);
  if (opts.json) writeFileSync(opts.json, `${JSON.stringify({ machine: machine(), options: opts, runs, ...last, problems: [...problems, ...last.problems] }, null, 2)}\n`);
  console.log(`\nload average at the end: ${load()}`);
  problems.push(...last.problems);
  if (problems.length > 0) {
    console.log(`\n!!! ${problems.length} PROBLEM(S):`);
    for (const problem of problems) console.log(`!!! ${problem}`);
    throw new Error('bench:facility: the facility did not behave (see the problems above)');
  }
}

runBench('bench:facility', main);
