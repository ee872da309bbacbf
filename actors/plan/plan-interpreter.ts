/**
 * Executes one plan's messages against the devices and turns reads into documents (Bluesky's
 * RunEngine._run loop and RunBundler). Never throws: whatever happens, the outcome says how the
 * plan ended, and a run that was opened gets exactly one RunStop.
 */
import { BrightlineError, ErrorCode, describeError } from '../../lib/errors.js';
import { silentLogger, type Logger } from '../../lib/log.js';
import { RunAssets } from './asset-documents.js';
import { DeviceHostLostError, type DeviceAccess } from './device-access.js';
import {
  DocumentName, composeDescriptor, composeEvent, composeRunStart, composeRunStop,
  type AnyDocument, type AssetDocument, type DeviceDescription, type DeviceReading,
} from './documents.js';
import { ExitStatus, parseMsg, type JsonObject, type Msg, type Plan } from './msg.js';

export interface PlanItem {
  itemUid: string;
  planName: string;
  plan: Plan<unknown>;
  /** User metadata for RunStart. */
  metadata: JsonObject;
}

export interface RunProgress {
  runUids: string[];
  step: number;
  totalSteps: number;
}

export interface PlanOutcome {
  exitStatus: ExitStatus;
  reason: string;
  runUids: string[];
}

export interface InterpreterDeps {
  devices: DeviceAccess;
  beamline: string;
  /** Milliseconds since the epoch. */
  now(): number;
  newUid(): string;
  /** Resolves after `ms`, rejects when `signal` aborts. */
  sleep(ms: number, signal: AbortSignal): Promise<void>;
  nextScanId(): number;
  /** Publishes one document durably; resolves once it is stored, so documents stay in order. */
  emit(name: DocumentName, doc: AnyDocument, runUid: string): Promise<void>;
  logger?: Logger;
}

export interface InterpreterHooks {
  signal: AbortSignal;
  onProgress?(progress: RunProgress): void;
}

/** A failed step of a plan, naming the message that failed and keeping the device's error as cause. */
export class PlanStepError extends BrightlineError {
  constructor(readonly step: string, cause: unknown) {
    const inner = BrightlineError.from(cause);
    super(inner.code, `${step} failed: ${inner.message}`, { cause, retryable: inner.retryable });
  }
}

export class PlanProtocolError extends BrightlineError {
  constructor(message: string) {
    super(ErrorCode.FailedPrecondition, message);
  }
}

interface OpenRun {
  uid: string;
  /** Per stream; `externalKeys` are the data keys whose values are datum ids. */
  descriptors: Map<string, { uid: string; devices: string[]; seq: number; externalKeys: ReadonlySet<string> }>;
  numEvents: Record<string, number>;
  descriptions: Map<string, DeviceDescription>;
  assets: RunAssets;
}

interface Bundle {
  stream: string;
  readings: Map<string, Record<string, DeviceReading>>;
  /** Asset documents returned by the reads; emitted (new ones only) just before the Event. */
  assets: AssetDocument[];
}

export function interpretPlan(item: PlanItem, deps: InterpreterDeps, hooks: InterpreterHooks): Promise<PlanOutcome> {
  return new PlanInterpreter(item, deps, hooks).run();
}

class PlanInterpreter {
  private readonly cancel = new AbortController();
  private readonly signal: AbortSignal;
  private readonly logger: Logger;
  private readonly groups = new Map<string, Promise<void>[]>();
  private readonly touched = new Set<string>();
  private readonly runUids: string[] = [];
  private openRun: OpenRun | undefined;
  private bundle: Bundle | undefined;
  private backgroundFailure: unknown;
  private step = 0;
  private totalSteps = 0;

  constructor(private readonly item: PlanItem, private readonly deps: InterpreterDeps, private readonly hooks: InterpreterHooks) {
    this.signal = AbortSignal.any([hooks.signal, this.cancel.signal]);
    this.logger = deps.logger ?? silentLogger;
  }

