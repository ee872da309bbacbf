/**
 * Real parts for run engine integration tests: a device host in-process whose devices read
 * simulated IOC records (the record database `--signals sim` serves), a client that drives the run
 * engine over NATS the way the gateway does, and a reader of the documents it stores in JetStream.
 */
import assert from 'node:assert/strict';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { brightline } from '../../gen/proto.js';
import { parseDeviceConfigs, startDeviceHost, type DeviceHost } from '../../actors/device/mod.js';
import { createSignalResolver } from '../../actors/device/signals/create-resolver.js';
import type { DocumentValidator } from '../../actors/plan/document-schemas.js';
import { DOCUMENT_STREAM, PlanVerb, QueueVerb, subjects, type Bus, type BusSubscription, type StreamReader } from '../../actors/transport/mod.js';
import type { CaClient } from '../../epics/client/mod.js';
import { createDatabase, type ProcessVariable, type RecordDatabase } from '../../epics/server/records/mod.js';
import { toWireMap, type PlainValue } from '../../lib/values.js';

const v1 = brightline.v1;
const REQUEST = { timeoutMs: 5_000 };

/**
 * A motor slow enough that a 0.5 mm step takes about 0.3 s, a detector peaked on it, a shutter
 * (open) and the ring current as an `ao` record a test can drop and restore.
 */
export function beamlineRecords(): unknown[] {
  return [
    { type: 'motor', name: 'm1', egu: 'mm', velo: 2, accl: 0.05, llm: -10, hlm: 10, prec: 3, value: 0, tickMs: 20 },
    { type: 'calc', name: 'det', calc: 'E+A*EXP(-((B-C)**2)/(2*D*D))', inputs: { A: 1000, B: 'm1.RBV', C: 1, D: 0.5, E: 10 }, egu: 'counts', prec: 1 },
    { type: 'bo', name: 'shutter', znam: 'closed', onam: 'open', value: 1 },
    { type: 'ao', name: 'ring', egu: 'mA', prec: 2, value: 200 },
  ];
}

/** The devices on those records, reached through sim:// as a `--signals sim` host reaches its ca:// PVs. */
export function beamlineDevices(prefix: string): unknown[] {
  return [
    { kind: 'motor', name: 'm1', pv: `sim://${prefix}m1` },
    { kind: 'point-detector', name: 'det', pv: `sim://${prefix}det`, exposure_s: 0.02 },
    { kind: 'shutter', name: 'shutter', pv: `sim://${prefix}shutter` },
    { kind: 'ring-current', name: 'ring_current', pv: `sim://${prefix}ring`, beam_threshold_ma: 10 },
  ];
}

export interface SimBeamlineOptions {
  bus: Bus;
  beamline: string;
  /** Record name prefix of the in-process IOC, e.g. `RE1:`. */
  prefix: string;
  records?: readonly unknown[];
  devices?: readonly unknown[];
  /** For devices on `ca://` PVs of a real CA server (a device a test takes away). */
  ca?: CaClient;
}

export interface SimBeamline {
  readonly database: RecordDatabase;
  readonly host: DeviceHost;
  /** A field of the in-process IOC: `pv('m1.DMOV')`, `pv('ring')`. */
  pv(name: string): ProcessVariable;
  /** The first element of a PV's value. */
  value(name: string): number | string | undefined;
  close(): Promise<void>;
}

export async function startSimBeamline(options: SimBeamlineOptions): Promise<SimBeamline> {
  const { prefix } = options;
  const database = createDatabase(prefix, options.records ?? beamlineRecords());
  const signals = createSignalResolver({ sim: database, ...(options.ca ? { ca: options.ca } : {}) });
  const host = await startDeviceHost({
    bus: options.bus,
    beamline: options.beamline,
    devices: parseDeviceConfigs([...(options.devices ?? beamlineDevices(prefix))], options.beamline),
    signals,
    dataDir: await mkdtemp(join(tmpdir(), 'bl-re-data-')),
    heartbeatIntervalMs: 200,
    retryDelayMs: 200,
  });
  const pv = (name: string): ProcessVariable => {
    const found = database.find(prefix + name);
    if (!found) throw new Error(`no PV ${prefix}${name}`);
    return found;
  };
  return {
    database,
    host,
    pv,
    value: (name) => pv(name).snapshot().value[0],
    close: async () => {
      await host.stop();
      database.close();
    },
  };
}

export interface Doc {
  name: string;
  body: Record<string, unknown>;
}

/** Every document of one beamline, read from the start of BL_DOCS and validated as it arrives. */
export class DocumentLog {
  readonly #byRun = new Map<string, Doc[]>();
  readonly #runOfItem = new Map<string, string>();
  readonly #invalid: string[] = [];

  private constructor(private reader: StreamReader | undefined) {}

  static async start(bus: Bus, beamline: string, validate: DocumentValidator): Promise<DocumentLog> {
    const log = new DocumentLog(undefined);
    log.reader = await bus.readStream(DOCUMENT_STREAM, subjects.documents(beamline, '*'), v1.DocumentEnvelope, { kind: 'all' }, (envelope) => {
      const name = envelope.name ?? '';
      const body = JSON.parse(envelope.json ?? '{}') as Record<string, unknown>;
      try {
        validate(name, body);
      } catch (error) {
        log.#invalid.push(`${name} ${envelope.uid ?? ''}: ${(error as Error).message}`);
      }
      const runUid = envelope.run_uid ?? '';
      if (name === 'start') log.#runOfItem.set(String(body['plan_item_uid']), runUid);
      const docs = log.#byRun.get(runUid) ?? [];
      docs.push({ name, body });
      log.#byRun.set(runUid, docs);
    });
    return log;
  }

