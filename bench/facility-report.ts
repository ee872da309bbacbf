/** The tables and notes bench/facility.ts prints, from its figures (no measuring here). */
import { cpus } from 'node:os';
import type { BeamDumpSample, BeamDumpTarget, HostKillSample } from './facility-faults.js';
import { byRole, MEMORY_HEADER, memoryRows, type ProcessMemory } from './facility-processes.js';
import type { ScanChoice, SkippedBeamline } from './facility-scan-choice.js';
import type { ConcurrentScans } from './facility-scans.js';
import type { ReadyFigures, StopFigures } from './facility-up.js';
import { printTable } from './text-table.js';

export interface RunFigures {
  readonly ready: ReadyFigures;
  /** Spawn of `up` → the dashboard's first message with every tile ok; NaN when it never came. */
  readonly allOkMs: number;
  /** Tiles not ok when the wait for all ok gave up. */
  readonly notOk: readonly string[];
  stop?: StopFigures;
}

/** CPU time used while the scans ran, by role, and by the whole machine (whatever else runs on it). */
export interface ScanCpu {
  readonly wallS: number;
  readonly machineBusyS: number;
  readonly byRole: ReadonlyArray<{ role: string; count: number; seconds: number }>;
  /** The same just before the scans, with nothing running. */
  readonly idle: { readonly wallS: number; readonly byRole: ReadonlyArray<{ role: string; seconds: number }> };
}

export function median(values: readonly number[]): number {
  const sorted = values.filter(Number.isFinite).sort((a, b) => a - b);
  if (sorted.length === 0) return Number.NaN;
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[middle] as number) : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
}

export const fixed = (value: number | undefined, digits: number): string => (value !== undefined && Number.isFinite(value) ? value.toFixed(digits) : '-');

export function printReady(runs: readonly RunFigures[]): void {
  console.log('\nTime to ready: `brightline up` spawned (fresh NATS store and state dir each run) → its summary line; "up says" is');
  console.log('  its own figure (launch → every process\'s heartbeat seen, after the build); "all OK" → the dashboard\'s first');
  console.log('  message with every tile ok (every device connected); stop = SIGINT → up exited.');
  const rows = runs.map((r, i) => [
    String(i + 1), fixed(r.ready.spawnToSummaryMs / 1000, 1), fixed(r.ready.upSaysS, 1), fixed(r.ready.buildS, 1), fixed(r.allOkMs / 1000, 1), fixed((r.stop?.ms ?? Number.NaN) / 1000, 1),
  ]);
  if (runs.length > 1) {
    rows.push([
      'median', fixed(median(runs.map((r) => r.ready.spawnToSummaryMs)) / 1000, 1), fixed(median(runs.map((r) => r.ready.upSaysS)), 1), fixed(median(runs.map((r) => r.ready.buildS ?? Number.NaN)), 1),
      fixed(median(runs.map((r) => r.allOkMs)) / 1000, 1), fixed(median(runs.map((r) => r.stop?.ms ?? Number.NaN)) / 1000, 1),
    ]);
  }
  printTable(['run', 'spawn → summary s', 'up says s', 'build s', 'spawn → all OK s', 'stop s'], rows);
  for (const [i, r] of runs.entries()) {
    if (r.ready.notReady) console.log(`  run ${i + 1}: no summary: up said "${r.ready.notReady}"`);
    if (r.notOk.length > 0) console.log(`  run ${i + 1}: the dashboard never showed every tile ok; not ok: ${r.notOk.join('; ')}`);
    if (r.stop && r.stop.leftovers.length > 0) console.log(`  run ${i + 1}: LEFT OVER after up exited (killed by the bench): ${r.stop.leftovers.map((p) => `${p.role} ${p.instance} pid ${p.pid}`).join(', ')}`);
    if (r.stop?.killed) console.log(`  run ${i + 1}: up did not stop within 30 s of SIGINT: its process group was killed`);
  }
}

