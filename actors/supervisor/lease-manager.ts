/**
 * The lease manager: serves `bl.v1.lease.<verb>` (acquire, renew, release, break, list) over the
 * bus, keeps the leases in KV bucket BL_LEASES, and makes a device safe when its lease expires or
 * is broken: `stop` to the facility device host, then its safe state (fe_shutter → closed).
 * It runs inside the supervisor process; the rules live in lease-book.ts.
 */
import { randomUUID } from 'node:crypto';
import { brightline } from '../../gen/proto.js';
import { describeError } from '../../lib/errors.js';
import { beamlineId } from '../../lib/ids.js';
import { silentLogger, type Logger } from '../../lib/log.js';
import { toWireValue, type PlainValue } from '../../lib/values.js';
import { DeviceVerb, LEASE_BUCKET, LEASE_TOKEN_HEADER, LeaseVerb, subjects, type Bus, type BusService } from '../transport/mod.js';
import { LeaseBook, type AcquireOutcome, type SafeOutcome } from './lease-book.js';
import { FACILITY_BEAMLINE, toWireLease, type LeaseLimits } from './lease-model.js';

const v1 = brightline.v1;

const DEFAULT_SAFE_COMMAND_TIMEOUT_MS = 30_000;

export interface LeaseManagerOptions {
  bus: Bus;
  logger?: Logger;
  /** Milliseconds since the epoch. */
  now?: () => number;
  /** Per device, the value it is set to after an expiry or a break (after `stop`), e.g. `{ fe_shutter: 'closed' }`. */
  safeStates?: Readonly<Record<string, PlainValue>>;
  /** The devices that may be leased (the facility's shared devices); any device name when undefined. */
  devices?: readonly string[];
  /** The device host serving the shared devices: `FAC` by default. */
  facility?: string;
  /** Default and bounds of ttl and wait time (lease-model.ts DEFAULT_LEASE_LIMITS). */
  limits?: Partial<LeaseLimits>;
  /** Timeout of each command that makes a device safe (stop, then set). */
  safeCommandTimeoutMs?: number;
  /** JetStream replicas of BL_LEASES when this call creates it. */
  replicas?: number;
}

export interface LeaseManager {
  /** Stops serving; waiting requests are refused, leases stay in KV for the next manager. */
  stop(): Promise<void>;
}

export async function startLeaseManager(options: LeaseManagerOptions): Promise<LeaseManager> {
  const { bus } = options;
  const logger = options.logger ?? silentLogger;
  const facility = beamlineId(options.facility ?? FACILITY_BEAMLINE);
  const safeStates = options.safeStates ?? {};
  const commandTimeoutMs = options.safeCommandTimeoutMs ?? DEFAULT_SAFE_COMMAND_TIMEOUT_MS;
  const kv = await bus.kv(LEASE_BUCKET, { history: 10, ...(options.replicas ? { replicas: options.replicas } : {}) });

  const makeSafe = async (device: string, token: string): Promise<SafeOutcome> => {
    const done: string[] = [];
    const failed: string[] = [];
    // Stop is open to anyone at the device host; it needs no token.
    try {
      await bus.request(subjects.deviceCommand(facility, device, DeviceVerb.Stop), v1.StopRequest, { success: false }, v1.CommandReply, { timeoutMs: commandTimeoutMs });
      done.push('stopped');
    } catch (error) {
      failed.push(`stop failed: ${describeError(error)}`);
    }
    const safe = safeStates[device];
    if (safe !== undefined) {
      try {
        await bus.request(
          subjects.deviceCommand(facility, device, DeviceVerb.Set),
          v1.SetRequest,
          { value: toWireValue(safe), timeout_s: commandTimeoutMs / 1000 },
          v1.StatusReply,
          { timeoutMs: commandTimeoutMs + 5_000, headers: { [LEASE_TOKEN_HEADER]: token } },
        );
        done.push(`set to ${JSON.stringify(safe)}`);
      } catch (error) {
        failed.push(`set to ${JSON.stringify(safe)} failed: ${describeError(error)}`);
      }
    }
    return { ok: failed.length === 0, note: [...done, ...failed].join('; ') };
  };

  const book = new LeaseBook({
    kv,
    now: options.now ?? Date.now,
    newToken: () => randomUUID(),
    makeSafe,
    logger,
    ...(options.limits ? { limits: options.limits } : {}),
    ...(options.devices ? { devices: options.devices } : {}),
  });
  await book.start();

  let service: BusService;
  try {
    service = await bus.addService({ name: 'lease-manager', version: '0.1.0', description: 'leases on shared devices' });
    service.addEndpoint('lease-acquire', subjects.lease(LeaseVerb.Acquire), v1.LeaseAcquireRequest, v1.LeaseAcquireReply, async (request) =>
      acquireReply(await book.acquire(request)),
    );
    service.addEndpoint('lease-renew', subjects.lease(LeaseVerb.Renew), v1.LeaseRenewRequest, v1.LeaseRenewReply, async (request) => ({
      lease: toWireLease(await book.renew(request)),
    }));
    service.addEndpoint('lease-release', subjects.lease(LeaseVerb.Release), v1.LeaseReleaseRequest, v1.LeaseReleaseReply, async (request) =>
      book.release(request),
    );
    service.addEndpoint('lease-break', subjects.lease(LeaseVerb.Break), v1.LeaseBreakRequest, v1.LeaseBreakReply, async (request) => {
      const outcome = await book.break(request);
      return { broken: toWireLease(outcome.broken), made_safe: outcome.madeSafe, safe_note: outcome.safeNote };
    });
    service.addEndpoint('lease-list', subjects.lease(LeaseVerb.List), v1.LeaseListRequest, v1.LeaseListReply, async (request) => {
      const { leases, waiters } = await book.list(request.device || undefined);
      return {
        leases: leases.map(toWireLease),
        waiters: waiters.map((w) => ({ device: w.device, holder: w.holder, client: w.client, request_id: w.requestId, since: w.sinceS, gives_up_at: w.givesUpAtS })),
      };
    });
    await bus.flush();
  } catch (error) {
    await book.stop();
    throw error;
  }
  logger.info(`lease manager ready${options.devices ? ` for ${options.devices.join(', ')}` : ''} (device host ${facility})`);

  let stopping: Promise<void> | undefined;
  return {
    stop: () => {
      stopping ??= (async () => {
        // Waiting requests get their refusal while the service can still send it.
        await book.stop();
        await service.stop().catch((error: unknown) => logger.warn(`stopping the lease service: ${describeError(error)}`));
      })();
      return stopping;
    },
  };
}

function acquireReply(outcome: AcquireOutcome): brightline.v1.LeaseAcquireReply.$Properties {
  if (outcome.granted) return { granted: true, lease: toWireLease(outcome.lease), waited_s: outcome.waitedS };
  return {
    granted: false,
    ...(outcome.heldBy ? { held_by: toWireLease(outcome.heldBy) } : {}),
    refusal: outcome.refusal,
    timed_out: outcome.timedOut,
    cancelled: outcome.cancelled,
    waited_s: outcome.waitedS,
  };
}
