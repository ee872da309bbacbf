/**
 * Executes one plan's messages against the devices (Bluesky's RunEngine loop). Pauses, resumes by
 * replaying from the last checkpoint, suspends for a suspender, and ends on abort, stop or halt.
 * Never throws: the outcome says how the plan ended, and a run that was opened gets one RunStop.
 */
import { SpanStatusCode, trace, type Span } from '@opentelemetry/api';
import { BrightlineError, describeError } from '../../lib/errors.js';
import { silentLogger, type Logger } from '../../lib/log.js';
import { contextFromTraceParent } from '../../lib/telemetry/trace-context.js';
import type { JsonValue } from './msg.js';
import { DeviceHostLostError, type CommandOptions, type DeviceAccess } from './device-access.js';
import type { EmitOptions } from './document-queue.js';
import { DocumentName, composeRunStart, type AnyDocument } from './documents.js';
import { ExitStatus, parseMsg, type JsonObject, type Msg, type Plan } from './msg.js';
import { Interruption, PlanProtocolError, PlanStepError, RunInterrupted } from './plan-errors.js';
import { ReplayCache, isReplayable, type CachedMsg } from './replay-cache.js';
import { RunBundler } from './run-bundler.js';

export interface PlanItem {
  itemUid: string;
  planName: string;
  plan: Plan<unknown>;
  /** User metadata for RunStart. */
  metadata: JsonObject;
  /** W3C traceparent of the submission: the run's span continues that trace (a new one when absent). */
  traceParent?: string;
}

export interface RunProgress {
  runUids: string[];
  step: number;
  totalSteps: number;
  /** Seconds left at the pace so far (time paused does not count); 0 when unknown. */
  etaS: number;
}

export interface PlanOutcome {
  exitStatus: ExitStatus;
  reason: string;
  runUids: string[];
  /** What the plan returned (tune_centroid's centroid...), as JSON. */
  result?: JsonValue;
}

export interface InterpreterDeps {
  devices: DeviceAccess;
  beamline: string;
  /** Milliseconds since the epoch. */
  now(): number;
  newUid(): string;
  /** Resolves after `ms`, rejects when `signal` aborts. */
  sleep(ms: number, signal: AbortSignal): Promise<void>;
  nextScanId(): number | Promise<number>;
  /** Publishes one document durably; resolves once it is stored. A run's publishes overlap (document-queue.ts). */
  emit(name: DocumentName, doc: AnyDocument, runUid: string, options?: EmitOptions): Promise<void>;
  /** Events of a run in flight at once (DEFAULT_DOCUMENT_WINDOW by default); 1 publishes one document at a time. */
  documentWindow?: number;
  /** Told about each run as it opens, so a crash can be cleaned up after (the queue's running record). */
  onRunOpened?(runUid: string): void | Promise<void>;
  logger?: Logger;
}

/** Where the interpreter is; the run engine machine mirrors it for clients. */
export const InterpreterPhase = { Running: 'running', Paused: 'paused', Suspended: 'suspended' } as const;
export type InterpreterPhase = (typeof InterpreterPhase)[keyof typeof InterpreterPhase];

export interface InterpreterHooks {
  /** Aborting it ends the plan at once as an abort (the engine is going away). */
  signal: AbortSignal;
  onProgress?(progress: RunProgress): void;
  /** Entered paused or suspended (with why), or running again. */
  onPhase?(phase: InterpreterPhase, reason: string): void;
}

/** What a suspender asks for: the plan pauses, runs `before`, waits for release, runs `after`. */
export interface Suspension {
  readonly reason: string;
  readonly before?: () => Plan<unknown>;
  readonly after?: () => Plan<unknown>;
}

/** `soft`: the plan paused itself between steps; what it started finishes and nothing is replayed. */
type InterruptRequest = { kind: 'pause'; reason: string; soft?: boolean } | { kind: 'suspend'; suspension: Suspension };

/** Raised inside a running step when a pause or suspension interrupts it. */
class StepInterrupted extends Error {}

interface Waiting {
  resolve(): void;
}

const tracer = trace.getTracer('brightline.plan');

export function interpretPlan(item: PlanItem, deps: InterpreterDeps, hooks: InterpreterHooks): Promise<PlanOutcome> {
  return new PlanInterpreter(item, deps, hooks).run();
}

