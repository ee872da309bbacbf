/**
 * The in-process half of bench/run-engine.ts: the run engine's interpreter driving real device
 * actors in the same process, with no NATS between them. `LocalDevices` is the DeviceAccess the
 * run engine gets from RemoteDevices, served instead straight from device handles (the objects a
 * device host serves), with the same conversions the wire makes (device-service.ts on one side,
 * remote-devices.ts on the other), so the interpreter sees the same descriptions and readings.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brightline } from '../gen/proto.js';
import { beamlineId, newUid } from '../lib/ids.js';
import type { PlainValue } from '../lib/values.js';
import {
  createDeviceHandle, DeviceState, kindModule, Operation, parseDeviceConfigs, type DataKeyInfo, type DeviceHandle, type KindEnvironment, type Reading,
} from '../actors/device/mod.js';
import { createSignalResolver } from '../actors/device/signals/create-resolver.js';
import type {
  CollectedEvents, CommandOptions, ConfigureResult, DeviceAccess, DeviceConfiguration,
} from '../actors/plan/device-access.js';
import { documentUid, type AnyDocument, type DeviceDescription, type DeviceRead, type DeviceReading, type DocumentName, type EventModelDataKey } from '../actors/plan/documents.js';
import type { EmitDocument } from '../actors/plan/document-publisher.js';
import type { EmitOptions } from '../actors/plan/document-queue.js';
import { PlanInterpreter } from '../actors/plan/plan-interpreter.js';
import { buildSubmittedPlan } from '../actors/plan/plan-registry.js';
import { encodeMessage } from '../actors/transport/mod.js';
import { createDatabase, type RecordDatabase } from '../epics/server/records/mod.js';
import { RE_BEAMLINE, RE_DEVICES, RE_RECORDS, RE_RECORD_PREFIX, type BenchPlan } from './run-engine-shared.js';

const v1 = brightline.v1;

// ---- device access over local handles ---------------------------------------------------

function toReadings(readings: Record<string, Reading>): Record<string, DeviceReading> {
  const out: Record<string, DeviceReading> = {};
  for (const [key, reading] of Object.entries(readings)) out[key] = { value: reading.value, timestamp: reading.timestamp };
  return out;
}

/** As remote-devices.ts's toDataKey makes it from the wire DataKey the host sends. */
function toDataKey(info: DataKeyInfo, device: string): EventModelDataKey {
  const dtype = isDtype(info.dtype) ? info.dtype : 'number';
  const key: EventModelDataKey = { source: info.source || `brightline:${device}`, dtype, shape: [...info.shape], object_name: info.object_name || device };
  if (info.units) key.units = info.units;
  if (dtype === 'number') key.precision = info.precision;
  if (info.limits) key.limits = { control: { low: info.limits.low, high: info.limits.high } };
  if (info.choices && info.choices.length > 0) key.choices = [...info.choices];
  if (info.external) key.external = info.external;
  return key;
}

function isDtype(dtype: string): dtype is EventModelDataKey['dtype'] {
  return dtype === 'number' || dtype === 'integer' || dtype === 'string' || dtype === 'boolean' || dtype === 'array';
}

function toDataKeys(keys: Record<string, DataKeyInfo>, device: string): Record<string, EventModelDataKey> {
  const out: Record<string, EventModelDataKey> = {};
  for (const [key, info] of Object.entries(keys)) out[key] = toDataKey(info, device);
  return out;
}

/** The caller stops waiting on abort, as RemoteDevices' request does; the device goes on. */
function untilAborted<T>(pending: Promise<T>, signal: AbortSignal | undefined): Promise<T> {
  if (!signal) return pending;
  if (signal.aborted) return Promise.reject(signal.reason);
  return new Promise<T>((resolve, reject) => {
    const onAbort = (): void => reject(signal.reason);
    signal.addEventListener('abort', onAbort, { once: true });
    pending.then(
      (value) => {
        signal.removeEventListener('abort', onAbort);
        resolve(value);
      },
      (error: unknown) => {
        signal.removeEventListener('abort', onAbort);
        reject(error);
      },
    );
  });
}

