/**
 * The run engine's device access over the bus. Liveness comes from the device host's heartbeats,
 * not from request timeouts: a move may legitimately take minutes, but a host that went silent
 * (killed, hung, partitioned) fails every command in flight within a few heartbeat intervals.
 *
 * Losing a NATS node (a cluster moves connections to the others): a command that reached nobody
 * (no responders while the same host process reconnects) is sent again. A command in flight when
 * our own connection dropped usually still gets its reply once we are on another node; if none
 * comes (Bus: ConnectionLostError) it is sent again only if it changes nothing (describe, read,
 * read/describe configuration, locate): a set, trigger or stage may have happened, so it fails.
 *
 * Our own connection going dead looks, from here, exactly like every device host going silent: a
 * pulled cable sends no reset, and the client notices only after several unanswered pings. So a
 * silent host is judged lost only while our connection is up and has answered a ping sent after
 * the silence grew too long (the server delivers a heartbeat it holds for us before that pong).
 * Otherwise the verdict waits for our connection (within the command's own deadline), and the
 * silence counts again from its return.
 */
import { brightline } from '../../gen/proto.js';
import { BrightlineError, ErrorCode, NoResponderError, describeError } from '../../lib/errors.js';
import { silentLogger, type Logger } from '../../lib/log.js';
import { fromWireMap, fromWireValue, toWireMap, toWireValue, type PlainValue } from '../../lib/values.js';
import { subjects, ConnectionLostError, DeviceVerb, Role, type Bus, type BusSubscription, type MessageType, type Replyable } from '../transport/mod.js';
import {
  DeviceHostLostError, HostLoss, type CollectedEvents, type CommandOptions, type ConfigureResult, type DeviceAccess, type DeviceConfiguration,
} from './device-access.js';
import { parseAssetDocument } from './asset-documents.js';
import type { DeviceDescription, DeviceRead, DeviceReading, EventModelDataKey } from './documents.js';
import { forwardAbort } from '../../lib/abort.js';

const v1 = brightline.v1;

export interface RemoteDevicesOptions {
  bus: Bus;
  beamline: string;
  logger?: Logger;
  /** Clock in ms; injected so tests can control it. */
  now?: () => number;
  /** How many missed heartbeat intervals mean the host is gone. */
  missedHeartbeats?: number;
  /** Overrides missedHeartbeats × the host's interval. */
  silenceMs?: number;
  /** For requests without their own timeout (describe, read, a set with timeout_s 0). */
  defaultTimeoutMs?: number;
  /** Extra NATS headers of a command: a shared device's lease token (shared-devices.ts). */
  headers?: (device: string, verb: DeviceVerb) => Record<string, string> | undefined;
}

interface InFlight {
  device: string;
  verb: string;
  startedAt: number;
  /** The host process the command was sent to, once a heartbeat has told us which one it is. */
  incarnation: string | undefined;
  fail(error: DeviceHostLostError): void;
}

const DEFAULT_INTERVAL_MS = 1_000;
const DEFAULT_TIMEOUT_MS = 600_000;
/** Added to a command's own timeout_s so that the device, not the transport, reports its timeout. */
const TIMEOUT_MARGIN_MS = 10_000;
/** Commands that change nothing on the device: safe to send again when a reply was lost. */
const READ_ONLY_VERBS: ReadonlySet<DeviceVerb> = new Set([
  DeviceVerb.Describe, DeviceVerb.Read, DeviceVerb.ReadConfiguration, DeviceVerb.DescribeConfiguration, DeviceVerb.Locate,
]);
/** Sends of one command after a lost node (its first one included). */
const FAILOVER_ATTEMPTS = 3;
/** The shortest silence after which a device host counts as gone. */
const MIN_SILENCE_LIMIT_MS = 2_000;
/** How long our own connection may take to come back to another node, on top of the silence limit. */
const RECONNECT_WAIT_MS = 10_000;
/** How long a ping of our own connection may go unanswered before another is sent. */
const OWN_LINK_PROBE_MS = 5_000;
/** How long an unanswered ping of our own connection holds a verdict before we say so in the log. */
const OWN_LINK_HOLD_LOG_MS = 1_000;