export function printMemory(title: string, samples: readonly ProcessMemory[]): void {
  console.log(`\nMemory ${title}: ${samples.length} processes under up (MiB = 2^20 bytes)`);
  printTable(MEMORY_HEADER, memoryRows(byRole(samples)));
}

export function printMemoryNote(esbuild: boolean): void {
  console.log('  RSS counts the pages processes share (node\'s code) once per process; PSS divides them among their users,');
  console.log('  so the PSS total is what the facility takes. peak = the highest VmHWM of the role.');
  if (esbuild) console.log('  esbuild: the service process esbuild started for up\'s JavaScript build (deploy/daemon-bundle.ts), still running.');
}

export function printScans(scans: ConcurrentScans, skipped: readonly SkippedBeamline[], instantHardware: boolean): void {
  const { results, firstSubmitMs } = scans;
  const events = results.reduce((total, r) => total + r.events, 0);
  const lastStop = Math.max(...results.map((r) => r.stopMs).filter(Number.isFinite));
  const wallS = (lastStop - firstSubmitMs) / 1000;
  const slowestFloor = Math.max(...results.map((r) => r.choice.floorS));
  const planned = results.reduce((total, r) => total + r.choice.num, 0);
  console.log(`\n${results.length} concurrent scans, one per beamline, submitted together through the gateway (gRPC SubmitPlan, operator token)`);
  printTable(
    ['beamline', 'scan', 'points', 'exit', 'events', 'run s', 'events/s', 'step move s', 'exposure s', 'hw floor s', 'hw bound ev/s'],
    results.map((r) => {
      const runS = (r.stopMs - r.startMs) / 1000;
      return [
        r.choice.beamline, describeScan(r.choice), String(r.choice.num), r.exitStatus || '-', String(r.events), fixed(runS, 2), fixed(r.events / runS, 1),
        fixed(r.choice.stepMoveS, 3), fixed(r.choice.exposureS, 3), fixed(r.choice.floorS, 2), fixed(r.choice.num / r.choice.floorS, 1),
      ];
    }),
  );
  for (const s of skipped) console.log(`  ${s.beamline} skipped: ${s.why}`);
  console.log(`total: ${events} events in ${fixed(wallS, 2)} s from the first SubmitPlan to the last RunStop: ${fixed(events / wallS, 1)} events/s`);
  console.log(`  the simulated hardware allows at most ${fixed(planned / slowestFloor, 1)} events/s here (${planned} events / the slowest beamline's floor,`);
  console.log(`  ${fixed(slowestFloor, 2)} s); the sum of the beamlines' bounds is ${fixed(results.reduce((t, r) => t + r.choice.num / r.choice.floorS, 0), 1)} events/s.`);
  if (instantHardware) {
    console.log('  --instant-hardware: motors without acceleration on a 1 ms tick, point detectors without exposure: the figure is');
    console.log('  brightline\'s (run engine, device host, CA, NATS, JetStream, 8 beamlines on these cores), not the hardware\'s.');
  } else {
    console.log('  Each point waits for the motor (a simulated motor record completes a move only on its 100 ms tick, so every');
    console.log('  step takes at least 0.1 s) and the detector\'s exposure: this figure is bounded by the simulated hardware as');
    console.log('  configured, not by brightline. --instant-hardware takes those waits out to show brightline\'s own limit.');
  }
  console.log('  run s = RunStart → RunStop (the run engine\'s document times); hw floor = first move + steps + exposures.');
}

function describeScan(choice: ScanChoice): string {
  const digits = Math.max(0, Math.min(6, 2 - Math.floor(Math.log10(Math.abs(choice.stop - choice.start) || 1))));
  return `${choice.detector} vs ${choice.motor} ${choice.start.toFixed(digits)}..${choice.stop.toFixed(digits)}${choice.units ? ` ${choice.units}` : ''}`;
}

export function scanProblems(scans: ConcurrentScans): string[] {
  return scans.results.flatMap((r) => r.problems.map((p) => `${r.choice.beamline} (${r.runUid ? `run ${r.runUid.slice(0, 8)}` : `plan ${r.itemUid || '-'}`}): ${p}`));
}

