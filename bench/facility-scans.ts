/**
 * One scan per beamline, all submitted at once through the gateway as the CLI submits them
 * (SubmitPlan), each followed as the CLI follows a run (cli/follow-run.ts): the beamline's status
 * stream, open before the submission, names the plan's run; that run's documents are then streamed
 * from its RunStart to its RunStop (StreamDocuments replays what is stored first, so nothing is
 * missed however late the stream opens). Every run is checked: RunStop `success`, one Event per
 * point with seq_num 1..N in order.
 */
import * as grpc from '@grpc/grpc-js';
import { toWireMap } from '../lib/values.js';
import { grpcCode, type BenchGateway } from './facility-gateway.js';
import type { ScanChoice } from './facility-scan-choice.js';

const SUBMIT_TIMEOUT_MS = 16_000;
const QUICK_TIMEOUT_MS = 6_000;
/** A run whose uid is known may not be stored yet: ask again this often. */
const RETRY_MS = 100;
/** A run that sends nothing for this long is stuck. */
const SILENCE_MS = 60_000;

export interface ScanResult {
  readonly choice: ScanChoice;
  readonly itemUid: string;
  readonly runUid: string;
  /** Date.now() when its SubmitPlan was sent. */
  readonly submittedAtMs: number;
  /** The RunStart's and RunStop's `time`, in ms since the epoch (the run engine's clock, this machine's). */
  readonly startMs: number;
  readonly stopMs: number;
  readonly exitStatus: string;
  readonly reason: string;
  readonly events: number;
  /** What is wrong with the run; empty when it ended well with every point. */
  readonly problems: readonly string[];
}

interface Documents {
  start?: Record<string, unknown>;
  stop?: Record<string, unknown>;
  seqNums: number[];
}

/** The uid of the first run of plan `itemUid`, from the status stream, or from the history once it ended. */
async function runOf(gateway: BenchGateway, beamline: string, itemUid: string, statuses: { uids: Map<string, string> }, deadline: number): Promise<string> {
  for (;;) {
    const known = statuses.uids.get(itemUid);
    if (known) return known;
    // A plan that ended before its status was seen (or failed at once) is in the history.
    const history = await gateway.unary('QueueHistory', { beamline, limit: 20 }, QUICK_TIMEOUT_MS);
    const entry = (history.entries ?? []).find((e) => e.item?.item_uid === itemUid);
    if (entry) {
      const uid = entry.run_uids?.[0];
      if (uid) return uid;
      throw new Error(`${beamline}: the plan ended (${entry.exit_status}: ${entry.reason}) without opening a run`);
    }
    if (Date.now() > deadline) throw new Error(`${beamline}: plan ${itemUid} opened no run within ${SILENCE_MS / 1000} s`);
    await new Promise((resolve) => setTimeout(resolve, RETRY_MS * 5));
  }
}

/** The run's documents from its RunStart to its RunStop. */
async function documentsOf(gateway: BenchGateway, beamline: string, runUid: string): Promise<Documents> {
  const docs: Documents = { seqNums: [] };
  const giveUpAt = Date.now() + SILENCE_MS;
  for (;;) {
    const stream = gateway.stream('StreamDocuments', { beamline, run_uid: runUid, live: true });
    let silence: NodeJS.Timeout | undefined;
    const quiet = (): void => {
      clearTimeout(silence);
      silence = setTimeout(() => stream.cancel(), SILENCE_MS);
    };
    try {
      quiet();
      for await (const envelope of stream.messages) {
        quiet();
        const doc = JSON.parse(envelope.json ?? '{}') as Record<string, unknown>;
        if (envelope.name === 'start') docs.start = doc;
        else if (envelope.name === 'event') docs.seqNums.push(Number(doc['seq_num']));
        else if (envelope.name === 'event_page') docs.seqNums.push(...((doc['seq_num'] as number[] | undefined) ?? []));
        else if (envelope.name === 'stop') docs.stop = doc;
      }
      if (!docs.stop) throw new Error(`${beamline}: the documents of run ${runUid} ended without a RunStop (silent for ${SILENCE_MS / 1000} s?)`);
      return docs;
    } catch (error) {
      // The uid is known a moment before the RunStart is stored.
      if (grpcCode(error) !== grpc.status.NOT_FOUND || Date.now() > giveUpAt || docs.start) throw error;
      await new Promise((resolve) => setTimeout(resolve, RETRY_MS));
    } finally {
      clearTimeout(silence);
      stream.cancel();
    }
  }
}