export class RemoteDevices implements DeviceAccess {
  private readonly now: () => number;
  private readonly logger: Logger;
  private readonly inFlight = new Set<InFlight>();
  private subscription: BusSubscription | undefined;
  private watchdog: NodeJS.Timeout | undefined;
  private lastHeartbeatAt: number | undefined;
  private hostIntervalMs = DEFAULT_INTERVAL_MS;
  private hostStopping = false;
  private hostIncarnation: string | undefined;
  /** The devices the host listed in its last heartbeat; undefined until one arrives or after it says goodbye. */
  private hostDevices: readonly string[] | undefined;
  private readonly hostWaiters = new Set<() => void>();
  private unwatchConnection: (() => void) | undefined;
  /** When our own connection last came back: a silence before it says nothing about the host. */
  private reconnectedAt: number | undefined;
  /** When the ping of our own connection now in flight was sent. */
  private probeSentAt: number | undefined;
  /** When the latest answered ping of our own connection was sent: the link carried traffic then. */
  private linkAnsweredAt: number | undefined;
  /** A verdict is waiting for our own connection, and the log has said so. */
  private holdLogged = false;
  /**
   * What a set or trigger reply said the device reads on completion: the next read of that device
   * in the same step is answered from it (one round trip fewer per device and step, as a cached
   * read in ophyd-async). Any other command to the device, or a new step, drops it.
   */
  private readonly completedReads = new Map<string, DeviceRead>();

  constructor(private readonly options: RemoteDevicesOptions) {
    this.now = options.now ?? Date.now;
    this.logger = options.logger ?? silentLogger;
  }

  /** Starts watching the beamline's device-host heartbeats. */
  start(): void {
    this.unwatchConnection ??= this.options.bus.onConnectionChange((connected) => this.onConnectionChange(connected));
    this.subscription ??= this.options.bus.subscribe(
      subjects.heartbeat(Role.DeviceHost, this.options.beamline),
      v1.Heartbeat,
      (heartbeat) => this.onHeartbeat(heartbeat),
    );
  }

  close(): void {
    this.subscription?.unsubscribe();
    this.subscription = undefined;
    this.unwatchConnection?.();
    this.unwatchConnection = undefined;
    this.stopWatchdog();
  }

  async describe(device: string, options: CommandOptions = {}): Promise<DeviceDescription> {
    const reply = await this.command(device, DeviceVerb.Describe, v1.DescribeRequest, {}, v1.DescribeReply, options);
    const dataKeys: Record<string, EventModelDataKey> = {};
    for (const [key, wire] of Object.entries(reply.data_keys ?? {})) dataKeys[key] = toDataKey(wire, device);
    return { device, dataKeys, hintedFields: [...(reply.hinted_fields ?? [])] };
  }

  newStep(): void {
    this.completedReads.clear();
  }

  async read(device: string, options: CommandOptions = {}): Promise<DeviceRead> {
    const completed = this.completedReads.get(device);
    if (completed) {
      this.completedReads.delete(device);
      return completed;
    }
    const reply = await this.command(device, DeviceVerb.Read, v1.ReadRequest, {}, v1.ReadReply, options);
    const readings = toReadings(device, reply.readings ?? {});
    const assets = (reply.asset_docs ?? []).map((asset) => parseAssetDocument(device, asset.name ?? '', asset.json ?? ''));
    return { readings, assets };
  }

  async set(device: string, value: PlainValue, options: CommandOptions = {}): Promise<void> {
    const request = { value: toWireValue(value), timeout_s: options.timeoutS ?? 0 };
    const reply = await this.command(device, DeviceVerb.Set, v1.SetRequest, request, v1.StatusReply, options);
    if (!reply.success) throw new BrightlineError(ErrorCode.Aborted, `set of '${device}' to ${JSON.stringify(value)} did not succeed`);
    this.rememberCompletedRead(device, reply);
  }

  async trigger(device: string, options: CommandOptions = {}): Promise<void> {
    const request = { timeout_s: options.timeoutS ?? 0 };
    const reply = await this.command(device, DeviceVerb.Trigger, v1.TriggerRequest, request, v1.StatusReply, options);
    if (!reply.success) throw new BrightlineError(ErrorCode.Aborted, `trigger of '${device}' did not succeed`);
    this.rememberCompletedRead(device, reply);
  }

