// Leases on shared devices over a real nats-server: the lease manager, clients on separate
// connections (one per beamline), and the FAC device host of deploy/facility.yaml on its simulated
// IOC records (`--signals sim`), whose guard refuses mutating commands without the current lease.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { brightline } from '../../gen/proto.js';
import { Bus, DeviceVerb, LEASE_TOKEN_HEADER, subjects, type RequestOptions } from '../../actors/transport/mod.js';
import { parseDeviceConfigs, startDeviceHost, type DeviceHost } from '../../actors/device/mod.js';
import { startLeaseManager, type LeaseManager, type LeaseManagerOptions } from '../../actors/supervisor/lease-manager.js';
import { LeaseClient, type HeldLease } from '../../actors/supervisor/lease-client.js';
import { LeaseHeldError, LeaseLostError, LeaseState, LeaseWaitTimeoutError } from '../../actors/supervisor/lease-model.js';
import { beamlineSignals, SignalMode } from '../../cli/device-host-signals.js';
import { findBeamline, leaseSafeStates, loadFacilityConfig, sharedDeviceHost } from '../../deploy/facility-config.js';
import { BrightlineError, ErrorCode } from '../../lib/errors.js';
import { silentLogger } from '../../lib/log.js';
import { startNatsServer, type NatsServerHandle } from '../harness/nats-server.js';

const v1 = brightline.v1;
const FAC = 'FAC';

async function until(what: string | (() => string), check: () => boolean | Promise<boolean>, timeoutMs = 20_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) assert.fail(`timed out after ${timeoutMs} ms waiting for ${typeof what === 'string' ? what : what()}`);
    await sleep(10);
  }
}

