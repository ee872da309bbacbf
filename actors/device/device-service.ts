/**
 * Ophyd's verbs as NATS endpoints: one wildcard endpoint per verb serves every device of the host
 * (`bl.v1.dev.<beamline>.*.<verb>`), so 4,000 devices cost 13 subscriptions, not 52,000. Handlers
 * only translate between protobuf and device handles; a thrown error becomes the reply's `error`.
 */
import { brightline } from '../../gen/proto.js';
import { InvalidArgumentError } from '../../lib/errors.js';
import { lazyInstrument, MetricName } from '../../lib/telemetry/meter.js';
import { fromWireMap, fromWireValue, toWireValue, type PlainValue } from '../../lib/values.js';
import { DeviceVerb, deviceOfCommandSubject, subjects, type BusService, type MessageType, type Replyable, type RequestHeaders } from '../transport/mod.js';
import { Operation, type CollectedEvent, type DataKeyInfo, type Reading } from './device-behaviour.js';
import type { DeviceHandle } from './device-handle.js';
import type { DeviceHealthInfo, StatusResult } from './kinds/kind.js';
import { UnknownDeviceError } from './errors.js';

const v1 = brightline.v1;

type WireReadings = Record<string, brightline.v1.Reading.$Properties>;
type WireDataKeys = Record<string, brightline.v1.DataKey.$Properties>;

export function toWireReadings(readings: Record<string, Reading>): WireReadings {
  const out: WireReadings = {};
  for (const [key, r] of Object.entries(readings)) {
    out[key] = { value: toWireValue(r.value), timestamp: r.timestamp, alarm_severity: r.alarm_severity, alarm_status: r.alarm_status };
  }
  return out;
}

export function toWireDataKeys(keys: Record<string, DataKeyInfo>): WireDataKeys {
  const out: WireDataKeys = {};
  for (const [key, k] of Object.entries(keys)) {
    out[key] = {
      source: k.source,
      dtype: k.dtype,
      shape: k.shape,
      units: k.units,
      precision: k.precision,
      object_name: k.object_name,
      ...(k.limits ? { limits: k.limits } : {}),
      ...(k.choices ? { choices: k.choices } : {}),
      ...(k.external ? { external: k.external } : {}),
    };
  }
  return out;
}

export function toWireHealth(beamline: string, device: string, health: DeviceHealthInfo): brightline.v1.DeviceHealth.$Properties {
  return { beamline, device, state: health.state, since: health.since, reason: health.reason };
}

function toWireEvents(events: readonly CollectedEvent[]): brightline.v1.CollectedEvent.$Properties[] {
  return events.map((e) => {
    const data: Record<string, brightline.v1.Value.$Properties> = {};
    for (const [key, value] of Object.entries(e.data)) data[key] = toWireValue(value);
    return { time: e.time, data, timestamps: e.timestamps };
  });
}

function statusReply(result: StatusResult): brightline.v1.StatusReply.$Properties {
  return { success: true, elapsed_s: result.elapsedS };
}

/** A completed set or trigger, with the readings a read would return now (none if the device cannot be read). */
function statusWithReadings(result: StatusResult, device: DeviceHandle): brightline.v1.StatusReply.$Properties {
  try {
    return { ...statusReply(result), readings: toWireReadings(device.read()), asset_docs: wireAssets(device) };
  } catch {
    return statusReply(result);
  }
}

function wireAssets(device: DeviceHandle): brightline.v1.AssetDocument.$Properties[] {
  return device.assetDocuments().map((a) => ({ name: a.name, json: JSON.stringify(a.doc) }));
}

function timeoutOf(timeoutS: number | null | undefined, command: string): number {
  const value = timeoutS ?? 0;
  if (!Number.isFinite(value) || value < 0) throw new InvalidArgumentError(`${command}: timeout_s must be >= 0, got ${value}`);
  return value;
}

function valueOf(wire: brightline.v1.Value.$Properties | null | undefined, command: string): PlainValue {
  const value = fromWireValue(wire);
  if (value === undefined) throw new InvalidArgumentError(`${command}: no value given`);
  return value;
}

/**
 * Seconds, from 0.5 ms (a read answered from the monitor cache) to a minute (a long move or
 * exposure). The SDK's default boundaries (0, 5, 10 … 10,000) suit milliseconds: in seconds every
 * command would land in the first bucket.
 */
const COMMAND_DURATION_BUCKETS_S = [0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60];

/** `outcome` of a command: answered, or refused/failed (the reply carries the error). */
const CommandOutcome = { Ok: 'ok', Error: 'error' } as const;
type CommandOutcome = (typeof CommandOutcome)[keyof typeof CommandOutcome];

/** A command naming no device of the host: its name comes from the caller and is not a label value. */
const UNKNOWN_DEVICE = '(unknown)';

const commandDuration = lazyInstrument((meter) =>
  meter.createHistogram(MetricName.DeviceCommandDuration, {
    description: 'Time a device host took to serve a device command, from the request decoded to the reply ready',
    unit: 's',
    advice: { explicitBucketBoundaries: COMMAND_DURATION_BUCKETS_S },
  }),
);

function recordCommand(beamline: string, device: string, verb: DeviceVerb, outcome: CommandOutcome, startedMs: number): void {
  commandDuration().record((performance.now() - startedMs) / 1000, { beamline, device, verb, outcome });
}

