/**
 * The lease manager's core, against any KvBucket: grants, renewals, releases, breaks and expiries
 * of leases on shared devices, and a fair FIFO queue of waiting requests per device.
 *
 * Every write is a compare-and-set (create when the key is missing, update on the revision just
 * read), so even two books on one bucket could not grant a device twice: the loser's write fails
 * and it reads again. Within one book, everything touching a device runs one at a time.
 */
import { BrightlineError, ErrorCode, InvalidArgumentError, describeError } from '../../lib/errors.js';
import { silentLogger, type Logger } from '../../lib/log.js';
import { brightline } from '../../gen/proto.js';
import { KvKeyExistsError, KvRevisionMismatchError, subjects, type KvBucket, type KvWatch } from '../transport/mod.js';
import {
  DEFAULT_LEASE_LIMITS, LeaseLostError, LeaseState, NotLeasedError, checkDevice, describeLease, fromWireLease, holderName, parseAcquire,
  parseBreak, span, timeOfDay, toWireLease, type AcquireRequest, type LeaseLimits, type LeaseRecord,
} from './lease-model.js';

const v1 = brightline.v1;

/** What making a device safe did; never thrown, so a dead device host cannot keep a lease stuck. */
export interface SafeOutcome {
  ok: boolean;
  note: string;
}

export interface LeaseBookDeps {
  kv: KvBucket;
  /** Milliseconds since the epoch. */
  now(): number;
  newToken(): string;
  /** Stops the device and drives it to its safe state, sending `token` as its lease. */
  makeSafe(device: string, token: string): Promise<SafeOutcome>;
  logger?: Logger;
  limits?: Partial<LeaseLimits>;
  /** The devices that may be leased; any device name when undefined. */
  devices?: readonly string[];
  /** How long a `safing` record stands before it counts as abandoned (its manager died) and is redone. */
  safingTimeoutMs?: number;
}

export type AcquireOutcome =
  | { granted: true; lease: LeaseRecord; waitedS: number }
  | { granted: false; heldBy: LeaseRecord | undefined; refusal: string; timedOut: boolean; cancelled: boolean; waitedS: number };

export interface ReleaseOutcome {
  released: boolean;
  cancelled: boolean;
  note: string;
}

export interface BreakOutcome {
  broken: LeaseRecord;
  madeSafe: boolean;
  safeNote: string;
}

export interface WaiterInfo {
  device: string;
  holder: string;
  client: string;
  requestId: string;
  sinceS: number;
  givesUpAtS: number;
}

interface Waiter {
  readonly request: AcquireRequest;
  readonly sinceMs: number;
  readonly givesUpAtMs: number;
  timer: NodeJS.Timeout | undefined;
  settled: boolean;
  settle(outcome: AcquireOutcome): void;
}

interface Entry {
  lease: LeaseRecord;
  revision: number;
}

/** A compare-and-set lost to another writer: read again and decide again. */
const CONFLICT_RETRIES = 8;
const DEFAULT_SAFING_TIMEOUT_MS = 60_000;
const MAX_REMEMBERED = 1_000;

function isConflict(error: unknown): boolean {
  return error instanceof KvKeyExistsError || error instanceof KvRevisionMismatchError;
}

export class LeaseBook {
  readonly #kv: KvBucket;
  readonly #deps: LeaseBookDeps;
  readonly #logger: Logger;
  readonly #limits: LeaseLimits;
  readonly #known: ReadonlySet<string> | undefined;
  readonly #safingTimeoutMs: number;
  readonly #queues = new Map<string, Waiter[]>();
  readonly #locks = new Map<string, Promise<unknown>>();
  readonly #timers = new Map<string, NodeJS.Timeout>();
  /** The last value the watch delivered per device, for refusals that need no fresh read. */
  readonly #seen = new Map<string, LeaseRecord>();
  /** How recent leases ended, by token: a holder told its lease is lost also learns why. */
  readonly #ended = new Map<string, string>();
  #watch: KvWatch | undefined;
  #stopped = false;