describe('leases on shared devices over NATS', () => {
  let nats: NatsServerHandle;
  let managerBus: Bus;
  let hostBus: Bus;
  let bl01Bus: Bus;
  let bl02Bus: Bus;
  let host: DeviceHost;
  let closeSignals: () => Promise<void>;
  let manager: LeaseManager;
  let managerOptions: LeaseManagerOptions;
  let bl01: LeaseClient;
  let bl02: LeaseClient;
  const held: HeldLease[] = [];

  const command = (bus: Bus, device: string, verb: DeviceVerb, type: unknown, body: object, reply: unknown, token?: string) =>
    bus.request(subjects.deviceCommand(FAC, device, verb), type as never, body as never, reply as never, {
      timeoutMs: 15_000,
      ...(token === undefined ? {} : { headers: { [LEASE_TOKEN_HEADER]: token } }),
    } satisfies RequestOptions);
  const setShutter = (bus: Bus, value: string, token?: string) =>
    command(bus, 'fe_shutter', DeviceVerb.Set, v1.SetRequest, { value: { text: value } }, v1.StatusReply, token);
  const shutter = async (): Promise<string> => {
    const reply = (await command(bl01Bus, 'fe_shutter', DeviceVerb.Read, v1.ReadRequest, {}, v1.ReadReply)) as brightline.v1.ReadReply;
    return reply.readings['fe_shutter']?.value?.text ?? '?';
  };
  const acquire = async (client: LeaseClient, device: string, holder: string, options: Partial<Parameters<LeaseClient['acquire']>[1]> = {}) => {
    const lease = await client.acquire(device, { holder, client: `${holder.toLowerCase()}-test@host`, ...options });
    held.push(lease);
    return lease;
  };

  before(async () => {
    nats = await startNatsServer();
    [managerBus, hostBus, bl01Bus, bl02Bus] = await Promise.all(
      ['lease-manager', 'fac-host', 'bl01', 'bl02'].map((name) => Bus.connect({ servers: nats.url, name })),
    ) as [Bus, Bus, Bus, Bus];
    const config = await loadFacilityConfig();
    const fac = findBeamline(config, FAC);
    const signals = await beamlineSignals(config, fac, SignalMode.Sim, silentLogger);
    closeSignals = signals.close;
    host = await startDeviceHost({
      bus: hostBus,
      beamline: FAC,
      devices: parseDeviceConfigs(fac.devices, FAC),
      signals: signals.signals,
      dataDir: await mkdtemp(join(tmpdir(), 'bl-lease-')),
      heartbeatIntervalMs: 200,
    });
    const shared = sharedDeviceHost(config);
    assert.equal(shared?.beamline, FAC);
    managerOptions = {
      bus: managerBus,
      devices: shared?.devices.map((d) => d.name) ?? [],
      safeStates: leaseSafeStates(config),
      limits: { minTtlMs: 50 },
    };
    manager = await startLeaseManager(managerOptions);
    bl01 = new LeaseClient({ bus: bl01Bus });
    bl02 = new LeaseClient({ bus: bl02Bus });
  });

  after(async () => {
    for (const lease of held) await lease.release();
    await manager?.stop();
    await host?.stop();
    await closeSignals?.();
    for (const bus of [bl02Bus, bl01Bus, hostBus, managerBus]) await bus?.close();
    await nats?.stop();
  });

  it('two beamlines racing for one device: exactly one wins each round, the other is told who holds it', async () => {
    const wins = { BL01: 0, BL02: 0 };
    for (let round = 0; round < 30; round++) {
      const [a, b] = await Promise.allSettled([acquire(bl01, 'mono', 'BL01'), acquire(bl02, 'mono', 'BL02')]);
      const winners = [a, b].filter((r) => r.status === 'fulfilled');
      assert.equal(winners.length, 1, `round ${round}: ${winners.length} winners`);
      const winner = (winners[0] as PromiseFulfilledResult<HeldLease>).value;
      const loser = [a, b].find((r) => r.status === 'rejected') as PromiseRejectedResult;
      const loserName = winner.holder === 'BL01' ? 'BL02' : 'BL01';
      wins[winner.holder as 'BL01' | 'BL02'] += 1;
      assert.ok(loser.reason instanceof LeaseHeldError, String(loser.reason));
      assert.equal(loser.reason.heldBy?.holder, winner.holder);
      assert.equal(loser.reason.heldBy?.token, winner.token);
      assert.match(
        loser.reason.message,
        new RegExp(`^no lease on mono for ${loserName}: mono is leased to ${winner.holder} \\(${winner.holder.toLowerCase()}-test@host\\) since \\S+ until \\S+ \\(in [\\d.]+ s\\)`),
      );
      await winner.release();
    }
    assert.equal(wins.BL01 + wins.BL02, 30);
    const [record] = (await bl01.list('mono')).leases;
    assert.equal(record?.state, LeaseState.Free);
  });

  it('waiting requests are granted in arrival order, each when the one before releases', async () => {
    const first = await acquire(bl01, 'mono', 'BL01');
    const order: string[] = [];
    const waiting: Array<Promise<HeldLease>> = [];
    const clients = ['BL02', 'BL03', 'BL04'].map((holder) => ({ holder, client: holder === 'BL02' ? bl02 : new LeaseClient({ bus: holder === 'BL03' ? bl01Bus : bl02Bus }) }));
    for (const [index, { holder, client }] of clients.entries()) {
      waiting.push(
        acquire(client, 'mono', holder, { wait: true, waitTimeoutMs: 60_000 }).then((lease) => {
          order.push(lease.holder);
          return lease;
        }),
      );
      // Arrival order is the order the manager has queued them in.
      await until(`${holder} queued`, async () => (await bl01.list('mono')).waiters.length === index + 1);
    }
    assert.deepEqual((await bl01.list('mono')).waiters.map((w) => w.holder), ['BL02', 'BL03', 'BL04']);
    await first.release();
    for (const [index, expected] of ['BL02', 'BL03', 'BL04'].entries()) {
      const lease = await waiting[index];
      assert.equal(lease?.holder, expected);
      assert.deepEqual(order, ['BL02', 'BL03', 'BL04'].slice(0, index + 1), 'nobody was granted out of turn');
      await lease?.release();
    }
  });

  it('a waiter whose wait runs out is refused, naming the holder', async () => {
    const holder = await acquire(bl01, 'mono', 'BL01');
    await assert.rejects(
      acquire(bl02, 'mono', 'BL02', { wait: true, waitTimeoutMs: 300 }),
      (error: unknown) => error instanceof LeaseWaitTimeoutError && error.heldBy?.holder === 'BL01' && /gave up after waiting [\d.]+ s: mono is leased to BL01/.test(error.message),
    );
    await holder.release();
  });

  it('the device host refuses a set without the lease or with a stale token, and takes it with the current one', async () => {
    const isRefusal = (pattern: RegExp) => (error: unknown) =>
      error instanceof BrightlineError && error.code === ErrorCode.FailedPrecondition && error.name === 'LeaseRequiredError' && pattern.test(error.message);
    await assert.rejects(setShutter(bl02Bus, 'open'), isRefusal(/^fe_shutter is a shared device and 'set' needs a lease; none held/));
    const lease = await acquire(bl01, 'fe_shutter', 'BL01');
    await assert.rejects(setShutter(bl02Bus, 'open'), isRefusal(/^fe_shutter is a shared device leased to BL01 \(bl01-test@host\) since .* until .*; acquire a lease first/));
    await assert.rejects(setShutter(bl02Bus, 'open', 'not-the-token'), isRefusal(/leased to BL01 .*the lease token sent is not the current one/));
    const reply = (await setShutter(bl01Bus, 'open', lease.token)) as brightline.v1.StatusReply;
    assert.equal(reply.success, true);
    assert.equal(await shutter(), 'open');
    // Reads and stop are open to every beamline.
    await command(bl02Bus, 'fe_shutter', DeviceVerb.Describe, v1.DescribeRequest, {}, v1.DescribeReply);
    await command(bl02Bus, 'fe_shutter', DeviceVerb.Stop, v1.StopRequest, {}, v1.CommandReply);
    const token = lease.token;
    await lease.release();
    await assert.rejects(setShutter(bl01Bus, 'closed', token), isRefusal(/needs a lease; the lease token sent is no longer valid \(last: released by BL01/));
  });

  it('a holder that stops renewing loses the lease at expiry: the shutter is closed and the waiter gets it', async () => {
    const crashBus = await Bus.connect({ servers: nats.url, name: 'crashing-beamline' });
    const crashing = new LeaseClient({ bus: crashBus });
    const lease = await crashing.acquire('fe_shutter', { holder: 'BL03', client: 'doomed run', ttlMs: 600 });
    const lost = new Promise<LeaseLostError>((resolve) => lease.onLost(resolve));
    await setShutter(crashBus, 'open', lease.token);
    assert.equal(await shutter(), 'open');
    const next = acquire(bl02, 'fe_shutter', 'BL02', { wait: true, waitTimeoutMs: 60_000 });
    await until('BL02 queued', async () => (await bl02.list('fe_shutter')).waiters.length === 1);
    await crashBus.close(); // the process is gone: nobody renews
    const granted = await next;
    assert.equal(granted.holder, 'BL02');
    assert.equal(await shutter(), 'closed', 'the lease manager made the shutter safe');
    const record = (await bl02.list('fe_shutter')).leases[0];
    assert.equal(record?.holder, 'BL02');
    // The crashed holder's own client (renewals failing) gives the lease up once its expiry passes.
    const error = await lost;
    assert.match(error.message, /fe_shutter/);
    await assert.rejects(setShutter(bl01Bus, 'open', lease.token), (e: unknown) => e instanceof BrightlineError && e.name === 'LeaseRequiredError');
    await granted.release();
    const free = (await bl02.list('fe_shutter')).leases[0];
    assert.equal(free?.state, LeaseState.Free);
  });

  it('an operator breaks a lease with a reason: the device is made safe, the holder is told, the waiter gets it', async () => {
    const lease = await acquire(bl01, 'fe_shutter', 'BL01', { ttlMs: 400 });
    const lost = new Promise<LeaseLostError>((resolve) => lease.onLost(resolve));
    await setShutter(bl01Bus, 'open', lease.token);
    const waiter = acquire(bl02, 'fe_shutter', 'BL02', { wait: true, waitTimeoutMs: 60_000 });
    await until('BL02 queued', async () => (await bl02.list('fe_shutter')).waiters.length === 1);
    await assert.rejects(bl02.break('fe_shutter', 'ops', ''), (e: unknown) => e instanceof BrightlineError && e.code === ErrorCode.InvalidArgument && /reason is required/.test(e.message));
    const result = await bl02.break('fe_shutter', 'ops', 'BL01 left the front end open overnight');
    assert.equal(result.broken.holder, 'BL01');
    assert.equal(result.madeSafe, true, result.safeNote);
    assert.match(result.safeNote, /stopped; set to "closed"/);
    assert.equal(await shutter(), 'closed');
    assert.equal((await waiter).holder, 'BL02');
    const error = await lost;
    assert.ok(error instanceof LeaseLostError);
    assert.match(error.message, /broken by ops at \S+: BL01 left the front end open overnight/);
    await assert.rejects(bl02.break('mono', 'ops', 'nothing there'), (e: unknown) => e instanceof BrightlineError && e.name === 'NotLeasedError');
  });

  it('a restarted manager picks up the leases in KV and expires the one nobody renews', async () => {
    for (const lease of held.splice(0)) await lease.release();
    const lease = await bl01.acquire('fe_shutter', { holder: 'BL01', client: 'no renewals', ttlMs: 800, autoRenew: false });
    await setShutter(bl01Bus, 'open', lease.token);
    await manager.stop();
    await assert.rejects(bl02.list(), (e: unknown) => e instanceof BrightlineError && e.code === ErrorCode.Unavailable);
    manager = await startLeaseManager(managerOptions);
    await until('the expiry by the new manager', async () => (await bl02.list('fe_shutter')).leases[0]?.state === LeaseState.Free);
    assert.equal(await shutter(), 'closed');
    assert.match((await bl02.list('fe_shutter')).leases[0]?.note ?? '', /BL01 \(no renewals\) stopped renewing; its lease expired at .*made safe: stopped; set to "closed"/);
  });

  it('refuses bad requests with a clear error and goes on serving', async () => {
    await assert.rejects(bl01.acquire('nope', { holder: 'BL01', client: 'x' }), (e: unknown) => e instanceof BrightlineError && e.code === ErrorCode.InvalidArgument && /'nope' is not a shared device \(shared devices: fe_shutter, mono, ring_current\)/.test(e.message));
    await assert.rejects(bl01.acquire('mono', { holder: 'BL 01', client: 'x' }), (e: unknown) => e instanceof BrightlineError && e.code === ErrorCode.InvalidArgument);
    const malformed = await bl01Bus.request(subjects.lease('acquire'), v1.Empty, {}, v1.LeaseAcquireReply, { timeoutMs: 5_000 }).catch((e: unknown) => e);
    assert.ok(malformed instanceof BrightlineError && malformed.code === ErrorCode.InvalidArgument, String(malformed));
    const lease = await acquire(bl01, 'mono', 'BL01');
    assert.equal((await bl01.list('mono')).leases[0]?.holder, 'BL01');
    await lease.release();
  });
});
