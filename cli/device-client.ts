/**
 * The device verbs of the CLI as plain async calls on one beamline's device host. This is the only
 * CLI module that knows devices are reached over NATS (subjects, protobuf, heartbeats): when the
 * CLI moves onto the gRPC gateway, this file is what changes and the commands stay as they are.
 */
import { brightline } from '../gen/proto.js';
import { Bus, DeviceVerb, LEASE_TOKEN_HEADER, Role, subjects, type MessageType, type Replyable } from '../actors/transport/mod.js';
import { BrightlineError, ErrorCode, NoResponderError, TimeoutError } from '../lib/errors.js';
import { fromWireValue, toWireMap, toWireValue, type PlainValue } from '../lib/values.js';
import { natsUrl } from './environment.js';
import { CliError, ExitCode } from './exit-codes.js';

const v1 = brightline.v1;

/** The lease token commands carry, for a shared device's mutating verbs. */
export const LEASE_TOKEN_ENV = 'BRIGHTLINE_LEASE_TOKEN';
/** A quick verb (describe, read, stop) answers at once; a silent host is noticed within this. */
const QUICK_TIMEOUT_MS = 5_000;
/** Stage, unstage and configure put a few fields and wait for each. */
const PUTS_TIMEOUT_MS = 30_000;
/** Margin on top of a set's or trigger's own timeout, for the reply to arrive. */
const REPLY_MARGIN_MS = 5_000;
/** A set without --timeout runs as long as the device allows; the host watch notices a dead host. */
const UNBOUNDED_MS = 24 * 3_600_000;
/** Device hosts beat every second by default: wait for about two beats. */
export const HEARTBEAT_WAIT_MS = 2_500;
/** A host silent for this many of its own intervals (and at least MIN_SILENCE_MS) is gone. */
const SILENT_INTERVALS = 3;
const MIN_SILENCE_MS = 3_000;

export interface DataKeyInfo {
  source: string;
  dtype: string;
  shape: number[];
  units: string;
  precision: number;
  limits?: { low: number; high: number };
  choices?: string[];
  external?: string;
}

export interface Description {
  device_class: string;
  hinted_fields: string[];
  data_keys: Record<string, DataKeyInfo>;
}

export interface ReadingInfo {
  value: PlainValue | null;
  /** Seconds since the Unix epoch. */
  timestamp: number;
  alarm_severity: string;
  alarm_status: string;
}

export type Readings = Record<string, ReadingInfo>;

export interface ConfigureResult {
  old: Readings;
  new: Readings;
}

export interface Progress {
  operation: string;
  initial: number;
  current: number;
  target: number;
  /** 0..1 */
  fraction: number;
  units: string;
}

export interface StatusOptions {
  /** The device's own deadline in seconds; its default when absent. */
  timeoutS?: number;
  /** Tags the progress of this operation, so only our own is followed. */
  statusId: string;
  signal?: AbortSignal;
}

export interface HostWatch {
  /** Aborted, with the reason, once the device host goes silent or says goodbye. */
  readonly signal: AbortSignal;
  stop(): void;
}

/** The beamline's device host is not running or not answering: nothing a device said. */
export class DeviceHostUnavailableError extends BrightlineError {
  constructor(message: string, options?: ErrorOptions) {
    super(ErrorCode.Unavailable, message, { retryable: true, ...options });
  }
}

export function noDeviceHostMessage(beamline: string): string {
  return `no device host for ${beamline} is running; start the facility with ./brightline up`;
}

export class DeviceClient {
  private constructor(
    private readonly bus: Bus,
    readonly beamline: string,
  ) {}

  static async connect(beamline: string, name: string): Promise<DeviceClient> {
    try {
      return new DeviceClient(await Bus.connect({ servers: natsUrl(), name, connectTimeoutMs: 3_000 }), beamline);
    } catch (error) {
      throw new CliError(`${(error as Error).message}\n  is the facility running? start it with './brightline up' (or set NATS_URL)`, ExitCode.Unavailable);
    }
  }

