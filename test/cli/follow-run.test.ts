import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { PassThrough } from 'node:stream';
import { submitAndFollow } from '../../cli/follow-run.js';
import { ExitCode } from '../../cli/exit-codes.js';
import type { HistoryEntryInfo, PlanClient, PlanStatusInfo, RunDocument, Submission } from '../../cli/plan-client.js';
import { BrightlineError, ErrorCode } from '../../lib/errors.js';

const RUN = 'run-1';
const ITEM = 'item-1';
const SUBMISSION: Submission = { plan_name: 'count', args: {}, metadata: {}, user: 'tester', baseline: [], monitor: [] };

function document(name: string, seq = 0): RunDocument {
  return { name, run_uid: RUN, doc: name === 'event' ? { seq_num: seq, data: { det: seq } } : { uid: `${name}-uid` } };
}

const RUN_DOCUMENTS = [document('start'), document('descriptor'), document('event', 1), document('event', 2), document('stop')];

function status(state: string): PlanStatusInfo {
  return {
    beamline: 'BL01', state, item_uid: ITEM, plan_name: 'count', run_uids: [RUN], step: 0, total_steps: 2, eta_s: 0, reason: '',
    last_exit_status: '', last_reason: '', last_result_json: '', queued: 0, queue_started: true,
  };
}

/**
 * A plan client whose document stream of the run is cut off once, after `cutAfter` documents,
 * with `cutWith`; opened again, it replays the run from its RunStart to its RunStop.
 */
function clientCutOnce(cutAfter: number, cutWith: BrightlineError): { client: PlanClient; openings: () => number } {
  let openings = 0;
  let stopShown = false;
  const entry: HistoryEntryInfo = {
    item: { ...SUBMISSION, item_uid: ITEM, added_at: 0 }, exit_status: 'success', reason: '', run_uids: [RUN], result_json: '', started_at: 0,
  } as HistoryEntryInfo;
  const fake = {
    beamline: 'BL01',
    onStatus: (listener: (status: PlanStatusInfo) => void) => {
      setTimeout(() => listener(status('running')), 5);
      return { stop: () => undefined };
    },
    submit: async () => ({ item_uid: ITEM, position: 0 }),
    documents: async (_run: string, _options: unknown, onDocument: (document: RunDocument) => void) => {
      openings += 1;
      const upTo = openings === 1 ? cutAfter : RUN_DOCUMENTS.length;
      for (const doc of RUN_DOCUMENTS.slice(0, upTo)) {
        if (doc.name === 'stop') stopShown = true;
        onDocument(doc);
      }
      if (openings === 1) throw cutWith;
    },
    queueHistory: async () => (stopShown ? [entry] : []),
    control: async () => undefined,
    queueRemove: async () => undefined,
  };
  return { client: fake as unknown as PlanClient, openings: () => openings };
}

async function follow(client: PlanClient): Promise<{ code: ExitCode; out: string; notes: string }> {
  const out = new PassThrough();
  const notes = new PassThrough();
  let outText = '';
  let notesText = '';
  out.on('data', (chunk: Buffer) => (outText += chunk.toString()));
  notes.on('data', (chunk: Buffer) => (notesText += chunk.toString()));
  const code = await submitAndFollow({ client, submission: SUBMISSION, json: true, out, notes, tty: false });
  return { code, out: outText, notes: notesText };
}

describe('following a run from the CLI', () => {
  it('opens a document stream cut off as UNAVAILABLE again and shows every document once, in order', async () => {
    const cut = new BrightlineError(ErrorCode.Unavailable, 'JetStream did not answer (a stream changing leader)', { retryable: true });
    const { client, openings } = clientCutOnce(3, cut);
    const { code, out, notes } = await follow(client);
    assert.equal(code, ExitCode.Ok, out + notes);
    assert.equal(openings(), 2);
    const shown = out.trim().split('\n').map((line) => JSON.parse(line) as { name: string; doc: { seq_num?: number } });
    assert.deepEqual(shown.map((d) => `${d.name}${d.doc.seq_num ?? ''}`), ['start', 'descriptor', 'event1', 'event2', 'stop']);
    assert.match(notes, /documents of run run-1 were cut off \(JetStream did not answer.*opening them again/);
    assert.match(notes, /documents of run run-1 are back/);
  });

  it('gives up at once on a refusal, and says why', async () => {
    const refused = new BrightlineError(ErrorCode.PermissionDenied, 'token may not watch BL01');
    const { client, openings } = clientCutOnce(1, refused);
    const { code, out } = await follow(client);
    assert.notEqual(code, ExitCode.Ok);
    assert.equal(openings(), 1);
    assert.match(out, /error: the documents of run run-1: token may not watch BL01/);
  });
});
