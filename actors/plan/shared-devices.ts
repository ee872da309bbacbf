/**
 * Shared devices in a beamline's plans: the facility devices a beamline declares (`shared_devices`
 * in deploy/facility.yaml: mono, fe_shutter...) are served by the facility's device host (FAC), not
 * the beamline's. A plan names them like its own devices; commands to them go to FAC, and the first
 * command that changes one (set, trigger, stage, unstage, configure, kickoff, complete) takes the
 * device's lease, waiting in its fair queue (or refused at once, naming the holder). The lease is
 * renewed while the plan runs and released when it ends, however it ends. Reads need no lease.
 */
import { BrightlineError, ErrorCode, InvalidArgumentError, describeError } from '../../lib/errors.js';
import { silentLogger, type Logger } from '../../lib/log.js';
import type { PlainValue } from '../../lib/values.js';
import { DeviceVerb, LEASE_TOKEN_HEADER, type Bus } from '../transport/mod.js';
import { LeaseClient, type HeldLease } from '../supervisor/lease-client.js';
import { FACILITY_BEAMLINE, LeaseHeldError, LeaseLostError, needsLease } from '../supervisor/lease-model.js';
import type { CollectedEvents, CommandOptions, ConfigureResult, DeviceAccess, DeviceConfiguration } from './device-access.js';
import type { DeviceDescription, DeviceRead, DeviceReading } from './documents.js';
import type { InterpreterHooks, PlanItem } from './plan-interpreter.js';
import { RemoteDevices } from './remote-devices.js';
import type { RunningPlan } from './run-engine.machine.js';

const DEFAULT_TTL_MS = 15_000;
const DEFAULT_WAIT_TIMEOUT_MS = 60_000;

export interface SharedDevicesOptions {
  bus: Bus;
  /** The beamline whose plans use them: the lease holder. */
  beamline: string;
  /** The shared devices this beamline declares. */
  devices: readonly string[];
  /** The device host serving them (FAC). */
  facility?: string;
  logger?: Logger;
  /** Milliseconds since the epoch. */
  now?: () => number;
  /** How long the facility device host may be silent while a command is in flight. */
  deviceHostSilenceMs?: number;
  /** Lease ttl; a held lease renews itself at a third of it. */
  leaseTtlMs?: number;
  /** Wait in the device's queue when another beamline holds it (default), or fail the plan at once. */
  waitForLease?: boolean;
  /** How long a plan waits for a lease before it fails, naming the holder. */
  leaseWaitTimeoutMs?: number;
  /** Told what a plan waits for (`waiting for the lease on mono: …`), then `undefined` when it no longer waits. */
  onLeaseWait?: (waiting: string | undefined) => void;
}

/** The devices of one running plan: its beamline's own, and the shared ones under leases. */
export interface PlanDevices extends DeviceAccess {
  /**
   * Stops waiting for leases (the plan is being aborted, stopped or halted): a step waiting in a
   * device's queue fails at once, even one a pause would let finish (a stage).
   */
  cancelWaits(reason: string): void;
  /** Releases every lease the plan took. Idempotent. */
  release(): Promise<void>;
}

/**
 * Which shared devices a beamline may use, the connection to the facility device host, and the
 * leases of the running plan. One per run engine.
 */
export class SharedDevices {
  readonly facility: string;
  readonly remote: RemoteDevices;
  readonly #options: SharedDevicesOptions;
  readonly #names: ReadonlySet<string>;
  readonly #leases: LeaseClient;
  readonly #logger: Logger;
  /** The lease of each shared device held by the running plan, by device: what goes in its commands' header. */
  readonly #tokens = new Map<string, string>();

  constructor(options: SharedDevicesOptions) {
    this.#options = options;
    this.facility = options.facility ?? FACILITY_BEAMLINE;
    this.#names = new Set(options.devices);
    this.#logger = options.logger ?? silentLogger;
    this.#leases = new LeaseClient({ bus: options.bus, logger: this.#logger, ...(options.now ? { now: options.now } : {}) });
    this.remote = new RemoteDevices({
      bus: options.bus,
      beamline: this.facility,
      logger: this.#logger,
      ...(options.now ? { now: options.now } : {}),
      ...(options.deviceHostSilenceMs === undefined ? {} : { silenceMs: options.deviceHostSilenceMs }),
      headers: (device) => {
        const token = this.#tokens.get(device);
        return token ? { [LEASE_TOKEN_HEADER]: token } : undefined;
      },
    });
  }

