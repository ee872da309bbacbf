/**
 * Publishes a run's documents to JetStream one at a time, in order. A failed publish is retried
 * with the same message id: the stream's duplicate window makes a retry of a publish that did land
 * a no-op, so a document is never stored twice.
 *
 * Asset documents are the exception to "a uid is one message": a device may hand the same Resource
 * (or Datum) to two runs, and each run must carry it, so their message id is scoped by the run.
 */
import { setTimeout as delay } from 'node:timers/promises';
import { brightline } from '../../gen/proto.js';
import { BrightlineError, ErrorCode, describeError } from '../../lib/errors.js';
import { silentLogger, type Logger } from '../../lib/log.js';
import { subjects, type Bus } from '../transport/mod.js';
import { AssetName, documentUid, type AnyDocument, type DocumentName } from './documents.js';

export class DocumentPublishError extends BrightlineError {
  constructor(readonly documentName: string, readonly uid: string, readonly attempts: number, cause: unknown) {
    super(ErrorCode.Unavailable, `could not publish ${documentName} document ${uid} after ${attempts} attempts: ${describeError(cause)}`, {
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
  attempts?: number;
  retryDelayMs?: number;
}

/** Publishes `doc` of run `runUid`; resolves once the stream has stored it. */
export type EmitDocument = (name: DocumentName, doc: AnyDocument, runUid: string) => Promise<void>;

const ASSET_NAMES: ReadonlySet<string> = new Set(Object.values(AssetName));

export function createDocumentPublisher(options: DocumentPublisherOptions): EmitDocument {
  const logger = options.logger ?? silentLogger;
  const attempts = options.attempts ?? 4;
  const retryDelayMs = options.retryDelayMs ?? 250;
  return async (name, doc, runUid) => {
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
    let lastError: unknown;
    for (let attempt = 1; attempt <= attempts; attempt++) {
      try {
        await options.bus.publishDurable(subject, brightline.v1.DocumentEnvelope, envelope, msgId);
        return;
      } catch (error) {
        lastError = error;
        logger.warn(`publish of ${name} ${uid} failed (attempt ${attempt}/${attempts}): ${describeError(error)}`);
        if (attempt < attempts) await delay(retryDelayMs * attempt);
      }
    }
    throw new DocumentPublishError(name, uid, attempts, lastError);
  };
}
