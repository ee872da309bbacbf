/**
 * Run engine benchmark (issue 6): events per second of `count` of a simulated detector (10,000
 * points) and `scan` (5,000 points), in-process and over NATS, beside Bluesky's RunEngine
 * (800 and 440 events/s on machines like this one; goal ≥ 20× in-process, ≥ 5× over NATS).
 * Prints figures, asserts nothing; the bench ends by itself (a watchdog kills it if anything hangs).
 *
 *   npm run bench:run-engine [-- --only in-process|nats] [-- --profile DIR]
 *
 * `--profile DIR` starts the device host and the run engine with `--cpu-prof` (profiles in
 * DIR/device-host and DIR/run-engine); summarise one with bench/run-engine-profile.ts. For the
 * in-process figures, run this file itself under `node --cpu-prof`.
 */
import { cpus, loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import { DEFAULT_DOCUMENT_WINDOW } from '../actors/plan/document-queue.js';
import { BenchChildren, runBench } from './run-bench.js';
import type { DeviceAccess } from '../actors/plan/device-access.js';
import { createDocumentPublisher } from '../actors/plan/document-publisher.js';
import { Bus } from '../actors/transport/mod.js';
import { DocumentSink, runLocal, startLocalBeamline, type LocalRun } from './run-engine-local.js';
import { startNatsSetup, type NatsRun, type RoundTrip, type TransportFloor } from './run-engine-nats.js';
import {
  BLUESKY_EVENTS_PER_S, COUNT_POINTS, GOAL_FACTOR, RE_BEAMLINE, SCAN_POINTS, WARMUP_FRACTION, countPlan, scanPlan, type BenchPlan,
} from './run-engine-shared.js';
import { printTable } from './text-table.js';

/** The whole bench takes about a minute and a half; past this something hangs and we stop. */
const WATCHDOG_MS = 175_000;
const PROBE_COUNT = 500;
/** Round trips of each kind for the transport floor. */
const FLOOR_COUNT = 5_000;

const children = new BenchChildren();

const Mode = { InProcess: 'in-process', Nats: 'nats' } as const;
type Mode = (typeof Mode)[keyof typeof Mode];

interface Figure {
  readonly mode: string;
  readonly plan: BenchPlan;
  readonly ms: number;
  /** undefined for a what-if row, which has no goal. */
  readonly goalPerS: number | undefined;
}

function format(value: number, digits = 0): string {
  return value.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits });
}

const perSecond = (figure: Figure): number => figure.plan.events / (figure.ms / 1000);

function goalOf(plan: BenchPlan, mode: Mode): number {
  return BLUESKY_EVENTS_PER_S[plan.label] * (mode === Mode.InProcess ? GOAL_FACTOR.inProcess : GOAL_FACTOR.nats);
}

/** The run must have ended well, with one event per point. */
function checkLocal(plan: BenchPlan, run: LocalRun, what: string): LocalRun {
  if (run.exitStatus !== 'success' || run.documents['event'] !== plan.events) {
    throw new Error(`${what} ${plan.label}: ${run.exitStatus} (${run.reason}), documents ${JSON.stringify(run.documents)}`);
  }
  return run;
}

function checkNats(plan: BenchPlan, run: NatsRun): NatsRun {
  if (run.exitStatus !== 'success' || run.numEvents['primary'] !== plan.events || run.storedDocuments !== plan.events + 3) {
    throw new Error(`over NATS ${plan.label}: ${run.exitStatus} (${run.reason}), num_events ${JSON.stringify(run.numEvents)}, ${run.storedDocuments} stored`);
  }
  return run;
}

const warmup = (plan: (num: number) => BenchPlan, points: number): BenchPlan => plan(Math.round(points * WARMUP_FRACTION));

/** The warm-up runs of both plans, a tenth of their points each, checked like the measured ones. */
async function warmUpLocal(devices: DeviceAccess, sink: Parameters<typeof runLocal>[2]): Promise<void> {
  for (const plan of [warmup(countPlan, COUNT_POINTS), warmup(scanPlan, SCAN_POINTS)]) checkLocal(plan, await runLocal(devices, plan, sink), 'warm-up');
}

