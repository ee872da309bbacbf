/**
 * The documents of one run on their way to the stream, in the order the run made them. Publishing
 * one at a time, each awaiting its ack, would cap a run at one document per publish round trip
 * whatever its devices can do; so up to `window` Events are in flight at once. NATS keeps one
 * connection's messages in order and the stream stores them in the order they arrive, so while
 * publishes succeed the stream holds the documents in the run's order.
 *
 * When a publish fails, order is kept by holding everything back: no document is sent for the
 * first time while one awaits a retry, and a document is retried only once every document before
 * it is stored. What the stream stored of a window is normally its first few documents (a node or
 * a connection lost takes what was sent after the loss); those are stored again as no-ops (same
 * message id), the rest follow in order. Only Events and EventPages share the window: any other
 * document (RunStart, a descriptor, a Resource or Datum) is sent alone, after everything before it
 * is stored and before anything after it is sent, so a descriptor precedes its events and an asset
 * document the events that refer to it even when a publish fails.
 */
import { DocumentName, type AnyDocument } from './documents.js';

/** Hooks a document queue gives the publisher of one document. */
export interface EmitOptions {
  /**
   * Awaited before each retry of the document (not before its first attempt): resolves once every
   * document queued before it is stored; rejects (with what failed) when one of them could not be.
   */
  beforeRetry?: () => Promise<void>;
}

/** Publishes one document of the run; resolves once it is stored. */
export type PublishDocument = (name: DocumentName, doc: AnyDocument, options: EmitOptions) => Promise<void>;

/** Events in flight at once: enough to hide a publish round trip behind a step of the plan. */
export const DEFAULT_DOCUMENT_WINDOW = 16;

interface Entry {
  readonly name: DocumentName;
  readonly doc: AnyDocument;
  /** Resolves once every document queued before this one has settled (stored or given up). */
  readonly earlier: Promise<void>;
  settle(): void;
  retrying: boolean;
}

const SHARES_WINDOW: ReadonlySet<DocumentName> = new Set([DocumentName.Event, DocumentName.EventPage]);

export class DocumentQueue {
  readonly #waiting: Entry[] = [];
  #inFlight = 0;
  /** A document that is sent alone is in flight. */
  #alone = false;
  #retrying = 0;
  /** Settles once everything queued so far has settled. */
  #tail: Promise<void> = Promise.resolve();
  #failure: unknown;

  constructor(
    private readonly publish: PublishDocument,
    private readonly window = DEFAULT_DOCUMENT_WINDOW,
  ) {
    if (!Number.isInteger(window) || window < 1) throw new RangeError(`a document window must be a whole number >= 1, not ${window}`);
  }

  /** The first publish that failed for good; documents queued after it are dropped. */
  get failure(): unknown {
    return this.#failure;
  }

  push(name: DocumentName, doc: AnyDocument): void {
    if (this.#failure !== undefined) return;
    let settle!: () => void;
    const settled = new Promise<void>((resolve) => (settle = resolve));
    const earlier = this.#tail;
    this.#tail = earlier.then(() => settled);
    this.#waiting.push({ name, doc, earlier, settle, retrying: false });
    this.#pump();
  }

  /** Resolves once every document queued so far is stored, or given up on (see `failure`). */
  drained(): Promise<void> {
    return this.#tail;
  }

  #pump(): void {
    for (;;) {
      const next = this.#waiting[0];
      if (!next || !this.#mayStart(next)) return;
      this.#waiting.shift();
      this.#start(next);
    }
  }

  #mayStart(entry: Entry): boolean {
    if (this.#retrying > 0 || this.#alone) return false;
    if (!SHARES_WINDOW.has(entry.name)) return this.#inFlight === 0;
    return this.#inFlight < this.window;
  }

  #start(entry: Entry): void {
    this.#inFlight += 1;
    if (!SHARES_WINDOW.has(entry.name)) this.#alone = true;
    const beforeRetry = async (): Promise<void> => {
      if (!entry.retrying) {
        entry.retrying = true;
        this.#retrying += 1;
      }
      await entry.earlier;
      if (this.#failure !== undefined) throw this.#failure;
    };
    this.publish(entry.name, entry.doc, { beforeRetry })
      .catch((error: unknown) => {
        this.#failure ??= error;
      })
      .finally(() => {
        this.#inFlight -= 1;
        if (!SHARES_WINDOW.has(entry.name)) this.#alone = false;
        if (entry.retrying) this.#retrying -= 1;
        entry.settle();
        // After a failure nothing more is published: what waits is given up on.
        if (this.#failure !== undefined) for (const dropped of this.#waiting.splice(0)) dropped.settle();
        this.#pump();
      });
  }
}
