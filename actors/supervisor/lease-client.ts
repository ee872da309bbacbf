/**
 * Leases on shared devices for run engines and the CLI: acquire (waiting in the device's fair queue
 * or refused at once, naming the holder), a held lease that renews itself and tells its holder when
 * it is lost, release, break (facility operators) and list.
 */
import { randomUUID } from 'node:crypto';
import { brightline } from '../../gen/proto.js';
import { BrightlineError, ErrorCode, describeError } from '../../lib/errors.js';
import { silentLogger, type Logger } from '../../lib/log.js';
import { LeaseVerb, subjects, type Bus } from '../transport/mod.js';
import {
  LeaseHeldError, LeaseLostError, LeaseWaitTimeoutError, fromWireLease, holderName, timeOfDay, type LeaseRecord,
} from './lease-model.js';

const v1 = brightline.v1;

const DEFAULT_REQUEST_TIMEOUT_MS = 10_000;
const DEFAULT_WAIT_TIMEOUT_MS = 60_000;
/**
 * An acquire may queue behind a device being made safe (two commands of up to 30 s each) before
 * its own wait starts; the manager answers by then, so the transport waits that much longer.
 */
const ACQUIRE_MARGIN_MS = 75_000;
/** A held lease renews when a third of its ttl has passed: two renewals may fail before it expires. */
const RENEW_FRACTION = 1 / 3;

export interface LeaseClientOptions {
  bus: Bus;
  logger?: Logger;
  /** For renew, release, break and list. */
  requestTimeoutMs?: number;
  /** Milliseconds since the epoch. */
  now?: () => number;
}

export interface AcquireOptions {
  /** The beamline asking (BL02). */
  holder: string;
  /** Who inside it: `run-engine item <uid>`, `alice@host`. */
  client: string;
  /** How long the lease lives without a renewal; the manager's default (15 s) when absent. */
  ttlMs?: number;
  /** Wait in the device's FIFO queue (true) or be refused at once if it is held (false, default). */
  wait?: boolean;
  /** With `wait`: give up after this long (60 s by default). */
  waitTimeoutMs?: number;
  /** Withdraws the request (and releases a lease granted meanwhile). */
  signal?: AbortSignal;
  /** Renew automatically until released (default true). */
  autoRenew?: boolean;
}

export interface HeldLease {
  readonly device: string;
  readonly holder: string;
  readonly client: string;
  readonly token: string;
  /** The record as last granted or renewed. */
  readonly record: LeaseRecord;
  /** Why it was lost (expired, broken, not renewable); undefined while held or after a release. */
  readonly lost: LeaseLostError | undefined;
  readonly released: boolean;
  /** Called once if the lease is lost while held; returns an unsubscribe function. */
  onLost(listener: (error: LeaseLostError) => void): () => void;
  /** Stops renewing and frees the device. Idempotent; never throws (a lost lease is already free). */
  release(): Promise<void>;
}

export interface LeaseList {
  leases: LeaseRecord[];
  waiters: Array<{ device: string; holder: string; client: string; requestId: string; sinceS: number; givesUpAtS: number }>;
}

export interface ReleaseResult {
  released: boolean;
  cancelled: boolean;
  note: string;
}

export interface BreakResult {
  broken: LeaseRecord;
  madeSafe: boolean;
  safeNote: string;
}

export class LeaseClient {
  readonly #bus: Bus;
  readonly #logger: Logger;
  readonly #timeoutMs: number;
  readonly #now: () => number;

  constructor(options: LeaseClientOptions) {
    this.#bus = options.bus;
    this.#logger = options.logger ?? silentLogger;
    this.#timeoutMs = options.requestTimeoutMs ?? DEFAULT_REQUEST_TIMEOUT_MS;
    this.#now = options.now ?? Date.now;
  }

