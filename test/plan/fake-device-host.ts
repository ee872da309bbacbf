/**
 * A stand-in for the device host on the bus: motor 'm1', detector 'det' (reads m1 squared),
 * 'cam' (an area detector: reads as a datum id, returns its Resource and the Datum of its last
 * frame, a new Resource per host) and 'shutter' (an enum reading 'open'), with heartbeats. `kill()` simulates a crashed process that the bus has not noticed: it stops
 * replying and stops its heartbeats.
 */
import { randomUUID } from 'node:crypto';
import { setTimeout as delay } from 'node:timers/promises';
import { brightline } from '../../gen/proto.js';
import { Bus, subjects, DeviceVerb, Role, type BusService, type MessageType, type Replyable } from '../../actors/transport/mod.js';

const v1 = brightline.v1;

export interface FakeDeviceHostOptions {
  intervalMs?: number;
  moveMs?: number;
  triggerMs?: number;
  /** Which process this pretends to be; a new value looks like a restarted host. */
  pid?: number;
}

export interface FakeDeviceHost {
  /** Stops replying and stops heartbeats, as a SIGKILL of the real host would look from outside. */
  kill(): void;
  /** Says goodbye on the heartbeat, as a clean shutdown does. */
  stopCleanly(): Promise<void>;
  close(): Promise<void>;
  position(): number;
  /** The uid of the Resource 'cam' writes its frames into. */
  readonly camResource: string;
}

const DEVICES = ['m1', 'det', 'cam', 'shutter'];

