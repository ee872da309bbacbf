/**
 * A beamline's runs as stored in BL_DOCS, found without reading their documents: each run is one
 * subject (bl.v1.docs.<beamline>.<run_uid>), so the stream's last message per subject lists the
 * runs (headers only), and one stored-message lookup each gives a run's RunStart (its first
 * message) and its RunStop (its last, once closed). A beamline with a million events costs a
 * listing of its runs, not of its events.
 */
import { setMaxListeners } from 'node:events';
import { brightline } from '../gen/proto.js';
import { BrightlineError, ErrorCode, InvalidArgumentError, MalformedMessageError } from '../lib/errors.js';
import { isSubjectToken } from '../lib/ids.js';
import { DOCUMENT_STREAM, runOfDocumentSubject, StreamNotFoundError, subjects, type Bus, type ReadOptions, type StoredMessage, type SubjectSequence } from '../actors/transport/mod.js';
import { explainBusFailure } from './bus-errors.js';
import type { CallContext } from './rpc.js';

const v1 = brightline.v1;

type Envelope = brightline.v1.DocumentEnvelope;
export type RunSummary = brightline.v1.RunSummary.$Properties;

/** What ListRuns gives when the caller names no limit. */
export const DEFAULT_RUN_LIMIT = 20;
/** The store of every run's documents, as failures name it. */
export const DOCUMENT_STORE = `the document stream ${DOCUMENT_STREAM}`;
/** Each listed run costs two stored-message lookups: a listing is bounded. */
export const MAX_RUN_LIMIT = 1_000;
/** How many runs an ambiguous prefix names in its error. */
const CANDIDATES_SHOWN = 10;
/** Lookups in flight at once while summarizing runs. */
const LOOKUP_CONCURRENCY = 32;
/** How long listing or finding runs may take, whatever the call's deadline: JetStream answers in ms. */
const CATALOG_CAP_MS = 30_000;

export class RunNotFoundError extends BrightlineError {
  constructor(message: string) {
    super(ErrorCode.NotFound, message);
  }
}

export class AmbiguousRunError extends InvalidArgumentError {}

/** The document store (JetStream) did not answer in time, or is not there. */
export class RunStoreUnavailableError extends BrightlineError {
  constructor(message: string, options?: ErrorOptions) {
    super(ErrorCode.Unavailable, message, { retryable: true, ...options });
  }
}

/** A stored run: its uid and the stream sequence of its newest document. */
interface StoredRun {
  runUid: string;
  lastSeq: number;
}

/**
 * The runs of one beamline for one call: every read ends with the call (cancelled, past its
 * deadline, the gateway stopping) and within CATALOG_CAP_MS, and leaves no consumer behind.
 */
export class RunCatalog {
  /** The time the catalog has: the call's remaining deadline, at most CATALOG_CAP_MS. */
  private readonly budgetMs: number;
  private readonly deadline: number;
  /** The call's signal, for the catalog's reads: each listens to it while it runs, up to 2 per lookup slot. */
  private readonly signal: AbortSignal;

  constructor(
    private readonly bus: Bus,
    readonly beamline: string,
    private readonly call: Pick<CallContext, 'signal' | 'remainingMs'>,
  ) {
    this.budgetMs = call.remainingMs(CATALOG_CAP_MS);
    this.deadline = Date.now() + this.budgetMs;
    this.signal = AbortSignal.any([call.signal]);
    setMaxListeners(2 * LOOKUP_CONCURRENCY + 2, this.signal);
  }