export class PlanInterpreter {
  readonly #item: PlanItem;
  readonly #deps: InterpreterDeps;
  readonly #hooks: InterpreterHooks;
  readonly #logger: Logger;
  readonly #cache = new ReplayCache();
  readonly #groups = new Map<string, Promise<void>[]>();
  readonly #touched = new Set<string>();
  readonly #staged = new Set<string>();
  readonly #runUids: string[] = [];
  /** Aborted to interrupt the step under way (pause, suspension, abort); renewed on resume. */
  #segment = new AbortController();
  #run: RunBundler | undefined;
  #replay: CachedMsg[] = [];
  #reply: unknown;
  #backgroundFailure: unknown;
  #deferredPause: string | undefined;
  #interruptRequest: InterruptRequest | undefined;
  #interruption: RunInterrupted | undefined;
  #waiting: Waiting | undefined;
  /** Between taking a pause or suspension and waiting in it: a resume that comes meanwhile is kept. */
  #interrupting = false;
  #pendingResume = false;
  #phase: InterpreterPhase = InterpreterPhase.Running;
  #stepCount = 0;
  #totalSteps = 0;
  #activeMs = 0;
  #activeSince: number;
  /** The run's span while it records; without it (tracing off) messages make no spans of their own. */
  #span: Span | undefined;

  constructor(item: PlanItem, deps: InterpreterDeps, hooks: InterpreterHooks) {
    this.#item = item;
    this.#deps = deps;
    this.#hooks = hooks;
    this.#logger = deps.logger ?? silentLogger;
    this.#activeSince = deps.now();
    hooks.signal.addEventListener('abort', () => this.interrupt(Interruption.Abort, describeError(hooks.signal.reason)), { once: true });
  }

  get phase(): InterpreterPhase {
    return this.#phase;
  }

  /**
   * Pauses at the next checkpoint (`deferred`), or now: what is moving stops, and resuming
   * replays from the last checkpoint. Where the plan cannot be rewound, a pause waits for the next
   * checkpoint; returns whether it takes effect now.
   */
  pause(deferred: boolean, reason = 'pause requested'): boolean {
    if (deferred || !this.#cache.rewindable) {
      this.#deferredPause = reason;
      return false;
    }
    this.#interruptRequest = { kind: 'pause', reason };
    this.#segment.abort(new StepInterrupted(reason));
    return true;
  }

