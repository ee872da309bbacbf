/**
 * The run methods of the Facility service: a beamline's stored runs, and the event-model documents
 * of one run (replayed from its RunStart, then live to its RunStop) or of the runs to come.
 *
 * Documents are read with one ordered JetStream consumer per call, so what is stored and what comes
 * live arrive as one sequence: no gap and no document twice between the two. Each document is
 * handed to the client before the next one is taken from the consumer, so a slow client slows its
 * own read and nothing piles up in the gateway; the consumer is stopped when the call ends.
 */
import { brightline } from '../gen/proto.js';
import { InvalidArgumentError } from '../lib/errors.js';
import { DOCUMENT_STREAM, StreamNotFoundError, subjects, type Bus, type StreamMessageInfo, type StreamReader, type StreamStart } from '../actors/transport/mod.js';
import { beamlineNeed, requestedBeamline } from './beamline-request.js';
import { noRunEngineMessage, RunEngineUnavailableError } from './run-engine-request.js';
import { DOCUMENT_STORE, RunCatalog, RunNotFoundError } from './run-catalog.js';
import { explainJetStreamFailure, type JetStreamRead } from './bus-errors.js';
import { BeamlineRole, type CallContext, type FacilityHandlers } from './rpc.js';
import { untilAborted } from './stream-pump.js';

const v1 = brightline.v1;

type Envelope = brightline.v1.DocumentEnvelope;
type Send = (envelope: brightline.v1.DocumentEnvelope.$Properties) => Promise<void>;

export function runHandlers(bus: Bus): FacilityHandlers {
  return {
    ListRuns: {
      kind: 'unary',
      need: (request) => beamlineNeed(request.beamline, BeamlineRole.Observer, 'list the runs'),
      handle: (request, context) => new RunCatalog(bus, requestedBeamline(request.beamline), context).list(request.limit ?? 0),
    },
    StreamDocuments: {
      kind: 'stream',
      need: (request) => beamlineNeed(request.beamline, BeamlineRole.Observer, 'read the documents of runs'),
      handle: async (request, context, send) => {
        const beamline = requestedBeamline(request.beamline);
        const wanted = (request.run_uid ?? '').trim();
        if (wanted === '') {
          if (!request.live) throw new InvalidArgumentError('name a run (run_uid: the uid or enough of its start), or ask for live documents of the runs to come');
          return streamRunsToCome(bus, beamline, context, send);
        }
        const runUid = await new RunCatalog(bus, beamline, context).resolve(wanted);
        return streamRun(bus, beamline, runUid, request.live ?? false, context, send);
      },
    },
  };
}

/** One run's documents from its RunStart; with `live`, on until its RunStop, else what is stored now. */
async function streamRun(bus: Bus, beamline: string, runUid: string, live: boolean, context: CallContext, send: Send): Promise<void> {
  const pipe = new DocumentPipe(context, send);
  // How many documents were stored when the read began is known once the reader exists. A
  // document that does not decode is skipped (and logged by the bus) but counts as read.
  const count = { stored: Number.POSITIVE_INFINITY, read: 0 };
  const afterEach = (info: StreamMessageInfo, name: string): void => {
    count.read += 1;
    // Nothing pending after it: every document stored when it was read is out.
    const storedAreOut = count.read >= count.stored || info.pending === 0;
    if (name === 'stop' || (!live && storedAreOut)) pipe.finish();
  };
  const onDocument = async (envelope: Envelope, info: StreamMessageInfo): Promise<void> => {
    if (pipe.finished) return;
    await pipe.forward(envelope, beamline);
    afterEach(info, envelope.name);
  };
  const onSkipped = (info: StreamMessageInfo): void => {
    if (!pipe.finished) afterEach(info, '');
  };
  const reading = { store: DOCUMENT_STORE, what: `reading the documents of run ${runUid}`, beamline };
  const reader = await bus
    .readStream(DOCUMENT_STREAM, subjects.documents(beamline, runUid), v1.DocumentEnvelope, { kind: 'all' }, onDocument, { onSkipped, signal: context.signal })
    .catch((error: unknown) => {
      throw error instanceof StreamNotFoundError ? new RunNotFoundError(`${beamline} has no runs stored yet`) : explainJetStreamFailure(error, reading);
    });
  count.stored = reader.storedAtStart;
  // Not live: what was stored when the call came is what it gets (the documents so far of an open run).
  if (!live && count.read >= count.stored) pipe.finish();
  await pipe.run(reader, reading);
}

/**
 * The documents of every run the beamline starts from now on (what a client submitting a plan
 * follows): documents of a run already open when the call came are left out, as its RunStart was.
 */
async function streamRunsToCome(bus: Bus, beamline: string, context: CallContext, send: Send): Promise<void> {
  const pipe = new DocumentPipe(context, send);
  const open = new Set<string>();
  const start: StreamStart = { kind: 'new' };
  const reading = { store: DOCUMENT_STORE, what: 'reading the documents of the runs to come', beamline };
  const reader = await bus
    .readStream(DOCUMENT_STREAM, subjects.documents(beamline, '*'), v1.DocumentEnvelope, start, async (envelope) => {
      if (pipe.finished) return;
      if (envelope.name === 'start') open.add(envelope.run_uid);
      if (!open.has(envelope.run_uid)) return;
      if (envelope.name === 'stop') open.delete(envelope.run_uid);
      await pipe.forward(envelope, beamline);
    }, { signal: context.signal })
    .catch((error: unknown) => {
      // Every run engine makes sure the stream exists: without it, none has ever run on this bus.
      throw error instanceof StreamNotFoundError ? new RunEngineUnavailableError(noRunEngineMessage(beamline), { cause: error }) : explainJetStreamFailure(error, reading);
    });
  await pipe.run(reader, reading);
}

/** Hands documents from a stream reader to a call, and ends the reader with the call. */
class DocumentPipe {
  private done = false;
  private wake: () => void = () => undefined;
  private readonly over = new Promise<void>((resolve) => (this.wake = resolve));

  constructor(
    private readonly context: CallContext,
    private readonly send: Send,
  ) {}

  get finished(): boolean {
    return this.done || this.context.signal.aborted;
  }

  /** Resolves once the client has the document (the server's send also resolves once the call is over). */
  async forward(envelope: Envelope, beamline: string): Promise<void> {
    await this.send({ name: envelope.name, uid: envelope.uid, run_uid: envelope.run_uid, json: envelope.json, beamline: envelope.beamline || beamline });
  }

  finish(): void {
    this.done = true;
    this.wake();
  }

  /** Waits until the stream is over (finish, the call ended, the reader failed), then stops the reader. */
  async run(reader: StreamReader, reading: JetStreamRead): Promise<void> {
    const failure = await Promise.race([this.over.then(() => undefined), untilAborted(this.context.signal).then(() => undefined), reader.ended]);
    this.done = true;
    await reader.stop();
    if (failure && !this.context.signal.aborted) {
      const explained = explainJetStreamFailure(failure, reading);
      throw explained !== failure ? explained : new RunEngineUnavailableError(`reading the documents stopped: ${failure.message}`, { cause: failure });
    }
  }
}