/** Requests with no timeout of their own get the device's default, as device-service.ts does (timeout_s 0). */
export class LocalDevices implements DeviceAccess {
  constructor(private readonly handles: ReadonlyMap<string, DeviceHandle>) {}

  async describe(device: string): Promise<DeviceDescription> {
    const handle = this.#handle(device);
    return { device, dataKeys: toDataKeys(handle.describe(), device), hintedFields: handle.hintedFields() };
  }

  async read(device: string): Promise<DeviceRead> {
    const handle = this.#handle(device);
    const readings = toReadings(handle.read());
    const assets = handle.assetDocuments().map((a) => ({ name: a.name, doc: { ...a.doc } })) as DeviceRead['assets'];
    return { readings, assets };
  }

  async set(device: string, value: PlainValue, options: CommandOptions = {}): Promise<void> {
    await untilAborted(this.#handle(device).run(Operation.Set, { value, timeoutS: options.timeoutS ?? 0 }), options.signal);
  }

  async trigger(device: string, options: CommandOptions = {}): Promise<void> {
    await untilAborted(this.#handle(device).run(Operation.Trigger, { timeoutS: options.timeoutS ?? 0 }), options.signal);
  }

  async stop(device: string, options: CommandOptions & { success?: boolean } = {}): Promise<void> {
    this.#handle(device).stop(options.success ?? false);
  }

  async stage(device: string, options: CommandOptions = {}): Promise<void> {
    await untilAborted(this.#handle(device).run(Operation.Stage, {}), options.signal);
  }

  async unstage(device: string, options: CommandOptions = {}): Promise<void> {
    await untilAborted(this.#handle(device).run(Operation.Unstage, {}), options.signal);
  }

  async configure(device: string, values: Record<string, PlainValue>, options: CommandOptions = {}): Promise<ConfigureResult> {
    const result = await untilAborted(this.#handle(device).configure(values), options.signal);
    return { old: toReadings(result.old), new: toReadings(result.new) };
  }

  async configuration(device: string): Promise<DeviceConfiguration> {
    const handle = this.#handle(device);
    const readings = handle.readConfiguration();
    const data: Record<string, PlainValue> = {};
    const timestamps: Record<string, number> = {};
    for (const [key, reading] of Object.entries(readings)) {
      data[key] = reading.value;
      timestamps[key] = reading.timestamp;
    }
    return { data, timestamps, dataKeys: toDataKeys(handle.describeConfiguration(), device) };
  }

  async kickoff(device: string, params: Record<string, PlainValue>, options: CommandOptions = {}): Promise<void> {
    await untilAborted(this.#handle(device).run(Operation.Kickoff, { params, timeoutS: options.timeoutS ?? 0 }), options.signal);
  }

  async complete(device: string, options: CommandOptions = {}): Promise<void> {
    await untilAborted(this.#handle(device).run(Operation.Complete, { timeoutS: options.timeoutS ?? 0 }), options.signal);
  }

  async collect(device: string): Promise<CollectedEvents> {
    const handle = this.#handle(device);
    const events = handle.collect().map((e) => ({ time: e.time, data: { ...e.data }, timestamps: { ...e.timestamps } }));
    return { dataKeys: toDataKeys(handle.describeCollect(), device), events };
  }

  monitor(device: string, listener: (readings: Record<string, DeviceReading>) => void): () => void {
    return this.#handle(device).onReadings((readings) => listener(toReadings(readings)));
  }

  #handle(device: string): DeviceHandle {
    const handle = this.handles.get(device);
    if (!handle) throw new Error(`no device '${device}' (have ${[...this.handles.keys()].join(', ')})`);
    return handle;
  }
}

// ---- the devices, as a device host builds them, without the bus ----------------------------

export interface LocalBeamline {
  readonly devices: LocalDevices;
  stop(): Promise<void>;
}

export interface LocalBeamlineOptions {
  /**
   * A what-if, not a goal figure: the point detector's trigger resolves at once instead of
   * through `delay(exposure)` (actors/device/kinds/waits.ts), whose setTimeout(0) Node clamps to
   * 1 ms. Everything else is the real device.
   */
  readonly instantTrigger?: boolean;
}

/** The bench's records and devices in this process: what startDeviceHost builds, minus its endpoints. */
export async function startLocalBeamline(options: LocalBeamlineOptions = {}): Promise<LocalBeamline> {
  const database: RecordDatabase = createDatabase(RE_RECORD_PREFIX, RE_RECORDS);
  const dataDir = await mkdtemp(join(tmpdir(), 'brightline-bench-re-'));
  const handles = new Map<string, DeviceHandle>();
  const now = (): number => Date.now() / 1000;
  const env: KindEnvironment = {
    beamline: beamlineId(RE_BEAMLINE),
    signals: createSignalResolver({ sim: database }),
    now,
    random: Math.random,
    dataDir,
    device: (name) => {
      const handle = handles.get(name);
      if (!handle) throw new Error(`no device '${name}'`);
      return handle;
    },
  };
  for (const config of parseDeviceConfigs(RE_DEVICES, RE_BEAMLINE)) {
    const module = kindModule(config.kind);
    if (!module) throw new Error(`unknown kind '${config.kind}'`);
    const real = module.create(config, env);
    const behaviour = options.instantTrigger && real.trigger ? { ...real, trigger: () => Promise.resolve() } : real;
    handles.set(config.name, createDeviceHandle({ behaviour, connectTimeoutMs: config.connect_timeout_s * 1000, now }));
  }
  const health = await Promise.all([...handles.values()].map((h) => h.start()));
  const notReady = [...handles.keys()].filter((_, i) => health[i]?.state !== DeviceState.Idle);
  if (notReady.length > 0) throw new Error(`devices not ready: ${notReady.join(', ')} (${JSON.stringify(health)})`);
  return {
    devices: new LocalDevices(handles),
    stop: async () => {
      for (const handle of [...handles.values()].reverse()) handle.shutdown();
      database.close();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}

// ---- one measured run -----------------------------------------------------------------------

/** Where the documents of an in-process run go. */
export const DocumentSink = {
  /** Counted and dropped: Bluesky's RunEngine figure has no subscriber that stores anything. */
  Discard: 'discard',
  /** Serialised as document-publisher.ts does before its publish: JSON.stringify into a protobuf DocumentEnvelope. */
  Encode: 'encode',
} as const;
export type DocumentSink = (typeof DocumentSink)[keyof typeof DocumentSink];

export interface LocalRun {
  readonly exitStatus: string;
  readonly reason: string;
  readonly ms: number;
  readonly documents: Record<string, number>;
  readonly bytes: number;
}

/**
 * Runs `plan` as a submission does (buildSubmittedPlan: validated, staged), through the
 * interpreter, its documents discarded, encoded, or stored by `sink` as the run engine stores them
 * (createDocumentPublisher: run() then resolves once the RunStop is stored), timed from the interpreter's start until its run() resolves (RunStop emitted).
 */
export async function runLocal(devices: DeviceAccess, plan: BenchPlan, sink: DocumentSink | EmitDocument): Promise<LocalRun> {
  const documents: Record<string, number> = {};
  let bytes = 0;
  const emit = async (name: DocumentName, doc: AnyDocument, runUid: string, options?: EmitOptions): Promise<void> => {
    documents[name] = (documents[name] ?? 0) + 1;
    if (typeof sink === 'function') await sink(name, doc, runUid, options);
    else if (sink === DocumentSink.Encode) {
      const envelope = { name, uid: documentUid(doc), run_uid: runUid, json: JSON.stringify(doc), beamline: RE_BEAMLINE };
      bytes += encodeMessage(v1.DocumentEnvelope, envelope).length;
    }
  };
  const built = buildSubmittedPlan(plan.planName, plan.args);
  const controller = new AbortController();
  let scanId = 0;
  const started = performance.now();
  const interpreter = new PlanInterpreter(
    { itemUid: newUid(), planName: plan.planName, plan: built.plan, metadata: {} },
    {
      devices,
      beamline: RE_BEAMLINE,
      now: Date.now,
      newUid: () => newUid(),
      sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
      nextScanId: () => ++scanId,
      emit,
    },
    { signal: controller.signal, onProgress: () => undefined },
  );
  const outcome = await interpreter.run();
  const ms = performance.now() - started;
  return { exitStatus: outcome.exitStatus, reason: outcome.reason, ms, documents, bytes };
}