  /**
   * The newest `limit` runs, oldest first, and how many are stored. "Newest" is by each run's last
   * document: a beamline runs one plan at a time and a plan's runs one after another, so that is
   * the order of their starts, except for a run closed late by the recovery of a crashed engine.
   * The runs listed are then ordered by their RunStart exactly.
   */
  async list(limit: number): Promise<{ runs: RunSummary[]; total: number }> {
    const wanted = limit === 0 ? DEFAULT_RUN_LIMIT : limit;
    if (wanted > MAX_RUN_LIMIT) throw new InvalidArgumentError(`ListRuns limit is at most ${MAX_RUN_LIMIT}, got ${limit}`);
    return this.explained('listing the runs', async () => {
      const stored = await this.storedRuns();
      const newest = stored.slice(-wanted);
      const summaries = await mapLimited(newest, LOOKUP_CONCURRENCY, this.signal, (run) => this.summarize(run.runUid));
      summaries.sort((a, b) => a.startSeq - b.startSeq);
      return { runs: summaries.map((s) => s.summary), total: stored.length };
    });
  }

  /**
   * The run a caller means: its uid, or the start of it when only one run of the beamline has that
   * start (case does not matter). NOT_FOUND when none does, INVALID_ARGUMENT naming them when several do.
   */
  resolve(uidOrPrefix: string): Promise<string> {
    return this.explained('finding the run', () => this.find(uidOrPrefix.trim()));
  }

  private async find(wanted: string): Promise<string> {
    // The whole uid, the usual case (a client that just learnt it), costs one lookup.
    if (isSubjectToken(wanted) && (await this.lastDocument(wanted))) return wanted;
    const stored = await this.storedRuns();
    const lower = wanted.toLowerCase();
    const matches = stored.filter((run) => run.runUid.toLowerCase().startsWith(lower));
    const [only] = matches;
    if (matches.length === 1 && only) return only.runUid;
    if (matches.length === 0) {
      const none = stored.length === 0 ? `${this.beamline} has no runs stored yet` : `no run of ${this.beamline} has a uid starting with '${wanted}'`;
      throw new RunNotFoundError(`${none} (ListRuns lists them)`);
    }
    const shown = await mapLimited(matches.slice(-CANDIDATES_SHOWN), LOOKUP_CONCURRENCY, this.signal, async (run) => `${run.runUid} (${runLabel(await this.firstDocument(run.runUid))})`);
    const more = matches.length > shown.length ? ` and ${matches.length - shown.length} more` : '';
    throw new AmbiguousRunError(`'${wanted}' matches ${matches.length} runs of ${this.beamline}: ${shown.join(', ')}${more}; give more of the uid`);
  }

  /** Every run stored for the beamline, by the sequence of its newest document, oldest first. */
  private async storedRuns(): Promise<StoredRun[]> {
    let subjectsSeen: SubjectSequence[];
    try {
      subjectsSeen = await this.bus.lastSequencePerSubject(DOCUMENT_STREAM, subjects.documents(this.beamline, '*'), this.bounds());
    } catch (error) {
      // No stream: no run engine has ever run on this bus, so there are no runs.
      if (error instanceof StreamNotFoundError) return [];
      throw error;
    }
    return subjectsSeen.flatMap(({ subject, seq }) => {
      const runUid = runOfDocumentSubject(subject);
      return runUid === undefined ? [] : [{ runUid, lastSeq: seq }];
    });
  }

  private async summarize(runUid: string): Promise<{ summary: RunSummary; startSeq: number }> {
    const [first, last] = await Promise.all([this.firstDocument(runUid), this.lastDocument(runUid)]);
    const start = first?.message.name === 'start' ? parseBody(first.message) : undefined;
    const stop = last?.message.name === 'stop' ? parseBody(last.message) : undefined;
    const summary: RunSummary = {
      beamline: this.beamline,
      run_uid: runUid,
      scan_id: wholeNumber(start?.['scan_id']),
      plan_name: text(start?.['plan_name']),
      plan_item_uid: text(start?.['plan_item_uid']),
      user: text(start?.['user']),
      time: finite(start?.['time']),
      exit_status: text(stop?.['exit_status']),
      reason: text(stop?.['reason']),
      num_events: totalEvents(stop?.['num_events']),
      stop_time: finite(stop?.['time']),
      start_json: start && first ? first.message.json : '',
    };
    return { summary, startSeq: first?.seq ?? last?.seq ?? 0 };
  }