  constructor(deps: LeaseBookDeps) {
    this.#deps = deps;
    this.#kv = deps.kv;
    this.#logger = deps.logger ?? silentLogger;
    this.#limits = { ...DEFAULT_LEASE_LIMITS, ...deps.limits };
    this.#known = deps.devices ? new Set(deps.devices) : undefined;
    this.#safingTimeoutMs = deps.safingTimeoutMs ?? DEFAULT_SAFING_TIMEOUT_MS;
  }

  /** Watches the bucket: leases that exist already (a restarted manager) are picked up and their expiry scheduled. */
  async start(): Promise<void> {
    this.#watch ??= await this.#kv.watch('>', v1.Lease, (key, value) => this.#onChange(key, value ? fromWireLease(value) : undefined));
  }

  /** Refuses every waiting request, clears the timers, stops watching. Leases stay in KV for the next manager. */
  async stop(): Promise<void> {
    this.#stopped = true;
    for (const timer of this.#timers.values()) clearTimeout(timer);
    this.#timers.clear();
    for (const [device, queue] of this.#queues) {
      for (const waiter of queue.splice(0)) {
        this.#settle(waiter, { granted: false, heldBy: this.#seen.get(device), refusal: `the lease manager is stopping; ask again`, timedOut: false, cancelled: true, waitedS: this.#waitedS(waiter) });
      }
    }
    await this.#watch?.stop();
    this.#watch = undefined;
  }

  async acquire(wire: brightline.v1.LeaseAcquireRequest.$Properties): Promise<AcquireOutcome> {
    const request = parseAcquire(wire, this.#limits, this.#known);
    const sinceMs = this.#deps.now();
    let waiting: Promise<AcquireOutcome> | undefined;
    const immediate = await this.#serial(request.device, async (): Promise<AcquireOutcome | undefined> => {
      const current = await this.#read(request.device);
      // The same request again (a client retrying after a lost reply) gets the lease it already has.
      if (request.requestId && current?.lease.state === LeaseState.Held && current.lease.requestId === request.requestId) {
        return { granted: true, lease: current.lease, waitedS: 0 };
      }
      // Fair: nobody overtakes the queue, not even when the device happens to be free right now.
      const queue = this.#queue(request.device);
      let heldBy = current?.lease;
      if (queue.length === 0) {
        const result = await this.#tryGrant(request, current);
        if ('lease' in result) return { granted: true, lease: result.lease, waitedS: 0 };
        heldBy = result.heldBy;
      }
      if (!request.wait) {
        const ahead = queue.length > 0 ? ` (and ${queue.length} request(s) are waiting for it)` : '';
        return { granted: false, heldBy, refusal: `${this.#holding(request.device, heldBy)}${ahead}`, timedOut: false, cancelled: false, waitedS: 0 };
      }
      waiting = this.#enqueue(request, sinceMs);
      return undefined;
    });
    if (immediate) return immediate;
    if (!waiting) throw new Error('acquire: neither granted nor queued');
    return waiting;
  }

  async renew(wire: brightline.v1.LeaseRenewRequest.$Properties): Promise<LeaseRecord> {
    const problems: string[] = [];
    const device = checkDevice(wire.device, this.#known, problems);
    const token = wire.token ?? '';
    if (token === '') problems.push('token is required');
    const ttlMs = wire.ttl_ms ?? 0;
    if (ttlMs !== 0 && (ttlMs < this.#limits.minTtlMs || ttlMs > this.#limits.maxTtlMs)) {
      problems.push(`ttl_ms must be within ${this.#limits.minTtlMs}..${this.#limits.maxTtlMs}, got ${ttlMs}`);
    }
    if (problems.length > 0) throw new InvalidArgumentError(`cannot renew the lease on '${device}': ${problems.join('; ')}`);
    return this.#serial(device, async () => {
      for (let attempt = 0; attempt < CONFLICT_RETRIES; attempt++) {
        const entry = await this.#read(device);
        const nowS = this.#nowS();
        if (!entry || entry.lease.state !== LeaseState.Held || entry.lease.token !== token) throw this.#lost(device, entry?.lease, nowS, token);
        if (entry.lease.expiresAt <= nowS) {
          await this.#expire(device, entry);
          await this.#grantNext(device);
          throw new LeaseLostError(device, `lease on ${device} of ${holderName(entry.lease)} expired at ${timeOfDay(entry.lease.expiresAt)}, before this renewal came; the device was made safe`);
        }
        const ttl = ttlMs || entry.lease.ttlMs;
        const renewed: LeaseRecord = { ...entry.lease, ttlMs: ttl, expiresAt: nowS + ttl / 1000, updatedAt: nowS };
        try {
          await this.#kv.update(device, v1.Lease, toWireLease(renewed), entry.revision);
          return renewed;
        } catch (error) {
          if (!isConflict(error)) throw error;
        }
      }
      throw new LeaseLostError(device, `lease on ${device}: the record kept changing under this renewal`);
    });
  }

