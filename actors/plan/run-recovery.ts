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

export interface RecoveryDeps {
  bus: Bus;
  beamline: string;
  emit(name: DocumentName, doc: AnyDocument, runUid: string): Promise<void>;
  newUid(): string;
  /** Seconds since the epoch. */
  nowS(): number;
  logger: Logger;
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