export async function startFakeDeviceHost(bus: Bus, beamline: string, options: FakeDeviceHostOptions = {}): Promise<FakeDeviceHost> {
  const intervalMs = options.intervalMs ?? 200;
  let position = 0;
  let killed = false;
  let sequence = 0;
  let frames = 0;
  const camResource = randomUUID();
  const startedAt = Date.now() / 1000;
  const service = await bus.addService({ name: 'fake-device-host', version: '0.0.1' });
  const heartbeat = (stopping: boolean): void =>
    bus.publish(subjects.heartbeat(Role.DeviceHost, beamline), v1.Heartbeat, {
      role: Role.DeviceHost, instance: beamline, interval_ms: intervalMs, devices: DEVICES, sequence: ++sequence, stopping,
      pid: options.pid ?? 1, started_at: startedAt,
    });
  heartbeat(false);
  const timer = setInterval(() => heartbeat(false), intervalMs);
  const never = new Promise<never>(() => undefined);
  const serve = <Req, Rep extends Replyable>(device: string, verb: DeviceVerb, req: MessageType<Req>, rep: MessageType<Rep>, handler: (request: Req) => Promise<Rep>): void => {
    endpoint(service, device, verb, req, rep, async (request) => (killed ? never : handler(request)), beamline);
  };

  serve('m1', DeviceVerb.Describe, v1.DescribeRequest, v1.DescribeReply, async () => ({
    data_keys: {
      m1: { source: 'sim://m1', dtype: 'number', shape: [], units: 'mm', precision: 3, limits: { low: -10, high: 10 }, object_name: 'm1' },
    },
    hinted_fields: ['m1'],
    device_class: 'Motor',
  }));
  serve('det', DeviceVerb.Describe, v1.DescribeRequest, v1.DescribeReply, async () => ({
    data_keys: { det: { source: 'sim://det', dtype: 'number', shape: [], units: 'counts', precision: 1, object_name: 'det' } },
    hinted_fields: ['det'],
    device_class: 'Detector',
  }));
  serve('cam', DeviceVerb.Describe, v1.DescribeRequest, v1.DescribeReply, async () => ({
    data_keys: {
      cam_image: { source: 'sim://cam.image', dtype: 'array', shape: [8, 8], units: 'counts', precision: 0, object_name: 'cam', external: 'FILESTORE:' },
      cam_stats_total: { source: 'sim://cam.stats_total', dtype: 'number', shape: [], units: 'counts', precision: 1, object_name: 'cam' },
    },
    hinted_fields: ['cam_stats_total'],
    device_class: 'SimAreaDetector',
  }));
  serve('shutter', DeviceVerb.Describe, v1.DescribeRequest, v1.DescribeReply, async () => ({
    data_keys: { shutter: { source: 'sim://shutter', dtype: 'string', shape: [], choices: ['closed', 'open'], object_name: 'shutter' } },
    hinted_fields: [],
    device_class: 'Shutter',
  }));
  serve('cam', DeviceVerb.Read, v1.ReadRequest, v1.ReadReply, async () => {
    const index = frames - 1;
    const datumId = `${camResource}/${index}`;
    const resource = { spec: 'NPY_SEQ', root: '/tmp', resource_path: `cam_${camResource}`, resource_kwargs: {}, path_semantics: 'posix', uid: camResource };
    const datum = { datum_id: datumId, resource: camResource, datum_kwargs: { index } };
    const at = Date.now() / 1000;
    return {
      readings: {
        cam_image: { value: { text: datumId }, timestamp: at, alarm_severity: 'NO_ALARM' },
        cam_stats_total: { value: { number: 64 * index }, timestamp: at, alarm_severity: 'NO_ALARM' },
      },
      asset_docs: [{ name: 'resource', json: JSON.stringify(resource) }, { name: 'datum', json: JSON.stringify(datum) }],
    };
  });
  serve('shutter', DeviceVerb.Read, v1.ReadRequest, v1.ReadReply, async () => ({
    readings: { shutter: { value: { text: 'open' }, timestamp: Date.now() / 1000, alarm_severity: 'NO_ALARM' } },
  }));
  serve('m1', DeviceVerb.Read, v1.ReadRequest, v1.ReadReply, async () => ({
    readings: { m1: { value: { number: position }, timestamp: Date.now() / 1000, alarm_severity: 'NO_ALARM' } },
  }));
  serve('det', DeviceVerb.Read, v1.ReadRequest, v1.ReadReply, async () => ({
    readings: { det: { value: { number: position ** 2 }, timestamp: Date.now() / 1000, alarm_severity: 'NO_ALARM' } },
  }));
  serve('m1', DeviceVerb.Set, v1.SetRequest, v1.StatusReply, async (request) => {
    await delay(options.moveMs ?? 20);
    if (killed) return never;
    position = request.value?.number ?? position;
    return { success: true };
  });
  serve('det', DeviceVerb.Trigger, v1.TriggerRequest, v1.StatusReply, async () => {
    await delay(options.triggerMs ?? 20);
    return killed ? never : { success: true };
  });
  serve('cam', DeviceVerb.Trigger, v1.TriggerRequest, v1.StatusReply, async () => {
    await delay(options.triggerMs ?? 20);
    if (killed) return never;
    frames += 1;
    return { success: true };
  });
  // a shutter needs no trigger; count() triggers every detector it is given, as Bluesky's does
  serve('shutter', DeviceVerb.Trigger, v1.TriggerRequest, v1.StatusReply, async () => ({ success: true }));
  for (const device of DEVICES) {
    serve(device, DeviceVerb.Stop, v1.StopRequest, v1.CommandReply, async () => ({}));
    serve(device, DeviceVerb.Stage, v1.StageRequest, v1.CommandReply, async () => ({}));
    serve(device, DeviceVerb.Unstage, v1.UnstageRequest, v1.CommandReply, async () => ({}));
    serve(device, DeviceVerb.ReadConfiguration, v1.ReadConfigurationRequest, v1.ReadReply, async () => ({ readings: {} }));
    serve(device, DeviceVerb.DescribeConfiguration, v1.DescribeConfigurationRequest, v1.DescribeReply, async () => ({ data_keys: {} }));
  }

  return {
    kill: () => {
      killed = true;
      clearInterval(timer);
      // The server drops a dead process's subscriptions; requests in flight simply never get a reply.
      void service.stop().catch(() => undefined);
    },
    stopCleanly: async () => {
      clearInterval(timer);
      heartbeat(true);
      await service.stop();
    },
    close: async () => {
      clearInterval(timer);
      await service.stop().catch(() => undefined);
    },
    position: () => position,
    camResource,
  };
}

function endpoint<Req, Rep extends Replyable>(
  service: BusService, device: string, verb: DeviceVerb, req: MessageType<Req>, rep: MessageType<Rep>, handler: (request: Req) => Promise<Rep>, beamline: string,
): void {
  service.addEndpoint(`${device}-${verb}`, subjects.deviceCommand(beamline, device, verb), req, rep, handler);
}