  /**
   * Acquires the lease on `device`.
   * @throws LeaseHeldError (someone holds it, named in the message), LeaseWaitTimeoutError (the
   *   wait ran out, the holder named), or a transport error (no lease manager running).
   */
  async acquire(device: string, options: AcquireOptions): Promise<HeldLease> {
    const requestId = randomUUID();
    const wait = options.wait ?? false;
    const waitTimeoutMs = options.waitTimeoutMs ?? DEFAULT_WAIT_TIMEOUT_MS;
    const request: brightline.v1.LeaseAcquireRequest.$Properties = {
      device,
      holder: options.holder,
      client: options.client,
      ttl_ms: options.ttlMs ?? 0,
      wait,
      wait_timeout_s: wait ? waitTimeoutMs / 1000 : 0,
      request_id: requestId,
    };
    let reply: brightline.v1.LeaseAcquireReply;
    try {
      reply = await this.#bus.request(subjects.lease(LeaseVerb.Acquire), v1.LeaseAcquireRequest, request, v1.LeaseAcquireReply, {
        timeoutMs: (wait ? waitTimeoutMs : 0) + ACQUIRE_MARGIN_MS,
        ...(options.signal ? { signal: options.signal } : {}),
      });
    } catch (error) {
      // Withdraw the wait, or free what was granted while the answer was lost.
      if (error instanceof BrightlineError && (error.code === ErrorCode.Cancelled || error.code === ErrorCode.DeadlineExceeded)) {
        void this.release(device, { requestId }).catch(() => undefined);
      }
      throw error;
    }
    const heldBy = reply.held_by ? fromWireLease(reply.held_by) : undefined;
    if (!reply.granted || !reply.lease) {
      if (reply.timed_out) throw new LeaseWaitTimeoutError(device, heldBy, `no lease on ${device} for ${options.holder}: ${reply.refusal}`);
      if (reply.cancelled) throw new BrightlineError(ErrorCode.Cancelled, `no lease on ${device} for ${options.holder}: ${reply.refusal}`, { retryable: true });
      throw new LeaseHeldError(device, heldBy, `no lease on ${device} for ${options.holder}: ${reply.refusal}`);
    }
    const lease = new RenewingLease(this, fromWireLease(reply.lease), this.#now, this.#logger);
    if (options.autoRenew ?? true) lease.startRenewing();
    return lease;
  }

  /** Extends a lease by its ttl (or `ttlMs`); throws LeaseLostError when `token` no longer holds it. */
  async renew(device: string, token: string, ttlMs = 0): Promise<LeaseRecord> {
    try {
      const reply = await this.#bus.request(subjects.lease(LeaseVerb.Renew), v1.LeaseRenewRequest, { device, token, ttl_ms: ttlMs }, v1.LeaseRenewReply, {
        timeoutMs: this.#timeoutMs,
      });
      return fromWireLease(reply.lease ?? {});
    } catch (error) {
      if (error instanceof BrightlineError && error.name === LeaseLostError.name) throw new LeaseLostError(device, error.message, { cause: error });
      throw error;
    }
  }

  /** Frees the lease with `token`, or withdraws (or frees the grant of) the acquire request `requestId`. */
  async release(device: string, by: { token?: string; requestId?: string }): Promise<ReleaseResult> {
    const reply = await this.#bus.request(
      subjects.lease(LeaseVerb.Release),
      v1.LeaseReleaseRequest,
      { device, token: by.token ?? '', request_id: by.requestId ?? '' },
      v1.LeaseReleaseReply,
      { timeoutMs: this.#timeoutMs + ACQUIRE_MARGIN_MS },
    );
    return { released: reply.released, cancelled: reply.cancelled, note: reply.note };
  }

  /** The facility operator's tool: frees the device after making it safe; `reason` is required and recorded. */
  async break(device: string, operator: string, reason: string): Promise<BreakResult> {
    const reply = await this.#bus.request(subjects.lease(LeaseVerb.Break), v1.LeaseBreakRequest, { device, operator, reason }, v1.LeaseBreakReply, {
      timeoutMs: this.#timeoutMs + ACQUIRE_MARGIN_MS,
    });
    return { broken: fromWireLease(reply.broken ?? {}), madeSafe: reply.made_safe, safeNote: reply.safe_note };
  }

  async list(device = ''): Promise<LeaseList> {
    const reply = await this.#bus.request(subjects.lease(LeaseVerb.List), v1.LeaseListRequest, { device }, v1.LeaseListReply, { timeoutMs: this.#timeoutMs });
    return {
      leases: reply.leases.map(fromWireLease),
      waiters: reply.waiters.map((w) => ({
        device: w.device ?? '',
        holder: w.holder ?? '',
        client: w.client ?? '',
        requestId: w.request_id ?? '',
        sinceS: w.since ?? 0,
        givesUpAtS: w.gives_up_at ?? 0,
      })),
    };
  }
}

