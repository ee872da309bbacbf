/**
 * The over-NATS half of bench/run-engine.ts: a private nats-server, a device host and a run engine
 * each in its own process (bench/run-engine-role.ts), and this process as the client that submits
 * a plan and watches it end. A run is timed from the submit request until the RunStop is stored in
 * BL_DOCS, by the stream's own store timestamp of that message.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
// Reading store timestamps needs JetStream's manager API, which the Bus does not expose; the bench
// uses the NATS client for that only (lint's transport rule covers production folders, not bench/).
import { connect, type NatsConnection } from '@nats-io/transport-node';
import { jetstreamManager, type JetStreamManager, type StoredMsg } from '@nats-io/jetstream';
import { brightline } from '../gen/proto.js';
import { newUid } from '../lib/ids.js';
import { toWireMap, toWireValue } from '../lib/values.js';
import { Bus, DeviceVerb, DOCUMENT_STREAM, PlanVerb, subjects, type BusSubscription } from '../actors/transport/mod.js';
import { startBenchNats } from './device-nats.js';
import type { BenchChildren } from './run-bench.js';
import { JsonChild } from './json-child.js';
import { interleaved } from './latency.js';
import { NatsWire, WireRequester } from './nats-wire.js';
import { BenchRole, FLOOR_SUBJECTS, RE_BEAMLINE, type BenchPlan } from './run-engine-shared.js';

const v1 = brightline.v1;
const ROLE_SCRIPT = fileURLToPath(new URL('./run-engine-role.ts', import.meta.url));
const REQUEST_TIMEOUT_MS = 30_000;
const RUN_TIMEOUT_MS = 120_000;
/** Where probeRoundTrips stores its documents: a beamline and run no plan uses. */
const PROBE_BEAMLINE = 'REBENCH-PROBE';
const PROBE_RUN = 'probe';

export interface NatsSetup {
  readonly natsVersion: string;
  /** The private nats-server's client URL. */
  readonly url: string;
  /** Process ids of the device host and the run engine, for the report. */
  readonly pids: { deviceHost: number; runEngine: number };
  run(plan: BenchPlan): Promise<NatsRun>;
  /** Round trips of the requests one step makes, from this process, one in flight (see probeRoundTrips). */
  probe(count: number): Promise<RoundTrip[]>;
  /** The transport's own round trip, without brightline (see probeFloor). */
  floor(count: number): Promise<TransportFloor>;
  stop(): Promise<void>;
}

/** p50 and p99 (µs) of an empty request/reply between two processes through the same nats-server. */
export interface TransportFloor {
  /** The bare protocol over a socket on each side (bench/nats-wire.ts): nats-server and the sockets alone. */
  readonly wire: { p50Us: number; p99Us: number };
  /** The NATS client's request() to a subscription that respond()s: what the library adds. */
  readonly client: { p50Us: number; p99Us: number };
}

/** One kind of request a step of the plans waits on, timed alone. */
export interface RoundTrip {
  readonly key: 'trigger' | 'readDet' | 'setM1' | 'readM1' | 'store';
  readonly label: string;
  readonly p50Us: number;
  readonly meanUs: number;
  readonly p99Us: number;
}

export interface NatsRun {
  readonly exitStatus: string;
  readonly reason: string;
  /** Submit request sent → RunStop stored (the stream's timestamp): what events/s is computed from. */
  readonly submitToStopMs: number;
  /** Submit request sent → RunStart stored: the engine's start-up share of the above. */
  readonly submitToStartMs: number;
  /** Submit request sent → its reply (the engine replies once the item has started). */
  readonly submitReplyMs: number;
  /** Submit request sent → the idle PlanStatus of this item seen here (a cross-check). */
  readonly submitToIdleSeenMs: number;
  /** Messages of the run in BL_DOCS: RunStart, descriptor, events, RunStop. */
  readonly storedDocuments: number;
  /** `num_events` of the stored RunStop. */
  readonly numEvents: Record<string, number>;
  /**
   * How far the stored documents trailed the plan: the last Event's store timestamp minus its
   * `time` (set when the plan saved it). Near one publish round trip when publishing keeps up;
   * growing with the run when the documents, not the devices, set the pace.
   */
  readonly lastEventLagMs: number;
  /**
   * CPU time (user + system, ms) each process used from the submit until the idle status was seen:
   * unlike the wall time, barely moved by other work on the machine. Undefined off Linux.
   */
  readonly cpuMs: CpuMs | undefined;
}