const SINKS = [[DocumentSink.Discard, 'documents discarded'], [DocumentSink.Encode, 'documents encoded']] as const;

async function inProcess(): Promise<Figure[]> {
  const figures: Figure[] = [];
  const variants = [
    { instantTrigger: false, mode: 'in-process', what: 'the bench\'s devices' },
    { instantTrigger: true, mode: 'what-if: in-process, trigger without timer', what: 'the point detector\'s trigger resolving at once (what-if)' },
  ];
  for (const variant of variants) {
    const beamline = await startLocalBeamline({ instantTrigger: variant.instantTrigger });
    try {
      console.log(`in-process, ${variant.what}: warm-up, then count ${format(COUNT_POINTS)} and scan ${format(SCAN_POINTS)}, documents discarded, then encoded ...`);
      await warmUpLocal(beamline.devices, DocumentSink.Discard);
      for (const [sink, label] of SINKS) {
        for (const plan of [countPlan(COUNT_POINTS), scanPlan(SCAN_POINTS)]) {
          const mode = `${variant.mode}, ${label}`;
          const run = checkLocal(plan, await runLocal(beamline.devices, plan, sink), mode);
          figures.push({ mode, plan, ms: run.ms, goalPerS: variant.instantTrigger ? undefined : goalOf(plan, Mode.InProcess) });
        }
      }
    } finally {
      await beamline.stop();
    }
  }
  return figures;
}

/** How long `await setTimeout(0)` takes here, the floor of a trigger that waits `delay(0)`. */
async function timerFloorMs(count = 200): Promise<number> {
  const started = performance.now();
  for (let i = 0; i < count; i++) await new Promise((resolve) => setTimeout(resolve, 0));
  return (performance.now() - started) / count;
}

interface NatsFigures {
  readonly figures: Figure[];
  readonly runs: NatsRun[];
  readonly roundTrips: RoundTrip[];
  readonly floor: TransportFloor;
  readonly natsVersion: string;
}

async function overNats(profileDir: string | undefined): Promise<NatsFigures> {
  const flags = (role: string): string[] => (profileDir === undefined ? [] : ['--cpu-prof', `--cpu-prof-dir=${join(profileDir, role)}`]);
  const setup = await startNatsSetup(children, { deviceHost: flags('device-host'), runEngine: flags('run-engine') });
  try {
    console.log(`over NATS: nats-server ${setup.natsVersion}, device host pid ${setup.pids.deviceHost}, run engine pid ${setup.pids.runEngine}; warm-up, then count ${format(COUNT_POINTS)} and scan ${format(SCAN_POINTS)} ...`);
    for (const plan of [warmup(countPlan, COUNT_POINTS), warmup(scanPlan, SCAN_POINTS)]) checkNats(plan, await setup.run(plan));
    const figures: Figure[] = [];
    const runs: NatsRun[] = [];
    for (const plan of [countPlan(COUNT_POINTS), scanPlan(SCAN_POINTS)]) {
      const run = checkNats(plan, await setup.run(plan));
      runs.push(run);
      figures.push({ mode: 'over NATS', plan, ms: run.submitToStopMs, goalPerS: goalOf(plan, Mode.Nats) });
    }
    console.log(`over NATS: round trips of a step's requests, ${PROBE_COUNT} each, one in flight ...`);
    const roundTrips = await setup.probe(PROBE_COUNT);
    console.log(`over NATS: the transport floor, ${format(FLOOR_COUNT)} empty round trips each, one in flight ...`);
    const floor = await setup.floor(FLOOR_COUNT);
    figures.push(...(await devicesInEngineProcess(setup.url)));
    return { figures, runs, roundTrips, floor, natsVersion: setup.natsVersion };
  } finally {
    await setup.stop();
  }
}

/**
 * What-if (no goal): the devices in the run engine's own process, so a step waits on no round trip,
 * while every document is stored in the same nats-server's BL_DOCS as the run engine stores it
 * (createDocumentPublisher, the document window; run() resolves once the RunStop is stored). This
 * process plays that engine; the device host and run engine processes are idle meanwhile.
 */
