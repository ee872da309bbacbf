/**
 * The plan, queue and document verbs of the CLI as plain async calls on one beamline's run engine
 * and on the document stream. This is the only CLI module that knows plans are reached over NATS
 * (subjects, protobuf, heartbeats, JetStream): when the CLI moves onto the gRPC gateway, this file
 * is what changes and the commands stay as they are.
 */
import { brightline } from '../gen/proto.js';
import { readStoredDocuments } from '../actors/plan/stream-replay.js';
import { Bus, DOCUMENT_STREAM, PlanVerb, QueueVerb, Role, subjects, type MessageType, type Replyable } from '../actors/transport/mod.js';
import { BrightlineError, ErrorCode, NoResponderError, TimeoutError } from '../lib/errors.js';
import { fromWireMap, toWireMap, type PlainValue } from '../lib/values.js';
import { natsUrl } from './environment.js';
import { CliError, ExitCode } from './exit-codes.js';

const v1 = brightline.v1;

/** Status, control and queue requests answer at once. */
const QUICK_TIMEOUT_MS = 5_000;
/** A submission checks the plan's devices with the device host (a heartbeat away) first. */
const SUBMIT_TIMEOUT_MS = 15_000;
/** Quiet time after which a stream read with nothing (more) stored is over. */
const STORED_QUIET_MS = 300;