export function printBeamDumps(target: BeamDumpTarget, samples: readonly BeamDumpSample[]): void {
  console.log(`\nFault → dashboard, beam dump on ${target.beamline} (${target.pv} topped up to 0 mA: below LOLO, MAJOR alarm):`);
  console.log('  from the IOC\'s timestamp of the alarmed value to the event-stream message (GET /api/events) listing the alarm');
  const rows = samples.map((s, i) => [String(i + 1), fixed(s.ms, 0), fixed(s.caMs, 0)]);
  if (samples.length > 1) rows.push(['median', fixed(median(samples.map((s) => s.ms)), 0), fixed(median(samples.map((s) => s.caMs)), 0)]);
  printTable(['rep', 'IOC alarm → dashboard ms', 'IOC alarm → bench CA monitor ms'], rows);
  if (samples[0]) console.log(`  the alarm as shown: "${samples[0].reason}"`);
  console.log('  Path: IOC → CA monitor of the device host → health record (KV BL_HEALTH) → the gateway\'s health feed →');
  console.log('  the dashboard\'s 25 ms coalescing window → the stream.');
}

export function printHostKills(samples: readonly HostKillSample[]): void {
  console.log('\nFault → dashboard, device host SIGKILL: from the kill to the message showing the beamline\'s devices DISCONNECTED');
  const rows = samples.map((s, i) => [String(i + 1), s.beamline, String(s.devices), fixed(s.firstMs, 0), fixed(s.allMs, 0), fixed(s.recoveredMs / 1000, 1)]);
  if (samples.length > 1) {
    rows.push(['median', '', '', fixed(median(samples.map((s) => s.firstMs)), 0), fixed(median(samples.map((s) => s.allMs)), 0), fixed(median(samples.map((s) => s.recoveredMs)) / 1000, 1)]);
  }
  printTable(['rep', 'beamline', 'devices', 'first DISCONNECTED ms', 'all DISCONNECTED ms', 'all OK again s'], rows);
  if (samples[0]) console.log(`  the supervisor's reason: "${samples[0].reason}"`);
  console.log('  This is mostly the supervisor\'s heartbeat timeout, by design: device hosts beat every 250 ms, and the supervisor');
  console.log('  counts one gone 3 intervals (750 ms) after its last beat, checking every 50 ms (actors/supervisor/supervisor-host.ts');
  console.log('  defaults); the last beat came 0-250 ms before the kill, so 0.5-0.8 s of waiting. "all OK again" adds up\'s 0.5 s');
  console.log('  restart delay and the new host\'s start.');
}

export function printScanCpu(cpu: ScanCpu): void {
  const cores = cpus().length;
  console.log(`\nCPU while the scans ran (${fixed(cpu.wallS, 1)} s wall, ${cores} cores: ${fixed(cpu.wallS * cores, 1)} CPU s available)`);
  const idlePercent = (role: string): number => (100 * (cpu.idle.byRole.find((r) => r.role === role)?.seconds ?? Number.NaN)) / cpu.idle.wallS;
  printTable(
    ['role', 'n', 'CPU s', '% of one core', 'idle before: %'],
    cpu.byRole.map((r) => [r.role, String(r.count), fixed(r.seconds, 1), fixed((100 * r.seconds) / cpu.wallS, 0), fixed(idlePercent(r.role), 0)]),
  );
  const facility = cpu.byRole.find((r) => r.role === 'all')?.seconds ?? 0;
  console.log(`  the machine was busy ${fixed(cpu.machineBusyS, 1)} CPU s (${fixed((100 * cpu.machineBusyS) / (cpu.wallS * cores), 0)}% of its cores), of which ${fixed(Math.max(0, cpu.machineBusyS - facility), 1)} s`);
  console.log(`  were not the facility's (this bench, and any other work on the machine). "idle before": the same processes over`);
  console.log(`  ${fixed(cpu.idle.wallS, 1)} s with nothing running, just before the scans (heartbeats, scanned records, health).`);
}
