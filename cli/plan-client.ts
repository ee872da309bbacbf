/**
 * The plan, queue and run verbs of the CLI as plain async calls on one beamline's run engine and
 * its stored runs, through the gRPC gateway. This is the only CLI module that knows how plans are
 * reached (the Facility methods, their deadlines, the status and document streams): the commands
 * see plain data and typed errors.
 */
import type { brightline } from '../gen/proto.js';
import { BrightlineError, ErrorCode } from '../lib/errors.js';
import { RunEngineUnavailableError } from '../gateway/run-engine-request.js';
import { fromWireMap, toWireMap, type PlainValue } from '../lib/values.js';
import { GatewayClient, type ReplyOf, type RequestOf, type UnaryMethod } from './gateway-client.js';
import { GatewayCallError } from './gateway-errors.js';

// The gateway's error class, raised again here from its status so that a follower can tell a missing engine from a refusal.
export { RunEngineUnavailableError };

/** Status, control and queue requests answer at once (the gateway gives the engine 5 s). */
const QUICK_TIMEOUT_MS = 6_000;
/** A submission checks the plan's devices with the device host (a heartbeat away) first. */
const SUBMIT_TIMEOUT_MS = 16_000;
/** Listing runs looks up each run's RunStart and RunStop. */
const LIST_RUNS_TIMEOUT_MS = 30_000;

/** A plan with its arguments and the devices around it, as submitted or queued. */
export interface Submission {
  plan_name: string;
  args: Record<string, PlainValue>;
  metadata: Record<string, PlainValue>;
  /** Who submits: the gateway records the user of the token, whatever this says. */
  user: string;
  baseline: string[];
  monitor: string[];
}

export interface SubmitResult {
  item_uid: string;
  /** The item's index in the queue: 0 when nothing runs before it. */
  position: number;
}

/** The run engine's state (proto PlanStatus), every field present. */
export interface PlanStatusInfo {
  beamline: string;
  /** idle, running, pausing, paused, suspended, aborting, stopping, halting */
  state: string;
  item_uid: string;
  plan_name: string;
  run_uids: string[];
  step: number;
  total_steps: number;
  /** Seconds left at the pace so far; 0 when unknown. */
  eta_s: number;
  /** Why it is paused, suspended or ending. */
  reason: string;
  last_exit_status: string;
  last_reason: string;
  last_result_json: string;
  /** Plans waiting in the queue (the running one not counted). */
  queued: number;
  queue_started: boolean;
}

export interface QueueItemInfo extends Submission {
  item_uid: string;
  /** Seconds since the epoch. */
  added_at: number;
}

export interface QueueStateInfo {
  /** In order; a running item is first. */
  items: QueueItemInfo[];
  started: boolean;
  /** Empty when nothing runs. */
  running_item_uid: string;
}

export interface HistoryEntryInfo {
  item: QueueItemInfo;
  /** success, abort or fail */
  exit_status: string;
  reason: string;
  run_uids: string[];
  /** The plan's return value as JSON; empty when it returned nothing. */
  result_json: string;
  started_at: number;
  finished_at: number;
}

/** A stored run, from its RunStart and (once closed) its RunStop. */
export interface RunInfo {
  run_uid: string;
  /** null when the RunStart has none. */
  scan_id: number | null;
  plan_name: string;
  plan_item_uid: string;
  user: string;
  /** Seconds since the epoch. */
  time: number;
  /** success, abort, fail; '' while the run has no RunStop. */
  exit_status: string;
  reason: string;
  num_events: number;
  /** Seconds since the epoch; 0 while open. */
  stop_time: number;
}

export interface RunList {
  /** Oldest first. */
  runs: RunInfo[];
  /** Runs stored for the beamline. */
  total: number;
}

/** One event-model document of a run, its body parsed. */
export interface RunDocument {
  name: string;
  run_uid: string;
  doc: Record<string, unknown>;
}

export const ControlVerb = {
  Pause: 'pause',
  Resume: 'resume',
  Abort: 'abort',
  Stop: 'stop',
  Halt: 'halt',
} as const;
export type ControlVerb = (typeof ControlVerb)[keyof typeof ControlVerb];

export interface ControlOptions {
  reason?: string;
  /** pause only: now, stopping what moves, rather than at the next checkpoint. */
  immediate?: boolean;
  /** Act only if this plan is the one running. */
  itemUid?: string;
}

export interface Watch {
  stop(): void;
}

/** The gateway's errors (by class name) for a run engine that is not running, not answering or silent. */
const RUN_ENGINE_ERRORS: ReadonlySet<string> = new Set([RunEngineUnavailableError.name, 'RunEngineSilentError']);

export class PlanClient {
  private constructor(
    private readonly gateway: GatewayClient,
    readonly beamline: string,
  ) {}

