/**
 * The documents of one open run (Bluesky's RunBundler): descriptors per stream, events from
 * create/read/save bundles, event pages from a flyer's collect, monitor streams, and asset
 * documents before the events that refer to them. Documents go out through one ordered queue
 * (document-queue.ts), so a monitor update and a saved event never overtake each other's
 * descriptor; the plan does not wait for them to be stored, only the RunStop does.
 */
import { describeError } from '../../lib/errors.js';
import { RunAssets } from './asset-documents.js';
import type { CommandOptions, DeviceAccess } from './device-access.js';
import { DocumentQueue, type EmitOptions } from './document-queue.js';
import {
  DocumentName, composeDescriptor, composeEvent, composeEventPage, composeRunStop,
  type AnyDocument, type AssetDocument, type ConfigurationEntry, type DeviceDescription, type DeviceReading,
} from './documents.js';
import type { ExitStatus } from './msg.js';
import { PlanProtocolError } from './plan-errors.js';

export interface BundlerDeps {
  devices: DeviceAccess;
  /** Publishes one document durably; the run's publishes overlap (see document-queue.ts). */
  emit(name: DocumentName, doc: AnyDocument, runUid: string, options?: EmitOptions): Promise<void>;
  newUid(): string;
  /** Seconds since the epoch. */
  nowS(): number;
  /** Events in flight at once; DEFAULT_DOCUMENT_WINDOW by default, 1 publishes one document at a time. */
  documentWindow?: number;
}

interface Stream {
  uid: string;
  devices: string[];
  seq: number;
  externalKeys: ReadonlySet<string>;
}

interface Bundle {
  stream: string;
  readings: Map<string, Record<string, DeviceReading>>;
  assets: AssetDocument[];
}

export class RunBundler {
  readonly #streams = new Map<string, Stream>();
  readonly #descriptions = new Map<string, DeviceDescription>();
  readonly #configurations = new Map<string, ConfigurationEntry>();
  readonly #assets: RunAssets;
  readonly #monitors = new Map<string, () => void>();
  readonly #queue: DocumentQueue;
  #bundle: Bundle | undefined;
  #closed = false;

  constructor(readonly uid: string, private readonly deps: BundlerDeps) {
    this.#assets = new RunAssets(uid);
    this.#queue = new DocumentQueue((name, doc, options) => deps.emit(name, doc, uid, options), deps.documentWindow);
  }

