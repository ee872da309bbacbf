/**
 * The device verbs of the CLI as plain async calls on one beamline's devices, through the gRPC
 * gateway. This is the only CLI module that knows how devices are reached (the Facility methods,
 * their deadlines, the lease token's metadata): the commands see plain data and typed errors.
 */
import { BrightlineError, ErrorCode } from '../lib/errors.js';
import { fromWireValue, toWireMap, toWireValue, type PlainValue } from '../lib/values.js';
import type { brightline } from '../gen/proto.js';
import { LEASE_TOKEN_METADATA } from '../gateway/device-rpcs.js';
import { GatewayClient, type CallOptions, type ReplyOf, type RequestOf, type UnaryMethod } from './gateway-client.js';
import { GatewayCallError, GatewayTimeoutError, GatewayUnreachableError } from './gateway-errors.js';

/** The lease token commands carry, for a shared device's mutating verbs. */
export const LEASE_TOKEN_ENV = 'BRIGHTLINE_LEASE_TOKEN';
/** A quick verb (describe, read, stop) answers at once; a silent host is noticed within this. */
const QUICK_TIMEOUT_MS = 6_000;
/** Listing waits for device hosts' heartbeats (up to 2.5 s) and describes what it has not seen yet. */
const LIST_TIMEOUT_MS = 10_000;
/** Stage, unstage and configure put a few fields and wait for each. */
const PUTS_TIMEOUT_MS = 31_000;
/** Margin on top of a set's or trigger's own timeout, for the reply to come back through the gateway. */
const REPLY_MARGIN_MS = 6_000;

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

/** The beamline's device host is not running or not answering: nothing a device said. */
export class DeviceHostUnavailableError extends BrightlineError {
  constructor(message: string, options?: ErrorOptions) {
    super(ErrorCode.Unavailable, message, { retryable: true, ...options });
  }
}

export function noDeviceHostMessage(beamline: string): string {
  return `no device host for ${beamline} is running; start the facility with ./brightline up`;
}

/**
 * The gateway's errors (by class name, sent as trailing metadata) for a device host that is
 * missing, silent, stopping or restarted: all UNAVAILABLE, like a device that is merely not ready,
 * which must stay a per-device answer.
 */
const HOST_LEVEL_ERRORS: ReadonlySet<string> = new Set(['DeviceHostMissingError', 'DeviceHostLostError', 'NoAnswerError']);

export class DeviceClient {
  private constructor(
    private readonly gateway: GatewayClient,
    readonly beamline: string,
  ) {}

  static async connect(beamline: string): Promise<DeviceClient> {
    return new DeviceClient(await GatewayClient.connect(), beamline);
  }

  /** The devices the beamline's host serves, in its order; undefined when no host answers for it. */
  async servedDevices(): Promise<string[] | undefined> {
    const reply = await this.call('ListDevices', { beamline: this.beamline }, LIST_TIMEOUT_MS);
    if ((reply.silent_beamlines ?? []).includes(this.beamline)) return undefined;
    const names = (reply.devices ?? []).filter((d) => d.beamline === this.beamline).map((d) => d.device ?? '');
    return names.length > 0 ? names : undefined;
  }

  async describe(device: string): Promise<Description> {
    return description(await this.call('Describe', this.ref(device), QUICK_TIMEOUT_MS));
  }

  async describeConfiguration(device: string): Promise<Description> {
    return description(await this.call('DescribeConfiguration', this.ref(device), QUICK_TIMEOUT_MS));
  }

  async read(device: string): Promise<Readings> {
    return readings((await this.call('Read', this.ref(device), QUICK_TIMEOUT_MS)).readings);
  }

  async readConfiguration(device: string): Promise<Readings> {
    return readings((await this.call('ReadConfiguration', this.ref(device), QUICK_TIMEOUT_MS)).readings);
  }

  /** Ophyd's set: resolves when the move is done, with how long it took in seconds. */
  async set(device: string, value: PlainValue, options: StatusOptions): Promise<number> {
    const request = { ...this.ref(device), value: toWireValue(value), timeout_s: options.timeoutS ?? 0, status_id: options.statusId };
    return (await this.call('Set', request, statusTimeoutMs(options), options.signal)).elapsed_s ?? 0;
  }

