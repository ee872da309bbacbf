/**
 * Submits a plan to a beamline's run engine and follows it to its end: the documents of its runs
 * (a table, or JSON lines), its progress and pauses from the run engine's status stream, and its
 * outcome from the queue's history, so a plan that opens several runs, or none, ends right. Never
 * hangs: the gateway ends the status stream when the run engine goes silent.
 *
 * Each run's documents come from a stream of that run, replayed from its RunStart: a run is
 * followed once its uid is known (from the status of our plan, or from its history entry), so
 * even the RunStart of a plan that ends before the stream is open is not missed.
 */
import { BrightlineError, ErrorCode } from '../lib/errors.js';
import { outputWidth } from './device-format.js';
import { ExitCode, exitCodeForError } from './exit-codes.js';
import { ControlVerb, RunEngineUnavailableError, type HistoryEntryInfo, type PlanClient, type PlanStatusInfo, type RunDocument, type Submission, type SubmitResult } from './plan-client.js';
import { formatProgress, interestingResult, shortUid, stateHint, StatusLine } from './plan-format.js';
import { RunPrinter } from './plan-run-printer.js';

export interface FollowRunOptions {
  client: PlanClient;
  submission: Submission;
  json: boolean;
  out: NodeJS.WritableStream;
  /** Notes that must not mix with JSON output. */
  notes: NodeJS.WritableStream;
  /** Redraw a progress line in place (a terminal, and not --json). */
  tty: boolean;
}

/** How many finished items to look through for ours: it is the newest, unless others ended since. */
const HISTORY_LOOKBACK = 20;
/** The outcome is in the history; the RunStop of each of its runs is at most this far behind. */
const STOP_GRACE_MS = 3_000;
/** A safety net under the state messages that prompt a look at the history. */
const HISTORY_POLL_MS = 2_000;
/** A run's uid can be known a moment before its RunStart is stored: ask again this often, this long. */
const RUN_RETRY_MS = 100;
const RUN_RETRY_FOR_MS = 5_000;
/**
 * A document stream cut off as unavailable (the gateway lost NATS for a moment, a stream changing
 * leader) is opened again this often, for this long since the last document came, skipping what
 * was already shown: the run goes on meanwhile, and its documents are all in the stream.
 */
const RESUME_RETRY_MS = 500;
const RESUME_FOR_MS = 30_000;

export async function submitAndFollow(options: FollowRunOptions): Promise<ExitCode> {
  const { client } = options;
  const follower = new RunFollower(options);
  // Watching before submitting: the status that names our plan's runs cannot come too early.
  const statuses = client.onStatus(
    (status) => follower.onStatus(status),
    (error) => follower.lost(error),
  );
  const onInterrupt = (): void => follower.interrupt();
  process.once('SIGINT', onInterrupt);
  try {
    follower.follow(await client.submit(options.submission));
    return await follower.finished;
  } finally {
    process.off('SIGINT', onInterrupt);
    statuses.stop();
    follower.close();
  }
}

class RunFollower {
  readonly finished: Promise<ExitCode>;
  private resolve: (code: ExitCode) => void = () => {};
  private done = false;
  private itemUid: string | undefined;
  private started = false;
  private interrupted = false;
  private readonly early: PlanStatusInfo[] = [];
  private lostWith: BrightlineError | undefined;
  private readonly runUids = new Set<string>();
  /** Runs whose documents are still to be streamed, in the order they became known. */
  private readonly toStream: string[] = [];
  private streaming = false;
  private readonly streams = new AbortController();
  private readonly stopped = new Set<string>();
  private readonly printer: RunPrinter;
  private readonly line: StatusLine;
  private lastState = '';
  private lastSeen = '';
  private entry: HistoryEntryInfo | undefined;
  private lookingUp = false;
  private lookAgain = false;
  private graceTimer: NodeJS.Timeout | undefined;
  private pollTimer: NodeJS.Timeout | undefined;

  constructor(private readonly options: FollowRunOptions) {
    this.finished = new Promise((resolve) => (this.resolve = resolve));
    this.line = new StatusLine(options.out, options.tty && !options.json);
    this.printer = new RunPrinter((lines) => this.line.print(lines));
  }

  follow(reply: SubmitResult): void {
    const { submission, client, json } = this.options;
    this.itemUid = reply.item_uid;
    if (!json) this.line.print(`${submission.plan_name} submitted to ${client.beamline} (plan ${reply.item_uid})\n`);
    if (reply.position > 0) {
      const ahead = `queued at position ${reply.position}: it runs after the ${reply.position === 1 ? 'plan' : `${reply.position} plans`} ahead of it`;
      this.note(ahead);
      this.line.set(`waiting in the queue of ${client.beamline} (position ${reply.position})`);
    }
    if (this.lostWith) return this.lost(this.lostWith);
    for (const status of this.early.splice(0)) this.onStatus(status);
    this.pollTimer = setInterval(() => this.lookUpOutcome(), HISTORY_POLL_MS);
    if (this.interrupted) this.cancel();
    else this.lookUpOutcome();
  }