  private rememberCompletedRead(device: string, reply: brightline.v1.StatusReply.$Properties): void {
    const readings = reply.readings ?? {};
    if (Object.keys(readings).length === 0) return;
    const assets = (reply.asset_docs ?? []).map((asset) => parseAssetDocument(device, asset.name ?? '', asset.json ?? ''));
    this.completedReads.set(device, { readings: toReadings(device, readings), assets });
  }

  async stop(device: string, options: CommandOptions & { success?: boolean } = {}): Promise<void> {
    await this.command(device, DeviceVerb.Stop, v1.StopRequest, { success: options.success ?? false }, v1.CommandReply, options);
  }

  async stage(device: string, options: CommandOptions = {}): Promise<void> {
    await this.command(device, DeviceVerb.Stage, v1.StageRequest, {}, v1.CommandReply, options);
  }

  async unstage(device: string, options: CommandOptions = {}): Promise<void> {
    await this.command(device, DeviceVerb.Unstage, v1.UnstageRequest, {}, v1.CommandReply, options);
  }

  async configure(device: string, values: Record<string, PlainValue>, options: CommandOptions = {}): Promise<ConfigureResult> {
    const reply = await this.command(device, DeviceVerb.Configure, v1.ConfigureRequest, { values: toWireMap(values) }, v1.ConfigureReply, options);
    return { old: toReadings(device, reply.old ?? {}), new: toReadings(device, reply.new ?? {}) };
  }

  async configuration(device: string, options: CommandOptions = {}): Promise<DeviceConfiguration> {
    const [read, described] = await Promise.all([
      this.command(device, DeviceVerb.ReadConfiguration, v1.ReadConfigurationRequest, {}, v1.ReadReply, options),
      this.command(device, DeviceVerb.DescribeConfiguration, v1.DescribeConfigurationRequest, {}, v1.DescribeReply, options),
    ]);
    const readings = toReadings(device, read.readings ?? {});
    const data: Record<string, PlainValue> = {};
    const timestamps: Record<string, number> = {};
    for (const [key, reading] of Object.entries(readings)) {
      data[key] = reading.value;
      timestamps[key] = reading.timestamp;
    }
    const dataKeys: Record<string, EventModelDataKey> = {};
    for (const [key, wire] of Object.entries(described.data_keys ?? {})) dataKeys[key] = toDataKey(wire, device);
    return { data, timestamps, dataKeys };
  }

  async kickoff(device: string, params: Record<string, PlainValue>, options: CommandOptions = {}): Promise<void> {
    const request = { params: toWireMap(params), timeout_s: options.timeoutS ?? 0 };
    await this.command(device, DeviceVerb.Kickoff, v1.KickoffRequest, request, v1.StatusReply, options);
  }

  async complete(device: string, options: CommandOptions = {}): Promise<void> {
    await this.command(device, DeviceVerb.Complete, v1.CompleteRequest, { timeout_s: options.timeoutS ?? 0 }, v1.StatusReply, options);
  }

  async collect(device: string, options: CommandOptions = {}): Promise<CollectedEvents> {
    const reply = await this.command(device, DeviceVerb.Collect, v1.CollectRequest, {}, v1.CollectReply, options);
    const dataKeys: Record<string, EventModelDataKey> = {};
    for (const [key, wire] of Object.entries(reply.data_keys ?? {})) dataKeys[key] = toDataKey(wire, device);
    const events = (reply.events ?? []).map((event) => ({
      time: event.time ?? 0,
      data: fromWireMap(event.data),
      timestamps: { ...(event.timestamps ?? {}) },
    }));
    return { dataKeys, events };
  }

  monitor(device: string, listener: (readings: Record<string, DeviceReading>) => void): () => void {
    const subscription = this.options.bus.subscribe(subjects.reading(this.options.beamline, device), v1.ReadingUpdate, (update) => {
      try {
        listener(toReadings(device, update.readings ?? {}));
      } catch (error) {
        this.logger.warn(`monitor of '${device}': ${String(error)}`);
      }
    });
    return () => subscription.unsubscribe();
  }