export interface CpuMs {
  readonly natsServer: number;
  readonly deviceHost: number;
  readonly runEngine: number;
}

/** CPU time a process has used so far (ms), from /proc; undefined where there is none. */
function cpuMsOf(pid: number): number | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // Fields after the command name, which is in parentheses and may hold spaces: utime and stime are the 12th and 13th.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    const ticks = Number(fields[11]) + Number(fields[12]);
    return Number.isFinite(ticks) ? ticks * CLOCK_TICK_MS : undefined;
  } catch {
    return undefined;
  }
}

/** Linux's USER_HZ (`getconf CLK_TCK`), 100 on every architecture Node runs on. */
const CLOCK_TICK_MS = 10;

interface Pids {
  readonly natsServer: number;
  readonly deviceHost: number;
  readonly runEngine: number;
}

function cpuSnapshot(pids: Pids): CpuMs | undefined {
  const natsServer = cpuMsOf(pids.natsServer);
  const deviceHost = cpuMsOf(pids.deviceHost);
  const runEngine = cpuMsOf(pids.runEngine);
  if (natsServer === undefined || deviceHost === undefined || runEngine === undefined) return undefined;
  return { natsServer, deviceHost, runEngine };
}

function cpuSince(before: CpuMs | undefined, after: CpuMs | undefined): CpuMs | undefined {
  if (!before || !after) return undefined;
  return { natsServer: after.natsServer - before.natsServer, deviceHost: after.deviceHost - before.deviceHost, runEngine: after.runEngine - before.runEngine };
}

interface SeenStatus {
  readonly status: brightline.v1.PlanStatus;
  readonly at: number;
}

/**
 * Starts nats-server, then the device host and the run engine (each `node --import tsx`, with
 * `nodeFlags` such as `--cpu-prof`), and connects this process as their client.
 */
export async function startNatsSetup(children: BenchChildren, nodeFlags: { deviceHost: readonly string[]; runEngine: readonly string[] }): Promise<NatsSetup> {
  const nats = await startBenchNats();
  children.track(nats.child);
  const started: JsonChild[] = [];
  let bus: Bus | undefined;
  let raw: NatsConnection | undefined;
  let statuses: BusSubscription | undefined;
  const stop = async (): Promise<void> => {
    statuses?.unsubscribe();
    // the engine first: its stop waits for nothing of the host's when no plan runs
    for (const child of started.reverse()) await child.stop();
    await bus?.close();
    await raw?.drain();
    await nats.stop();
  };
  try {
    const host = JsonChild.start(children, ROLE_SCRIPT, [BenchRole.DeviceHost, nats.url], nodeFlags.deviceHost, 'device host');
    started.push(host);
    const hostReady = await host.nextJson();
    const engine = JsonChild.start(children, ROLE_SCRIPT, [BenchRole.RunEngine, nats.url], nodeFlags.runEngine, 'run engine');
    started.push(engine);
    const engineReady = await engine.nextJson();
    bus = await Bus.connect({ servers: nats.url, name: 'bench-run-engine-client' });
    raw = await connect({ servers: nats.url, name: 'bench-run-engine-stream-reader' });
    const jsm = await jetstreamManager(raw);
    const seen: SeenStatus[] = [];
    const wakers = new Set<() => void>();
    statuses = bus.subscribe(subjects.planState(RE_BEAMLINE), v1.PlanStatus, (status) => {
      seen.push({ status, at: performance.now() });
      for (const wake of [...wakers]) wake();
    });
    await bus.flush();
    const pids: Pids = { natsServer: nats.child.pid ?? 0, deviceHost: Number(hostReady['pid']), runEngine: Number(engineReady['pid']) };
    const client = { bus, jsm, seen, wakers, pids };
    return {
      natsVersion: nats.version,
      url: nats.url,
      pids: { deviceHost: Number(hostReady['pid']), runEngine: Number(engineReady['pid']) },
      run: (plan) => runOverNats(client, plan),
      probe: (count) => probeRoundTrips(bus as Bus, count),
      floor: async (count) => {
        const echo = JsonChild.start(children, ROLE_SCRIPT, [BenchRole.FloorEcho, nats.url], [], 'floor echo');
        started.push(echo);
        await echo.nextJson();
        return probeFloor(nats.url, raw as NatsConnection, count);
      },
      stop,
    };
  } catch (error) {
    await stop().catch(() => undefined);
    throw error;
  }
}

interface Client {
  readonly bus: Bus;
  readonly jsm: JetStreamManager;
  readonly seen: SeenStatus[];
  readonly wakers: Set<() => void>;
  readonly pids: Pids;
}

