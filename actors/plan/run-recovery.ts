/**
 * After a crash: the runs a killed run engine left open get their RunStop ('fail', with why), so
 * no run looks alive forever and every event already stored is counted in it.
 */
import { describeError } from '../../lib/errors.js';
import type { Logger } from '../../lib/log.js';
import { subjects, type Bus } from '../transport/mod.js';
import { DocumentName, composeRunStop, type AnyDocument } from './documents.js';
import { ExitStatus } from './msg.js';
import { readStoredDocuments } from './stream-replay.js';
import { RECOVERED_REASON, type PlanQueue } from './plan-queue.js';
import type { RunningRecord } from './queue-types.js';

/** How long a successor waits for another claimant to finish closing the stopped engine's runs. */
const CLAIM_WAIT_MS = 30_000;

export interface RecoveryDeps {
  bus: Bus;
  beamline: string;
  emit(name: DocumentName, doc: AnyDocument, runUid: string): Promise<void>;
  newUid(): string;
  /** Seconds since the epoch. */
  nowS(): number;
  logger: Logger;
}

export type RecoveryOutcome =
  | { kind: 'none' }
  | { kind: 'recovered'; record: RunningRecord; closedRuns: string[] }
  | { kind: 'recovered-elsewhere'; by: string };

/**
 * Closes what a stopped run engine left running: claims it (so a restarted engine and the
 * supervisor never both write a RunStop), writes the failed RunStop of its open runs, then records
 * the item in the queue history. The RunStops come first: a claimant that dies in between leaves
 * the claim, the next one finds the runs already closed and only finishes the bookkeeping.
 */
export async function recoverInterruptedWork(queue: PlanQueue, claimant: string, deps: RecoveryDeps): Promise<RecoveryOutcome> {
  const claim = await queue.claimInterrupted(claimant);
  if (claim === undefined) {
    // Nothing left running, or the engine died before writing its running record: tidy the state.
    await queue.recoverInterrupted();
    return { kind: 'none' };
  }
  if ('claimedBy' in claim) {
    const deadline = Date.now() + CLAIM_WAIT_MS;
    while ((await queue.hasRunningRecord()) && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 200));
    return { kind: 'recovered-elsewhere', by: claim.claimedBy };
  }
  const closedRuns = await closeAbandonedRuns(claim.record.run_uids, `${RECOVERED_REASON}: its run was cut short`, deps);
  await queue.recoverInterrupted();
  return { kind: 'recovered', record: claim.record, closedRuns };
}

/** Writes a failed RunStop for each of `runUids` that has none; returns the runs it closed. */
export async function closeAbandonedRuns(runUids: readonly string[], reason: string, deps: RecoveryDeps): Promise<string[]> {
  const closed: string[] = [];
  for (const runUid of runUids) {
    let stopped = false;
    let started = false;
    const streamOf = new Map<string, string>();
    const numEvents: Record<string, number> = {};
    await readStoredDocuments(deps.bus, subjects.documents(deps.beamline, runUid), (envelope) => {
      const doc = parse(envelope.json);
      if (envelope.name === 'start') started = true;
      else if (envelope.name === 'stop') stopped = true;
      else if (envelope.name === 'descriptor') streamOf.set(String(doc['uid']), String(doc['name'] ?? 'primary'));
      else if (envelope.name === 'event' || envelope.name === 'event_page') {
        const stream = streamOf.get(String(doc['descriptor'])) ?? 'primary';
        const count = Array.isArray(doc['seq_num']) ? doc['seq_num'].length : 1;
        numEvents[stream] = (numEvents[stream] ?? 0) + count;
      }
    });
    if (stopped || !started) continue;
    const stop = composeRunStop({ uid: deps.newUid(), runStart: runUid, timeS: deps.nowS(), exitStatus: ExitStatus.Fail, reason, numEvents });
    try {
      await deps.emit(DocumentName.Stop, stop, runUid);
      closed.push(runUid);
      deps.logger.warn(`closed run ${runUid} left open by a stopped run engine (${Object.values(numEvents).reduce((a, b) => a + b, 0)} events stored)`);
    } catch (error) {
      deps.logger.error(`could not close run ${runUid}: ${describeError(error)}`);
    }
  }
  return closed;
}

function parse(json: string | null | undefined): Record<string, unknown> {
  try {
    const value: unknown = JSON.parse(json ?? '{}');
    return typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}