  get devices(): readonly string[] {
    return [...this.#names];
  }

  isShared(device: string): boolean {
    return this.#names.has(device);
  }

  start(): void {
    this.remote.start();
  }

  close(): void {
    this.remote.close();
  }

  /**
   * Refuses a plan naming devices nobody serves: the beamline's own through `checkLocal`, the
   * shared ones against the facility device host.
   */
  async checkDevices(names: readonly string[], checkLocal: (names: readonly string[]) => Promise<void>, waitMs: number): Promise<void> {
    const shared = names.filter((name) => this.isShared(name));
    await checkLocal(names.filter((name) => !this.isShared(name)));
    if (shared.length === 0) return;
    const served = await this.remote.servedDevices(waitMs);
    if (served === undefined) {
      throw new BrightlineError(
        ErrorCode.Unavailable,
        `no device host of '${this.facility}' (the shared devices ${shared.join(', ')}) is running; start it with 'brightline device-host --beamline ${this.facility}' or 'brightline up'`,
        { retryable: true },
      );
    }
    const missing = shared.filter((name) => !served.includes(name));
    if (missing.length > 0) throw new InvalidArgumentError(`${this.facility} serves no shared device ${missing.map((n) => `'${n}'`).join(', ')} (it serves ${served.join(', ') || 'none'})`);
  }

  /** The devices of one plan: `local` for the beamline's own, FAC under leases for the shared ones. */
  forPlan(local: DeviceAccess, item: Pick<PlanItem, 'itemUid' | 'planName'>): PlanDevices {
    return new LeasedPlanDevices(this, local, `plan ${item.planName} (item ${item.itemUid})`);
  }

  /** Starts a plan through `start` with its devices, and releases its leases when it has ended. */
  startPlan(item: PlanItem, hooks: InterpreterHooks, local: DeviceAccess, start: (item: PlanItem, hooks: InterpreterHooks, devices: DeviceAccess) => RunningPlan): RunningPlan {
    const devices = this.forPlan(local, item);
    return releasingLeases(start(item, hooks, devices), devices);
  }

  /** @internal The lease of `device` for the running plan, acquired on first use. */
  async acquire(device: string, client: string, signal: AbortSignal | undefined): Promise<HeldLease> {
    const wait = this.#options.waitForLease ?? true;
    const request = {
      holder: this.#options.beamline,
      client,
      ttlMs: this.#options.leaseTtlMs ?? DEFAULT_TTL_MS,
      waitTimeoutMs: this.#options.leaseWaitTimeoutMs ?? DEFAULT_WAIT_TIMEOUT_MS,
      ...(signal ? { signal } : {}),
    };
    let lease: HeldLease | undefined;
    try {
      lease = await this.#leases.acquire(device, { ...request, wait: false });
    } catch (error) {
      if (!wait || !(error instanceof LeaseHeldError)) throw error;
      // Said once in the log, so whoever watches a plan that seems stuck learns who it waits for.
      this.#logger.info(`${client} waits for the lease on ${device}: ${error.message}`);
      const held = error.heldBy ? LeaseHeldError.describe(device, error.heldBy, (this.#options.now?.() ?? Date.now()) / 1000) : error.message;
      this.#options.onLeaseWait?.(`waiting for the lease on ${device}: ${held}`);
    }
    try {
      lease ??= await this.#leases.acquire(device, { ...request, wait: true });
    } finally {
      this.#options.onLeaseWait?.(undefined);
    }
    this.#tokens.set(device, lease.token);
    this.#logger.info(`leased shared device ${device} for ${client}`);
    return lease;
  }

  /** @internal */
  async release(lease: HeldLease): Promise<void> {
    if (this.#tokens.get(lease.device) === lease.token) this.#tokens.delete(lease.device);
    await lease.release();
  }
}

class LeasedPlanDevices implements PlanDevices {
  readonly #shared: SharedDevices;
  readonly #local: DeviceAccess;
  readonly #client: string;
  readonly #held = new Map<string, HeldLease>();
  readonly #acquiring = new Map<string, Promise<HeldLease>>();
  readonly #cancel = new AbortController();
  #released = false;

  constructor(shared: SharedDevices, local: DeviceAccess, client: string) {
    this.#shared = shared;
    this.#local = local;
    this.#client = client;
  }

  describe(device: string, options?: CommandOptions): Promise<DeviceDescription> {
    return this.#route(device, DeviceVerb.Describe, options, (access) => access.describe(device, options));
  }

  read(device: string, options?: CommandOptions): Promise<DeviceRead> {
    return this.#route(device, DeviceVerb.Read, options, (access) => access.read(device, options));
  }

  set(device: string, value: PlainValue, options?: CommandOptions): Promise<void> {
    return this.#route(device, DeviceVerb.Set, options, (access) => access.set(device, value, options));
  }

  trigger(device: string, options?: CommandOptions): Promise<void> {
    return this.#route(device, DeviceVerb.Trigger, options, (access) => access.trigger(device, options));
  }

  stop(device: string, options?: CommandOptions & { success?: boolean }): Promise<void> {
    return this.#route(device, DeviceVerb.Stop, options, (access) => access.stop(device, options));
  }

  stage(device: string, options?: CommandOptions): Promise<void> {
    return this.#route(device, DeviceVerb.Stage, options, (access) => access.stage(device, options));
  }

  unstage(device: string, options?: CommandOptions): Promise<void> {
    return this.#route(device, DeviceVerb.Unstage, options, (access) => access.unstage(device, options));
  }

  configure(device: string, values: Record<string, PlainValue>, options?: CommandOptions): Promise<ConfigureResult> {
    return this.#route(device, DeviceVerb.Configure, options, (access) => access.configure(device, values, options));
  }

  configuration(device: string, options?: CommandOptions): Promise<DeviceConfiguration> {
    return this.#route(device, DeviceVerb.ReadConfiguration, options, (access) => access.configuration(device, options));
  }

  kickoff(device: string, params: Record<string, PlainValue>, options?: CommandOptions): Promise<void> {
    return this.#route(device, DeviceVerb.Kickoff, options, (access) => access.kickoff(device, params, options));
  }

  complete(device: string, options?: CommandOptions): Promise<void> {
    return this.#route(device, DeviceVerb.Complete, options, (access) => access.complete(device, options));
  }

  collect(device: string, options?: CommandOptions): Promise<CollectedEvents> {
    return this.#route(device, DeviceVerb.Collect, options, (access) => access.collect(device, options));
  }

  monitor(device: string, listener: (readings: Record<string, DeviceReading>) => void): () => void {
    return (this.#shared.isShared(device) ? this.#shared.remote : this.#local).monitor(device, listener);
  }

  newStep(): void {
    this.#local.newStep?.();
    this.#shared.remote.newStep();
  }

  cancelWaits(reason: string): void {
    if (!this.#cancel.signal.aborted) this.#cancel.abort(new BrightlineError(ErrorCode.Cancelled, `stopped waiting for a lease: ${reason}`));
  }

  release(): Promise<void> {
    this.#released = true;
    this.cancelWaits('the plan has ended');
    const leases = [...this.#held.values()];
    this.#held.clear();
    return Promise.all(leases.map((lease) => this.#shared.release(lease))).then(() => undefined);
  }

  async #route<T>(device: string, verb: DeviceVerb, options: CommandOptions | undefined, run: (access: DeviceAccess) => Promise<T>): Promise<T> {
    if (!this.#shared.isShared(device)) return run(this.#local);
    if (needsLease(verb)) await this.#lease(device, options?.signal);
    return run(this.#shared.remote);
  }

  /** The plan's lease of `device`: taken on first use, then kept (and renewed) until the plan ends. */
  async #lease(device: string, signal: AbortSignal | undefined): Promise<HeldLease> {
    if (this.#released) throw new BrightlineError(ErrorCode.FailedPrecondition, `the plan has ended; it holds no lease on ${device}`);
    const held = this.#held.get(device);
    if (held?.lost) throw new LeaseLostError(device, `${held.lost.message}; the plan cannot use ${device} any more`);
    if (held) return held;
    let acquiring = this.#acquiring.get(device);
    if (!acquiring) {
      if (this.#cancel.signal.aborted) throw BrightlineError.from(this.#cancel.signal.reason);
      acquiring = this.#shared.acquire(device, this.#client, signal ? AbortSignal.any([signal, this.#cancel.signal]) : this.#cancel.signal);
      this.#acquiring.set(device, acquiring);
      void acquiring.then(
        (lease) => {
          if (this.#released) return void this.#shared.release(lease);
          this.#held.set(device, lease);
        },
        () => undefined,
      ).finally(() => this.#acquiring.delete(device));
    }
    try {
      return await acquiring;
    } catch (error) {
      throw error instanceof BrightlineError ? error : new BrightlineError(ErrorCode.Unavailable, `no lease on ${device}: ${describeError(error)}`, { cause: error });
    }
  }
}

/** `plan`, whose `run()` releases the plan's leases once it has ended (success, failure, abort or halt alike). */
export function releasingLeases(plan: RunningPlan, devices: PlanDevices): RunningPlan {
  return {
    run: () => plan.run().finally(() => devices.release()),
    pause: (deferred, reason) => plan.pause(deferred, reason),
    resume: () => plan.resume(),
    suspend: (suspension) => plan.suspend(suspension),
    interrupt: (kind, reason) => {
      devices.cancelWaits(reason);
      plan.interrupt(kind, reason);
    },
  };
}