  /** Leaves paused (or a suspension whose condition cleared) and goes on from the checkpoint. */
  resume(): void {
    const waiting = this.#waiting;
    this.#waiting = undefined;
    if (waiting) return waiting.resolve();
    // A suspension whose condition cleared before it was taken is dropped; one being set up (its
    // pre-plan still closing the shutter) resumes as soon as it is ready.
    if (this.#interruptRequest?.kind === 'suspend') this.#interruptRequest = undefined;
    else if (this.#interrupting) this.#pendingResume = true;
  }

  /** Suspends now when the plan can be rewound, else at the next checkpoint. */
  suspend(suspension: Suspension): void {
    this.#interruptRequest = { kind: 'suspend', suspension };
    if (this.#cache.rewindable) this.#segment.abort(new StepInterrupted(suspension.reason));
  }

  /** Ends the plan: abort and stop run its cleanup first, halt does not. */
  interrupt(kind: Interruption, reason: string): void {
    if (this.#interruption && this.#interruption.kind !== Interruption.Stop && kind !== Interruption.Halt) return;
    this.#interruption = new RunInterrupted(kind, reason);
    this.#segment.abort(this.#interruption);
    this.resume();
  }

  /** Runs the plan to its end inside a span `run <plan>`, the child of the submission's span. */
  run(): Promise<PlanOutcome> {
    const attributes = { 'brightline.beamline': this.#deps.beamline, 'brightline.plan': this.#item.planName, 'brightline.item_uid': this.#item.itemUid };
    return tracer.startActiveSpan(`run ${this.#item.planName}`, { attributes }, contextFromTraceParent(this.#item.traceParent ?? ''), async (span) => {
      this.#span = span.isRecording() ? span : undefined;
      try {
        const outcome = await this.#runToEnd();
        span.setAttributes({ 'brightline.exit_status': outcome.exitStatus, 'brightline.run_uids': outcome.runUids });
        if (outcome.exitStatus === ExitStatus.Fail) span.setStatus({ code: SpanStatusCode.ERROR, message: outcome.reason });
        return outcome;
      } finally {
        span.end();
      }
    });
  }

  async #runToEnd(): Promise<PlanOutcome> {
    let result: unknown;
    try {
      result = await this.#loop();
      if (this.#run) await this.#closeRun(ExitStatus.Success, '');
      await this.#unstageLeftovers();
      return { exitStatus: ExitStatus.Success, reason: '', runUids: this.#runUids, ...(result === undefined ? {} : { result: toJson(result) }) };
    } catch (error) {
      return this.#end(error);
    } finally {
      this.#segment.abort(new Error('plan finished'));
    }
  }

  async #loop(): Promise<unknown> {
    for (;;) {
      await this.#takeInterruption();
      const next = this.#next();
      if (next.done) return next.value;
      try {
        await this.#executeNext(next.entry, next.msg);
      } catch (error) {
        if (!(error instanceof StepInterrupted) && !this.#segment.signal.aborted) throw error;
        if (this.#interruption) throw this.#interruption;
        // A pause or suspension: the loop takes it, then replays from the checkpoint.
      }
      if (this.#backgroundFailure !== undefined) throw this.#backgroundFailure;
    }
  }

  /** The next message: a replayed one first, else the plan's next, fed the last reply. */
  #next(): { done: false; msg: Msg; entry: CachedMsg | undefined } | { done: true; value: unknown } {
    const replayed = this.#replay.shift();
    if (replayed) return { done: false, msg: replayed.msg, entry: replayed };
    const next = this.#item.plan.next(this.#reply);
    this.#reply = undefined;
    if (next.done) return { done: true, value: next.value };
    const msg = parseMsg(next.value);
    if (msg.cmd === 'checkpoint' || msg.cmd === 'sleep') this.#deps.devices.newStep?.();
    if (msg.cmd === 'checkpoint') this.#checkpoint();
    else if (msg.cmd === 'clear_checkpoint') this.#cache.clearCheckpoint();
    return { done: false, msg, entry: this.#cache.record(msg) };
  }

  async #executeNext(entry: CachedMsg | undefined, msg: Msg): Promise<void> {
    const fromReplay = entry !== undefined && !entry.awaitingReply;
    const reply = await this.#execute(msg);
    this.#cache.completed(entry);
    // A replayed message's reply went to the plan the first time; only the one it waits on goes now.
    if (!fromReplay) this.#reply = reply;
  }

  #checkpoint(): void {
    this.#cache.checkpoint();
    if (this.#deferredPause !== undefined && !this.#interruptRequest) {
      this.#interruptRequest = { kind: 'pause', reason: this.#deferredPause };
    }
    this.#deferredPause = undefined;
  }

  /** Pauses or suspends if asked to, then sets up the replay and a fresh segment. */
  async #takeInterruption(): Promise<void> {
    this.#throwIfInterrupted();
    const request = this.#interruptRequest;
    if (!request) return;
    // Where the plan cannot be rewound, a suspension waits for the next checkpoint: stopping now
    // would lose moves that cannot be replayed.
    if (request.kind === 'suspend' && !this.#cache.rewindable) return;
    this.#interruptRequest = undefined;
    this.#interrupting = true;
    this.#pendingResume = false;
    try {
      await this.#interrupt(request);
    } finally {
      this.#interrupting = false;
    }
  }

  async #interrupt(request: InterruptRequest): Promise<void> {
    if (request.kind === 'pause' && request.soft) {
      await this.#wait(undefined);
      // Resuming goes on after the pause message: a later interruption must not replay what came before.
      if (this.#cache.rewindable) this.#cache.checkpoint();
    } else {
      this.#segment.abort(new StepInterrupted('interrupted'));
      this.#run?.discardBundle();
      this.#groups.clear();
      await this.#stopTouched();
    }
    this.#segment = new AbortController();
    this.#pauseClock();
    if (request.kind === 'pause') {
      this.#setPhase(InterpreterPhase.Paused, request.reason);
      await this.#waitForResume();
    } else {
      this.#setPhase(InterpreterPhase.Suspended, request.suspension.reason);
      if (request.suspension.before) await this.#runSubplan(request.suspension.before(), 'suspender pre-plan');
      await this.#waitForResume();
      if (request.suspension.after) await this.#runSubplan(request.suspension.after(), 'suspender post-plan');
    }
    this.#throwIfInterrupted();
    this.#replay = this.#cache.replay();
    this.#activeSince = this.#deps.now();
    this.#setPhase(InterpreterPhase.Running, '');
  }

  /** A separate method: TypeScript narrows the field as if nothing could change it during the awaits above. */
  #throwIfInterrupted(): void {
    if (this.#interruption) throw this.#interruption;
  }

  #waitForResume(): Promise<void> {
    if (this.#interruption || this.#pendingResume) {
      this.#pendingResume = false;
      return Promise.resolve();
    }
    return new Promise<void>((resolve) => (this.#waiting = { resolve }));
  }

  async #execute(msg: Msg): Promise<unknown> {
    // Messages that make documents or change what the run is are not interrupted half way: a pause
    // waits for them, so they are never replayed.
    const options: CommandOptions = { signal: isReplayable(msg) ? this.#segment.signal : this.#hooks.signal };
    switch (msg.cmd) {
      case 'open_run':
        return this.#openRun(msg.metadata ?? {});
      case 'close_run':
        if (!this.#run) throw new PlanProtocolError(`'close_run' without an open run`);
        return this.#closeRun(msg.exit_status ?? ExitStatus.Success, msg.reason ?? '');
      case 'create':
        this.#requireRun('create').create(msg.name);
        return undefined;
      case 'read':
        return this.#traced(msg, () => this.#read(msg.device, options));
      case 'save': {
        const seq = await this.#requireRun('save').save(options);
        this.#progress(seq);
        return undefined;
      }
      case 'drop':
        this.#requireRun('drop').drop();
        return undefined;
      case 'set':
        this.#touched.add(msg.device);
        this.#track(msg.group, `set of '${msg.device}' to ${JSON.stringify(msg.value)}`, this.#traced(msg, () => this.#deps.devices.set(msg.device, msg.value, options)));
        return undefined;
      case 'trigger':
        this.#touched.add(msg.device);
        this.#track(msg.group, `trigger of '${msg.device}'`, this.#traced(msg, () => this.#deps.devices.trigger(msg.device, options)));
        return undefined;
      case 'kickoff':
        this.#touched.add(msg.device);
        this.#track(msg.group, `kickoff of '${msg.device}'`, this.#traced(msg, () => this.#deps.devices.kickoff(msg.device, msg.params ?? {}, options)));
        return undefined;
      case 'complete':
        this.#track(msg.group, `complete of '${msg.device}'`, this.#traced(msg, () => this.#deps.devices.complete(msg.device, options)));
        return undefined;
      case 'wait':
        return this.#wait(msg.group);
      case 'sleep':
        await this.#deps.sleep(msg.seconds * 1000, this.#segment.signal);
        return undefined;
      case 'stage':
        await this.#step(`stage of '${msg.device}'`, this.#traced(msg, () => this.#deps.devices.stage(msg.device, options)));
        this.#staged.add(msg.device);
        return undefined;
      case 'unstage':
        await this.#step(`unstage of '${msg.device}'`, this.#traced(msg, () => this.#deps.devices.unstage(msg.device, options)));
        this.#staged.delete(msg.device);
        return undefined;
      case 'configure':
        return this.#step(`configure of '${msg.device}'`, this.#traced(msg, () => this.#deps.devices.configure(msg.device, msg.values, options)));
      case 'collect':
        return this.#step(`collect of '${msg.device}'`, this.#traced(msg, () => this.#requireRun('collect').collect(msg.device, msg.stream ?? msg.device, options)));
      case 'monitor':
        return this.#step(`monitor of '${msg.device}'`, this.#traced(msg, () => this.#requireRun('monitor').monitor(msg.device, msg.stream ?? `${msg.device}_monitor`, options)));
      case 'unmonitor':
        this.#requireRun('unmonitor').unmonitor(msg.device);
        return undefined;
      case 'declare_stream':
        return this.#step(`declare_stream '${msg.name}'`, this.#requireRun('declare_stream').declareStream(msg.name, msg.devices, options));
      case 'pause':
        if (msg.defer) this.#deferredPause = 'the plan asked to pause';
        else this.#interruptRequest = { kind: 'pause', reason: 'the plan asked to pause', soft: true };
        return undefined;
      case 'checkpoint':
      case 'clear_checkpoint':
      case 'null':
        return undefined;
    }
  }

  /** A span `<cmd> <device>` around what a message asks of a device (a set's until its status ends), while the run records. */
  #traced<T>(msg: { cmd: string; device: string }, work: () => Promise<T>): Promise<T> {
    if (!this.#span) return work();
    const attributes = { 'brightline.msg': msg.cmd, 'brightline.device': msg.device };
    return tracer.startActiveSpan(`${msg.cmd} ${msg.device}`, { attributes }, async (span) => {
      try {
        return await work();
      } catch (error) {
        span.setStatus({ code: SpanStatusCode.ERROR, message: describeError(error) });
        throw error;
      } finally {
        span.end();
      }
    });
  }

  #requireRun(cmd: string): RunBundler {
    if (!this.#run) throw new PlanProtocolError(`'${cmd}' without an open run`);
    return this.#run;
  }

  async #openRun(planMetadata: JsonObject): Promise<string> {
    if (this.#run) throw new PlanProtocolError(`'open_run' while run ${this.#run.uid} is open`);
    const uid = this.#deps.newUid();
    const run = new RunBundler(uid, {
      devices: this.#deps.devices, emit: this.#deps.emit, newUid: this.#deps.newUid, nowS: () => this.#deps.now() / 1000,
      ...(this.#deps.documentWindow === undefined ? {} : { documentWindow: this.#deps.documentWindow }),
    });
    const doc = composeRunStart({
      uid,
      timeS: this.#deps.now() / 1000,
      scanId: await this.#deps.nextScanId(),
      beamline: this.#deps.beamline,
      planItemUid: this.#item.itemUid,
      planMetadata,
      userMetadata: this.#item.metadata,
    });
    // Open before publishing: if the publish fails half way, the RunStop must still be attempted.
    this.#run = run;
    this.#runUids.push(uid);
    await this.#deps.onRunOpened?.(uid);
    const numPoints = planMetadata['num_points'];
    this.#totalSteps = typeof numPoints === 'number' ? numPoints : 0;
    this.#stepCount = 0;
    run.emit(DocumentName.Start, doc);
    await run.check(true);
    this.#progress(0);
    return uid;
  }

  async #closeRun(exitStatus: ExitStatus, reason: string): Promise<string> {
    const run = this.#run;
    if (!run) throw new PlanProtocolError('no open run to close');
    // Cleared first so that a failing publish cannot lead to a second RunStop.
    this.#run = undefined;
    await run.close(exitStatus, reason);
    return run.uid;
  }

  async #read(device: string, options: CommandOptions): Promise<unknown> {
    const { readings, assets } = await this.#step(`read of '${device}'`, this.#deps.devices.read(device, options));
    await this.#run?.addReading(device, readings, assets, options);
    return readings;
  }

  async #wait(group: string | undefined): Promise<void> {
    const groups = group === undefined ? [...this.#groups.keys()] : [group];
    const statuses = groups.flatMap((g) => this.#groups.get(g) ?? []);
    for (const g of groups) this.#groups.delete(g);
    await Promise.all(statuses);
  }

  /** Statuses run in the background; a failure in one nobody waits for still fails the plan. */
  #track(group: string | undefined, step: string, status: Promise<void>): void {
    const segment = this.#segment.signal;
    const wrapped = this.#step(step, status);
    if (group === undefined) {
      wrapped.catch((error: unknown) => {
        // A status cut short by a pause is replayed, not a failure.
        if (!segment.aborted) this.#backgroundFailure ??= error;
      });
      return;
    }
    wrapped.catch(() => undefined);
    const statuses = this.#groups.get(group) ?? [];
    statuses.push(wrapped);
    this.#groups.set(group, statuses);
  }

  async #step<T>(step: string, pending: Promise<T>): Promise<T> {
    try {
      return await pending;
    } catch (error) {
      if (this.#segment.signal.aborted) throw new StepInterrupted(step);
      // The host-lost error already names beamline, device and verb; wrapping would repeat it.
      if (error instanceof DeviceHostLostError || error instanceof PlanProtocolError) throw error;
      throw new PlanStepError(step, error);
    }
  }

  /** Runs a small plan of the engine's own (a suspender's pre/post plan) outside the replay cache. */
  async #runSubplan(plan: Plan<unknown>, what: string): Promise<void> {
    let reply: unknown;
    for (;;) {
      if (this.#interruption) return;
      const next = plan.next(reply);
      if (next.done) return;
      try {
        reply = await this.#execute(parseMsg(next.value));
        await this.#wait(undefined);
      } catch (error) {
        this.#logger.warn(`${what} failed: ${describeError(error)}`);
        return;
      }
    }
  }

  /** How the plan ends after an error or an interruption: cleanup, stops, RunStop. */
  async #end(error: unknown): Promise<PlanOutcome> {
    const interruption = this.#interruption ?? (error instanceof RunInterrupted ? error : undefined);
    const exitStatus = interruption?.kind === Interruption.Stop ? ExitStatus.Success : interruption ? ExitStatus.Abort : ExitStatus.Fail;
    const reason = interruption ? interruption.message : describeError(error);
    this.#logger.warn(`plan '${this.#item.planName}' (${this.#item.itemUid}) ended with ${exitStatus}: ${reason}`);
    this.#segment.abort(new Error('plan ending'));
    this.#segment = new AbortController();
    this.#run?.discardBundle();
    await this.#stopTouched();
    // Halt is for when cleanup itself is the problem: the plan's and ours are both skipped.
    if (interruption?.kind === Interruption.Halt) this.#abandonPlan();
    else {
      await this.#runCleanup(interruption ?? BrightlineError.from(error));
      await this.#unstageLeftovers();
    }
    if (this.#run) {
      await this.#closeRun(exitStatus, reason).catch((stopError: unknown) => {
        this.#logger.error(`could not publish RunStop of ${this.#run?.uid ?? '?'}: ${describeError(stopError)}`);
      });
    }
    return { exitStatus, reason, runUids: this.#runUids };
  }

  /** Throws the reason into the plan so its finally blocks (finalize, unstage) yield their cleanup, and runs it. */
  async #runCleanup(reason: Error): Promise<void> {
    let next: IteratorResult<unknown, unknown>;
    try {
      next = this.#item.plan.throw(reason);
    } catch {
      return; // the plan let it through: nothing to clean up
    }
    let steps = 0;
    while (!next.done && steps++ < 10_000) {
      if (this.#interruption?.kind === Interruption.Halt) return this.#abandonPlan();
      let reply: unknown;
      try {
        const msg = parseMsg(next.value);
        if (msg.cmd === 'pause' || msg.cmd === 'checkpoint') reply = undefined;
        else reply = await this.#execute(msg);
        if (msg.cmd === 'set' || msg.cmd === 'trigger') await this.#wait(undefined);
      } catch (error) {
        this.#logger.warn(`cleanup of plan '${this.#item.planName}' failed: ${describeError(error)}`);
        this.#abandonPlan();
        return;
      }
      try {
        next = this.#item.plan.next(reply);
      } catch {
        return;
      }
    }
  }

  #abandonPlan(): void {
    try {
      for (let i = 0; i < 100 && !this.#item.plan.return(undefined).done; i++);
    } catch (error) {
      this.#logger.warn(`plan '${this.#item.planName}' failed while closing: ${describeError(error)}`);
    }
  }

  async #stopTouched(): Promise<void> {
    await Promise.allSettled(
      [...this.#touched].map((device) =>
        this.#deps.devices.stop(device, { success: false }).catch((error: unknown) => {
          this.#logger.warn(`could not stop '${device}': ${describeError(error)}`);
        }),
      ),
    );
  }

  /** A device the plan staged and did not unstage is unstaged, so the next plan finds it as it was. */
  async #unstageLeftovers(): Promise<void> {
    for (const device of [...this.#staged].reverse()) {
      await this.#deps.devices.unstage(device).catch((error: unknown) => this.#logger.warn(`could not unstage '${device}': ${describeError(error)}`));
    }
    this.#staged.clear();
  }

  #setPhase(phase: InterpreterPhase, reason: string): void {
    this.#phase = phase;
    this.#hooks.onPhase?.(phase, reason);
  }

  #pauseClock(): void {
    this.#activeMs += this.#deps.now() - this.#activeSince;
  }

  #progress(step: number): void {
    this.#stepCount = step;
    const activeMs = this.#activeMs + (this.#deps.now() - this.#activeSince);
    const etaS = step > 0 && this.#totalSteps > step ? ((activeMs / step) * (this.#totalSteps - step)) / 1000 : 0;
    this.#hooks.onProgress?.({ runUids: [...this.#runUids], step: this.#stepCount, totalSteps: this.#totalSteps, etaS });
  }
}

/** A plan's return value as JSON for clients; what JSON cannot hold becomes its text. */
function toJson(value: unknown): JsonValue {
  try {
    return JSON.parse(JSON.stringify(value)) as JsonValue;
  } catch {
    return String(value);
  }
}