  async release(wire: brightline.v1.LeaseReleaseRequest.$Properties): Promise<ReleaseOutcome> {
    const problems: string[] = [];
    const device = checkDevice(wire.device, this.#known, problems);
    const token = wire.token ?? '';
    const requestId = wire.request_id ?? '';
    if (token === '' && requestId === '') problems.push('token or request_id is required');
    if (problems.length > 0) throw new InvalidArgumentError(`cannot release the lease on '${device}': ${problems.join('; ')}`);
    return this.#serial(device, async () => {
      if (requestId) {
        const queue = this.#queue(device);
        const index = queue.findIndex((w) => w.request.requestId === requestId);
        const waiter = index >= 0 ? queue.splice(index, 1)[0] : undefined;
        if (waiter) {
          this.#settle(waiter, { granted: false, heldBy: this.#seen.get(device), refusal: 'the request was withdrawn', timedOut: false, cancelled: true, waitedS: this.#waitedS(waiter) });
          return { released: false, cancelled: true, note: 'withdrawn from the queue' };
        }
      }
      for (let attempt = 0; attempt < CONFLICT_RETRIES; attempt++) {
        const entry = await this.#read(device);
        const lease = entry?.lease;
        const mine = lease?.state === LeaseState.Held && ((token !== '' && lease.token === token) || (requestId !== '' && lease.requestId === requestId));
        if (!entry || !lease || !mine) {
          return { released: false, cancelled: false, note: this.#lost(device, lease, this.#nowS(), token).message };
        }
        const nowS = this.#nowS();
        const note = `released by ${holderName(lease)} at ${timeOfDay(nowS)}`;
        try {
          await this.#kv.update(device, v1.Lease, toWireLease(this.#free(device, note, nowS)), entry.revision);
        } catch (error) {
          if (isConflict(error)) continue;
          throw error;
        }
        this.#logger.info(`${device}: ${note}`);
        this.#remember(lease.token, note);
        await this.#grantNext(device);
        return { released: true, cancelled: false, note };
      }
      throw new LeaseLostError(device, `lease on ${device}: the record kept changing under this release`);
    });
  }