/** Submits `plan` as a client does and waits until the engine is idle after it, then reads what BL_DOCS stored. */
async function runOverNats(client: Client, plan: BenchPlan): Promise<NatsRun> {
  const { bus, jsm } = client;
  const lastSeqBefore = (await jsm.streams.info(DOCUMENT_STREAM)).state.last_seq;
  client.seen.length = 0;

  const cpuBefore = cpuSnapshot(client.pids);
  const submittedWall = Date.now();
  const submitted = performance.now();
  const reply = await bus.request(
    subjects.plan(RE_BEAMLINE, PlanVerb.Submit),
    v1.SubmitPlanRequest,
    { plan_name: plan.planName, args: toWireMap(plan.args), user: 'bench' },
    v1.SubmitPlanReply,
    { timeoutMs: REQUEST_TIMEOUT_MS },
  );
  const submitReplyMs = performance.now() - submitted;
  const itemUid = reply.item_uid;
  const idle = await idleStatusOf(client, itemUid);
  const cpuMs = cpuSince(cpuBefore, cpuSnapshot(client.pids));

  const runUid = idle.status.run_uids[0];
  if (runUid === undefined) throw new Error(`${plan.label}: the engine reports no run for item ${itemUid} (${idle.status.last_exit_status}: ${idle.status.last_reason})`);
  const subject = subjects.documents(RE_BEAMLINE, runUid);
  const first = await jsm.streams.getMessage(DOCUMENT_STREAM, { seq: lastSeqBefore + 1 });
  const last = await jsm.streams.getMessage(DOCUMENT_STREAM, { last_by_subj: subject });
  const start = stored(first, 'start', runUid);
  const stop = stored(last, 'stop', runUid);
  if (last === null) throw new Error(`BL_DOCS has no documents of run ${runUid}`);
  // Nothing else publishes to this nats-server during a run: the message before the RunStop is the run's last Event.
  const lastEvent = stored(await jsm.streams.getMessage(DOCUMENT_STREAM, { seq: last.seq - 1 }), 'event', runUid);
  const lastEventTimeS = (JSON.parse(lastEvent.envelope.json) as { time?: number }).time ?? Number.NaN;
  const info = await jsm.streams.info(DOCUMENT_STREAM, { subjects_filter: subject });
  const runStop = JSON.parse(stop.envelope.json) as { exit_status?: string; reason?: string; num_events?: Record<string, number> };
  return {
    exitStatus: runStop.exit_status ?? '?',
    reason: runStop.reason ?? '',
    submitToStopMs: stop.storedAt - submittedWall,
    submitToStartMs: start.storedAt - submittedWall,
    submitReplyMs,
    submitToIdleSeenMs: idle.at - submitted,
    storedDocuments: info.state.subjects?.[subject] ?? 0,
    numEvents: runStop.num_events ?? {},
    lastEventLagMs: lastEvent.storedAt - lastEventTimeS * 1000,
    cpuMs,
  };
}

function idleStatusOf(client: Client, itemUid: string): Promise<SeenStatus> {
  const find = (): SeenStatus | undefined =>
    client.seen.find(({ status }) => status.state === 'idle' && status.item_uid === itemUid && status.last_exit_status !== '');
  return new Promise<SeenStatus>((resolve, reject) => {
    const timer = setTimeout(() => {
      client.wakers.delete(check);
      reject(new Error(`item ${itemUid} did not end within ${RUN_TIMEOUT_MS / 1000} s`));
    }, RUN_TIMEOUT_MS);
    const check = (): void => {
      const found = find();
      if (found === undefined) return;
      clearTimeout(timer);
      client.wakers.delete(check);
      resolve(found);
    };
    client.wakers.add(check);
    check();
  });
}

/**
 * The requests a step of count (trigger det, read det) and scan (also set m1, read m1) waits on,
 * sent by this process as RemoteDevices sends them, one at a time; and a document stored the way
 * the run engine stores it (publishDurable of an Event's envelope into BL_DOCS, awaiting the ack),
 * under a beamline no run uses. The runs are over by then, so these disturb no figure.
 */
