/**
 * Event-model documents (RunStart, EventDescriptor, Event, RunStop) built from what the devices
 * describe and read, and the asset documents (Resource, Datum...) that devices writing files hand
 * over with their readings. Pure functions of their inputs: uids and times are passed in.
 */
import type { PlainValue } from '../../lib/values.js';
import type { ExitStatus, JsonObject } from './msg.js';

/** Documents that point into files written by a device; the run engine passes them on. */
export const AssetName = { Resource: 'resource', Datum: 'datum', StreamResource: 'stream_resource', StreamDatum: 'stream_datum' } as const;
export type AssetName = (typeof AssetName)[keyof typeof AssetName];

export const DocumentName = { Start: 'start', Descriptor: 'descriptor', Event: 'event', EventPage: 'event_page', Stop: 'stop', ...AssetName } as const;
export type DocumentName = (typeof DocumentName)[keyof typeof DocumentName];

/** A data key in event-model form (limits nested as `{control: {low, high}}`). */
export interface EventModelDataKey {
  source: string;
  dtype: 'number' | 'integer' | 'string' | 'boolean' | 'array';
  shape: number[];
  units?: string;
  precision?: number;
  limits?: { control: { low: number; high: number } };
  /** State names of an enum signal. */
  choices?: string[];
  /** 'FILESTORE:' when the value in the Event is a datum id, the data itself being in a file. */
  external?: string;
  object_name: string;
}

/** What one device says about itself (describe), in event-model terms. */
export interface DeviceDescription {
  device: string;
  dataKeys: Record<string, EventModelDataKey>;
  hintedFields: string[];
}

export interface DeviceReading {
  value: PlainValue;
  /** Seconds since the epoch, as event-model wants. */
  timestamp: number;
}

/** A Datum, identified by `datum_id` (the value an external key reads as). */
export interface DatumDoc extends JsonObject {
  datum_id: string;
}

/** A Resource, StreamResource or StreamDatum: identified by `uid`. */
export interface UidAssetDoc extends JsonObject {
  uid: string;
}

/** An asset document as a device returned it (event-model JSON, parsed). */
export type AssetDocument = { name: typeof AssetName.Datum; doc: DatumDoc } | { name: Exclude<AssetName, 'datum'>; doc: UidAssetDoc };

/** One read of a device: its readings, and the asset documents those readings refer to. */
export interface DeviceRead {
  readings: Record<string, DeviceReading>;
  /** Resource/Datum... for external keys; a device repeats them on every read, the run engine emits each once. */
  assets: AssetDocument[];
}

export interface RunStartDoc extends JsonObject {
  uid: string;
  time: number;
  scan_id: number;
  beamline: string;
  plan_item_uid: string;
}

/** A device's configuration as a descriptor records it, so events can be interpreted later. */
export interface ConfigurationEntry {
  data: Record<string, PlainValue>;
  timestamps: Record<string, number>;
  data_keys: Record<string, EventModelDataKey>;
}

export interface DescriptorDoc {
  uid: string;
  run_start: string;
  time: number;
  name: string;
  data_keys: Record<string, EventModelDataKey>;
  object_keys: Record<string, string[]>;
  hints: Record<string, { fields: string[] }>;
  configuration: Record<string, ConfigurationEntry>;
}

/** Many events of one descriptor in columns (what a flyer's collect produces). */
export interface EventPageDoc {
  uid: string[];
  descriptor: string;
  seq_num: number[];
  time: number[];
  data: Record<string, PlainValue[]>;
  timestamps: Record<string, number[]>;
  filled: Record<string, boolean[]>;
}

export interface EventDoc {
  uid: string;
  descriptor: string;
  seq_num: number;
  time: number;
  data: Record<string, PlainValue>;
  timestamps: Record<string, number>;
  /** `false` for each external key: the Event holds a datum id, not the data. */
  filled: Record<string, boolean>;
}

export interface RunStopDoc {
  uid: string;
  run_start: string;
  time: number;
  exit_status: ExitStatus;
  reason: string;
  num_events: Record<string, number>;
}

export type AnyDocument = RunStartDoc | DescriptorDoc | EventDoc | EventPageDoc | RunStopDoc | DatumDoc | UidAssetDoc;

/** The id a document is known (and deduplicated) by: `datum_id` for a Datum, `uid` for the rest. */
export function documentUid(doc: AnyDocument): string {
  if (isDatum(doc)) return doc.datum_id;
  // An EventPage has one uid per event; the first names the page.
  return Array.isArray(doc.uid) ? (doc.uid[0] ?? '') : doc.uid;
}

function isDatum(doc: AnyDocument): doc is DatumDoc {
  return 'datum_id' in doc && typeof doc.datum_id === 'string';
}

/** RunStart keys that metadata cannot set: the engine's, and who submitted. */
const RESERVED_START_KEYS = new Set(['uid', 'time', 'scan_id', 'beamline', 'plan_item_uid', 'user']);

