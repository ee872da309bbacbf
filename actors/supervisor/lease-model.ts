/**
 * Leases on shared devices, as data: the record kept in KV bucket BL_LEASES, what makes one valid,
 * how a refusal names its holder, the request checks, and the typed errors every party (manager,
 * client, device host guard) raises. No I/O here.
 */
import { brightline } from '../../gen/proto.js';
import { BrightlineError, ErrorCode, InvalidArgumentError } from '../../lib/errors.js';
import { isSubjectToken } from '../../lib/ids.js';
import { DeviceVerb } from '../transport/subjects.js';

/** The beamline id of the device host serving the shared devices (deploy/facility.yaml). */
export const FACILITY_BEAMLINE = 'FAC';

export const LeaseState = {
  Held: 'held',
  Free: 'free',
  /** The manager holds it while it stops the device and drives it to its safe state. */
  Safing: 'safing',
} as const;
export type LeaseState = (typeof LeaseState)[keyof typeof LeaseState];

/** A lease record with every field present; times in seconds since the epoch, as on the wire. */
export interface LeaseRecord {
  device: string;
  holder: string;
  client: string;
  token: string;
  acquiredAt: number;
  expiresAt: number;
  ttlMs: number;
  state: LeaseState;
  requestId: string;
  note: string;
  updatedAt: number;
}

export function fromWireLease(wire: brightline.v1.Lease.$Properties): LeaseRecord {
  const state = wire.state === LeaseState.Held || wire.state === LeaseState.Safing ? wire.state : LeaseState.Free;
  return {
    device: wire.device ?? '',
    holder: wire.holder ?? '',
    client: wire.client ?? '',
    token: wire.token ?? '',
    acquiredAt: wire.acquired_at ?? 0,
    expiresAt: wire.expires_at ?? 0,
    ttlMs: wire.ttl_ms ?? 0,
    state,
    requestId: wire.request_id ?? '',
    note: wire.note ?? '',
    updatedAt: wire.updated_at ?? 0,
  };
}

export function toWireLease(lease: LeaseRecord): brightline.v1.Lease.$Properties {
  return {
    device: lease.device,
    holder: lease.holder,
    client: lease.client,
    token: lease.token,
    acquired_at: lease.acquiredAt,
    expires_at: lease.expiresAt,
    ttl_ms: lease.ttlMs,
    state: lease.state,
    request_id: lease.requestId,
    note: lease.note,
    updated_at: lease.updatedAt,
  };
}

/**
 * Verbs that change a device, and so need the lease: the run engine takes the lease before sending
 * one, the device host's guard refuses one without it. Everything else is open to every beamline:
 * describe, read, read_configuration, describe_configuration, locate and collect only look; and
 * stop is a safety command, which anyone must be able to send to a device that moves.
 */
const NEEDS_LEASE: ReadonlySet<string> = new Set<DeviceVerb>([
  DeviceVerb.Set,
  DeviceVerb.Trigger,
  DeviceVerb.Stage,
  DeviceVerb.Unstage,
  DeviceVerb.Configure,
  DeviceVerb.Kickoff,
  DeviceVerb.Complete,
]);

export function needsLease(verb: string): boolean {
  return NEEDS_LEASE.has(verb);
}

/** Held and not yet past its expiry. A lease past expires_at is lost even before the manager notices. */
export function isLive(lease: LeaseRecord | undefined, nowS: number): boolean {
  return lease !== undefined && lease.state === LeaseState.Held && lease.expiresAt > nowS;
}

/** Whether `token` is the current, live lease of the device. */
export function holdsWith(lease: LeaseRecord | undefined, token: string, nowS: number): boolean {
  return token !== '' && lease !== undefined && isLive(lease, nowS) && lease.token === token;
}

/** `12:03:04Z`: leases live seconds to minutes; the date would be noise. */
export function timeOfDay(seconds: number): string {
  return `${new Date(seconds * 1000).toISOString().slice(11, 19)}Z`;
}

/** `3.2 s`, `4 min 10 s`; negative spans read as `0 s`. */
export function span(seconds: number): string {
  const s = Math.max(0, seconds);
  if (s < 60) return `${s < 10 ? s.toFixed(1) : Math.round(s)} s`;
  const minutes = Math.floor(s / 60);
  if (minutes < 60) return `${minutes} min ${Math.round(s - minutes * 60)} s`;
  return `${Math.floor(minutes / 60)} h ${minutes % 60} min`;
}

/** `BL02 (run-engine item 3f2c…)`: the beamline, and who inside it. */
export function holderName(lease: LeaseRecord): string {
  return lease.client ? `${lease.holder} (${lease.client})` : lease.holder;
}

/** One sentence on who has the device: `leased to BL02 (alice@host) since 12:00:01Z until 12:00:31Z (in 28 s)`. */
export function describeLease(lease: LeaseRecord, nowS: number): string {
  if (lease.state === LeaseState.Safing) return `being made safe by the lease manager (${lease.note})`;
  if (lease.state === LeaseState.Free) return 'free';
  const until = lease.expiresAt > nowS ? `until ${timeOfDay(lease.expiresAt)} (in ${span(lease.expiresAt - nowS)})` : `expired at ${timeOfDay(lease.expiresAt)}`;
  return `leased to ${holderName(lease)} since ${timeOfDay(lease.acquiredAt)} ${until}`;
}