  /** Documents that failed event-model validation (expected empty). */
  get invalid(): readonly string[] {
    return this.#invalid;
  }

  runUidOf(itemUid: string): string | undefined {
    return this.#runOfItem.get(itemUid);
  }

  /** The documents of the item's run so far (empty until its RunStart is read). */
  docsOf(itemUid: string): Doc[] {
    const runUid = this.#runOfItem.get(itemUid);
    return runUid === undefined ? [] : [...(this.#byRun.get(runUid) ?? [])];
  }

  /** The primary stream's events of the item's run so far. */
  primaryEvents(itemUid: string): Array<Record<string, unknown>> {
    const docs = this.docsOf(itemUid);
    const primary = new Set(docs.filter((d) => d.name === 'descriptor' && d.body['name'] === 'primary').map((d) => d.body['uid']));
    return docs.filter((d) => d.name === 'event' && primary.has(d.body['descriptor'])).map((d) => d.body);
  }

  /** Waits for the RunStop of the item's run and returns every document of the run. */
  async untilStopped(itemUid: string, timeoutMs = 20_000): Promise<Doc[]> {
    await eventually(`the RunStop of item ${itemUid}`, () => this.docsOf(itemUid).some((d) => d.name === 'stop'), timeoutMs);
    return this.docsOf(itemUid);
  }

  async close(): Promise<void> {
    await this.reader?.stop();
  }
}

/** Drives one beamline's run engine over NATS, as the gateway and the CLI do. */
export class RunEngineClient {
  /** Every state the engine published on bl.v1.planstate.<beamline>, in order. */
  readonly published: string[] = [];
  readonly #subscription: BusSubscription;

  constructor(private readonly bus: Bus, readonly beamline: string) {
    this.#subscription = bus.subscribe(subjects.planState(beamline), v1.PlanStatus, (status) => {
      if (this.published.at(-1) !== status.state) this.published.push(status.state);
    });
  }

  async submit(planName: string, args: Record<string, PlainValue>): Promise<string> {
    const reply = await this.bus.request(
      subjects.plan(this.beamline, PlanVerb.Submit),
      v1.SubmitPlanRequest,
      { plan_name: planName, args: toWireMap(args), metadata: toWireMap({ operator: 'interruption-test' }) },
      v1.SubmitPlanReply,
      REQUEST,
    );
    return reply.item_uid;
  }

  /** pause, resume, abort, stop or halt; returns the state the engine is in afterwards. */
  async control(verb: 'pause' | 'resume' | 'abort' | 'stop' | 'halt', request: { reason?: string; immediate?: boolean } = {}): Promise<string> {
    const reply = await this.bus.request(subjects.plan(this.beamline, verb as PlanVerb), v1.PlanControlRequest, request, v1.PlanControlReply, REQUEST);
    return reply.state;
  }

  status(): Promise<brightline.v1.PlanStatus> {
    return this.bus.request(subjects.plan(this.beamline, PlanVerb.Status), v1.PlanStatusRequest, {}, v1.PlanStatus, REQUEST);
  }

  async history(): Promise<brightline.v1.HistoryEntry.$Properties[]> {
    return (await this.bus.request(subjects.queue(this.beamline, QueueVerb.History), v1.QueueHistoryRequest, {}, v1.QueueHistoryReply, REQUEST)).entries;
  }

  /** The history once it has an entry for each of `itemUids`: an entry is written just after the engine goes idle. */
  async historyIncluding(itemUids: readonly string[], timeoutMs = 10_000): Promise<brightline.v1.HistoryEntry.$Properties[]> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const entries = await this.history();
      if (itemUids.every((uid) => entries.some((entry) => entry.item?.item_uid === uid))) return entries;
      if (Date.now() > deadline) throw new Error(`no history entry for ${itemUids.join(', ')} within ${timeoutMs} ms`);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }

  async queue(): Promise<brightline.v1.QueueState.$Properties> {
    const reply = await this.bus.request(subjects.queue(this.beamline, QueueVerb.List), v1.QueueListRequest, {}, v1.QueueListReply, REQUEST);
    return reply.state ?? {};
  }

  /** Polls the status endpoint until the engine is in `state`; returns that status. */
  async untilState(state: string, timeoutMs = 10_000): Promise<brightline.v1.PlanStatus> {
    let last: brightline.v1.PlanStatus | undefined;
    await eventuallyAsync(() => `${this.beamline} ${state} (last: ${last?.state ?? '?'} ${last?.reason ?? ''})`, async () => {
      last = await this.status();
      return last.state === state;
    }, timeoutMs);
    assert.ok(last);
    return last;
  }

  close(): void {
    this.#subscription.unsubscribe();
  }
}

/** Polls `check` every 10 ms until it holds; fails naming `what` after `timeoutMs`. */
export async function eventually(what: string | (() => string), check: () => boolean, timeoutMs = 10_000): Promise<void> {
  await eventuallyAsync(what, async () => check(), timeoutMs);
}

export async function eventuallyAsync(what: string | (() => string), check: () => Promise<boolean>, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) assert.fail(`timed out after ${timeoutMs} ms waiting for ${typeof what === 'string' ? what : what()}`);
    await sleep(10);
  }
}

/** Asserts the events are seq_num 1..count, each once, in order. */
export function assertSeqNums(events: ReadonlyArray<Record<string, unknown>>, count: number): void {
  assert.deepEqual(events.map((e) => e['seq_num']), Array.from({ length: count }, (_, i) => i + 1));
  assert.equal(new Set(events.map((e) => e['uid'])).size, count, 'every event has its own uid');
}
