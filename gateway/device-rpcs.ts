/**
 * The device methods of the Facility service: each is one request to the beamline's device host
 * (bl.v1.dev.<beamline>.<device>.<verb>) bounded by the call's deadline and cancelled with it, or a
 * subscription (readings, progress) that lives as long as the call.
 */
import { brightline } from '../gen/proto.js';
import { BrightlineError, describeError, ErrorCode, InvalidArgumentError } from '../lib/errors.js';
import { isSubjectToken } from '../lib/ids.js';
import type { Logger } from '../lib/log.js';
import { DeviceVerb, LEASE_TOKEN_HEADER, subjects, type Bus, type MessageType, type Replyable } from '../actors/transport/mod.js';
import { SHARED_BEAMLINE } from './auth/policy.js';
import { requestedBeamline } from './beamline-request.js';
import { explainBusFailure, NoAnswerError } from './bus-errors.js';
import { HEARTBEAT_WAIT_MS, type DeviceDirectory, type DeviceHostState } from './device-directory.js';
import type { HealthSource } from './health-source.js';
import { BeamlineRole, type CallContext, type FacilityRpcs, type Need } from './rpc.js';
import { LatestByKey, untilAborted } from './stream-pump.js';
import { firstAbortOf } from '../lib/abort.js';

const v1 = brightline.v1;

/** The gRPC metadata a client puts a shared device's lease token in (`brightline lease acquire` prints it). */
export const LEASE_TOKEN_METADATA = 'bl-lease-token';

/** A quick verb (describe, read, stop) answers at once; a silent host is noticed within this. */
const QUICK_CAP_MS = 5_000;
/** Stage, unstage and configure put a few fields and wait for each. */
const PUTS_CAP_MS = 30_000;
/** Margin on top of a set's or trigger's own timeout, for the reply to arrive. */
const REPLY_MARGIN_MS = 5_000;
/** A set without a timeout runs as long as the device allows; the host watch notices a dead host. */
const UNBOUNDED_MS = 24 * 3_600_000;

type DeviceMethods =
  | 'ListDevices' | 'Describe' | 'DescribeConfiguration' | 'Read' | 'ReadConfiguration' | 'Set' | 'Trigger' | 'Stop'
  | 'Stage' | 'Unstage' | 'Configure' | 'WatchReadings' | 'WatchProgress';

export interface DeviceRef {
  readonly beamline: string;
  readonly device: string;
}

/** Nobody serves the beamline's devices: its device host is not running. */
export class DeviceHostMissingError extends BrightlineError {
  constructor(beamline: string, options?: ErrorOptions) {
    super(ErrorCode.Unavailable, `no device host for ${beamline} is running; start the facility with ./brightline up`, { retryable: true, ...options });
  }
}