/**
 * The metadata a queue item's runs start with (the run engine's PlanItem.metadata): what the
 * submitter gave, except `user`, which is the queue item's user (the gateway sets it from the
 * caller's token). composeRunStart takes `user` from here and from nowhere else.
 */
export function queueItemMetadata(submitted: JsonObject, user: string): JsonObject {
  const metadata: JsonObject = {};
  for (const [key, value] of Object.entries(submitted)) if (key !== 'user') metadata[key] = value;
  if (user !== '') metadata['user'] = user;
  return metadata;
}

export interface RunStartInput {
  uid: string;
  timeS: number;
  scanId: number;
  beamline: string;
  planItemUid: string;
  /** From the plan's open_run: plan_name, plan_args, hints, detectors, motors, num_points... */
  planMetadata: JsonObject;
  /** The item's metadata, as queueItemMetadata made it; never overrides what the engine or the plan set. */
  userMetadata: JsonObject;
}

export function composeRunStart(input: RunStartInput): RunStartDoc {
  const doc: JsonObject = {};
  for (const [key, value] of Object.entries(input.userMetadata)) if (!RESERVED_START_KEYS.has(key)) doc[key] = value;
  for (const [key, value] of Object.entries(input.planMetadata)) if (!RESERVED_START_KEYS.has(key)) doc[key] = value;
  const user = input.userMetadata['user'];
  return {
    ...doc,
    ...(typeof user === 'string' && user !== '' ? { user } : {}),
    uid: input.uid,
    time: input.timeS,
    scan_id: input.scanId,
    beamline: input.beamline,
    plan_item_uid: input.planItemUid,
  };
}

export function composeDescriptor(input: {
  uid: string;
  runStart: string;
  timeS: number;
  name: string;
  devices: readonly DeviceDescription[];
  /** Per device, what read_configuration/describe_configuration said when the stream was first described. */
  configuration?: Readonly<Record<string, ConfigurationEntry>>;
}): DescriptorDoc {
  const dataKeys: Record<string, EventModelDataKey> = {};
  const objectKeys: Record<string, string[]> = {};
  const hints: Record<string, { fields: string[] }> = {};
  for (const description of input.devices) {
    Object.assign(dataKeys, description.dataKeys);
    objectKeys[description.device] = Object.keys(description.dataKeys);
    hints[description.device] = { fields: [...description.hintedFields] };
  }
  return {
    uid: input.uid,
    run_start: input.runStart,
    time: input.timeS,
    name: input.name,
    data_keys: dataKeys,
    object_keys: objectKeys,
    hints,
    configuration: { ...input.configuration },
  };
}

export function composeEvent(input: {
  uid: string;
  descriptor: string;
  seqNum: number;
  timeS: number;
  readings: Readonly<Record<string, DeviceReading>>;
  /** Keys whose data key is `external`: their values are datum ids. */
  externalKeys?: ReadonlySet<string>;
}): EventDoc {
  const data: Record<string, PlainValue> = {};
  const timestamps: Record<string, number> = {};
  const filled: Record<string, boolean> = {};
  for (const [key, reading] of Object.entries(input.readings)) {
    data[key] = reading.value;
    timestamps[key] = reading.timestamp;
    if (input.externalKeys?.has(key)) filled[key] = false;
  }
  return { uid: input.uid, descriptor: input.descriptor, seq_num: input.seqNum, time: input.timeS, data, timestamps, filled };
}

export function composeEventPage(input: {
  uids: string[];
  descriptor: string;
  firstSeqNum: number;
  events: ReadonlyArray<{ time: number; data: Readonly<Record<string, PlainValue>>; timestamps: Readonly<Record<string, number>> }>;
  externalKeys?: ReadonlySet<string>;
}): EventPageDoc {
  const keys = [...new Set(input.events.flatMap((e) => Object.keys(e.data)))];
  const data: Record<string, PlainValue[]> = {};
  const timestamps: Record<string, number[]> = {};
  const filled: Record<string, boolean[]> = {};
  for (const key of keys) {
    data[key] = input.events.map((e) => e.data[key] ?? Number.NaN);
    timestamps[key] = input.events.map((e) => e.timestamps[key] ?? e.time);
    if (input.externalKeys?.has(key)) filled[key] = input.events.map(() => false);
  }
  return {
    uid: input.uids,
    descriptor: input.descriptor,
    seq_num: input.events.map((_, i) => input.firstSeqNum + i),
    time: input.events.map((e) => e.time),
    data,
    timestamps,
    filled,
  };
}

export function composeRunStop(input: {
  uid: string;
  runStart: string;
  timeS: number;
  exitStatus: ExitStatus;
  reason: string;
  numEvents: Readonly<Record<string, number>>;
}): RunStopDoc {
  return {
    uid: input.uid,
    run_start: input.runStart,
    time: input.timeS,
    exit_status: input.exitStatus,
    reason: input.reason,
    num_events: { ...input.numEvents },
  };
}