/** A plan with its arguments and the devices around it, as submitted or queued. */
export interface Submission {
  plan_name: string;
  args: Record<string, PlainValue>;
  metadata: Record<string, PlainValue>;
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

/** One event-model document of a run, its body parsed. */
export interface RunDocument {
  name: string;
  run_uid: string;
  doc: Record<string, unknown>;
}

export const ControlVerb = {
  Pause: PlanVerb.Pause,
  Resume: PlanVerb.Resume,
  Abort: PlanVerb.Abort,
  Stop: PlanVerb.Stop,
  Halt: PlanVerb.Halt,
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

/** The beamline's run engine is not running or not answering: nothing it said. */
export class RunEngineUnavailableError extends BrightlineError {
  constructor(message: string, options?: ErrorOptions) {
    super(ErrorCode.Unavailable, message, { retryable: true, ...options });
  }
}

export function noRunEngineMessage(beamline: string): string {
  return `no run engine for ${beamline} is running; start the facility with ./brightline up`;
}

export class PlanClient {
  private constructor(
    private readonly bus: Bus,
    readonly beamline: string,
  ) {}

  static async connect(beamline: string, name: string): Promise<PlanClient> {
    try {
      return new PlanClient(await Bus.connect({ servers: natsUrl(), name, connectTimeoutMs: 3_000 }), beamline);
    } catch (error) {
      throw new CliError(`${(error as Error).message}\n  is the facility running? start it with './brightline up' (or set NATS_URL)`, ExitCode.Unavailable);
    }
  }

  /** Adds the plan at the end of the queue and starts the queue. */
  async submit(submission: Submission): Promise<SubmitResult> {
    const reply = await this.call(subjects.plan(this.beamline, PlanVerb.Submit), 'submit', v1.SubmitPlanRequest, wireSubmission(submission), v1.SubmitPlanReply, SUBMIT_TIMEOUT_MS);
    return { item_uid: reply.item_uid, position: reply.position };
  }

  /** pause, resume, abort, stop or halt; resolves with the state the engine is in afterwards. */
  async control(verb: ControlVerb, options: ControlOptions = {}): Promise<string> {
    const request = { reason: options.reason ?? '', immediate: options.immediate ?? false, item_uid: options.itemUid ?? '' };
    const reply = await this.call(subjects.plan(this.beamline, verb), verb, v1.PlanControlRequest, request, v1.PlanControlReply, QUICK_TIMEOUT_MS);
    return reply.state;
  }

  async status(): Promise<PlanStatusInfo> {
    return statusFrom(await this.call(subjects.plan(this.beamline, PlanVerb.Status), 'status', v1.PlanStatusRequest, {}, v1.PlanStatus, QUICK_TIMEOUT_MS));
  }

  /** Every change of the run engine's state and progress (progress at most every 100 ms). */
  onStatus(listener: (status: PlanStatusInfo) => void): Watch {
    const sub = this.bus.subscribe(subjects.planState(this.beamline), v1.PlanStatus, (status) => listener(statusFrom(status)));
    return { stop: () => sub.unsubscribe() };
  }

  /** Adds an item without starting the queue; `position` 0 is the front, absent the end. */
  async queueAdd(submission: Submission, position?: number): Promise<SubmitResult> {
    const request = { item: wireSubmission(submission), ...(position === undefined ? {} : { position }) };
    const reply = await this.call(subjects.queue(this.beamline, QueueVerb.Add), 'queue add', v1.QueueAddRequest, request, v1.QueueAddReply, QUICK_TIMEOUT_MS);
    return { item_uid: reply.item_uid, position: reply.position };
  }

  queueList(): Promise<QueueStateInfo> {
    return this.queueCall(QueueVerb.List, v1.QueueListRequest, {});
  }

  queueMove(itemUid: string, position: number): Promise<QueueStateInfo> {
    return this.queueCall(QueueVerb.Move, v1.QueueMoveRequest, { item_uid: itemUid, position });
  }

  queueRemove(itemUid: string): Promise<QueueStateInfo> {
    return this.queueCall(QueueVerb.Remove, v1.QueueRemoveRequest, { item_uid: itemUid });
  }

  queueClear(): Promise<QueueStateInfo> {
    return this.queueCall(QueueVerb.Clear, v1.QueueClearRequest, {});
  }

  queueStart(): Promise<QueueStateInfo> {
    return this.queueCall(QueueVerb.Start, v1.QueueStartRequest, {});
  }

  queueStop(): Promise<QueueStateInfo> {
    return this.queueCall(QueueVerb.Stop, v1.QueueStopRequest, {});
  }

  /** The newest `limit` finished items (0: every kept one), oldest first. */
  async queueHistory(limit: number): Promise<HistoryEntryInfo[]> {
    const reply = await this.call(subjects.queue(this.beamline, QueueVerb.History), 'queue history', v1.QueueHistoryRequest, { limit }, v1.QueueHistoryReply, QUICK_TIMEOUT_MS);
    return reply.entries.map(historyFrom);
  }

  /** Documents of the beamline's runs from now on, live, until the returned watch is stopped. */
  async followDocuments(onDocument: (document: RunDocument) => void): Promise<{ stop(): Promise<void> }> {
    try {
      return await this.bus.readStream(DOCUMENT_STREAM, subjects.documents(this.beamline, '*'), v1.DocumentEnvelope, { kind: 'new' }, (envelope) => onDocument(documentFrom(envelope)));
    } catch (error) {
      // Every run engine makes sure the stream exists: without it, none has ever run on this bus.
      throw streamError(error, noRunEngineMessage(this.beamline));
    }
  }

  /**
   * Every stored document of one run (`runUid`), or of every run of the beamline (`'*'`), in the
   * order they were published; resolves once all that is stored has been read.
   */
  async storedDocuments(runUid: string, onDocument: (document: RunDocument) => void): Promise<void> {
    try {
      await readStoredDocuments(this.bus, subjects.documents(this.beamline, runUid), (envelope) => onDocument(documentFrom(envelope)), STORED_QUIET_MS);
    } catch (error) {
      throw streamError(error, `no runs are stored on this bus yet (no stream ${DOCUMENT_STREAM}); start the facility with ./brightline up`);
    }
  }

  /**
   * Calls `onSilent` once the run engine has sent no heartbeat for `silenceMs` (or said goodbye),
   * and again only after it has been heard from in between.
   */
  watchRunEngine(silenceMs: number, onSilent: (message: string) => void): Watch {
    let lastSeen = Date.now();
    let reported = false;
    const report = (message: string): void => {
      if (reported) return;
      reported = true;
      onSilent(message);
    };
    const sub = this.bus.subscribe(subjects.heartbeat(Role.RunEngine, this.beamline), v1.Heartbeat, (hb) => {
      lastSeen = Date.now();
      if (hb.stopping) report(`${this.beamline}'s run engine is shutting down`);
      else reported = false;
    });
    const timer = setInterval(() => {
      const silent = Date.now() - lastSeen;
      if (silent > silenceMs) report(`${this.beamline}'s run engine has been silent for ${(silent / 1000).toFixed(1)} s; the run's outcome will be in its documents once it is back`);
    }, 500);
    return {
      stop: () => {
        clearInterval(timer);
        sub.unsubscribe();
      },
    };
  }

  async close(): Promise<void> {
    await this.bus.close();
  }

  private async queueCall<Req>(verb: QueueVerb, requestType: MessageType<unknown, Req>, request: Req): Promise<QueueStateInfo> {
    const reply = await this.call(subjects.queue(this.beamline, verb), `queue ${verb}`, requestType, request, v1.QueueListReply, QUICK_TIMEOUT_MS);
    return queueStateFrom(reply.state);
  }

  private async call<Req, Rep extends Replyable>(
    subject: string,
    what: string,
    requestType: MessageType<unknown, Req>,
    request: Req,
    replyType: MessageType<Rep, never>,
    timeoutMs: number,
  ): Promise<Rep> {
    try {
      return await this.bus.request(subject, requestType, request, replyType, { timeoutMs });
    } catch (error) {
      if (error instanceof NoResponderError) throw new RunEngineUnavailableError(noRunEngineMessage(this.beamline), { cause: error });
      if (error instanceof TimeoutError) {
        throw new RunEngineUnavailableError(`the run engine for ${this.beamline} did not answer '${what}' within ${timeoutMs / 1000} s`, { cause: error });
      }
      throw error;
    }
  }
}

function streamError(error: unknown, message: string): unknown {
  if (error instanceof Error && /stream not found/i.test(error.message)) return new RunEngineUnavailableError(message, { cause: error });
  return error;
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

function documentFrom(envelope: brightline.v1.DocumentEnvelope): RunDocument {
  let doc: Record<string, unknown>;
  try {
    doc = JSON.parse(envelope.json) as Record<string, unknown>;
  } catch {
    doc = {};
  }
  return { name: envelope.name, run_uid: envelope.run_uid, doc };
}