  private async command<Req, Rep extends Replyable>(
    device: string,
    verb: DeviceVerb,
    requestType: MessageType<Req>,
    request: Req,
    replyType: MessageType<Rep>,
    options: CommandOptions,
  ): Promise<Rep> {
    for (let attempt = 1; ; attempt++) {
      const incarnation = this.hostIncarnation;
      try {
        return await this.send(device, verb, requestType, request, replyType, options);
      } catch (error) {
        if (attempt >= FAILOVER_ATTEMPTS || options.signal?.aborted) throw error;
        if (error instanceof ConnectionLostError) {
          if (!READ_ONLY_VERBS.has(verb)) {
            const lostConnection = `the run engine lost its NATS connection during '${verb}' of '${device}'`;
            throw new BrightlineError(ErrorCode.Unavailable, `${lostConnection}: the ${verb} got no reply after a lost NATS connection and is not sent again (it may have happened)`, {
              retryable: true,
              cause: error,
            });
          }
          // Wait to hear from the host again, through whichever node we are now connected to.
          if (!(await this.nextHeartbeat(this.silenceLimitMs() + RECONNECT_WAIT_MS))) throw error;
        } else if (error instanceof DeviceHostLostError && error.loss === HostLoss.Gone) {
          // Nobody got it: a host heard from lately may only be moving to another node. The same
          // process, heard again before it would count as silent, gets it again.
          const aliveForMs = this.silenceLimitMs() - this.silentMs(this.now());
          if (aliveForMs <= 0 || !(await this.nextHeartbeat(aliveForMs)) || this.hostIncarnation !== incarnation) throw error;
        } else {
          throw error;
        }
        this.logger.warn(`'${verb}' of '${device}' is sent again after a lost NATS node: ${describeError(error)}`);
      }
    }
  }

  /** Resolves true when a heartbeat arrives (not a goodbye) within `waitMs`, false otherwise. */
  private async nextHeartbeat(waitMs: number): Promise<boolean> {
    const heard = await new Promise<boolean>((resolve) => {
      const finish = (beat: boolean): void => {
        clearTimeout(timer);
        this.hostWaiters.delete(onBeat);
        resolve(beat);
      };
      const onBeat = (): void => finish(true);
      const timer = setTimeout(() => finish(false), waitMs);
      this.hostWaiters.add(onBeat);
    });
    return heard && !this.hostStopping;
  }

  private async send<Req, Rep extends Replyable>(
    device: string,
    verb: DeviceVerb,
    requestType: MessageType<Req>,
    request: Req,
    replyType: MessageType<Rep>,
    options: CommandOptions,
  ): Promise<Rep> {
    const startedAt = this.now();
    // A command may change what the device reads: a remembered completion no longer stands for a read.
    if (verb !== DeviceVerb.Read && verb !== DeviceVerb.Describe) this.completedReads.delete(device);
    if (this.hostStopping) throw new DeviceHostLostError(this.options.beamline, device, verb, this.silentMs(startedAt), HostLoss.Stopping);
    const lost = new AbortController();
    let lostError: DeviceHostLostError | undefined;
    const entry: InFlight = {
      device,
      verb,
      startedAt,
      incarnation: this.hostIncarnation,
      fail: (error) => {
        lostError = error;
        lost.abort(error);
      },
    };
    this.inFlight.add(entry);
    this.startWatchdog();
    // The caller's abort reaches the request through `lost` too. Not AbortSignal.any: on Node 20 it
    // costs tens of µs a call, a good share of a step (bench/README.md, bench:run-engine).
    const stopForwarding = forwardAbort(lost, options.signal);
    const timeoutMs = options.timeoutS && options.timeoutS > 0
      ? options.timeoutS * 1000 + TIMEOUT_MARGIN_MS
      : (this.options.defaultTimeoutMs ?? DEFAULT_TIMEOUT_MS);
    try {
      const subject = subjects.deviceCommand(this.options.beamline, device, verb);
      const headers = this.options.headers?.(device, verb);
      return await this.options.bus.request(subject, requestType, request, replyType, { timeoutMs, signal: lost.signal, ...(headers ? { headers } : {}) });
    } catch (error) {
      if (lostError) throw lostError;
      // Only a host we had heard from can be "lost"; never having had one is a different problem.
      if (error instanceof NoResponderError && this.hostIncarnation !== undefined) {
        throw new DeviceHostLostError(this.options.beamline, device, verb, this.silentMs(startedAt), HostLoss.Gone);
      }
      throw error;
    } finally {
      stopForwarding();
      this.inFlight.delete(entry);
    }
  }