  async trigger(device: string, options: StatusOptions): Promise<number> {
    const request = { ...this.ref(device), timeout_s: options.timeoutS ?? 0, status_id: options.statusId };
    return (await this.call('Trigger', request, statusTimeoutMs(options), options.signal)).elapsed_s ?? 0;
  }

  async stop(device: string, success = false): Promise<void> {
    await this.call('Stop', { ...this.ref(device), success }, QUICK_TIMEOUT_MS);
  }

  async stage(device: string): Promise<void> {
    await this.call('Stage', this.ref(device), PUTS_TIMEOUT_MS);
  }

  async unstage(device: string): Promise<void> {
    await this.call('Unstage', this.ref(device), PUTS_TIMEOUT_MS);
  }

  async configure(device: string, values: Record<string, PlainValue>): Promise<ConfigureResult> {
    const reply = await this.call('Configure', { ...this.ref(device), values: toWireMap(values) }, PUTS_TIMEOUT_MS);
    return { old: readings(reply.old), new: readings(reply.new) };
  }

  /**
   * Follows the progress of one operation (by its status id) on one device until the returned
   * function is called. Progress is decoration: a watch that fails ends quietly, and the operation's
   * own call reports what went wrong.
   */
  onProgress(device: string, statusId: string, listener: (progress: Progress) => void): () => void {
    const stream = this.gateway.stream('WatchProgress', { ...this.ref(device), status_id: statusId });
    void (async () => {
      for await (const p of stream) {
        listener({ operation: p.operation ?? '', initial: p.initial ?? 0, current: p.current ?? 0, target: p.target ?? 0, fraction: p.fraction ?? 0, units: p.units ?? '' });
      }
    })().catch(() => undefined);
    return () => stream.cancel();
  }

  async close(): Promise<void> {
    this.gateway.close();
  }

  private ref(device: string): { beamline: string; device: string } {
    return { beamline: this.beamline, device };
  }

  private async call<M extends UnaryMethod>(method: M, request: RequestOf<M>, timeoutMs: number | undefined, signal?: AbortSignal): Promise<ReplyOf<M>> {
    // A shared device (FAC) takes mutating commands only with its lease: `brightline lease acquire` prints it.
    const lease = process.env[LEASE_TOKEN_ENV];
    const options: CallOptions = { ...(timeoutMs === undefined ? {} : { timeoutMs }), ...(signal ? { signal } : {}), ...(lease ? { metadata: { [LEASE_TOKEN_METADATA]: lease } } : {}) };
    try {
      return await this.gateway.unary(method, request, options);
    } catch (error) {
      if (error instanceof GatewayCallError && error.code === ErrorCode.Unavailable && HOST_LEVEL_ERRORS.has(error.remoteName)) {
        throw new DeviceHostUnavailableError(error.message, { cause: error });
      }
      throw error;
    }
  }
}

function statusTimeoutMs(options: StatusOptions): number | undefined {
  // Without --timeout a move runs as long as its device allows; the gateway fails the call if the host dies.
  return options.timeoutS ? options.timeoutS * 1000 + REPLY_MARGIN_MS : undefined;
}

function description(reply: { device_class?: string | null; hinted_fields?: string[] | null; data_keys?: Record<string, brightline.v1.DataKey.$Properties> | null }): Description {
  return { device_class: reply.device_class ?? '', hinted_fields: [...(reply.hinted_fields ?? [])], data_keys: dataKeys(reply.data_keys ?? {}) };
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

function readings(wire: Record<string, brightline.v1.Reading.$Properties> | null | undefined): Readings {
  const out: Readings = {};
  for (const [key, r] of Object.entries(wire ?? {})) {
    out[key] = {
      value: fromWireValue(r.value) ?? null,
      timestamp: r.timestamp ?? 0,
      alarm_severity: r.alarm_severity ?? '',
      alarm_status: r.alarm_status ?? '',
    };
  }
  return out;
}

/**
 * Failures no per-device answer can show, which end the whole command: the device host or the
 * gateway is gone or silent, the gateway refused the caller, or the user pressed Ctrl-C.
 */
export function failsWholeCommand(error: unknown): error is BrightlineError {
  if (error instanceof DeviceHostUnavailableError || error instanceof GatewayUnreachableError || error instanceof GatewayTimeoutError) return true;
  return error instanceof BrightlineError && (error.code === ErrorCode.PermissionDenied || error.code === ErrorCode.Unauthenticated || error.code === ErrorCode.Cancelled);
}