/** A request refused because someone else holds the device (or the manager is making it safe). */
export class LeaseHeldError extends BrightlineError {
  constructor(
    readonly device: string,
    readonly heldBy: LeaseRecord | undefined,
    message: string,
  ) {
    super(ErrorCode.FailedPrecondition, message, { retryable: true });
  }

  static describe(device: string, heldBy: LeaseRecord, nowS: number): string {
    return `${device} is ${describeLease(heldBy, nowS)}`;
  }
}

/** A waiting request gave up: the holder kept the device for the whole wait. */
export class LeaseWaitTimeoutError extends BrightlineError {
  constructor(
    readonly device: string,
    readonly heldBy: LeaseRecord | undefined,
    message: string,
  ) {
    super(ErrorCode.DeadlineExceeded, message, { retryable: true });
  }
}

/** The token no longer holds the device: it expired (the holder stopped renewing), was broken, or released. */
export class LeaseLostError extends BrightlineError {
  constructor(
    readonly device: string,
    message: string,
    options?: ErrorOptions,
  ) {
    super(ErrorCode.Aborted, message, options);
  }
}

/** A mutating command to a shared device without the current lease token (raised by the device host). */
export class LeaseRequiredError extends BrightlineError {
  constructor(message: string) {
    super(ErrorCode.FailedPrecondition, message);
  }
}

/** A break or a renewal of a device that nobody holds. */
export class NotLeasedError extends BrightlineError {
  constructor(readonly device: string, message: string) {
    super(ErrorCode.FailedPrecondition, message);
  }
}

/** The lease manager's limits on what a request may ask for. */
export interface LeaseLimits {
  defaultTtlMs: number;
  minTtlMs: number;
  maxTtlMs: number;
  defaultWaitTimeoutS: number;
  maxWaitTimeoutS: number;
}

export const DEFAULT_LEASE_LIMITS: LeaseLimits = {
  defaultTtlMs: 15_000,
  minTtlMs: 100,
  maxTtlMs: 3_600_000,
  defaultWaitTimeoutS: 60,
  maxWaitTimeoutS: 24 * 3600,
};

export interface AcquireRequest {
  device: string;
  holder: string;
  client: string;
  ttlMs: number;
  wait: boolean;
  waitTimeoutS: number;
  requestId: string;
}

/** Checks a device name against the leasable devices (all when `known` is undefined). */
export function checkDevice(device: string | null | undefined, known: ReadonlySet<string> | undefined, problems: string[]): string {
  const name = device ?? '';
  if (!isSubjectToken(name)) problems.push(`device must be a device name, got '${name}'`);
  else if (known && !known.has(name)) problems.push(`'${name}' is not a shared device (shared devices: ${[...known].sort().join(', ') || 'none'})`);
  return name;
}

function fail(what: string, problems: string[]): void {
  if (problems.length > 0) throw new InvalidArgumentError(`${what}: ${problems.join('; ')}`);
}

/** Validates an acquire request and fills in the manager's defaults; throws InvalidArgumentError naming every problem. */
export function parseAcquire(wire: brightline.v1.LeaseAcquireRequest.$Properties, limits: LeaseLimits, known?: ReadonlySet<string>): AcquireRequest {
  const problems: string[] = [];
  const device = checkDevice(wire.device, known, problems);
  const holder = wire.holder ?? '';
  if (!isSubjectToken(holder)) problems.push(`holder must be a beamline id such as BL02, got '${holder}'`);
  const ttlMs = wire.ttl_ms || limits.defaultTtlMs;
  if (ttlMs < limits.minTtlMs || ttlMs > limits.maxTtlMs) problems.push(`ttl_ms must be within ${limits.minTtlMs}..${limits.maxTtlMs}, got ${ttlMs}`);
  const waitTimeoutS = wire.wait_timeout_s || limits.defaultWaitTimeoutS;
  if (!Number.isFinite(waitTimeoutS) || waitTimeoutS < 0 || waitTimeoutS > limits.maxWaitTimeoutS) {
    problems.push(`wait_timeout_s must be within 0..${limits.maxWaitTimeoutS}, got ${waitTimeoutS}`);
  }
  const client = wire.client ?? '';
  if (client.length > 200) problems.push('client must be at most 200 characters');
  fail(`cannot acquire a lease on '${device}'`, problems);
  return { device, holder, client, ttlMs, wait: wire.wait ?? false, waitTimeoutS, requestId: wire.request_id ?? '' };
}

export interface BreakRequest {
  device: string;
  operator: string;
  reason: string;
}

export function parseBreak(wire: brightline.v1.LeaseBreakRequest.$Properties, known?: ReadonlySet<string>): BreakRequest {
  const problems: string[] = [];
  const device = checkDevice(wire.device, known, problems);
  const operator = (wire.operator ?? '').trim();
  const reason = (wire.reason ?? '').trim();
  if (operator === '') problems.push('operator is required (who breaks it)');
  if (reason === '') problems.push('reason is required (it is recorded in the log and in the lease record)');
  fail(`cannot break the lease on '${device}'`, problems);
  return { device, operator, reason };
}