async function probeRoundTrips(bus: Bus, count: number): Promise<RoundTrip[]> {
  const command = (device: string, verb: DeviceVerb): string => subjects.deviceCommand(RE_BEAMLINE, device, verb);
  const timeout = { timeoutMs: REQUEST_TIMEOUT_MS };
  const event = {
    uid: newUid(), descriptor: newUid(), seq_num: 1, time: Date.now() / 1000,
    data: { det: 1009.2, m1: 0.5 }, timestamps: { det: Date.now() / 1000, m1: Date.now() / 1000 }, filled: {},
  };
  const probes: Array<{ key: RoundTrip['key']; label: string; once: (i: number) => Promise<unknown> }> = [
    { key: 'trigger', label: 'trigger det (point-detector, exposure 0)', once: () => bus.request(command('det', DeviceVerb.Trigger), v1.TriggerRequest, { timeout_s: 0 }, v1.StatusReply, timeout) },
    { key: 'readDet', label: 'read det', once: () => bus.request(command('det', DeviceVerb.Read), v1.ReadRequest, {}, v1.ReadReply, timeout) },
    { key: 'setM1', label: 'set m1 (signal on an ao)', once: (i) => bus.request(command('m1', DeviceVerb.Set), v1.SetRequest, { value: toWireValue(i % 2), timeout_s: 0 }, v1.StatusReply, timeout) },
    { key: 'readM1', label: 'read m1', once: () => bus.request(command('m1', DeviceVerb.Read), v1.ReadRequest, {}, v1.ReadReply, timeout) },
    {
      key: 'store',
      label: 'store an Event in BL_DOCS (publishDurable)',
      once: () => {
        const uid = newUid();
        const envelope = { name: 'event', uid, run_uid: PROBE_RUN, json: JSON.stringify({ ...event, uid }), beamline: PROBE_BEAMLINE };
        return bus.publishDurable(subjects.documents(PROBE_BEAMLINE, PROBE_RUN), v1.DocumentEnvelope, envelope, uid);
      },
    },
  ];
  const results: RoundTrip[] = [];
  for (const probe of probes) {
    for (let i = 0; i < Math.min(100, count); i++) await probe.once(i);
    const us: number[] = [];
    for (let i = 0; i < count; i++) {
      const t0 = performance.now();
      await probe.once(i);
      us.push((performance.now() - t0) * 1000);
    }
    us.sort((a, b) => a - b);
    const at = (fraction: number): number => us[Math.min(us.length - 1, Math.round(fraction * (us.length - 1)))] ?? Number.NaN;
    results.push({ key: probe.key, label: probe.label, p50Us: at(0.5), meanUs: us.reduce((sum, x) => sum + x, 0) / us.length, p99Us: at(0.99) });
  }
  return results;
}

/**
 * The round trip under every request: an empty request answered with an empty reply by another
 * process (the floor echo), through the same nats-server, one in flight, the two kinds taking turns
 * in blocks of 500. Over the bare protocol it is nats-server and the sockets alone; through the
 * client it adds what the library does on both sides. A step that waits on n round trips cannot be
 * shorter than n of these, whatever brightline does.
 */
async function probeFloor(url: string, nc: NatsConnection, count: number): Promise<TransportFloor> {
  const wire = await NatsWire.connect(url);
  try {
    const requester = new WireRequester(wire);
    await wire.flush();
    const empty = new Uint8Array(0);
    const probes = [
      { label: 'wire', once: () => requester.request(FLOOR_SUBJECTS.wire) },
      { label: 'client', once: () => nc.request(FLOOR_SUBJECTS.client, empty, { timeout: REQUEST_TIMEOUT_MS }) },
    ];
    await interleaved(probes, Math.min(500, count), 100, 1);
    const [wireFigures, clientFigures] = await interleaved(probes, count, 500, 1);
    if (!wireFigures || !clientFigures) throw new Error('the floor probes measured nothing');
    return { wire: { p50Us: wireFigures.p50, p99Us: wireFigures.p99 }, client: { p50Us: clientFigures.p50, p99Us: clientFigures.p99 } };
  } finally {
    wire.close();
  }
}

/**
 * The envelope of `message`, which must be document `name` of run `runUid`, and when nats-server
 * stored it, in ms since the epoch (the server's clock is this machine's).
 */
function stored(message: StoredMsg | null, name: string, runUid: string): { envelope: brightline.v1.DocumentEnvelope; storedAt: number } {
  if (message === null) throw new Error(`BL_DOCS has no ${name} document of run ${runUid}`);
  const envelope = v1.DocumentEnvelope.decode(message.data);
  if (envelope.name !== name || envelope.run_uid !== runUid) {
    throw new Error(`expected the ${name} of run ${runUid} at seq ${message.seq}, found ${envelope.name} of ${envelope.run_uid}`);
  }
  return { envelope, storedAt: message.time.getTime() };
}