class RenewingLease implements HeldLease {
  #record: LeaseRecord;
  #timer: NodeJS.Timeout | undefined;
  #lost: LeaseLostError | undefined;
  #released = false;
  #releasing: Promise<void> | undefined;
  readonly #listeners = new Set<(error: LeaseLostError) => void>();

  constructor(
    private readonly leases: LeaseClient,
    record: LeaseRecord,
    private readonly now: () => number,
    private readonly logger: Logger,
  ) {
    this.#record = record;
  }

  get device(): string {
    return this.#record.device;
  }

  get holder(): string {
    return this.#record.holder;
  }

  get token(): string {
    return this.#record.token;
  }

  get record(): LeaseRecord {
    return this.#record;
  }

  get lost(): LeaseLostError | undefined {
    return this.#lost;
  }

  get released(): boolean {
    return this.#released;
  }

  get client(): string {
    return this.#record.client;
  }

  onLost(listener: (error: LeaseLostError) => void): () => void {
    if (this.#lost) {
      listener(this.#lost);
      return () => undefined;
    }
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  startRenewing(): void {
    this.#schedule(this.#record.ttlMs * RENEW_FRACTION);
  }

  release(): Promise<void> {
    this.#releasing ??= (async () => {
      this.#released = true;
      clearTimeout(this.#timer);
      this.#listeners.clear();
      if (this.#lost) return;
      try {
        await this.leases.release(this.device, { token: this.token });
      } catch (error) {
        // It will expire at its ttl; the device host refuses the token from then on.
        this.logger.warn(`could not release the lease on ${this.device}: ${describeError(error)}; it expires at ${timeOfDay(this.#record.expiresAt)}`);
      }
    })();
    return this.#releasing;
  }

  #schedule(delayMs: number): void {
    if (this.#released || this.#lost) return;
    this.#timer = setTimeout(() => void this.#renew(), Math.max(10, delayMs));
    // A lease alone must not keep a process alive; the run or CLI command that holds it does.
    this.#timer.unref();
  }

  async #renew(): Promise<void> {
    if (this.#released || this.#lost) return;
    try {
      const renewed = await this.leases.renew(this.device, this.token);
      if (this.#released) return;
      this.#record = renewed;
      this.#schedule(renewed.ttlMs * RENEW_FRACTION);
    } catch (error) {
      if (this.#released) return;
      if (error instanceof LeaseLostError) return this.#lose(error);
      const leftMs = this.#record.expiresAt * 1000 - this.now();
      if (leftMs <= 0) {
        return this.#lose(
          new LeaseLostError(this.device, `the lease on ${this.device} of ${holderName(this.#record)} expired at ${timeOfDay(this.#record.expiresAt)}: renewals failed (${describeError(error)})`, { cause: error }),
        );
      }
      this.logger.warn(`renewing the lease on ${this.device} failed (${describeError(error)}); retrying, it expires in ${(leftMs / 1000).toFixed(1)} s`);
      this.#schedule(Math.min(leftMs / 2, this.#record.ttlMs * RENEW_FRACTION));
    }
  }

  #lose(error: LeaseLostError): void {
    this.#lost = error;
    clearTimeout(this.#timer);
    this.logger.error(error.message);
    const listeners = [...this.#listeners];
    this.#listeners.clear();
    for (const listener of listeners) {
      try {
        listener(error);
      } catch (thrown) {
        this.logger.warn(`a lease-lost listener threw: ${describeError(thrown)}`);
      }
    }
  }
}