async function devicesInEngineProcess(url: string): Promise<Figure[]> {
  const mode = 'what-if: devices in the engine\'s process, documents to BL_DOCS';
  console.log(`${mode}: warm-up, then count ${format(COUNT_POINTS)} and scan ${format(SCAN_POINTS)} ...`);
  const bus = await Bus.connect({ servers: url, name: 'bench-run-engine-colocated' });
  const beamline = await startLocalBeamline({ instantTrigger: false });
  try {
    const store = createDocumentPublisher({ bus, beamline: `${RE_BEAMLINE}-COLOCATED` });
    await warmUpLocal(beamline.devices, store);
    const figures: Figure[] = [];
    for (const plan of [countPlan(COUNT_POINTS), scanPlan(SCAN_POINTS)]) {
      const run = checkLocal(plan, await runLocal(beamline.devices, plan, store), mode);
      figures.push({ mode, plan, ms: run.ms, goalPerS: undefined });
    }
    return figures;
  } finally {
    await beamline.stop();
    await bus.close();
  }
}

function verdict(figure: Figure): string {
  if (figure.goalPerS === undefined) return 'what-if';
  return `${perSecond(figure) >= figure.goalPerS ? 'PASS' : 'MISS'} (goal ${format(figure.goalPerS)})`;
}

function printFigures(figures: readonly Figure[]): void {
  printTable(
    ['mode', 'plan', 'events', 'time (s)', 'events/s', 'µs/event', 'x Bluesky', 'goal'],
    figures.map((f) => [
      f.mode,
      f.plan.label,
      format(f.plan.events),
      format(f.ms / 1000, 2),
      format(perSecond(f)),
      format((f.ms * 1000) / f.plan.events),
      `${format(perSecond(f) / BLUESKY_EVENTS_PER_S[f.plan.label], 1)}x`,
      verdict(f),
    ]),
  );
}

