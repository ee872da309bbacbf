/**
 * Submits a plan to a beamline's run engine and follows it to its end: the documents of its runs
 * live from JetStream (a table, or JSON lines), its progress and pauses from the run engine's
 * state, and its outcome from the queue's history, so a plan that opens several runs, or none, ends
 * right. Never hangs: a silent run engine is noticed.
 */
import { BrightlineError, ErrorCode } from '../lib/errors.js';
import { outputWidth } from './device-format.js';
import { ExitCode } from './exit-codes.js';
import { ControlVerb, type HistoryEntryInfo, type PlanClient, type PlanStatusInfo, type RunDocument, type Submission, type SubmitResult } from './plan-client.js';
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
  /** How long the run engine may be silent (no heartbeat) before we stop waiting. */
  runEngineSilenceMs?: number;
}

/** How many finished items to look through for ours: it is the newest, unless others ended since. */
const HISTORY_LOOKBACK = 20;
/** The outcome is in the history; the RunStop of each of its runs is at most this far behind. */
const STOP_GRACE_MS = 3_000;
/** A safety net under the state messages that prompt a look at the history. */
const HISTORY_POLL_MS = 2_000;

export async function submitAndFollow(options: FollowRunOptions): Promise<ExitCode> {
  const { client } = options;
  const follower = new RunFollower(options);
  // Subscribe before submitting, so not even the RunStart of a very fast plan can be missed.
  const documents = await client.followDocuments((document) => follower.accept(document));
  const statuses = client.onStatus((status) => follower.onStatus(status));
  const silence = client.watchRunEngine(options.runEngineSilenceMs ?? 5_000, (message) => follower.fail(message));
  const onInterrupt = (): void => follower.interrupt();
  process.once('SIGINT', onInterrupt);
  try {
    follower.follow(await client.submit(options.submission));
    return await follower.finished;
  } finally {
    process.off('SIGINT', onInterrupt);
    silence.stop();
    statuses.stop();
    follower.close();
    await documents.stop();
  }
}

class RunFollower {
  readonly finished: Promise<ExitCode>;
  private resolve: (code: ExitCode) => void = () => {};
  private done = false;
  private itemUid: string | undefined;
  private started = false;
  private interrupted = false;
  private readonly early: RunDocument[] = [];
  private readonly runUids = new Set<string>();
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
      if (json) this.options.notes.write(`${ahead}\n`);
      else this.line.print(`${ahead}\n`);
      this.line.set(`waiting in the queue of ${client.beamline} (position ${reply.position})`);
    }
    for (const document of this.early.splice(0)) this.accept(document);
    this.pollTimer = setInterval(() => this.lookUpOutcome(), HISTORY_POLL_MS);
    if (this.interrupted) this.cancel();
    else this.lookUpOutcome();
  }

  accept(document: RunDocument): void {
    if (this.itemUid === undefined) {
      this.early.push(document);
      return;
    }
    // Other runs of the beamline share the stream: only RunStarts need reading to find ours.
    if (document.name !== 'start' && !this.runUids.has(document.run_uid)) return;
    if (document.name === 'start' && document.doc['plan_item_uid'] === this.itemUid) {
      this.runUids.add(document.run_uid);
      this.started = true;
    }
    if (!this.runUids.has(document.run_uid)) return;
    if (this.options.json) this.options.out.write(`${JSON.stringify({ name: document.name, doc: document.doc })}\n`);
    else this.printer.accept(document);
    if (document.name === 'stop') {
      this.stopped.add(document.run_uid);
      this.lookUpOutcome();
    }
  }

  onStatus(status: PlanStatusInfo): void {
    if (this.itemUid === undefined || this.done) return;
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

  fail(message: string): void {
    this.line.clear();
    this.options.out.write(`error: ${message}\n`);
    this.end(ExitCode.RunFailed);
  }

  close(): void {
    clearTimeout(this.graceTimer);
    clearInterval(this.pollTimer);
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