  async break(wire: brightline.v1.LeaseBreakRequest.$Properties): Promise<BreakOutcome> {
    const request = parseBreak(wire, this.#known);
    const { device } = request;
    return this.#serial(device, async () => {
      for (let attempt = 0; attempt < CONFLICT_RETRIES; attempt++) {
        const entry = await this.#read(device);
        const nowS = this.#nowS();
        if (!entry || entry.lease.state === LeaseState.Free) {
          throw new NotLeasedError(device, `${device} is not leased, there is nothing to break${entry?.lease.note ? ` (last: ${entry.lease.note})` : ''}`);
        }
        if (entry.lease.state === LeaseState.Safing && !this.#abandoned(entry.lease, nowS)) {
          throw new NotLeasedError(device, `${device} is ${describeLease(entry.lease, nowS)}; it is free once that is done`);
        }
        const was = entry.lease.state === LeaseState.Held ? `${holderName(entry.lease)}'s lease` : 'the lease';
        const note = `${was} broken by ${request.operator} at ${timeOfDay(nowS)}: ${request.reason}`;
        this.#logger.warn(`${device}: ${note}`);
        const freed = await this.#makeSafeAndFree(device, entry, note);
        if (!freed) continue;
        await this.#grantNext(device);
        return { broken: entry.lease, madeSafe: freed.safe.ok, safeNote: freed.safe.note };
      }
      throw new NotLeasedError(device, `${device}: the record kept changing under this break; try again`);
    });
  }

  async list(device?: string): Promise<{ leases: LeaseRecord[]; waiters: WaiterInfo[] }> {
    const problems: string[] = [];
    const wanted = device ? [checkDevice(device, this.#known, problems)] : (await this.#kv.keys()).sort();
    if (problems.length > 0) throw new InvalidArgumentError(`cannot list leases: ${problems.join('; ')}`);
    const leases: LeaseRecord[] = [];
    for (const name of wanted) {
      const entry = await this.#read(name);
      if (entry) leases.push(entry.lease);
    }
    const waiters = [...this.#queues.entries()]
      .filter(([name]) => !device || name === device)
      .sort(([a], [b]) => a.localeCompare(b))
      .flatMap(([name, queue]) =>
        queue.map((w) => ({
          device: name,
          holder: w.request.holder,
          client: w.request.client,
          requestId: w.request.requestId,
          sinceS: w.sinceMs / 1000,
          givesUpAtS: w.givesUpAtMs / 1000,
        })),
      );
    return { leases, waiters };
  }

  // --- grants -----------------------------------------------------------------------------------

  /** Grants `request` if the device is free (or its lease has expired, after making it safe). */
  async #tryGrant(request: AcquireRequest, current: Entry | undefined): Promise<{ lease: LeaseRecord } | { heldBy: LeaseRecord | undefined }> {
    const { device } = request;
    let entry = current;
    for (let attempt = 0; attempt < CONFLICT_RETRIES; attempt++) {
      if (attempt > 0) entry = await this.#read(device);
      const nowS = this.#nowS();
      let revision = entry?.revision;
      if (entry && entry.lease.state !== LeaseState.Free) {
        const expired = entry.lease.state === LeaseState.Held && entry.lease.expiresAt <= nowS;
        if (!expired && !this.#abandoned(entry.lease, nowS)) return { heldBy: entry.lease };
        const freed = await this.#expire(device, entry);
        if (!freed) continue;
        revision = freed.revision;
      }
      const granted = this.#grantFor(request, this.#nowS());
      try {
        if (revision === undefined) await this.#kv.create(device, v1.Lease, toWireLease(granted));
        else await this.#kv.update(device, v1.Lease, toWireLease(granted), revision);
      } catch (error) {
        if (isConflict(error)) continue;
        throw error;
      }
      this.#logger.info(`${device}: leased to ${holderName(granted)} for ${span(granted.ttlMs / 1000)} (renewable)`);
      return { lease: granted };
    }
    return { heldBy: (await this.#read(device))?.lease };
  }

  #grantFor(request: AcquireRequest, nowS: number): LeaseRecord {
    return {
      device: request.device,
      holder: request.holder,
      client: request.client,
      token: this.#deps.newToken(),
      acquiredAt: nowS,
      expiresAt: nowS + request.ttlMs / 1000,
      ttlMs: request.ttlMs,
      state: LeaseState.Held,
      requestId: request.requestId,
      note: '',
      updatedAt: nowS,
    };
  }

  /** Grants the device to the first waiter, if it is free; called with the device's lock held. */
  async #grantNext(device: string): Promise<void> {
    const queue = this.#queue(device);
    while (queue.length > 0 && !this.#stopped) {
      const waiter = queue[0];
      if (!waiter) return;
      const result = await this.#tryGrant(waiter.request, undefined);
      if (!('lease' in result)) return; // someone else has it; the watch brings us back when it is free
      queue.shift();
      if (!waiter.settled) {
        this.#settle(waiter, { granted: true, lease: result.lease, waitedS: this.#waitedS(waiter) });
        return;
      }
      // It gave up while its grant was being written: hand the device straight back.
      await this.#releaseUnclaimed(device, result.lease);
    }
  }

  async #releaseUnclaimed(device: string, lease: LeaseRecord): Promise<void> {
    const entry = await this.#read(device);
    if (!entry || entry.lease.token !== lease.token) return;
    const nowS = this.#nowS();
    await this.#kv
      .update(device, v1.Lease, toWireLease(this.#free(device, `${holderName(lease)} stopped waiting before its grant arrived`, nowS)), entry.revision)
      .catch((error: unknown) => this.#logger.warn(`${device}: could not free an unclaimed grant: ${describeError(error)}`));
  }

  #enqueue(request: AcquireRequest, sinceMs: number): Promise<AcquireOutcome> {
    const queue = this.#queue(request.device);
    return new Promise<AcquireOutcome>((resolve) => {
      const waiter: Waiter = {
        request,
        sinceMs,
        givesUpAtMs: sinceMs + request.waitTimeoutS * 1000,
        timer: undefined,
        settled: false,
        settle: resolve,
      };
      waiter.timer = setTimeout(() => this.#giveUp(waiter), Math.max(0, waiter.givesUpAtMs - this.#deps.now()));
      queue.push(waiter);
      this.#logger.info(`${request.device}: ${request.holder}${request.client ? ` (${request.client})` : ''} waits, ${queue.length} in the queue`);
    });
  }

  /** A waiter's timeout: out of the queue at once (not behind the device's lock), refused naming the holder. */
  #giveUp(waiter: Waiter): void {
    const queue = this.#queue(waiter.request.device);
    const index = queue.indexOf(waiter);
    if (index >= 0) queue.splice(index, 1);
    const heldBy = this.#seen.get(waiter.request.device);
    const waited = span(this.#waitedS(waiter));
    this.#settle(waiter, {
      granted: false,
      heldBy,
      refusal: `gave up after waiting ${waited}: ${this.#holding(waiter.request.device, heldBy)}`,
      timedOut: true,
      cancelled: false,
      waitedS: this.#waitedS(waiter),
    });
  }

  #settle(waiter: Waiter, outcome: AcquireOutcome): void {
    if (waiter.settled) return;
    waiter.settled = true;
    clearTimeout(waiter.timer);
    waiter.settle(outcome);
  }

  // --- expiry and making safe ---------------------------------------------------------------------

  #onChange(device: string, lease: LeaseRecord | undefined): void {
    if (this.#stopped) return;
    clearTimeout(this.#timers.get(device));
    this.#timers.delete(device);
    if (lease) this.#seen.set(device, lease);
    else this.#seen.delete(device);
    if (!lease || lease.state === LeaseState.Free) {
      // Freed elsewhere (another manager, or a delete by hand): the queue may go on.
      if (this.#queue(device).length > 0) void this.#serial(device, () => this.#grantNext(device)).catch((error: unknown) => this.#logger.error(`${device}: ${describeError(error)}`));
      return;
    }
    const dueMs = lease.expiresAt * 1000 - this.#deps.now();
    const timer = setTimeout(() => {
      this.#timers.delete(device);
      void this.#serial(device, () => this.#sweep(device)).catch((error: unknown) => this.#logger.error(`${device}: expiry failed: ${describeError(error)}`));
    }, Math.max(0, dueMs));
    this.#timers.set(device, timer);
  }

  /** A lease past its expiry (or an abandoned `safing`) is made safe and freed, and the queue goes on. */
  async #sweep(device: string): Promise<void> {
    if (this.#stopped) return;
    const entry = await this.#read(device);
    if (!entry || entry.lease.state === LeaseState.Free) return this.#grantNext(device);
    const nowS = this.#nowS();
    const due = entry.lease.state === LeaseState.Held ? entry.lease.expiresAt <= nowS : this.#abandoned(entry.lease, nowS);
    if (!due) {
      this.#onChange(device, entry.lease); // renewed meanwhile: schedule the new expiry
      return;
    }
    await this.#expire(device, entry);
    await this.#grantNext(device);
  }

  #expire(device: string, entry: Entry): Promise<{ revision: number; safe: SafeOutcome } | undefined> {
    const lease = entry.lease;
    const note =
      lease.state === LeaseState.Held
        ? `${holderName(lease)} stopped renewing; its lease expired at ${timeOfDay(lease.expiresAt)}`
        : `making it safe was left unfinished (${lease.note})`;
    this.#logger.warn(`${device}: ${note}; making it safe`);
    return this.#makeSafeAndFree(device, entry, note);
  }

  /**
   * Takes the device for the manager (`safing`, with a token of its own so the device host lets
   * its safe-state command through), makes it safe, and frees it. Undefined if another writer
   * changed the record first.
   */
  async #makeSafeAndFree(device: string, entry: Entry, note: string): Promise<{ revision: number; safe: SafeOutcome } | undefined> {
    const nowS = this.#nowS();
    const token = this.#deps.newToken();
    const safing: LeaseRecord = {
      ...entry.lease,
      holder: '',
      client: '',
      token,
      state: LeaseState.Safing,
      note,
      updatedAt: nowS,
      expiresAt: nowS + this.#safingTimeoutMs / 1000,
    };
    let revision: number;
    try {
      revision = await this.#kv.update(device, v1.Lease, toWireLease(safing), entry.revision);
    } catch (error) {
      if (isConflict(error)) return undefined;
      throw error;
    }
    if (entry.lease.state === LeaseState.Held) this.#remember(entry.lease.token, note);
    const safe = await this.#deps.makeSafe(device, token).catch((error: unknown): SafeOutcome => ({ ok: false, note: describeError(error) }));
    if (safe.ok) this.#logger.info(`${device}: made safe (${safe.note})`);
    else this.#logger.error(`${device}: could not make it safe: ${safe.note}`);
    const free = this.#free(device, `${note}; ${safe.ok ? `made safe: ${safe.note}` : `could not make it safe: ${safe.note}`}`, this.#nowS());
    try {
      return { revision: await this.#kv.update(device, v1.Lease, toWireLease(free), revision), safe };
    } catch (error) {
      if (isConflict(error)) return undefined;
      throw error;
    }
  }

  #abandoned(lease: LeaseRecord, nowS: number): boolean {
    return lease.state === LeaseState.Safing && lease.expiresAt <= nowS;
  }

  // --- helpers ------------------------------------------------------------------------------------

  #free(device: string, note: string, nowS: number): LeaseRecord {
    return { device, holder: '', client: '', token: '', acquiredAt: 0, expiresAt: 0, ttlMs: 0, state: LeaseState.Free, requestId: '', note, updatedAt: nowS };
  }

  #holding(device: string, heldBy: LeaseRecord | undefined): string {
    if (!heldBy || heldBy.state === LeaseState.Free) return `${device} was taken by another request first`;
    return `${device} is ${describeLease(heldBy, this.#nowS())}`;
  }

  #remember(token: string, note: string): void {
    this.#ended.set(token, note);
    for (const old of this.#ended.keys()) {
      if (this.#ended.size <= MAX_REMEMBERED) break;
      this.#ended.delete(old);
    }
  }

  #lost(device: string, lease: LeaseRecord | undefined, nowS: number, token: string): LeaseLostError {
    const ended = this.#ended.get(token);
    if (ended) {
      const now = lease && lease.state !== LeaseState.Free ? `; ${device} is now ${describeLease(lease, nowS)}` : '';
      return new LeaseLostError(device, `the lease on ${device} is no longer held: ${ended}${now}`);
    }
    if (!lease) return new LeaseLostError(device, `there is no lease on ${device}`);
    if (lease.state === LeaseState.Free) return new LeaseLostError(device, `the lease on ${device} is no longer held: ${lease.note || 'it is free'}`);
    return new LeaseLostError(device, `the lease on ${device} is no longer held by this token: ${device} is ${describeLease(lease, nowS)}`);
  }

  async #read(device: string): Promise<Entry | undefined> {
    const found = await this.#kv.get(subjects.leaseKey(device), v1.Lease);
    return found ? { lease: { ...fromWireLease(found.value), device }, revision: found.revision } : undefined;
  }

  #queue(device: string): Waiter[] {
    let queue = this.#queues.get(device);
    if (!queue) {
      queue = [];
      this.#queues.set(device, queue);
    }
    return queue;
  }

  #waitedS(waiter: Waiter): number {
    return (this.#deps.now() - waiter.sinceMs) / 1000;
  }

  #nowS(): number {
    return this.#deps.now() / 1000;
  }

  /** Runs `step` after every earlier step on the same device. */
  #serial<T>(device: string, step: () => Promise<T>): Promise<T> {
    if (this.#stopped) return Promise.reject(new BrightlineError(ErrorCode.Unavailable, 'the lease manager is stopping; ask again', { retryable: true }));
    const previous = this.#locks.get(device) ?? Promise.resolve();
    const run = previous.then(step, step);
    const tail = run.catch(() => undefined);
    this.#locks.set(device, tail);
    void tail.then(() => {
      if (this.#locks.get(device) === tail) this.#locks.delete(device);
    });
    return run;
  }
}
