/**
 * Publishes a run's documents to JetStream one at a time, in order. A failed publish is retried
 * with the same message id: the stream's duplicate window makes a retry of a publish that did land
 * a no-op, so a document is never stored twice. Retries go on for a minute by default, with a
 * growing pause: long enough for a cluster to elect a new stream leader when a node is lost (up to
 * about ten seconds) and for the connection to move to another node, and well inside the stream's
 * two-minute duplicate window.
 *
 * Asset documents are the exception to "a uid is one message": a device may hand the same Resource
 * (or Datum) to two runs, and each run must carry it, so their message id is scoped by the run.
 */
import { setTimeout as delay } from 'node:timers/promises';
import { brightline } from '../../gen/proto.js';
import { BrightlineError, ErrorCode, describeError } from '../../lib/errors.js';
import { silentLogger, type Logger } from '../../lib/log.js';
import { lazyInstrument, MetricName } from '../../lib/telemetry/meter.js';
import { subjects, type Bus } from '../transport/mod.js';
import type { EmitOptions } from './document-queue.js';
import { AssetName, DocumentName, documentUid, type AnyDocument, type EventPageDoc } from './documents.js';

export class DocumentPublishError extends BrightlineError {
  constructor(readonly documentName: string, readonly uid: string, readonly attempts: number, readonly elapsedMs: number, cause: unknown) {
    super(ErrorCode.Unavailable, `could not publish ${documentName} document ${uid} after ${attempts} attempts in ${(elapsedMs / 1000).toFixed(1)} s: ${describeError(cause)}`, {
      retryable: true,
      cause,
    });
  }
}

export interface DocumentPublisherOptions {
  bus: Bus;
  beamline: string;
  validate?: (name: string, doc: object) => void;
  logger?: Logger;
  /** How long a document is retried before the run fails; 60 s by default (the duplicate window is 120 s). */
  retryForMs?: number;
  /** The first pause between attempts, doubling up to maxRetryDelayMs; 100 ms by default. */
  retryDelayMs?: number;
  /** 2 s by default. */
  maxRetryDelayMs?: number;
  /** Clock in ms, for the retry budget. */
  now?: () => number;
}

/**
 * Publishes `doc` of run `runUid`; resolves once the stream has stored it. Publishes of one run may
 * overlap (document-queue.ts); `options.beforeRetry` then holds a retry until the documents before
 * it are stored, so that retries keep the run's order.
 */
export type EmitDocument = (name: DocumentName, doc: AnyDocument, runUid: string, options?: EmitOptions) => Promise<void>;

const ASSET_NAMES: ReadonlySet<string> = new Set(Object.values(AssetName));

const eventsWritten = lazyInstrument((meter) =>
  meter.createCounter(MetricName.Events, {
    description: 'Events stored in BL_DOCS (an EventPage counts its rows); rate() gives events per second',
  }),
);

/** The events a stored document adds: 1 for an Event, its rows for an EventPage, none for the rest. */
function eventsIn(name: DocumentName, doc: AnyDocument): number {
  if (name === DocumentName.Event) return 1;
  if (name === DocumentName.EventPage) return (doc as EventPageDoc).seq_num.length;
  return 0;
}

export function createDocumentPublisher(options: DocumentPublisherOptions): EmitDocument {
  const logger = options.logger ?? silentLogger;
  const retryForMs = options.retryForMs ?? 60_000;
  const firstDelayMs = options.retryDelayMs ?? 100;
  const maxDelayMs = options.maxRetryDelayMs ?? 2_000;
  const now = options.now ?? Date.now;
  // The series exists at 0 before the first run, so that rate() covers that run from its first event.
  eventsWritten().add(0, { beamline: options.beamline });
  return async (name, doc, runUid, emitOptions = {}) => {
    if (options.validate) {
      try {
        options.validate(name, doc);
      } catch (error) {
        // A RunStop goes out even if it is somehow invalid: a run without its stop looks alive forever.
        if (name !== 'stop') throw error;
        logger.error(describeError(error));
      }
    }
    const uid = documentUid(doc);
    const msgId = ASSET_NAMES.has(name) ? `${runUid}:${uid}` : uid;
    const envelope = { name, uid, run_uid: runUid, json: JSON.stringify(doc), beamline: options.beamline };
    const subject = subjects.documents(options.beamline, runUid);
    const startedAt = now();
    for (let attempt = 1; ; attempt++) {
      try {
        const stored = await options.bus.publishDurable(subject, brightline.v1.DocumentEnvelope, envelope, msgId);
        // A duplicate (a retry whose first attempt did land) was counted when it landed.
        const events = stored.duplicate ? 0 : eventsIn(name, doc);
        if (events > 0) eventsWritten().add(events, { beamline: options.beamline });
        if (attempt > 1) logger.info(`published ${name} ${uid} at attempt ${attempt}`);
        return;
      } catch (error) {
        const elapsedMs = now() - startedAt;
        const hopeless = error instanceof BrightlineError && !error.retryable;
        if (hopeless || elapsedMs >= retryForMs) throw new DocumentPublishError(name, uid, attempt, elapsedMs, error);
        logger.warn(`publish of ${name} ${uid} failed (attempt ${attempt}, retrying): ${describeError(error)}`);
        // Asked at once, not after the pause: from now on the queue sends nothing new, so no later
        // Event is stored ahead of this one; and it is sent again only after what came before it is stored.
        const earlier = emitOptions.beforeRetry ? waitForEarlier(emitOptions.beforeRetry, name, uid, attempt, elapsedMs) : undefined;
        earlier?.catch(() => undefined);
        await delay(Math.min(firstDelayMs * 2 ** (attempt - 1), maxDelayMs, retryForMs - elapsedMs));
        await earlier;
      }
    }
  };
}

async function waitForEarlier(beforeRetry: () => Promise<void>, name: string, uid: string, attempts: number, elapsedMs: number): Promise<void> {
  try {
    await beforeRetry();
  } catch (error) {
    throw new DocumentPublishError(name, uid, attempts, elapsedMs, error);
  }
}