function printHow(nats: NatsFigures | undefined, timerMs: number): void {
  console.log('');
  console.log(`Bluesky = RunEngine figures quoted by issue 6 (count ${BLUESKY_EVENTS_PER_S.count}, scan ${BLUESKY_EVENTS_PER_S.scan} events/s, ophyd.sim devices, no`);
  console.log('  document storage); not measured here. Goals: 20x in-process, 5x over NATS.');
  console.log('Plans: buildSubmittedPlan as a submission builds them (validated, staged): count([det], num) and scan([det], m1, 0, 1, num).');
  console.log('  Each point: checkpoint, trigger det, wait, create, read (m1,) det, save; scan first sets m1 and waits.');
  console.log('Devices: real device actors (device machine, handle, kind behaviour) over sim:// records: det a point-detector');
  console.log('  (exposure_s 0) on a calc record following m1; m1 a `signal` device on an ao record, whose put completes at');
  console.log('  once (an instantly settling positioner, like ophyd.sim\'s motor; the sim motor record moves in real time).');
  console.log(`  det's trigger with exposure_s 0 resolves without a timer (a setTimeout(0) would cost ${format(timerMs, 2)} ms here).`);
  console.log('  "what-if" rows replace the trigger behaviour by an empty one (bench/run-engine-local.ts): what the rest costs; no goal.');
  console.log('in-process = the run engine\'s PlanInterpreter in this process, driving the device handles through a DeviceAccess');
  console.log('  adapter (bench/run-engine-local.ts) with the wire\'s conversions and no NATS; no run engine machine, queue or');
  console.log('  status publishing. Timed from the interpreter\'s start until run() resolves (RunStop emitted), stage and');
  console.log('  unstage included. "discarded": emit() counts each document and resolves; "encoded": emit() also does what');
  console.log('  document-publisher.ts does before publishing (JSON.stringify into a protobuf DocumentEnvelope).');
  console.log('over NATS = the real thing: nats-server (JetStream, file store), a device host process (startDeviceHost over');
  console.log('  sim://) and a run engine process (startRunEngine: KV queue, machine, RemoteDevices, documents published to');
  console.log(`  BL_DOCS with up to ${DEFAULT_DOCUMENT_WINDOW} Events in flight, no validation), both under tsx. This process submits the plan (plan submit`);
  console.log('  request) and the time runs from sending it until nats-server stored the RunStop (that message\'s timestamp in');
  console.log('  BL_DOCS); every run is checked: RunStop success, num_events = points, points + 3 documents stored.');
  if (nats === undefined) return;
  const [countRun, scanRun] = nats.runs;
  if (countRun && scanRun) {
    const detail = (run: NatsRun): string =>
      `submit reply ${format(run.submitReplyMs, 1)} ms, RunStart stored after ${format(run.submitToStartMs)} ms, idle status seen here after ${format(run.submitToIdleSeenMs)} ms, last Event stored ${format(run.lastEventLagMs, 1)} ms after the plan saved it`;
    console.log(`  count: ${detail(countRun)}; scan: ${detail(scanRun)}.`);
  }
  const cpuRows = nats.runs.flatMap((run, i) => {
    const figure = nats.figures[i];
    if (!run.cpuMs || !figure) return [];
    const perEvent = (ms: number): string => format((ms * 1000) / figure.plan.events);
    const { natsServer, deviceHost, runEngine } = run.cpuMs;
    return [[figure.plan.label, perEvent(natsServer), perEvent(deviceHost), perEvent(runEngine), perEvent(natsServer + deviceHost + runEngine), format((figure.ms * 1000) / figure.plan.events)]];
  });
  if (cpuRows.length > 0) {
    console.log('');
    console.log('CPU per event (µs, user + system, from the submit until idle; less moved by other load than the wall time)');
    printTable(['plan', 'nats-server', 'device host', 'run engine', 'sum', 'wall µs/event'], cpuRows);
    console.log('  Two cores: the sum over 2 is the floor of the wall time per event, were every process always busy.');
  }
  console.log('');
  console.log(`Over NATS, each step waits on these in turn (from this process to the same host and stream, ${PROBE_COUNT} each, one in flight)`);
  printTable(
    ['request', 'p50 (µs)', 'mean (µs)', 'p99 (µs)'],
    nats.roundTrips.map((r) => [r.label, format(r.p50Us), format(r.meanUs), format(r.p99Us)]),
  );
  const p50 = (key: RoundTrip['key']): number => nats.roundTrips.find((r) => r.key === key)?.p50Us ?? Number.NaN;
  const names: Record<RoundTrip['key'], string> = { trigger: 'trigger', readDet: 'read det', setM1: 'set m1', readM1: 'read m1', store: 'store' };
  const step = (plan: 'count' | 'scan'): string => {
    // A set or trigger reply carries the device's readings (RemoteDevices' completed reads): a step's reads are no round trips.
    const keys: RoundTrip['key'][] = plan === 'count' ? ['trigger'] : ['setM1', 'trigger'];
    const measured = nats.figures.find((f) => f.plan.label === plan);
    const sum = keys.reduce((total, key) => total + p50(key), 0);
    return `${plan}: ${keys.map((key) => names[key]).join(' + ')} = ${format(sum)} µs (measured ${measured ? format((measured.ms * 1000) / measured.plan.events) : '?'} µs/event)`;
  };
  console.log(`Round trips a step waits on in turn (its reads are answered by the set and trigger replies), p50 sums: ${step('count')}; ${step('scan')}.`);
  console.log(`Documents are stored beside the steps, up to ${DEFAULT_DOCUMENT_WINDOW} Events in flight (document-queue.ts); one at a time, at ${format(p50('store'))} µs`);
  console.log(`  each, they would cap a run at ${format(1e6 / p50('store'))} documents/s. The "last Event stored" lag above says whether they kept up.`);
  printFloor(nats.floor);
}

/**
 * What the transport alone allows: a step of count waits on one device round trip (the trigger,
 * whose reply carries the readings), a step of scan on two (set m1, then trigger det), each after
 * the last; no brightline code can make a step shorter than its round trips.
 */