  static async connect(beamline: string): Promise<PlanClient> {
    return new PlanClient(await GatewayClient.connect(), beamline);
  }

  /** Adds the plan at the end of the queue and starts the queue. */
  async submit(submission: Submission): Promise<SubmitResult> {
    const reply = await this.call('SubmitPlan', { beamline: this.beamline, plan: wireSubmission(submission) }, SUBMIT_TIMEOUT_MS);
    return { item_uid: reply.item_uid ?? '', position: reply.position ?? 0 };
  }

  /** pause, resume, abort, stop or halt; resolves with the state the engine is in afterwards. */
  async control(verb: ControlVerb, options: ControlOptions = {}): Promise<string> {
    const request = { beamline: this.beamline, verb, reason: options.reason ?? '', immediate: options.immediate ?? false, item_uid: options.itemUid ?? '' };
    return (await this.call('ControlPlan', request, QUICK_TIMEOUT_MS)).state ?? '';
  }

  async status(): Promise<PlanStatusInfo> {
    return statusFrom(await this.call('GetPlanStatus', { beamline: this.beamline }, QUICK_TIMEOUT_MS));
  }

  /**
   * The current status, then every change of the run engine's state and progress (progress at
   * most every 100 ms), until stopped. `onEnd` is told once why the watch ended by itself: the
   * run engine went silent or away (UNAVAILABLE), the gateway is gone, or the caller was refused.
   */
  onStatus(listener: (status: PlanStatusInfo) => void, onEnd: (error: BrightlineError) => void = () => undefined): Watch {
    const stream = this.gateway.stream('WatchPlanStatus', { beamline: this.beamline });
    let stopped = false;
    const ended = (error: BrightlineError): void => {
      if (!stopped) onEnd(error);
    };
    void (async () => {
      for await (const status of stream) listener(statusFrom(status));
    })().then(
      () => ended(new RunEngineUnavailableError(`the gateway ended the status of ${this.beamline}'s run engine`)),
      (error: unknown) => ended(this.typed(BrightlineError.from(error))),
    );
    return {
      stop: () => {
        stopped = true;
        stream.cancel();
      },
    };
  }

  /** Adds an item without starting the queue; `position` 0 is the front, absent the end. */
  async queueAdd(submission: Submission, position?: number): Promise<SubmitResult> {
    const request = { beamline: this.beamline, item: wireSubmission(submission), ...(position === undefined ? {} : { position }) };
    const reply = await this.call('QueueAdd', request, QUICK_TIMEOUT_MS);
    return { item_uid: reply.item_uid ?? '', position: reply.position ?? 0 };
  }

  async queueList(): Promise<QueueStateInfo> {
    return queueStateFrom((await this.call('QueueList', { beamline: this.beamline }, QUICK_TIMEOUT_MS)).state);
  }

  async queueMove(itemUid: string, position: number): Promise<QueueStateInfo> {
    return queueStateFrom((await this.call('QueueMove', { beamline: this.beamline, item_uid: itemUid, position }, QUICK_TIMEOUT_MS)).state);
  }

  async queueRemove(itemUid: string): Promise<QueueStateInfo> {
    return queueStateFrom((await this.call('QueueRemove', { beamline: this.beamline, item_uid: itemUid }, QUICK_TIMEOUT_MS)).state);
  }

  async queueClear(): Promise<QueueStateInfo> {
    return queueStateFrom((await this.call('QueueClear', { beamline: this.beamline }, QUICK_TIMEOUT_MS)).state);
  }

  async queueStart(): Promise<QueueStateInfo> {
    return queueStateFrom((await this.call('QueueStart', { beamline: this.beamline }, QUICK_TIMEOUT_MS)).state);
  }

  async queueStop(): Promise<QueueStateInfo> {
    return queueStateFrom((await this.call('QueueStop', { beamline: this.beamline }, QUICK_TIMEOUT_MS)).state);
  }

  /** The newest `limit` finished items (0: every kept one), oldest first. */
  async queueHistory(limit: number): Promise<HistoryEntryInfo[]> {
    return ((await this.call('QueueHistory', { beamline: this.beamline, limit }, QUICK_TIMEOUT_MS)).entries ?? []).map(historyFrom);
  }

  /** The newest `limit` stored runs of the beamline, oldest first, and how many there are. */
  async runs(limit: number): Promise<RunList> {
    const reply = await this.call('ListRuns', { beamline: this.beamline, limit }, LIST_RUNS_TIMEOUT_MS);
    return { runs: (reply.runs ?? []).map(runFrom), total: reply.total ?? 0 };
  }

