/**
 * The documents of each beamline's current run, read from JetStream BL_DOCS from the run's first
 * document (so a dashboard started, or a page opened, mid-scan still draws the whole scan), live
 * until its RunStop, into the run's plot.
 */
import { brightline } from '../../gen/proto.js';
import { DOCUMENT_STREAM, subjects, type Bus, type StreamReader } from '../../actors/transport/mod.js';
import { describeError } from '../../lib/errors.js';
import type { Logger } from '../../lib/log.js';
import type { FacilityModel } from './facility-model.js';
import { startWithRetry } from './retry.js';
import { RunPlot } from './run-plot.js';

interface Following {
  readonly runUid: string;
  readonly stopping: AbortController;
  reader: StreamReader | undefined;
}

export class RunDocuments {
  readonly #following = new Map<string, Following>();

  constructor(
    private readonly bus: Bus,
    private readonly model: FacilityModel,
    private readonly logger: Logger,
    private readonly signal: AbortSignal,
  ) {}

  /** Plots `runUid` of `beamline` (once: a run already followed is left alone), replacing its previous run's plot. */
  follow(beamline: string, runUid: string): void {
    if (this.signal.aborted || this.#following.get(beamline)?.runUid === runUid || this.model.plots.get(beamline)?.meta.run_uid === runUid) return;
    this.#end(beamline);
    const plot = new RunPlot(beamline, runUid);
    this.model.plots.set(beamline, plot);
    this.model.changed();
    const following: Following = { runUid, stopping: new AbortController(), reader: undefined };
    this.#following.set(beamline, following);
    const stopSignal = AbortSignal.any([this.signal, following.stopping.signal]);
    void startWithRetry(`reading the documents of run ${runUid} of ${beamline}`, () =>
      this.bus.readStream(DOCUMENT_STREAM, subjects.documents(beamline, runUid), brightline.v1.DocumentEnvelope, { kind: 'all' }, (envelope) => {
        let body: Record<string, unknown>;
        try {
          body = JSON.parse(envelope.json || '{}') as Record<string, unknown>;
        } catch (error) {
          this.logger.warn(`dashboard: a ${envelope.name} document of run ${runUid} is not JSON: ${describeError(error)}`);
          return;
        }
        if (plot.add(envelope.name, body)) this.model.changed();
        // Not awaited: stopping waits for this handler to return.
        if (plot.stopped) this.#end(beamline, runUid);
      }, { signal: stopSignal }), stopSignal, this.logger).then((reader) => {
      if (!reader) return;
      if (stopSignal.aborted) void reader.stop();
      else following.reader = reader;
    });
  }

  async stop(): Promise<void> {
    const readers = [...this.#following.values()].map((f) => f.reader);
    for (const beamline of [...this.#following.keys()]) this.#end(beamline);
    await Promise.all(readers.map((reader) => reader?.stop()));
  }

  #end(beamline: string, runUid?: string): void {
    const following = this.#following.get(beamline);
    if (!following || (runUid !== undefined && following.runUid !== runUid)) return;
    this.#following.delete(beamline);
    following.stopping.abort();
    void following.reader?.stop();
  }
}