export function deviceRpcs(bus: Bus, directory: DeviceDirectory, health: HealthSource, logger: Logger): Pick<FacilityRpcs, DeviceMethods> {
  const call = <Req, Rep extends Replyable>(context: CallContext, command: Command<Req, Rep>): Promise<Rep> => deviceCommand(bus, context, command);

  /** Set and trigger: bounded by the device's own timeout, and failed at once if the host goes silent. */
  const operation = async <Req>(context: CallContext, ref: DeviceRef, verb: DeviceVerb, requestType: MessageType<unknown, Req>, request: Req, timeoutS: number) => {
    const hostWatch = directory.watchHost(ref.beamline);
    const ended = firstAbortOf(context.signal, hostWatch.signal);
    try {
      const capMs = timeoutS > 0 ? timeoutS * 1000 + REPLY_MARGIN_MS : UNBOUNDED_MS;
      const reply = await call(context, { ref, verb, requestType, request, replyType: v1.StatusReply, capMs, signal: ended.signal });
      return { success: reply.success, elapsed_s: reply.elapsed_s, readings: reply.readings, asset_docs: reply.asset_docs };
    } catch (error) {
      // Ophyd's set hands its caller a Status to wait on or stop. A caller that walked away
      // (cancelled, missed its deadline, or we gave up waiting) can no longer stop the move, and a
      // motor left moving with nobody watching is a hazard, so the gateway stops it on the caller's
      // behalf, as bluesky's RunEngine stops what it moved when it is interrupted. A host that went
      // silent is not asked: nobody would answer.
      if (context.signal.aborted || error instanceof NoAnswerError) stopAbandoned(bus, context, ref, verb, logger);
      throw error;
    } finally {
      ended.release();
      hostWatch.stop();
    }
  };

  return {
    ListDevices: {
      kind: 'unary',
      need: (request) => {
        if (request.beamline) requestedBeamline(request.beamline);
        return { kind: 'authenticated' };
      },
      handle: (request, context) => listDevices(bus, directory, health, request.beamline, context),
    },
    Describe: {
      kind: 'unary',
      need: (request) => deviceNeed(request, BeamlineRole.Observer, 'describe'),
      handle: async (request, context) => {
        const reply = await call(context, quick(deviceRef(request), DeviceVerb.Describe, v1.DescribeRequest, {}, v1.DescribeReply));
        return { data_keys: reply.data_keys, hinted_fields: reply.hinted_fields, device_class: reply.device_class };
      },
    },
    DescribeConfiguration: {
      kind: 'unary',
      need: (request) => deviceNeed(request, BeamlineRole.Observer, 'describe the configuration of'),
      handle: async (request, context) => {
        const reply = await call(context, quick(deviceRef(request), DeviceVerb.DescribeConfiguration, v1.DescribeConfigurationRequest, {}, v1.DescribeReply));
        return { data_keys: reply.data_keys, hinted_fields: reply.hinted_fields, device_class: reply.device_class };
      },
    },
    Read: {
      kind: 'unary',
      need: (request) => deviceNeed(request, BeamlineRole.Observer, 'read'),
      handle: async (request, context) => {
        const reply = await call(context, quick(deviceRef(request), DeviceVerb.Read, v1.ReadRequest, {}, v1.ReadReply));
        return { readings: reply.readings, asset_docs: reply.asset_docs };
      },
    },
    ReadConfiguration: {
      kind: 'unary',
      need: (request) => deviceNeed(request, BeamlineRole.Observer, 'read the configuration of'),
      handle: async (request, context) => {
        const reply = await call(context, quick(deviceRef(request), DeviceVerb.ReadConfiguration, v1.ReadConfigurationRequest, {}, v1.ReadReply));
        return { readings: reply.readings, asset_docs: reply.asset_docs };
      },
    },
    Set: {
      kind: 'unary',
      need: (request) => deviceNeed(request, BeamlineRole.User, 'set'),
      handle: (request, context) => {
        if (!request.value) throw new InvalidArgumentError(`set ${request.beamline}/${request.device}: no value given`);
        const setRequest = { value: request.value, timeout_s: request.timeout_s, status_id: request.status_id };
        return operation(context, deviceRef(request), DeviceVerb.Set, v1.SetRequest, setRequest, request.timeout_s);
      },
    },
    Trigger: {
      kind: 'unary',
      need: (request) => deviceNeed(request, BeamlineRole.User, 'trigger'),
      handle: (request, context) =>
        operation(context, deviceRef(request), DeviceVerb.Trigger, v1.TriggerRequest, { timeout_s: request.timeout_s, status_id: request.status_id }, request.timeout_s),
    },
    Stop: {
      kind: 'unary',
      need: (request) => deviceNeed(request, BeamlineRole.User, 'stop'),
      handle: async (request, context) => {
        await call(context, quick(deviceRef(request), DeviceVerb.Stop, v1.StopRequest, { success: request.success }, v1.CommandReply));
        return {};
      },
    },
    Stage: {
      kind: 'unary',
      need: (request) => deviceNeed(request, BeamlineRole.User, 'stage'),
      handle: async (request, context) => {
        await call(context, { ...quick(deviceRef(request), DeviceVerb.Stage, v1.StageRequest, {}, v1.CommandReply), capMs: PUTS_CAP_MS });
        return {};
      },
    },
    Unstage: {
      kind: 'unary',
      need: (request) => deviceNeed(request, BeamlineRole.User, 'unstage'),
      handle: async (request, context) => {
        await call(context, { ...quick(deviceRef(request), DeviceVerb.Unstage, v1.UnstageRequest, {}, v1.CommandReply), capMs: PUTS_CAP_MS });
        return {};
      },
    },
    Configure: {
      kind: 'unary',
      need: (request) => deviceNeed(request, BeamlineRole.Staff, 'configure'),
      handle: async (request, context) => {
        const command = quick(deviceRef(request), DeviceVerb.Configure, v1.ConfigureRequest, { values: request.values }, v1.ConfigureReply);
        const reply = await call(context, { ...command, capMs: PUTS_CAP_MS });
        return { old: reply.old, new: reply.new };
      },
    },
    WatchReadings: {
      kind: 'stream',
      need: (request) => deviceNeed(request, BeamlineRole.Observer, 'watch the readings of'),
      handle: (request, context, send) => watchReadings(bus, deviceRef(request), context, send),
    },
    WatchProgress: {
      kind: 'stream',
      need: (request) => deviceNeed(request, BeamlineRole.Observer, 'watch the progress of'),
      handle: async (request, context, send) => {
        const ref = deviceRef(request);
        const pump = new LatestByKey(send);
        const subscription = bus.subscribe(subjects.statusProgress(ref.beamline, ref.device), v1.StatusProgress, (progress) => {
          if (!request.status_id || progress.status_id === request.status_id) pump.push(progress.status_id, progress);
        });
        try {
          await untilAborted(context.signal);
        } finally {
          subscription.unsubscribe();
        }
      },
    },
  };
}