  private onHeartbeat(heartbeat: brightline.v1.Heartbeat.$Properties): void {
    this.lastHeartbeatAt = this.now();
    this.holdLogged = false;
    if (heartbeat.interval_ms) this.hostIntervalMs = heartbeat.interval_ms;
    const incarnation = `${heartbeat.pid ?? 0}@${heartbeat.started_at ?? 0}`;
    if (this.hostIncarnation !== undefined && incarnation !== this.hostIncarnation) {
      this.logger.warn(`device host of '${this.options.beamline}' restarted (now pid ${heartbeat.pid ?? '?'})`);
    }
    this.hostIncarnation = incarnation;
    // A restart faster than the silence limit would otherwise leave commands waiting on a dead process.
    this.failWhere((entry) => entry.incarnation !== undefined && entry.incarnation !== incarnation, HostLoss.Restarted);
    for (const entry of this.inFlight) entry.incarnation ??= incarnation;
    const stopping = heartbeat.stopping === true;
    this.hostDevices = stopping ? undefined : [...(heartbeat.devices ?? [])];
    if (!stopping) for (const wake of [...this.hostWaiters]) wake();
    if (stopping && !this.hostStopping) this.logger.warn(`device host of '${this.options.beamline}' is stopping`);
    this.hostStopping = stopping;
    if (stopping) this.failWhere(() => true, HostLoss.Stopping);
  }

  /**
   * The devices the beamline's device host serves, waiting up to `waitMs` for a first heartbeat;
   * undefined when no live host has been heard from.
   */
  async servedDevices(waitMs: number): Promise<readonly string[] | undefined> {
    const fresh = (): boolean =>
      this.hostDevices !== undefined && this.lastHeartbeatAt !== undefined && this.now() - this.lastHeartbeatAt <= this.silenceLimitMs();
    if (fresh() || waitMs <= 0) return fresh() ? this.hostDevices : undefined;
    await new Promise<void>((resolve) => {
      const done = (): void => {
        clearTimeout(timer);
        this.hostWaiters.delete(done);
        resolve();
      };
      const timer = setTimeout(done, waitMs);
      this.hostWaiters.add(done);
    });
    return fresh() ? this.hostDevices : undefined;
  }

  private silenceLimitMs(): number {
    // A floor, because hosts beat every 250 ms (for the supervisor's sub-second health) and a busy
    // machine can stall a process that long; failing a run costs more than noticing a second later.
    return this.options.silenceMs ?? Math.max(MIN_SILENCE_LIMIT_MS, (this.options.missedHeartbeats ?? 3) * this.hostIntervalMs);
  }

  /** Silence counts from the last heartbeat, or from the command's start if none was ever seen. */
  private silentMs(since: number): number {
    return this.now() - (this.lastHeartbeatAt ?? since);
  }

  private check(): void {
    // Stopped here rather than as the last command ends: a plan's next command follows at once,
    // and an interval set and cleared per command costs more than a tick that finds nothing to do.
    if (this.inFlight.size === 0) return this.stopWatchdog();
    const now = this.now();
    const limit = this.silenceLimitMs();
    const silent = [...this.inFlight].filter((entry) => now - this.silenceStart(entry) > limit);
    if (silent.length === 0) return;
    // Only a ping sent once the host had been silent too long, and answered, shows that the silence is the host's.
    const linkVouches = (entry: InFlight): boolean =>
      this.options.bus.connected && this.linkAnsweredAt !== undefined && this.linkAnsweredAt >= this.silenceStart(entry) + limit;
    const judged = new Set(silent.filter(linkVouches));
    if (judged.size > 0) this.failWhere((entry) => judged.has(entry), HostLoss.Silent);
    if (judged.size < silent.length) this.holdForOwnLink(now, silent.filter((entry) => !judged.has(entry)));
  }

  /** Silence counts from the host's last heartbeat (or the command's start), and again from our own reconnect. */
  private silenceStart(entry: InFlight): number {
    return Math.max(this.lastHeartbeatAt ?? entry.startedAt, this.reconnectedAt ?? Number.NEGATIVE_INFINITY);
  }