  async run(): Promise<PlanOutcome> {
    try {
      let reply: unknown;
      for (;;) {
        this.throwIfAborted();
        const next = this.item.plan.next(reply);
        if (next.done) break;
        reply = await this.execute(parseMsg(next.value));
        if (this.backgroundFailure !== undefined) throw this.backgroundFailure;
      }
      if (this.openRun) await this.closeRun(ExitStatus.Success, '');
      return { exitStatus: ExitStatus.Success, reason: '', runUids: this.runUids };
    } catch (error) {
      const aborted = this.hooks.signal.aborted;
      const exitStatus = aborted ? ExitStatus.Abort : ExitStatus.Fail;
      const reason = aborted ? `aborted: ${describeError(this.hooks.signal.reason)}` : describeError(error);
      this.logger.warn(`plan '${this.item.planName}' (${this.item.itemUid}) ended with ${exitStatus}: ${reason}`);
      await this.cleanUp();
      if (this.openRun) {
        await this.closeRun(exitStatus, reason).catch((stopError: unknown) => {
          this.logger.error(`could not publish RunStop of ${this.openRun?.uid}: ${describeError(stopError)}`);
        });
      }
      return { exitStatus, reason, runUids: this.runUids };
    } finally {
      this.cancel.abort('plan finished');
    }
  }

  private async execute(msg: Msg): Promise<unknown> {
    switch (msg.cmd) {
      case 'open_run':
        return this.openNewRun(msg.metadata ?? {});
      case 'close_run':
        if (!this.openRun) throw new PlanProtocolError(`'close_run' without an open run`);
        return this.closeRun(msg.exit_status ?? ExitStatus.Success, msg.reason ?? '');
      case 'create':
        if (!this.openRun) throw new PlanProtocolError(`'create' of stream '${msg.name}' without an open run`);
        if (this.bundle) throw new PlanProtocolError(`'create' of '${msg.name}' while '${this.bundle.stream}' is not saved or dropped`);
        this.bundle = { stream: msg.name, readings: new Map(), assets: [] };
        return undefined;
      case 'read':
        return this.read(msg.device);
      case 'save':
        return this.save();
      case 'drop':
        if (!this.bundle) throw new PlanProtocolError(`'drop' without 'create'`);
        this.bundle = undefined;
        return undefined;
      case 'set':
        this.touched.add(msg.device);
        this.track(msg.group, `set of '${msg.device}' to ${JSON.stringify(msg.value)}`, this.deps.devices.set(msg.device, msg.value, { signal: this.signal }));
        return undefined;
      case 'trigger':
        this.touched.add(msg.device);
        this.track(msg.group, `trigger of '${msg.device}'`, this.deps.devices.trigger(msg.device, { signal: this.signal }));
        return undefined;
      case 'wait': {
        const statuses = this.groups.get(msg.group) ?? [];
        this.groups.delete(msg.group);
        await Promise.all(statuses);
        return undefined;
      }
      case 'sleep':
        await this.deps.sleep(msg.seconds * 1000, this.signal);
        return undefined;
      case 'checkpoint':
      case 'null':
        return undefined;
    }
  }

  private async openNewRun(planMetadata: JsonObject): Promise<string> {
    if (this.openRun) throw new PlanProtocolError(`'open_run' while run ${this.openRun.uid} is open`);
    const uid = this.deps.newUid();
    const doc = composeRunStart({
      uid,
      timeS: this.deps.now() / 1000,
      scanId: this.deps.nextScanId(),
      beamline: this.deps.beamline,
      planItemUid: this.item.itemUid,
      planMetadata,
      userMetadata: this.item.metadata,
    });
    // Open before publishing: if the publish fails half way, the RunStop must still be attempted.
    this.openRun = { uid, descriptors: new Map(), numEvents: {}, descriptions: new Map(), assets: new RunAssets(uid) };
    this.runUids.push(uid);
    const numPoints = planMetadata['num_points'];
    this.totalSteps = typeof numPoints === 'number' ? numPoints : 0;
    this.step = 0;
    await this.deps.emit(DocumentName.Start, doc, uid);
    this.reportProgress();
    return uid;
  }

  private async closeRun(exitStatus: ExitStatus, reason: string): Promise<string> {
    const run = this.openRun;
    if (!run) throw new PlanProtocolError('no open run to close');
    // Cleared first so that a failing publish cannot lead to a second RunStop.
    this.openRun = undefined;
    this.bundle = undefined;
    const doc = composeRunStop({ uid: this.deps.newUid(), runStart: run.uid, timeS: this.deps.now() / 1000, exitStatus, reason, numEvents: run.numEvents });
    await this.deps.emit(DocumentName.Stop, doc, run.uid);
    return run.uid;
  }