  /** The devices the host says it serves, from its next heartbeat; undefined if none comes in time. */
  async servedDevices(waitMs = HEARTBEAT_WAIT_MS): Promise<string[] | undefined> {
    return new Promise((resolve) => {
      const done = (devices: string[] | undefined): void => {
        clearTimeout(timer);
        sub.unsubscribe();
        resolve(devices);
      };
      const sub = this.bus.subscribe(subjects.heartbeat(Role.DeviceHost, this.beamline), v1.Heartbeat, (hb) => {
        if (!hb.stopping) done([...hb.devices]);
      });
      const timer = setTimeout(() => done(undefined), waitMs);
    });
  }

  async describe(device: string): Promise<Description> {
    const reply = await this.call(device, DeviceVerb.Describe, v1.DescribeRequest, {}, v1.DescribeReply, QUICK_TIMEOUT_MS);
    return { device_class: reply.device_class, hinted_fields: [...reply.hinted_fields], data_keys: dataKeys(reply.data_keys) };
  }

  async describeConfiguration(device: string): Promise<Description> {
    const reply = await this.call(device, DeviceVerb.DescribeConfiguration, v1.DescribeConfigurationRequest, {}, v1.DescribeReply, QUICK_TIMEOUT_MS);
    return { device_class: reply.device_class, hinted_fields: [...reply.hinted_fields], data_keys: dataKeys(reply.data_keys) };
  }

  async read(device: string): Promise<Readings> {
    return readings((await this.call(device, DeviceVerb.Read, v1.ReadRequest, {}, v1.ReadReply, QUICK_TIMEOUT_MS)).readings);
  }

  async readConfiguration(device: string): Promise<Readings> {
    return readings((await this.call(device, DeviceVerb.ReadConfiguration, v1.ReadConfigurationRequest, {}, v1.ReadReply, QUICK_TIMEOUT_MS)).readings);
  }

  /** Ophyd's set: resolves when the move is done, with how long it took in seconds. */
  async set(device: string, value: PlainValue, options: StatusOptions): Promise<number> {
    const request = { value: toWireValue(value), timeout_s: options.timeoutS ?? 0, status_id: options.statusId };
    const reply = await this.call(device, DeviceVerb.Set, v1.SetRequest, request, v1.StatusReply, statusTimeoutMs(options), options.signal);
    return reply.elapsed_s;
  }

  async trigger(device: string, options: StatusOptions): Promise<number> {
    const request = { timeout_s: options.timeoutS ?? 0, status_id: options.statusId };
    const reply = await this.call(device, DeviceVerb.Trigger, v1.TriggerRequest, request, v1.StatusReply, statusTimeoutMs(options), options.signal);
    return reply.elapsed_s;
  }

  async stop(device: string, success = false): Promise<void> {
    await this.call(device, DeviceVerb.Stop, v1.StopRequest, { success }, v1.CommandReply, QUICK_TIMEOUT_MS);
  }

  async stage(device: string): Promise<void> {
    await this.call(device, DeviceVerb.Stage, v1.StageRequest, {}, v1.CommandReply, PUTS_TIMEOUT_MS);
  }

  async unstage(device: string): Promise<void> {
    await this.call(device, DeviceVerb.Unstage, v1.UnstageRequest, {}, v1.CommandReply, PUTS_TIMEOUT_MS);
  }

  async configure(device: string, values: Record<string, PlainValue>): Promise<ConfigureResult> {
    const reply = await this.call(device, DeviceVerb.Configure, v1.ConfigureRequest, { values: toWireMap(values) }, v1.ConfigureReply, PUTS_TIMEOUT_MS);
    return { old: readings(reply.old), new: readings(reply.new) };
  }

  /** Follows the progress of one operation (by its status id) on one device. */
  onProgress(device: string, statusId: string, listener: (progress: Progress) => void): () => void {
    const sub = this.bus.subscribe(subjects.statusProgress(this.beamline, device), v1.StatusProgress, (p) => {
      if (p.status_id !== statusId) return;
      listener({ operation: p.operation, initial: p.initial, current: p.current, target: p.target, fraction: p.fraction, units: p.units });
    });
    return () => sub.unsubscribe();
  }