/** Checks a command before it reaches its device (throws to refuse it): the lease guard of shared devices. */
export type CommandAuthorizer = (device: string, verb: DeviceVerb, headers: RequestHeaders) => Promise<void>;

/** Adds one endpoint per Ophyd verb, each serving every device in `devices` by name. */
export function serveDevices(service: BusService, beamline: string, devices: ReadonlyMap<string, DeviceHandle>, authorize?: CommandAuthorizer): void {
  const find = (subject: string): DeviceHandle => {
    const name = deviceOfCommandSubject(subject) ?? '';
    const device = devices.get(name);
    if (!device) throw new UnknownDeviceError(beamline, name, [...devices.keys()]);
    return device;
  };
  const serve = <Req, Rep extends Replyable>(
    verb: DeviceVerb,
    requestType: MessageType<Req, never>,
    replyType: MessageType<unknown, Rep>,
    handler: (device: DeviceHandle, request: Req, what: string) => Promise<Rep>,
  ): void => {
    service.addEndpoint(`devices-${verb}`, subjects.deviceCommands(beamline, verb), requestType, replyType, async (request, subject, headers) => {
      const startedMs = performance.now();
      let device: DeviceHandle | undefined;
      let outcome: CommandOutcome = CommandOutcome.Error;
      try {
        device = find(subject);
        if (authorize) await authorize(device.name, verb, headers);
        const reply = await handler(device, request, `${verb} ${beamline}.${device.name}`);
        outcome = CommandOutcome.Ok;
        return reply;
      } finally {
        recordCommand(beamline, device?.name ?? UNKNOWN_DEVICE, verb, outcome, startedMs);
      }
    });
  };

  serve(DeviceVerb.Describe, v1.DescribeRequest, v1.DescribeReply, async (device) => ({
    data_keys: toWireDataKeys(device.describe()),
    hinted_fields: device.hintedFields(),
    device_class: device.behaviour.deviceClass,
  }));
  serve(DeviceVerb.Read, v1.ReadRequest, v1.ReadReply, async (device) => ({
    readings: toWireReadings(device.read()),
    asset_docs: wireAssets(device),
  }));
  serve(DeviceVerb.ReadConfiguration, v1.ReadConfigurationRequest, v1.ReadReply, async (device) => ({
    readings: toWireReadings(device.readConfiguration()),
  }));
  serve(DeviceVerb.DescribeConfiguration, v1.DescribeConfigurationRequest, v1.DescribeReply, async (device) => ({
    data_keys: toWireDataKeys(device.describeConfiguration()),
    device_class: device.behaviour.deviceClass,
  }));
  serve(DeviceVerb.Locate, v1.LocateRequest, v1.LocateReply, async (device) => {
    const location = device.locate();
    return { setpoint: toWireValue(location.setpoint), readback: toWireValue(location.readback) };
  });
  serve(DeviceVerb.Set, v1.SetRequest, v1.StatusReply, async (device, request, what) => {
    const value = valueOf(request.value, what);
    const timeoutS = timeoutOf(request.timeout_s, what);
    return statusWithReadings(await device.run(Operation.Set, { value, timeoutS, ...(request.status_id ? { statusId: request.status_id } : {}) }), device);
  });
  serve(DeviceVerb.Trigger, v1.TriggerRequest, v1.StatusReply, async (device, request, what) => {
    const timeoutS = timeoutOf(request.timeout_s, what);
    return statusWithReadings(await device.run(Operation.Trigger, { timeoutS, ...(request.status_id ? { statusId: request.status_id } : {}) }), device);
  });
  serve(DeviceVerb.Stage, v1.StageRequest, v1.CommandReply, async (device) => {
    await device.run(Operation.Stage, {});
    return {};
  });
  serve(DeviceVerb.Unstage, v1.UnstageRequest, v1.CommandReply, async (device) => {
    await device.run(Operation.Unstage, {});
    return {};
  });
  serve(DeviceVerb.Stop, v1.StopRequest, v1.CommandReply, async (device, request) => {
    device.stop(request.success ?? false);
    return {};
  });
  serve(DeviceVerb.Kickoff, v1.KickoffRequest, v1.StatusReply, async (device, request, what) => {
    const timeoutS = timeoutOf(request.timeout_s, what);
    const params = fromWireMap(request.params);
    return statusReply(await device.run(Operation.Kickoff, { timeoutS, params, ...(request.status_id ? { statusId: request.status_id } : {}) }));
  });
  serve(DeviceVerb.Complete, v1.CompleteRequest, v1.StatusReply, async (device, request, what) => {
    const timeoutS = timeoutOf(request.timeout_s, what);
    return statusReply(await device.run(Operation.Complete, { timeoutS, ...(request.status_id ? { statusId: request.status_id } : {}) }));
  });
  serve(DeviceVerb.Configure, v1.ConfigureRequest, v1.ConfigureReply, async (device, request) => {
    const result = await device.configure(fromWireMap(request.values));
    return { old: toWireReadings(result.old), new: toWireReadings(result.new) };
  });
  serve(DeviceVerb.Collect, v1.CollectRequest, v1.CollectReply, async (device) => ({
    data_keys: toWireDataKeys(device.describeCollect()),
    events: toWireEvents(device.collect()),
  }));
}