  /** The host is silent, but so may be our own connection: ping it, and judge the host once it answers. */
  private holdForOwnLink(now: number, waiting: readonly InFlight[]): void {
    const { bus } = this.options;
    if (bus.connected && (this.probeSentAt === undefined || now - this.probeSentAt >= OWN_LINK_PROBE_MS)) {
      const sentAt = now;
      this.probeSentAt = sentAt;
      bus.flush().then(
        () => {
          if (this.probeSentAt === sentAt) this.probeSentAt = undefined;
          this.linkAnsweredAt = Math.max(this.linkAnsweredAt ?? sentAt, sentAt);
          this.check();
        },
        // Rejected when the client gives up on the connection: the reconnect resets the silence.
        () => {
          if (this.probeSentAt === sentAt) this.probeSentAt = undefined;
        },
      );
    }
    const unanswered = this.probeSentAt === undefined ? 0 : now - this.probeSentAt;
    if (this.holdLogged || (bus.connected && unanswered < OWN_LINK_HOLD_LOG_MS)) return;
    this.holdLogged = true;
    const ownLink = bus.connected ? `this run engine's own NATS connection has not answered a ping for ${(unanswered / 1000).toFixed(1)} s` : "this run engine's own NATS connection is down";
    const commands = waiting.map((entry) => `'${entry.verb}' of '${entry.device}'`).join(', ');
    this.logger.warn(
      `no heartbeat from the device host of '${this.options.beamline}' for ${(this.silentMs(now) / 1000).toFixed(1)} s, but ${ownLink}: ` +
        `waiting for it before judging the host (in flight: ${commands})`,
    );
  }

  private onConnectionChange(connected: boolean): void {
    if (!connected) return;
    this.reconnectedAt = this.now();
    this.holdLogged = false;
  }

  private failWhere(lost: (entry: InFlight) => boolean, loss: HostLoss): void {
    for (const entry of [...this.inFlight]) {
      if (!lost(entry)) continue;
      entry.fail(new DeviceHostLostError(this.options.beamline, entry.device, entry.verb, this.silentMs(entry.startedAt), loss));
      this.inFlight.delete(entry);
    }
  }

  private startWatchdog(): void {
    if (this.watchdog) return;
    const period = Math.max(20, Math.min(250, this.silenceLimitMs() / 4));
    this.watchdog = setInterval(() => this.check(), period);
  }

  private stopWatchdog(): void {
    if (this.watchdog) clearInterval(this.watchdog);
    this.watchdog = undefined;
  }
}

/** Numbers, text (enum states, datum ids) and lists alike. */
function toReadings(device: string, wire: Record<string, brightline.v1.IReading>): Record<string, DeviceReading> {
  const readings: Record<string, DeviceReading> = {};
  for (const [key, reading] of Object.entries(wire)) {
    const value = fromWireValue(reading.value);
    if (value === undefined) throw new BrightlineError(ErrorCode.Internal, `device '${device}' returned no value for '${key}'`);
    readings[key] = { value, timestamp: reading.timestamp ?? 0 };
  }
  return readings;
}

function toDataKey(wire: brightline.v1.DataKey.$Properties, device: string): EventModelDataKey {
  const dtype = isDtype(wire.dtype) ? wire.dtype : 'number';
  const key: EventModelDataKey = {
    source: wire.source || `brightline:${device}`,
    dtype,
    shape: [...(wire.shape ?? [])],
    object_name: wire.object_name || device,
  };
  if (wire.units) key.units = wire.units;
  // proto3 cannot tell precision 0 from unset; only floating point numbers have a precision.
  if (dtype === 'number') key.precision = wire.precision ?? 0;
  if (wire.limits) key.limits = { control: { low: wire.limits.low ?? 0, high: wire.limits.high ?? 0 } };
  if (wire.choices && wire.choices.length > 0) key.choices = [...wire.choices];
  if (wire.external) key.external = wire.external;
  return key;
}

function isDtype(dtype: string | null | undefined): dtype is EventModelDataKey['dtype'] {
  return dtype === 'number' || dtype === 'integer' || dtype === 'string' || dtype === 'boolean' || dtype === 'array';
}