  /** Watches the device host's heartbeat while something long runs on it. */
  watchHost(): HostWatch {
    const controller = new AbortController();
    let lastSeen = Date.now();
    let silenceMs = MIN_SILENCE_MS;
    const lost = (reason: string): void => {
      if (!controller.signal.aborted) controller.abort(new DeviceHostUnavailableError(reason));
    };
    const sub = this.bus.subscribe(subjects.heartbeat(Role.DeviceHost, this.beamline), v1.Heartbeat, (hb) => {
      lastSeen = Date.now();
      silenceMs = Math.max(MIN_SILENCE_MS, SILENT_INTERVALS * hb.interval_ms);
      if (hb.stopping) lost(`the device host for ${this.beamline} is shutting down`);
    });
    const timer = setInterval(() => {
      const silent = Date.now() - lastSeen;
      if (silent > silenceMs) lost(`the device host for ${this.beamline} has been silent for ${(silent / 1000).toFixed(1)} s; check its devices before trusting their positions`);
    }, 250);
    return {
      signal: controller.signal,
      stop: () => {
        clearInterval(timer);
        sub.unsubscribe();
      },
    };
  }

  async close(): Promise<void> {
    await this.bus.close();
  }

  private async call<Req, Rep extends Replyable>(
    device: string,
    verb: DeviceVerb,
    requestType: MessageType<unknown, Req>,
    request: Req,
    replyType: MessageType<Rep, never>,
    timeoutMs: number,
    signal?: AbortSignal,
  ): Promise<Rep> {
    try {
      // A shared device (FAC) takes mutating commands only with its lease: `brightline lease acquire` prints it.
      const token = process.env[LEASE_TOKEN_ENV];
      const options = { timeoutMs, ...(signal ? { signal } : {}), ...(token ? { headers: { [LEASE_TOKEN_HEADER]: token } } : {}) };
      return await this.bus.request(subjects.deviceCommand(this.beamline, device, verb), requestType, request, replyType, options);
    } catch (error) {
      if (signal?.aborted && signal.reason instanceof DeviceHostUnavailableError) throw signal.reason;
      if (error instanceof NoResponderError) throw new DeviceHostUnavailableError(noDeviceHostMessage(this.beamline), { cause: error });
      if (error instanceof TimeoutError) {
        throw new DeviceHostUnavailableError(`the device host for ${this.beamline} did not answer '${verb.replace('_', ' ')} ${device}' within ${timeoutMs / 1000} s`, { cause: error });
      }
      throw error;
    }
  }
}

function statusTimeoutMs(options: StatusOptions): number {
  return options.timeoutS ? options.timeoutS * 1000 + REPLY_MARGIN_MS : UNBOUNDED_MS;
}

function dataKeys(wire: Record<string, brightline.v1.DataKey.$Properties>): Record<string, DataKeyInfo> {
  const out: Record<string, DataKeyInfo> = {};
  for (const [key, k] of Object.entries(wire)) {
    out[key] = {
      source: k.source ?? '',
      dtype: k.dtype ?? '',
      shape: [...(k.shape ?? [])],
      units: k.units ?? '',
      precision: k.precision ?? 0,
      ...(k.limits ? { limits: { low: k.limits.low ?? 0, high: k.limits.high ?? 0 } } : {}),
      ...(k.choices?.length ? { choices: [...k.choices] } : {}),
      ...(k.external ? { external: k.external } : {}),
    };
  }
  return out;
}

function readings(wire: Record<string, brightline.v1.Reading.$Properties>): Readings {
  const out: Readings = {};
  for (const [key, r] of Object.entries(wire)) {
    out[key] = {
      value: fromWireValue(r.value) ?? null,
      timestamp: r.timestamp ?? 0,
      alarm_severity: r.alarm_severity ?? '',
      alarm_status: r.alarm_status ?? '',
    };
  }
  return out;
}

/** True for failures of the device host as a whole, as opposed to one device refusing. */
export function isHostFailure(error: unknown): error is DeviceHostUnavailableError {
  return error instanceof DeviceHostUnavailableError;
}
