/**
 * Submits a plan to a beamline's run engine and follows its documents live from JetStream until
 * the RunStop, printing a table (or JSON lines). Never hangs: a silent run engine is noticed.
 */
import { brightline } from '../gen/proto.js';
import { Bus, DOCUMENT_STREAM, PlanVerb, Role, subjects, type StreamReader } from '../actors/transport/mod.js';
import { toWireMap, type PlainValue } from '../lib/values.js';
import { EventTable, type DescriptorLike, type EventLike } from './event-table.js';
import { ExitCode } from './exit-codes.js';

const v1 = brightline.v1;

export interface FollowRunOptions {
  bus: Bus;
  beamline: string;
  planName: string;
  args: Record<string, PlainValue>;
  metadata?: Record<string, PlainValue>;
  json: boolean;
  out: NodeJS.WritableStream;
  /** How long the run engine may be silent (no heartbeat) before we stop waiting. */
  runEngineSilenceMs?: number;
}

interface StopDocument {
  exit_status: string;
  reason?: string;
  num_events?: Record<string, number>;
}

export async function submitAndFollow(options: FollowRunOptions): Promise<ExitCode> {
  const { bus, beamline, out } = options;
  const follower = new RunFollower(options);
  // Subscribe before submitting, so not even the RunStart of a very fast plan can be missed.
  const reader: StreamReader = await bus.readStream(
    DOCUMENT_STREAM,
    subjects.documents(beamline, '*'),
    v1.DocumentEnvelope,
    { kind: 'new' },
    (envelope) => follower.accept(envelope),
  );
  const silence = watchRunEngine(bus, beamline, options.runEngineSilenceMs ?? 5_000, (message) => follower.fail(message));
  const onInterrupt = (): void => {
    out.write(`\ninterrupted: asking ${beamline}'s run engine to abort the run...\n`);
    follower.interrupted = true;
    void bus
      .request(subjects.plan(beamline, PlanVerb.Abort), v1.PlanControlRequest, { reason: 'interrupted from the CLI' }, v1.PlanControlReply, { timeoutMs: 5_000 })
      .catch((error: unknown) => follower.fail(`could not abort: ${(error as Error).message}`));
  };
  process.once('SIGINT', onInterrupt);
  try {
    const reply = await bus.request(
      subjects.plan(beamline, PlanVerb.Submit),
      v1.SubmitPlanRequest,
      {
        plan_name: options.planName,
        args: toWireMap(options.args),
        metadata: toWireMap(options.metadata ?? {}),
        user: process.env['USER'] ?? '',
      },
      v1.SubmitPlanReply,
      { timeoutMs: 10_000 },
    );
    if (!options.json) out.write(`${options.planName} submitted to ${beamline} (plan ${reply.item_uid})\n`);
    follower.follow(reply.item_uid);
    return await follower.finished;
  } finally {
    process.off('SIGINT', onInterrupt);
    silence.stop();
    await reader.stop();
  }
}

class RunFollower {
  interrupted = false;
  readonly finished: Promise<ExitCode>;
  private resolve: (code: ExitCode) => void = () => {};
  private itemUid: string | undefined;
  private readonly early: brightline.v1.DocumentEnvelope[] = [];
  private readonly runUids = new Set<string>();
  private table: EventTable | undefined;

  constructor(private readonly options: FollowRunOptions) {
    this.finished = new Promise((resolve) => (this.resolve = resolve));
  }

  follow(itemUid: string): void {
    this.itemUid = itemUid;
    for (const envelope of this.early.splice(0)) this.accept(envelope);
  }

  fail(message: string): void {
    this.options.out.write(`error: ${message}\n`);
    this.resolve(ExitCode.RunFailed);
  }

  accept(envelope: brightline.v1.DocumentEnvelope): void {
    if (this.itemUid === undefined) {
      this.early.push(envelope);
      return;
    }
    // Other runs of the beamline share the stream: only RunStarts need reading to find ours.
    if (envelope.name !== 'start' && !this.runUids.has(envelope.run_uid)) return;
    const doc = JSON.parse(envelope.json) as Record<string, unknown>;
    if (envelope.name === 'start' && doc['plan_item_uid'] === this.itemUid) this.runUids.add(envelope.run_uid);
    if (!this.runUids.has(envelope.run_uid)) return;
    if (this.options.json) this.options.out.write(`${JSON.stringify({ name: envelope.name, doc })}\n`);
    else this.print(envelope.name, doc);
    if (envelope.name === 'stop') this.onStop(doc as unknown as StopDocument);
  }

  private print(name: string, doc: Record<string, unknown>): void {
    const out = this.options.out;
    if (name === 'start') {
      out.write(`run ${String(doc['uid'])} (scan_id ${String(doc['scan_id'])}) started\n`);
    } else if (name === 'descriptor') {
      this.table = new EventTable(doc as unknown as DescriptorLike);
      out.write(`${this.table.header().join('\n')}\n`);
    } else if (name === 'event' && this.table) {
      out.write(`${this.table.row(doc as unknown as EventLike)}\n`);
    } else if (name === 'stop') {
      if (this.table) out.write(`${this.table.footer()}\n`);
      const events = Object.values((doc['num_events'] as Record<string, number> | undefined) ?? {}).reduce((a, b) => a + b, 0);
      const reason = doc['reason'] ? `: ${String(doc['reason'])}` : '';
      out.write(`run ${String(doc['run_start'])} ended: ${String(doc['exit_status'])}${reason} (${events} events)\n`);
    }
  }

  private onStop(stop: StopDocument): void {
    if (stop.exit_status === 'success') this.resolve(ExitCode.Ok);
    else if (this.interrupted) this.resolve(ExitCode.Interrupted);
    else this.resolve(ExitCode.RunFailed);
  }
}

function watchRunEngine(bus: Bus, beamline: string, silenceMs: number, onSilent: (message: string) => void): { stop(): void } {
  let lastSeen = Date.now();
  const sub = bus.subscribe(subjects.heartbeat(Role.RunEngine, beamline), v1.Heartbeat, (hb) => {
    lastSeen = Date.now();
    if (hb.stopping) onSilent(`${beamline}'s run engine is shutting down`);
  });
  const timer = setInterval(() => {
    const silent = Date.now() - lastSeen;
    if (silent > silenceMs) onSilent(`${beamline}'s run engine has been silent for ${(silent / 1000).toFixed(1)} s; the run's outcome will be in its documents once it is back`);
  }, 500);
  return {
    stop: () => {
      clearInterval(timer);
      sub.unsubscribe();
    },
  };
}