function printFloor(floor: TransportFloor): void {
  const trips = { count: 1, scan: 2 } as const;
  console.log('');
  console.log('The transport floor: an empty request and its empty reply between two other processes through this nats-server');
  console.log(`(${format(FLOOR_COUNT)} each, one in flight), and what it alone allows a plan whose steps each wait on n of them, in turn:`);
  const row = (label: string, figures: { p50Us: number; p99Us: number }): string[] => [
    label, format(figures.p50Us), format(figures.p99Us),
    format(1e6 / (trips.count * figures.p50Us)), format(1e6 / (trips.scan * figures.p50Us)),
  ];
  printTable(
    ['round trip', 'p50 (µs)', 'p99 (µs)', 'count max ev/s (1 per step)', 'scan max ev/s (2 per step)'],
    [row('bare protocol (socket, no client library)', floor.wire), row('NATS client request() / respond()', floor.client)],
  );
  const budget = (plan: 'count' | 'scan'): number => 1e6 / (BLUESKY_EVENTS_PER_S[plan] * GOAL_FACTOR.nats);
  console.log(`  The goals leave a step ${format(budget('count'))} µs (count) and ${format(budget('scan'))} µs (scan) for its round trips, the device, the plan and its documents.`);
}

function printVerdicts(figures: readonly Figure[]): void {
  console.log('');
  for (const f of figures) {
    if (f.goalPerS === undefined) continue;
    const factor = f.mode === 'over NATS' ? GOAL_FACTOR.nats : GOAL_FACTOR.inProcess;
    console.log(
      `goal ${f.mode}, ${f.plan.label} >= ${format(f.goalPerS)} events/s (${factor}x ${BLUESKY_EVENTS_PER_S[f.plan.label]}): ${format(perSecond(f))} events/s: ${perSecond(f) >= f.goalPerS ? 'PASS' : 'MISS'}`,
    );
  }
}

function parseArgs(argv: readonly string[]): { modes: Mode[]; profileDir: string | undefined } {
  let modes: Mode[] = [Mode.InProcess, Mode.Nats];
  let profileDir: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const value = argv[i + 1];
    if (arg === '--only' && (value === Mode.InProcess || value === Mode.Nats)) modes = [value];
    else if (arg === '--profile' && value !== undefined) profileDir = resolve(value);
    else throw new Error(`usage: run-engine.ts [--only in-process|nats] [--profile DIR]; got '${arg}'`);
    i += 1;
  }
  return { modes, profileDir };
}

async function main(): Promise<void> {
  const { modes, profileDir } = parseArgs(process.argv.slice(2));
  const benchStarted = performance.now();
  const cpu = cpus();
  console.log(`run engine benchmark: node ${process.version}, ${cpu.length} cpus (${cpu[0]?.model.trim() ?? '?'}), ${process.platform}/${process.arch}`);
  // other work on the machine moves every figure here; the load says how much there was
  console.log(`load average before start: ${loadavg().map((load) => load.toFixed(2)).join(' ')}`);
  const figures: Figure[] = [];
  const timerMs = await timerFloorMs();
  if (modes.includes(Mode.InProcess)) figures.push(...(await inProcess()));
  const nats = modes.includes(Mode.Nats) ? await overNats(profileDir) : undefined;
  if (nats) figures.push(...nats.figures);

  console.log('');
  console.log('Events per second (each figure one run, after a warm-up run of a tenth of its points)');
  printFigures(figures);
  printHow(nats, timerMs);
  printVerdicts(figures);
  if (profileDir !== undefined) console.log(`CPU profiles in ${profileDir}; summarise with: node --import tsx bench/run-engine-profile.ts ${join(profileDir, 'run-engine')}`);
  console.log(`bench took ${((performance.now() - benchStarted) / 1000).toFixed(1)} s; load average at the end: ${loadavg().map((load) => load.toFixed(2)).join(' ')}`);
}

runBench('bench:run-engine', main, { watchdogMs: WATCHDOG_MS, children });