  /** A document of one of our runs. */
  private accept(document: RunDocument): void {
    if (this.done) return;
    if (this.options.json) this.options.out.write(`${JSON.stringify({ name: document.name, doc: document.doc })}\n`);
    else this.printer.accept(document);
    if (document.name === 'stop') {
      this.stopped.add(document.run_uid);
      this.lookUpOutcome();
    }
  }

  /** A run of our plan: its documents are streamed after those of the runs known before it. */
  private runOf(runUid: string): void {
    if (runUid === '' || this.runUids.has(runUid)) return;
    this.runUids.add(runUid);
    this.started = true;
    this.toStream.push(runUid);
    void this.streamRuns();
  }

  private async streamRuns(): Promise<void> {
    if (this.streaming) return;
    this.streaming = true;
    try {
      for (let run = this.toStream.shift(); run !== undefined && !this.done; run = this.toStream.shift()) await this.streamRun(run);
    } finally {
      this.streaming = false;
    }
  }

  private async streamRun(runUid: string): Promise<void> {
    const { client } = this.options;
    const giveUpAt = Date.now() + RUN_RETRY_FOR_MS;
    // Each opening replays the run from its RunStart, in the stream's order: skip what was shown.
    let shown = 0;
    let lastDocumentAt = Date.now();
    let resuming = false;
    for (;;) {
      let replayed = 0;
      try {
        await client.documents(runUid, { live: true, signal: this.streams.signal }, (document) => {
          replayed += 1;
          if (replayed <= shown) return;
          shown += 1;
          lastDocumentAt = Date.now();
          if (resuming) {
            resuming = false;
            this.note(`the documents of run ${shortUid(runUid)} are back`);
          }
          this.accept(document);
        });
        return;
      } catch (error) {
        if (this.done) return;
        const failure = BrightlineError.from(error);
        const notYet = failure.code === ErrorCode.NotFound && shown === 0 && Date.now() < giveUpAt;
        const resumable = isPassingOutage(failure) && Date.now() - lastDocumentAt < RESUME_FOR_MS;
        if (!notYet && !resumable) return this.lost(failure, `the documents of run ${shortUid(runUid)}: `);
        if (resumable && !resuming) {
          resuming = true;
          this.note(`the documents of run ${shortUid(runUid)} were cut off (${failure.message}); opening them again...`);
        }
        await new Promise((resolve) => setTimeout(resolve, notYet ? RUN_RETRY_MS : RESUME_RETRY_MS));
      }
    }
  }

  /** A line for the user that keeps out of JSON output. */
  private note(text: string): void {
    if (this.options.json) this.options.notes.write(`${text}\n`);
    else this.line.print(`${text}\n`);
  }

  onStatus(status: PlanStatusInfo): void {
    if (this.itemUid === undefined) {
      this.early.push(status);
      return;
    }
    if (this.done) return;
    // The status names the runs of the plan it is about, also once it has ended (as the last plan).
    if (status.item_uid === this.itemUid) for (const runUid of status.run_uids) this.runOf(runUid);
    if (status.item_uid === this.itemUid && status.state !== 'idle') {
      this.started = true;
      this.showState(status);
      return;
    }
    if (!this.started) this.line.set(`waiting in the queue of ${status.beamline}: ${status.plan_name || 'a plan'} is ${status.state}`);
    // Progress of another plan comes ten times a second: look at the history when something changed.
    const seen = `${status.item_uid} ${status.state}`;
    if (seen === this.lastSeen) return;
    this.lastSeen = seen;
    this.lookUpOutcome();
  }

  /** Ctrl-C: a plan still waiting leaves the queue; a running one is aborted cleanly. */
  interrupt(): void {
    this.interrupted = true;
    process.once('SIGINT', () => process.exit(ExitCode.Interrupted));
    if (this.itemUid !== undefined) this.cancel();
  }

  /**
   * The status or a document stream ended with an error: the run engine went silent (the plan's
   * outcome will be in its documents once it is back: exit 1), the gateway went away (3), or we
   * may not watch this beamline (4). Before the submission is answered, the answer decides.
   */
  lost(error: BrightlineError, what = ''): void {
    if (this.itemUid === undefined) {
      this.lostWith ??= error;
      return;
    }
    if (error.code === ErrorCode.Cancelled) return;
    this.fail(`${what}${error.message}`, error instanceof RunEngineUnavailableError ? ExitCode.RunFailed : exitCodeForError(error));
  }

  private fail(message: string, code: ExitCode = ExitCode.RunFailed): void {
    if (this.done) return;
    this.line.clear();
    this.options.out.write(`error: ${message}\n`);
    this.end(code);
  }