  /** Replies to the plan with the readings; inside create/save they join the bundle with their assets. */
  private async read(device: string): Promise<Record<string, DeviceReading>> {
    const { readings, assets } = await this.device(`read of '${device}'`, this.deps.devices.read(device, { signal: this.signal }));
    const { bundle, openRun } = this;
    if (!bundle || !openRun) return readings;
    if (bundle.readings.has(device)) throw new PlanProtocolError(`'${device}' read twice in one event of '${bundle.stream}'`);
    if (!openRun.descriptions.has(device)) {
      const description = await this.device(`describe of '${device}'`, this.deps.devices.describe(device, { signal: this.signal }));
      openRun.descriptions.set(device, description);
    }
    bundle.readings.set(device, readings);
    bundle.assets.push(...assets);
    return readings;
  }

  private async save(): Promise<void> {
    const { bundle, openRun } = this;
    if (!bundle || !openRun) throw new PlanProtocolError(`'save' without 'create'`);
    this.bundle = undefined;
    const devices = [...bundle.readings.keys()];
    let descriptor = openRun.descriptors.get(bundle.stream);
    if (!descriptor) {
      const uid = this.deps.newUid();
      const descriptions = devices.map((d) => openRun.descriptions.get(d)).filter((d): d is DeviceDescription => d !== undefined);
      const doc = composeDescriptor({ uid, runStart: openRun.uid, timeS: this.deps.now() / 1000, name: bundle.stream, devices: descriptions });
      const externalKeys = new Set(Object.entries(doc.data_keys).filter(([, key]) => key.external).map(([name]) => name));
      descriptor = { uid, devices, seq: 0, externalKeys };
      openRun.descriptors.set(bundle.stream, descriptor);
      await this.deps.emit(DocumentName.Descriptor, doc, openRun.uid);
    } else if (!sameMembers(descriptor.devices, devices)) {
      throw new PlanProtocolError(
        `stream '${bundle.stream}' reads [${devices.join(', ')}] but its descriptor has [${descriptor.devices.join(', ')}]`,
      );
    }
    const readings: Record<string, DeviceReading> = {};
    for (const device of devices) Object.assign(readings, bundle.readings.get(device));
    // Resources and Datums before the Event that refers to them, each once per run.
    for (const asset of openRun.assets.take(bundle.assets, descriptor.uid)) await this.deps.emit(asset.name, asset.doc, openRun.uid);
    descriptor.seq += 1;
    const event = composeEvent({
      uid: this.deps.newUid(), descriptor: descriptor.uid, seqNum: descriptor.seq, timeS: this.deps.now() / 1000, readings,
      externalKeys: descriptor.externalKeys,
    });
    await this.deps.emit(DocumentName.Event, event, openRun.uid);
    openRun.numEvents[bundle.stream] = descriptor.seq;
    if (bundle.stream === 'primary') {
      this.step = descriptor.seq;
      this.reportProgress();
    }
  }

  /** Statuses run in the background; a failure in one nobody waits for still fails the plan. */
  private track(group: string | undefined, step: string, status: Promise<void>): void {
    const wrapped = this.device(step, status);
    if (group === undefined) {
      wrapped.catch((error: unknown) => (this.backgroundFailure ??= error));
      return;
    }
    wrapped.catch(() => undefined);
    const statuses = this.groups.get(group) ?? [];
    statuses.push(wrapped);
    this.groups.set(group, statuses);
  }

  private async device<T>(step: string, pending: Promise<T>): Promise<T> {
    try {
      return await pending;
    } catch (error) {
      // The host-lost error already names beamline, device and verb; wrapping would repeat it.
      if (error instanceof DeviceHostLostError) throw error;
      throw new PlanStepError(step, error);
    }
  }

  /** Abandons what is in flight, lets the plan's finally blocks run, and stops what was moving. */
  private async cleanUp(): Promise<void> {
    this.cancel.abort('plan ended');
    try {
      this.item.plan.return(undefined);
    } catch (error) {
      this.logger.warn(`plan '${this.item.planName}' failed while closing: ${describeError(error)}`);
    }
    await Promise.allSettled(
      [...this.touched].map((device) =>
        this.deps.devices.stop(device, { success: false }).catch((error: unknown) => {
          this.logger.warn(`could not stop '${device}': ${describeError(error)}`);
        }),
      ),
    );
  }

  private throwIfAborted(): void {
    if (this.hooks.signal.aborted) throw new BrightlineError(ErrorCode.Aborted, describeError(this.hooks.signal.reason));
  }

  private reportProgress(): void {
    this.hooks.onProgress?.({ runUids: [...this.runUids], step: this.step, totalSteps: this.totalSteps });
  }
}

function sameMembers(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((x) => b.includes(x));
}