/** The current readings first, then every change (a watcher that falls behind gets the latest). */
async function watchReadings(bus: Bus, ref: DeviceRef, context: CallContext, send: (update: brightline.v1.ReadingUpdate.$Properties) => Promise<void>): Promise<void> {
  const pump = new LatestByKey(send);
  // Subscribed before the read, so that no change between the two is lost; what the read already covers is dropped.
  let early: brightline.v1.ReadingUpdate[] | undefined = [];
  const subscription = bus.subscribe(subjects.reading(ref.beamline, ref.device), v1.ReadingUpdate, (update) => {
    if (early) early.push(update);
    else pump.push('readings', update);
  });
  try {
    await bus.flush();
    const current = await deviceCommand(bus, context, quick(ref, DeviceVerb.Read, v1.ReadRequest, {}, v1.ReadReply));
    const readAt = newestTimestamp(current.readings);
    pump.push('readings', { beamline: ref.beamline, device: ref.device, readings: current.readings });
    for (const update of early) if (newestTimestamp(update.readings) > readAt) pump.push('readings', update);
    early = undefined;
    await untilAborted(context.signal);
  } finally {
    subscription.unsubscribe();
  }
}

async function listDevices(
  bus: Bus,
  directory: DeviceDirectory,
  health: HealthSource,
  beamline: string,
  context: CallContext,
): Promise<brightline.v1.ListDevicesReply.$Properties> {
  const waitMs = context.remainingMs(HEARTBEAT_WAIT_MS);
  const [records, beamlines] = await Promise.all([
    // Health is extra information: a listing without it still says which devices there are.
    health.records(context.remainingMs(QUICK_CAP_MS)).catch(() => []),
    beamline ? directory.host(beamline, waitMs, context.signal).then(() => [beamline]) : directory.warmUp(waitMs, context.signal).then(() => undefined),
  ]);
  const asked = beamlines ?? [...new Set([...directory.liveHosts().map((h) => h.beamline), ...records.filter((r) => r.kind === 'device').map((r) => r.beamline)])].sort();
  const stateOf = new Map(records.filter((r) => r.kind === 'device').map((r) => [r.key, r]));
  const silent: string[] = [];
  const hosts: DeviceHostState[] = [];
  for (const name of asked) {
    const host = directory.alive(name);
    if (host) hosts.push(host);
    else silent.push(name);
  }
  const devices = await Promise.all(
    hosts.flatMap((host) =>
      host.devices.map(async (device) => {
        const ref = { beamline: host.beamline, device };
        const describe = async (): Promise<string> => (await deviceCommand(bus, context, quick(ref, DeviceVerb.Describe, v1.DescribeRequest, {}, v1.DescribeReply))).device_class;
        const deviceClass = await directory.deviceClass(host, device, describe).catch(() => '');
        const record = stateOf.get(subjects.healthKey(host.beamline, device));
        return { beamline: host.beamline, device, device_class: deviceClass, state: record?.state ?? '', reason: record?.reason ?? '', shared: host.beamline === SHARED_BEAMLINE };
      }),
    ),
  );
  return { devices, silent_beamlines: silent };
}