  /**
   * The documents of one run (`run`: its uid, or enough of its start to be unique), in the order
   * they were published, from its RunStart: what is stored now, or with `live` on to its RunStop.
   * Resolves when the stream is over or `signal` aborts. A run that is not stored (yet) is
   * NotFound; a prefix that names several runs, InvalidArgument.
   */
  async documents(run: string, options: { live: boolean; signal?: AbortSignal }, onDocument: (document: RunDocument) => void): Promise<void> {
    const stream = this.gateway.stream('StreamDocuments', { beamline: this.beamline, run_uid: run, live: options.live });
    const onAbort = (): void => stream.cancel();
    options.signal?.addEventListener('abort', onAbort, { once: true });
    try {
      for await (const envelope of stream) onDocument(documentFrom(envelope));
    } finally {
      options.signal?.removeEventListener('abort', onAbort);
    }
  }

  async close(): Promise<void> {
    this.gateway.close();
  }

  private async call<M extends UnaryMethod>(method: M, request: RequestOf<M>, timeoutMs: number): Promise<ReplyOf<M>> {
    try {
      return await this.gateway.unary(method, request, { timeoutMs });
    } catch (error) {
      throw this.typed(error);
    }
  }

  /** The gateway's words for a missing or silent engine, typed so that a follower can tell them from a refusal. */
  private typed<E>(error: E): E | RunEngineUnavailableError {
    if (error instanceof GatewayCallError && error.code === ErrorCode.Unavailable && RUN_ENGINE_ERRORS.has(error.remoteName)) {
      return new RunEngineUnavailableError(error.message, { cause: error });
    }
    return error;
  }
}

function wireSubmission(s: Submission): brightline.v1.QueueItem.$Properties & brightline.v1.SubmitPlanRequest.$Properties {
  return { plan_name: s.plan_name, args: toWireMap(s.args), metadata: toWireMap(s.metadata), user: s.user, baseline: [...s.baseline], monitor: [...s.monitor] };
}

function statusFrom(s: brightline.v1.PlanStatus.$Properties): PlanStatusInfo {
  return {
    beamline: s.beamline ?? '',
    state: s.state ?? '',
    item_uid: s.item_uid ?? '',
    plan_name: s.plan_name ?? '',
    run_uids: [...(s.run_uids ?? [])],
    step: s.step ?? 0,
    total_steps: s.total_steps ?? 0,
    eta_s: s.eta_s ?? 0,
    reason: s.reason ?? '',
    last_exit_status: s.last_exit_status ?? '',
    last_reason: s.last_reason ?? '',
    last_result_json: s.last_result_json ?? '',
    queued: s.queued ?? 0,
    queue_started: s.queue_started ?? false,
  };
}

function itemFrom(item: brightline.v1.QueueItem.$Properties | null | undefined): QueueItemInfo {
  return {
    item_uid: item?.item_uid ?? '',
    plan_name: item?.plan_name ?? '',
    args: fromWireMap(item?.args),
    metadata: fromWireMap(item?.metadata),
    user: item?.user ?? '',
    added_at: item?.added_at ?? 0,
    baseline: [...(item?.baseline ?? [])],
    monitor: [...(item?.monitor ?? [])],
  };
}

function queueStateFrom(state: brightline.v1.QueueState.$Properties | null | undefined): QueueStateInfo {
  return { items: (state?.items ?? []).map(itemFrom), started: state?.started ?? false, running_item_uid: state?.running_item_uid ?? '' };
}

function historyFrom(entry: brightline.v1.HistoryEntry.$Properties): HistoryEntryInfo {
  return {
    item: itemFrom(entry.item),
    exit_status: entry.exit_status ?? '',
    reason: entry.reason ?? '',
    run_uids: [...(entry.run_uids ?? [])],
    result_json: entry.result_json ?? '',
    started_at: entry.started_at ?? 0,
    finished_at: entry.finished_at ?? 0,
  };
}

function runFrom(run: brightline.v1.RunSummary.$Properties): RunInfo {
  return {
    run_uid: run.run_uid ?? '',
    // scan_id counts from 1: 0 is a RunStart without one.
    scan_id: run.scan_id ? run.scan_id : null,
    plan_name: run.plan_name ?? '',
    plan_item_uid: run.plan_item_uid ?? '',
    user: run.user ?? '',
    time: run.time ?? 0,
    exit_status: run.exit_status ?? '',
    reason: run.reason ?? '',
    num_events: run.num_events ?? 0,
    stop_time: run.stop_time ?? 0,
  };
}

function documentFrom(envelope: brightline.v1.DocumentEnvelope.$Properties): RunDocument {
  let doc: Record<string, unknown>;
  try {
    doc = JSON.parse(envelope.json ?? '') as Record<string, unknown>;
  } catch {
    doc = {};
  }
  return { name: envelope.name ?? '', run_uid: envelope.run_uid ?? '', doc };
}