  private firstDocument(runUid: string): Promise<StoredMessage<Envelope> | undefined> {
    return this.lookup(() => this.bus.firstStoredMessage(DOCUMENT_STREAM, subjects.documents(this.beamline, runUid), v1.DocumentEnvelope, this.bounds()));
  }

  private lastDocument(runUid: string): Promise<StoredMessage<Envelope> | undefined> {
    return this.lookup(() => this.bus.lastStoredMessage(DOCUMENT_STREAM, subjects.documents(this.beamline, runUid), v1.DocumentEnvelope, this.bounds()));
  }

  private async lookup(get: () => Promise<StoredMessage<Envelope> | undefined>): Promise<StoredMessage<Envelope> | undefined> {
    try {
      return await get();
    } catch (error) {
      // A document that does not decode (logged by nobody else) leaves its part of the summary empty.
      if (error instanceof StreamNotFoundError || error instanceof MalformedMessageError) return undefined;
      throw error;
    }
  }

  /** What is left of the catalog's time, and the call's signal, for one read. */
  private bounds(): ReadOptions {
    return { signal: this.signal, timeoutMs: Math.max(1, this.deadline - Date.now()) };
  }

  /** Runs `work`, its bus failures said for a person (the call's end, a silent store, the gateway's own). */
  private async explained<T>(what: string, work: () => Promise<T>): Promise<T> {
    try {
      return await work();
    } catch (error) {
      throw explainBusFailure(error, {
        what,
        beamline: this.beamline,
        timeoutMs: this.budgetMs,
        capMs: CATALOG_CAP_MS,
        signal: this.call.signal,
        store: DOCUMENT_STORE,
        missing: (cause) => new RunStoreUnavailableError(`the document store (JetStream) is not available for ${what} of ${this.beamline}`, { cause }),
        silent: (seconds, cause) => new RunStoreUnavailableError(`the document store (JetStream) did not finish ${what} of ${this.beamline} within ${seconds} s`, { cause }),
      });
    }
  }
}

function runLabel(start: StoredMessage<Envelope> | undefined): string {
  const body = start?.message.name === 'start' ? parseBody(start.message) : undefined;
  if (!body) return 'no RunStart stored';
  return `${text(body['plan_name']) || '?'}, scan_id ${String(body['scan_id'] ?? '?')}`;
}

/** A document body; a body that is not a JSON object reads as empty (the summary shows what it can). */
function parseBody(envelope: Envelope): Record<string, unknown> {
  try {
    const body: unknown = JSON.parse(envelope.json);
    return typeof body === 'object' && body !== null && !Array.isArray(body) ? (body as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}

function text(value: unknown): string {
  return typeof value === 'string' ? value : '';
}

function finite(value: unknown): number {
  return typeof value === 'number' && Number.isFinite(value) ? value : 0;
}

function wholeNumber(value: unknown): number {
  return typeof value === 'number' && Number.isInteger(value) && value >= 0 ? value : 0;
}

/** RunStop's num_events counts per stream: the summary gives the total. */
function totalEvents(value: unknown): number {
  if (typeof value !== 'object' || value === null) return 0;
  return Object.values(value).reduce<number>((sum, count) => sum + (typeof count === 'number' ? count : 0), 0);
}

/** `map` over `items`, `concurrency` at a time; no new one starts once `signal` aborts. */
async function mapLimited<T, R>(items: readonly T[], concurrency: number, signal: AbortSignal, map: (item: T) => Promise<R>): Promise<R[]> {
  const results = new Array<R>(items.length);
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < items.length) {
      signal.throwIfAborted();
      const index = next++;
      results[index] = await map(items[index] as T);
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, items.length) }, worker));
  return results;
}
