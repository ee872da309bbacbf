/**
 * Ophyd's verbs for one device as NATS endpoints. Handlers only translate between protobuf and
 * the device handle; a thrown error becomes the reply's `error` (the Bus does that).
 */
import { brightline } from '../../gen/proto.js';
import { InvalidArgumentError } from '../../lib/errors.js';
import { fromWireValue } from '../../lib/values.js';
import { DeviceVerb, subjects, type BusService } from '../transport/mod.js';
import type { DeviceHandle, HealthInfo, StatusResult } from './device-handle.js';
import type { Reading } from './device-protocol.js';

const v1 = brightline.v1;

type WireReadings = Record<string, brightline.v1.Reading.$Properties>;

export function toWireReadings(readings: Record<string, Reading>): WireReadings {
  const out: WireReadings = {};
  for (const [key, r] of Object.entries(readings)) {
    out[key] = { value: { number: r.value }, timestamp: r.timestamp, alarm_severity: r.alarm_severity, alarm_status: r.alarm_status };
  }
  return out;
}

export function toWireHealth(beamline: string, device: string, health: HealthInfo): brightline.v1.DeviceHealth.$Properties {
  return { beamline, device, state: health.state, since: health.since, reason: health.reason };
}

function statusReply(result: StatusResult): brightline.v1.StatusReply.$Properties {
  return { success: true, elapsed_s: result.elapsedS };
}

function timeoutOf(timeoutS: number | null | undefined, command: string): number {
  const value = timeoutS ?? 0;
  if (!Number.isFinite(value) || value < 0) throw new InvalidArgumentError(`${command}: timeout_s must be >= 0, got ${value}`);
  return value;
}

/** Adds the describe, read, set, trigger and stop endpoints of `device` to `service`. */
export function serveDevice(service: BusService, beamline: string, device: DeviceHandle): void {
  const subject = (verb: DeviceVerb): string => subjects.deviceCommand(beamline, device.name, verb);
  const endpoint = (verb: DeviceVerb): string => `${device.name}-${verb}`;

  service.addEndpoint(endpoint(DeviceVerb.Describe), subject(DeviceVerb.Describe), v1.DescribeRequest, v1.DescribeReply, async () =>
    device.describe(),
  );

  service.addEndpoint(endpoint(DeviceVerb.Read), subject(DeviceVerb.Read), v1.ReadRequest, v1.ReadReply, async () => ({
    readings: toWireReadings(device.read()),
  }));

  service.addEndpoint(endpoint(DeviceVerb.Set), subject(DeviceVerb.Set), v1.SetRequest, v1.StatusReply, async (request) => {
    const value = fromWireValue(request.value);
    if (typeof value !== 'number' || !Number.isFinite(value)) {
      throw new InvalidArgumentError(`set ${beamline}.${device.name}: the value must be a finite number, got ${JSON.stringify(value) ?? 'nothing'}`);
    }
    const timeoutS = timeoutOf(request.timeout_s, `set ${beamline}.${device.name}`);
    return statusReply(await device.set(value, timeoutS));
  });

  service.addEndpoint(endpoint(DeviceVerb.Trigger), subject(DeviceVerb.Trigger), v1.TriggerRequest, v1.StatusReply, async (request) => {
    const timeoutS = timeoutOf(request.timeout_s, `trigger ${beamline}.${device.name}`);
    return statusReply(await device.trigger(timeoutS));
  });

  service.addEndpoint(endpoint(DeviceVerb.Stop), subject(DeviceVerb.Stop), v1.StopRequest, v1.CommandReply, async (request) => {
    device.stop(request.success ?? false);
    return {};
  });
}