  /** Events per stream so far, for RunStop and progress. */
  get numEvents(): Record<string, number> {
    return Object.fromEntries([...this.#streams].map(([name, stream]) => [name, stream.seq]));
  }

  get bundling(): boolean {
    return this.#bundle !== undefined;
  }

  /** Publishes in order after everything queued before it; a failure fails the run at its next step. */
  emit(name: DocumentName, doc: AnyDocument): void {
    this.#queue.push(name, doc);
  }

  /** Throws the first publish failure, if any; awaits what is queued when `flush`. */
  async check(flush = false): Promise<void> {
    if (flush) await this.#queue.drained();
    if (this.#queue.failure !== undefined) throw this.#queue.failure;
  }

  create(stream: string): void {
    if (this.#bundle) throw new PlanProtocolError(`'create' of '${stream}' while '${this.#bundle.stream}' is not saved or dropped`);
    this.#bundle = { stream, readings: new Map(), assets: [] };
  }

  /** Adds a read's result to the open bundle (if any). */
  async addReading(device: string, readings: Record<string, DeviceReading>, assets: readonly AssetDocument[], options: CommandOptions): Promise<void> {
    const bundle = this.#bundle;
    if (!bundle) return;
    if (bundle.readings.has(device)) throw new PlanProtocolError(`'${device}' read twice in one event of '${bundle.stream}'`);
    bundle.readings.set(device, readings);
    bundle.assets.push(...assets);
    await this.#describe(device, options);
  }

  drop(): void {
    if (!this.#bundle) throw new PlanProtocolError(`'drop' without 'create'`);
    this.#bundle = undefined;
  }

  /** Discards a bundle an interruption left half read: it is read again when the plan resumes. */
  discardBundle(): void {
    this.#bundle = undefined;
  }

  async save(options: CommandOptions): Promise<number> {
    const bundle = this.#bundle;
    if (!bundle) throw new PlanProtocolError(`'save' without 'create'`);
    this.#bundle = undefined;
    const devices = [...bundle.readings.keys()];
    const stream = await this.#stream(bundle.stream, devices, options);
    const readings: Record<string, DeviceReading> = {};
    for (const device of devices) Object.assign(readings, bundle.readings.get(device));
    for (const asset of this.#assets.take(bundle.assets, stream.uid)) this.emit(asset.name, asset.doc);
    stream.seq += 1;
    const event = composeEvent({
      uid: this.deps.newUid(), descriptor: stream.uid, seqNum: stream.seq, timeS: this.deps.nowS(), readings, externalKeys: stream.externalKeys,
    });
    this.emit(DocumentName.Event, event);
    await this.check();
    return stream.seq;
  }

  async declareStream(name: string, devices: readonly string[], options: CommandOptions): Promise<void> {
    if (this.#streams.has(name)) throw new PlanProtocolError(`stream '${name}' is already declared`);
    for (const device of devices) await this.#describe(device, options);
    await this.#stream(name, devices, options);
  }

  /** Emits a flyer's recorded events as one EventPage of `streamName`; returns how many. */
  async collect(device: string, streamName: string, options: CommandOptions): Promise<number> {
    const collected = await this.deps.devices.collect(device, options);
    if (collected.events.length === 0) return 0;
    if (!this.#descriptions.has(`${device}#collect`)) {
      this.#descriptions.set(`${device}#collect`, { device, dataKeys: collected.dataKeys, hintedFields: Object.keys(collected.dataKeys) });
    }
    let stream = this.#streams.get(streamName);
    // Described under its own key: a flyer's collected keys are not what its read describes.
    if (!stream) stream = this.#newStream(streamName, [`${device}#collect`]);
    const page = composeEventPage({
      uids: collected.events.map(() => this.deps.newUid()),
      descriptor: stream.uid,
      firstSeqNum: stream.seq + 1,
      events: collected.events,
      externalKeys: stream.externalKeys,
    });
    stream.seq += collected.events.length;
    this.emit(DocumentName.EventPage, page);
    await this.check();
    return collected.events.length;
  }

  /** Every reading update of `device` becomes an event of `streamName` until unmonitor. */
  async monitor(device: string, streamName: string, options: CommandOptions): Promise<void> {
    if (this.#monitors.has(device)) throw new PlanProtocolError(`'${device}' is already monitored`);
    await this.#describe(device, options);
    const stream = await this.#stream(streamName, [device], options);
    const stop = this.deps.devices.monitor(device, (readings) => {
      if (this.#closed) return;
      stream.seq += 1;
      this.emit(DocumentName.Event, composeEvent({ uid: this.deps.newUid(), descriptor: stream.uid, seqNum: stream.seq, timeS: this.deps.nowS(), readings }));
    });
    this.#monitors.set(device, stop);
  }

  unmonitor(device: string): void {
    const stop = this.#monitors.get(device);
    if (!stop) throw new PlanProtocolError(`'unmonitor' of '${device}', which is not monitored`);
    stop();
    this.#monitors.delete(device);
  }

  /** Stops monitors, emits RunStop after every queued document, and waits until it is stored. */
  async close(exitStatus: ExitStatus, reason: string): Promise<void> {
    for (const stop of this.#monitors.values()) stop();
    this.#monitors.clear();
    this.#closed = true;
    this.#bundle = undefined;
    await this.#queue.drained();
    const publishFailure = this.#queue.failure;
    const stopReason = publishFailure !== undefined && exitStatus === 'success' ? `a document could not be published: ${describeError(publishFailure)}` : reason;
    const doc = composeRunStop({
      uid: this.deps.newUid(), runStart: this.uid, timeS: this.deps.nowS(),
      exitStatus: publishFailure !== undefined && exitStatus === 'success' ? 'fail' : exitStatus, reason: stopReason, numEvents: this.numEvents,
    });
    // The RunStop is published even after an earlier failure: a run without its stop looks alive forever.
    await this.deps.emit(DocumentName.Stop, doc, this.uid);
  }

  async #describe(device: string, options: CommandOptions): Promise<void> {
    if (this.#descriptions.has(device)) return;
    const [description, configuration] = await Promise.all([
      this.deps.devices.describe(device, options),
      this.deps.devices.configuration(device, options),
    ]);
    this.#descriptions.set(device, description);
    this.#configurations.set(device, { data: configuration.data, timestamps: configuration.timestamps, data_keys: configuration.dataKeys });
  }

  async #stream(name: string, devices: readonly string[], options: CommandOptions): Promise<Stream> {
    const existing = this.#streams.get(name);
    if (existing) {
      if (!sameMembers(existing.devices, devices)) {
        throw new PlanProtocolError(`stream '${name}' reads [${devices.join(', ')}] but its descriptor has [${existing.devices.join(', ')}]`);
      }
      return existing;
    }
    for (const device of devices) await this.#describe(device, options);
    return this.#newStream(name, devices);
  }

  #newStream(name: string, devices: readonly string[]): Stream {
    const descriptions = devices.map((d) => this.#descriptions.get(d)).filter((d): d is DeviceDescription => d !== undefined);
    const configuration: Record<string, ConfigurationEntry> = {};
    for (const device of devices) {
      const entry = this.#configurations.get(device);
      if (entry) configuration[device] = entry;
    }
    const doc = composeDescriptor({ uid: this.deps.newUid(), runStart: this.uid, timeS: this.deps.nowS(), name, devices: descriptions, configuration });
    const externalKeys = new Set(Object.entries(doc.data_keys).filter(([, key]) => key.external).map(([key]) => key));
    const stream: Stream = { uid: doc.uid, devices: [...devices], seq: 0, externalKeys };
    this.#streams.set(name, stream);
    this.emit(DocumentName.Descriptor, doc);
    return stream;
  }
}

function sameMembers(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((x) => b.includes(x));
}