function problemsOf(choice: ScanChoice, docs: Documents): string[] {
  const problems: string[] = [];
  const exit = String(docs.stop?.['exit_status'] ?? '');
  if (exit !== 'success') problems.push(`exit_status ${exit || '(none)'}: ${String(docs.stop?.['reason'] ?? '')}`);
  const expected = Array.from({ length: choice.num }, (_, i) => i + 1);
  if (docs.seqNums.length !== choice.num || docs.seqNums.some((seq, i) => seq !== expected[i])) {
    const shown = docs.seqNums.length > 12 ? `${docs.seqNums.slice(0, 6).join(',')},…,${docs.seqNums.slice(-6).join(',')}` : docs.seqNums.join(',');
    problems.push(`${docs.seqNums.length} events with seq_num ${shown || '(none)'}, expected 1..${choice.num}`);
  }
  const stopCount = (docs.stop?.['num_events'] as Record<string, number> | undefined)?.['primary'];
  if (docs.stop && stopCount !== choice.num) problems.push(`RunStop num_events.primary ${stopCount}, expected ${choice.num}`);
  return problems;
}

/** The beamline's status stream, collecting which run each plan opened; open before submitting. */
function watchStatuses(gateway: BenchGateway, beamline: string): { uids: Map<string, string>; first: Promise<void>; stop(): void } {
  const uids = new Map<string, string>();
  const stream = gateway.stream('WatchPlanStatus', { beamline });
  let firstSeen: () => void = () => undefined;
  const first = new Promise<void>((resolve) => (firstSeen = resolve));
  void (async () => {
    try {
      for await (const status of stream.messages) {
        firstSeen();
        const uid = status.run_uids?.[0];
        if (status.item_uid && uid && !uids.has(status.item_uid)) uids.set(status.item_uid, uid);
      }
    } catch {
      // Cancelled at the end, or the engine went away: the history lookup covers both.
    }
    firstSeen();
  })();
  return { uids, first, stop: () => stream.cancel() };
}

async function followOne(gateway: BenchGateway, choice: ScanChoice, itemUid: string, submittedAtMs: number, statuses: { uids: Map<string, string> }): Promise<ScanResult> {
  const base = { choice, itemUid, submittedAtMs };
  try {
    const runUid = await runOf(gateway, choice.beamline, itemUid, statuses, Date.now() + SILENCE_MS);
    const docs = await documentsOf(gateway, choice.beamline, runUid);
    return {
      ...base, runUid,
      startMs: Number(docs.start?.['time']) * 1000,
      stopMs: Number(docs.stop?.['time']) * 1000,
      exitStatus: String(docs.stop?.['exit_status'] ?? ''),
      reason: String(docs.stop?.['reason'] ?? ''),
      events: docs.seqNums.length,
      problems: problemsOf(choice, docs),
    };
  } catch (error) {
    return { ...base, runUid: '', startMs: Number.NaN, stopMs: Number.NaN, exitStatus: '', reason: '', events: 0, problems: [(error as Error).message] };
  }
}

export interface ConcurrentScans {
  readonly results: readonly ScanResult[];
  /** Date.now() just before the first SubmitPlan. */
  readonly firstSubmitMs: number;
}

/** Submits every scan at once, then follows each to its RunStop. */
export async function runConcurrentScans(gateway: BenchGateway, choices: readonly ScanChoice[]): Promise<ConcurrentScans> {
  const watches = choices.map((choice) => watchStatuses(gateway, choice.beamline));
  try {
    // Each stream has said where its engine stands: the status naming our run cannot come before it is open.
    // (Not forever: a plan whose status never comes is still found in the history.)
    let timer: NodeJS.Timeout | undefined;
    await Promise.race([Promise.all(watches.map((w) => w.first)), new Promise((resolve) => (timer = setTimeout(resolve, QUICK_TIMEOUT_MS)))]);
    clearTimeout(timer);
    const firstSubmitMs = Date.now();
    const submitted = await Promise.all(
      choices.map(async (choice) => {
        const submittedAtMs = Date.now();
        const args = { detectors: [choice.detector], motor: choice.motor, start: choice.start, stop: choice.stop, num: choice.num };
        const plan = { plan_name: 'scan', args: toWireMap(args), metadata: toWireMap({ purpose: 'bench:facility' }), user: '', baseline: [], monitor: [] };
        try {
          const reply = await gateway.unary('SubmitPlan', { beamline: choice.beamline, plan }, SUBMIT_TIMEOUT_MS);
          return { choice, itemUid: reply.item_uid ?? '', submittedAtMs, error: undefined };
        } catch (error) {
          return { choice, itemUid: '', submittedAtMs, error: error as Error };
        }
      }),
    );
    const results = await Promise.all(
      submitted.map((s, i) =>
        s.error
          ? Promise.resolve<ScanResult>({ choice: s.choice, itemUid: '', runUid: '', submittedAtMs: s.submittedAtMs, startMs: Number.NaN, stopMs: Number.NaN, exitStatus: '', reason: '', events: 0, problems: [`not submitted: ${s.error.message}`] })
          : followOne(gateway, s.choice, s.itemUid, s.submittedAtMs, watches[i] as { uids: Map<string, string> }),
      ),
    );
    return { results, firstSubmitMs };
  } finally {
    for (const watch of watches) watch.stop();
  }
}
