/**
 * The device host's side of leases on shared devices: a mutating command to a shared device goes
 * through only with the current lease token in its `Bl-Lease-Token` header, checked against
 * BL_LEASES at each command; the host also watches BL_LEASES, so that a refusal without a token
 * names the holder at once, and a command still goes by the last known lease if KV cannot answer.
 */
import { brightline } from '../../gen/proto.js';
import { describeError } from '../../lib/errors.js';
import { silentLogger, type Logger } from '../../lib/log.js';
import { LEASE_BUCKET, LEASE_TOKEN_HEADER, subjects, type Bus, type KvBucket, type KvWatch, type RequestHeaders } from '../transport/mod.js';
import { LeaseRequiredError, LeaseState, describeLease, fromWireLease, isLive, needsLease, type LeaseRecord } from '../supervisor/lease-model.js';

const v1 = brightline.v1;

export { needsLease };

export interface LeaseGuardOptions {
  bus: Bus;
  /** The shared devices of this host; commands to the others are never checked. */
  shared: readonly string[];
  logger?: Logger;
  /** Seconds since the epoch. */
  now?: () => number;
}

export interface LeaseGuard {
  /**
   * Resolves when `verb` may be sent to `device` with `token`; else throws LeaseRequiredError
   * naming who holds the device and until when.
   */
  authorize(device: string, verb: string, token: string | undefined): Promise<void>;
  /** `authorize` with the token from the command's `Bl-Lease-Token` header (a CommandAuthorizer). */
  readonly check: (device: string, verb: string, headers: RequestHeaders) => Promise<void>;
  stop(): Promise<void>;
}

/** The guard of a host's devices marked `shared: true`; undefined when it has none. */
export async function guardSharedDevices(options: Omit<LeaseGuardOptions, 'shared'> & { devices: ReadonlyArray<{ name: string; shared?: boolean }> }): Promise<LeaseGuard | undefined> {
  const shared = options.devices.filter((d) => d.shared).map((d) => d.name);
  if (shared.length === 0) return undefined;
  return startLeaseGuard({ ...options, shared });
}

interface Known {
  lease: LeaseRecord | undefined;
  revision: number;
}

/** Watches the leases of `shared` devices; resolves once the current ones are known. */
export async function startLeaseGuard(options: LeaseGuardOptions): Promise<LeaseGuard> {
  const logger = options.logger ?? silentLogger;
  const now = options.now ?? ((): number => Date.now() / 1000);
  const shared = new Set(options.shared);
  const known = new Map<string, Known>();
  const kv: KvBucket = await options.bus.kv(LEASE_BUCKET, { history: 10 });
  const learn = (device: string, lease: LeaseRecord | undefined, revision: number): void => {
    const previous = known.get(device);
    if (!previous || revision > previous.revision) known.set(device, { lease, revision });
  };
  const watch: KvWatch = await kv.watch('>', v1.Lease, (key, value, revision) => {
    if (shared.has(key)) learn(key, value ? fromWireLease(value) : undefined, revision);
  });

  const accepts = (device: string, token: string): boolean => {
    const lease = known.get(device)?.lease;
    if (!lease || lease.token !== token) return false;
    // The lease manager, making the device safe, holds it with a token of its own.
    return lease.state === LeaseState.Safing || isLive(lease, now());
  };

  const authorize = async (device: string, verb: string, token: string | undefined): Promise<void> => {
    if (!shared.has(device) || !needsLease(verb)) return;
    if (token) {
      // Asked of KV every time, not only the watch: the watch may not have heard yet of a lease
      // just released or broken (and granted to another beamline), and a token it still takes
      // would let two beamlines drive the device at once. A grant newer than the watch is found
      // the same way. One KV read per mutating command, on shared devices only.
      try {
        const fresh = await kv.get(subjects.leaseKey(device), v1.Lease);
        if (fresh) learn(device, fromWireLease(fresh.value), fresh.revision);
        // No record (deleted or purged): no lease, whatever the watch last said.
        else known.set(device, { lease: undefined, revision: known.get(device)?.revision ?? 0 });
      } catch (error) {
        logger.warn(`could not read the lease of ${device}: ${describeError(error)}`);
      }
      if (accepts(device, token)) return;
    }
    throw new LeaseRequiredError(refusal(device, verb, known.get(device)?.lease, token, now()));
  };
  return {
    authorize,
    check: (device, verb, headers) => authorize(device, verb, headers.get(LEASE_TOKEN_HEADER)),
    stop: () => watch.stop(),
  };
}

/** `mono is a shared device leased to BL02 (run-engine item …) since … until …; acquire a lease first`. */
export function refusal(device: string, verb: string, lease: LeaseRecord | undefined, token: string | undefined, nowS: number): string {
  const how = `brightline lease acquire ${device} --beamline <yours>`;
  if (lease?.state === LeaseState.Safing) return `${device} is a shared device ${describeLease(lease, nowS)}; try again once it is done`;
  if (lease && isLive(lease, nowS)) {
    const what = token ? 'the lease token sent is not the current one (expired, released or broken)' : 'acquire a lease first';
    return `${device} is a shared device ${describeLease(lease, nowS)}; ${what} ('${verb}' refused)`;
  }
  const why = token ? 'the lease token sent is no longer valid' : 'none held';
  const last = lease?.note ? ` (last: ${lease.note})` : '';
  return `${device} is a shared device and '${verb}' needs a lease; ${why}${last}; acquire one with '${how}'`;
}