  close(): void {
    clearTimeout(this.graceTimer);
    clearInterval(this.pollTimer);
    this.streams.abort();
    this.line.clear();
  }

  private cancel(): void {
    const { client } = this.options;
    const itemUid = this.itemUid ?? '';
    const note = (text: string): void => this.line.print(`\n${text}\n`);
    const abort = (): void => {
      note(`interrupted: asking ${client.beamline}'s run engine to abort the run (Ctrl-C again to quit without waiting)...`);
      client.control(ControlVerb.Abort, { reason: 'interrupted from the CLI', itemUid }).catch((error: unknown) => this.fail(`could not abort: ${(error as Error).message}`));
    };
    if (this.started) return abort();
    client.queueRemove(itemUid).then(
      () => {
        note(`interrupted: ${this.options.submission.plan_name} (item ${shortUid(itemUid)}) left the queue of ${client.beamline} before it started`);
        this.end(ExitCode.Interrupted);
      },
      (error: unknown) => {
        // It started meanwhile (or has already ended, and the history says how).
        if (error instanceof BrightlineError && error.code === ErrorCode.FailedPrecondition) abort();
        else this.lookUpOutcome();
      },
    );
  }

  private showState(status: PlanStatusInfo): void {
    const progress = formatProgress(status);
    const why = status.reason ? ` (${status.reason})` : '';
    const hint = stateHint(status.state);
    this.line.set(truncate(`${status.plan_name}: ${status.state}${why}${progress ? `, ${progress}` : ''}${hint ? ` — ${hint}` : ''}`));
    if (status.state === this.lastState) return;
    const wasRunning = this.lastState === '' || this.lastState === 'running';
    this.lastState = status.state;
    // Without a terminal, say when the plan leaves running (and comes back), one line each.
    if (this.options.tty || this.options.json || (status.state === 'running' && wasRunning)) return;
    this.options.out.write(`${status.beamline}: ${status.state}${why}${hint ? `; ${hint}` : ''}\n`);
  }

  /** Looks for our item in the queue's history; once there (and its runs' RunStops printed), we are done. */
  private lookUpOutcome(): void {
    if (this.itemUid === undefined || this.done) return;
    if (this.entry) return this.checkDone();
    if (this.lookingUp) {
      this.lookAgain = true;
      return;
    }
    this.lookingUp = true;
    this.options.client
      .queueHistory(HISTORY_LOOKBACK)
      .then((entries) => {
        this.entry ??= entries.find((e) => e.item.item_uid === this.itemUid);
        this.checkDone();
      })
      .catch(() => undefined)
      .finally(() => {
        this.lookingUp = false;
        if (this.lookAgain) {
          this.lookAgain = false;
          this.lookUpOutcome();
        }
      });
  }

  private checkDone(): void {
    const entry = this.entry;
    if (!entry || this.done) return;
    for (const runUid of entry.run_uids) this.runOf(runUid);
    if (entry.run_uids.every((uid) => this.stopped.has(uid))) return this.finish(entry);
    this.graceTimer ??= setTimeout(() => this.finish(entry), STOP_GRACE_MS);
  }

  private finish(entry: HistoryEntryInfo): void {
    if (this.done) return;
    const { json, out } = this.options;
    this.line.clear();
    const printedStop = entry.run_uids.some((uid) => this.stopped.has(uid));
    if (!printedStop) {
      const text = `${entry.item.plan_name} (item ${shortUid(entry.item.item_uid)}) ended: ${entry.exit_status}${entry.reason ? `: ${entry.reason}` : ''}`;
      if (json) this.options.notes.write(`${text}\n`);
      else out.write(`${text}\n`);
    }
    const result = interestingResult(entry.result_json, entry.run_uids);
    if (result !== undefined) out.write(json ? `${JSON.stringify({ name: 'result', doc: parseJson(result) })}\n` : `result: ${result}\n`);
    if (entry.exit_status === 'success') this.end(ExitCode.Ok);
    else this.end(this.interrupted ? ExitCode.Interrupted : ExitCode.RunFailed);
  }

  private end(code: ExitCode): void {
    if (this.done) return;
    this.done = true;
    this.resolve(code);
  }
}

/**
 * An outage that a stream opened again may outlast: unavailable or timed out, but not a run engine
 * gone silent (its plan's outcome decides) nor a refusal.
 */
function isPassingOutage(error: BrightlineError): boolean {
  if (error instanceof RunEngineUnavailableError) return false;
  return error.code === ErrorCode.Unavailable || error.code === ErrorCode.DeadlineExceeded;
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return text;
  }
}

function truncate(text: string): string {
  const width = outputWidth() - 1;
  return text.length > width ? `${text.slice(0, width - 1)}…` : text;
}