interface Command<Req, Rep> {
  ref: DeviceRef;
  verb: DeviceVerb;
  requestType: MessageType<unknown, Req>;
  request: Req;
  replyType: MessageType<Rep, never>;
  /** The longest the command may take, whatever the call's deadline. */
  capMs: number;
  /** Instead of the call's own signal (which it must include). */
  signal?: AbortSignal;
}

function quick<Req, Rep>(ref: DeviceRef, verb: DeviceVerb, requestType: MessageType<unknown, Req>, request: Req, replyType: MessageType<Rep, never>): Command<Req, Rep> {
  return { ref, verb, requestType, request, replyType, capMs: QUICK_CAP_MS };
}

/** One request to the device host, bounded by the call's deadline, with the caller's lease token. */
async function deviceCommand<Req, Rep extends Replyable>(bus: Bus, context: CallContext, command: Command<Req, Rep>): Promise<Rep> {
  const { ref, verb } = command;
  const timeoutMs = context.remainingMs(command.capMs);
  const signal = command.signal ?? context.signal;
  try {
    return await bus.request(subjects.deviceCommand(ref.beamline, ref.device, verb), command.requestType, command.request, command.replyType, {
      timeoutMs,
      signal,
      ...leaseHeaders(context),
    });
  } catch (error) {
    const what = `'${verb.replace('_', ' ')} ${ref.device}'`;
    throw explainBusFailure(error, {
      what,
      beamline: ref.beamline,
      timeoutMs,
      capMs: command.capMs,
      signal,
      missing: (cause) => new DeviceHostMissingError(ref.beamline, { cause }),
      silent: (seconds, cause) =>
        new NoAnswerError(ErrorCode.Unavailable, `the device host for ${ref.beamline} did not answer ${what} within ${seconds} s`, { retryable: true, cause }),
    });
  }
}


function leaseHeaders(context: CallContext): { headers?: Record<string, string> } {
  // A shared device (FAC) takes mutating commands only with its lease token.
  const token = context.header(LEASE_TOKEN_METADATA);
  return token ? { headers: { [LEASE_TOKEN_HEADER]: token } } : {};
}

/** Fire and forget: the call that moved the device is over; a failed stop is logged for the operator. */
function stopAbandoned(bus: Bus, context: CallContext, ref: DeviceRef, verb: DeviceVerb, logger: Logger): void {
  logger.info(`stopping ${ref.beamline}/${ref.device}: ${context.identity.user}'s ${verb} was abandoned (${describeError(context.signal.reason ?? 'no answer')})`);
  void bus
    .request(subjects.deviceCommand(ref.beamline, ref.device, DeviceVerb.Stop), v1.StopRequest, { success: false }, v1.CommandReply, {
      timeoutMs: QUICK_CAP_MS,
      ...leaseHeaders(context),
    })
    .catch((error: unknown) => logger.warn(`could not stop ${ref.beamline}/${ref.device} after its abandoned ${verb}: ${describeError(error)}`));
}

export function deviceRef(request: { beamline: string; device: string }): DeviceRef {
  const beamline = requestedBeamline(request.beamline);
  if (!isSubjectToken(request.device)) throw new InvalidArgumentError(`'${request.device}' is not a device name (1-64 letters, digits, '_' or '-')`);
  return { beamline, device: request.device };
}

function deviceNeed(request: { beamline: string; device: string }, role: BeamlineRole, verb: string): Need {
  const ref = deviceRef(request);
  return { kind: 'beamline', beamline: ref.beamline, role, action: `${verb} ${ref.device}` };
}

function newestTimestamp(readings: Record<string, brightline.v1.IReading>): number {
  let newest = 0;
  for (const reading of Object.values(readings)) newest = Math.max(newest, reading.timestamp ?? 0);
  return newest;
}
