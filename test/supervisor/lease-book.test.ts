import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { setTimeout as sleep } from 'node:timers/promises';
import { brightline } from '../../gen/proto.js';
import { MemoryKvBucket } from '../../actors/transport/mod.js';
import { LeaseBook, type AcquireOutcome, type SafeOutcome } from '../../actors/supervisor/lease-book.js';
import {
  DEFAULT_LEASE_LIMITS, LeaseLostError, LeaseState, NotLeasedError, describeLease, fromWireLease, isLive, parseAcquire, parseBreak, span,
} from '../../actors/supervisor/lease-model.js';
import { ErrorCode, InvalidArgumentError } from '../../lib/errors.js';

const v1 = brightline.v1;

interface Harness {
  kv: MemoryKvBucket;
  book: LeaseBook;
  safed: Array<{ device: string; token: string; stateAtCall: string; tokenAtCall: string }>;
}

let tokens = 0;

async function harness(options: { kv?: MemoryKvBucket; safe?: (device: string) => SafeOutcome } = {}): Promise<Harness> {
  const kv = options.kv ?? new MemoryKvBucket('BL_LEASES_TEST', { history: 10 });
  const safed: Harness['safed'] = [];
  const book = new LeaseBook({
    kv,
    now: Date.now,
    newToken: () => `token-${++tokens}`,
    devices: ['mono', 'fe_shutter', 'ring_current'],
    limits: { minTtlMs: 10 },
    makeSafe: async (device, token) => {
      // What the device host's guard would see at this moment.
      const record = await kv.get(device, v1.Lease);
      safed.push({ device, token, stateAtCall: record?.value.state ?? '', tokenAtCall: record?.value.token ?? '' });
      return options.safe?.(device) ?? { ok: true, note: 'stopped' };
    },
  });
  await book.start();
  return { kv, book, safed };
}

function acquire(book: LeaseBook, holder: string, extra: Partial<brightline.v1.LeaseAcquireRequest.$Properties> = {}): Promise<AcquireOutcome> {
  return book.acquire({ device: 'mono', holder, client: `${holder.toLowerCase()}@host`, ttl_ms: 5_000, request_id: `${holder}-${Math.random()}`, ...extra });
}

function granted(outcome: AcquireOutcome): Extract<AcquireOutcome, { granted: true }> {
  assert.ok(outcome.granted, `expected a grant, got: ${outcome.granted ? '' : outcome.refusal}`);
  return outcome;
}

function refused(outcome: AcquireOutcome): Extract<AcquireOutcome, { granted: false }> {
  assert.ok(!outcome.granted, 'expected a refusal');
  return outcome;
}

async function until(what: string, check: () => boolean | Promise<boolean>, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) assert.fail(`timed out waiting for ${what}`);
    await sleep(5);
  }
}

describe('lease model', () => {
  it('fills defaults and names every problem of a request at once', () => {
    const known = new Set(['mono']);
    const request = parseAcquire({ device: 'mono', holder: 'BL02', client: 'x' }, DEFAULT_LEASE_LIMITS, known);
    assert.equal(request.ttlMs, DEFAULT_LEASE_LIMITS.defaultTtlMs);
    assert.equal(request.wait, false);
    assert.throws(
      () => parseAcquire({ device: 'nope', holder: 'BL 02', ttl_ms: 5 }, DEFAULT_LEASE_LIMITS, known),
      (error: unknown) =>
        error instanceof InvalidArgumentError &&
        /'nope' is not a shared device \(shared devices: mono\)/.test(error.message) &&
        /holder must be a beamline id/.test(error.message) &&
        /ttl_ms must be within/.test(error.message),
    );
    assert.throws(() => parseBreak({ device: 'mono', operator: 'op' }, known), /reason is required/);
  });

  it('describes who holds a device and until when', () => {
    const lease = fromWireLease({ device: 'mono', holder: 'BL01', client: 'run-engine item 7', token: 't', acquired_at: 100, expires_at: 130, ttl_ms: 30_000, state: 'held' });
    assert.ok(isLive(lease, 120));
    assert.ok(!isLive(lease, 130));
    assert.match(describeLease(lease, 120), /^leased to BL01 \(run-engine item 7\) since 00:01:40Z until 00:02:10Z \(in 10 s\)$/);
    assert.match(describeLease(lease, 131), /expired at 00:02:10Z/);
    assert.equal(span(3.25), '3.3 s');
    assert.equal(span(250), '4 min 10 s');
  });
});

describe('lease book (in-memory KV)', () => {
  it('grants a free device and refuses the next asker at once, naming holder, client and expiry', async () => {
    const { book, kv } = await harness();
    const first = granted(await acquire(book, 'BL01'));
    assert.equal(first.lease.holder, 'BL01');
    assert.equal(first.lease.state, LeaseState.Held);
    const second = refused(await acquire(book, 'BL02'));
    assert.equal(second.heldBy?.holder, 'BL01');
    assert.equal(second.heldBy?.client, 'bl01@host');
    assert.match(second.refusal, /^mono is leased to BL01 \(bl01@host\) since \S+ until \S+ \(in [\d.]+ s\)$/);
    const stored = await kv.get('mono', v1.Lease);
    assert.equal(stored?.value.token, first.lease.token);
    await book.stop();
  });

  it('grants waiters in arrival order as each holder releases', async () => {
    const { book } = await harness();
    const holder = granted(await acquire(book, 'BL01'));
    const order: string[] = [];
    const waiters = ['BL02', 'BL03', 'BL04'].map((bl) =>
      acquire(book, bl, { wait: true, wait_timeout_s: 30 }).then((outcome) => {
        order.push(bl);
        return granted(outcome);
      }),
    );
    await until('three waiters', async () => (await book.list('mono')).waiters.length === 3);
    assert.deepEqual((await book.list('mono')).waiters.map((w) => w.holder), ['BL02', 'BL03', 'BL04']);
    // A late non-waiting request does not overtake them.
    assert.match(refused(await acquire(book, 'BL05')).refusal, /3 request\(s\) are waiting/);
    let current = holder.lease.token;
    for (const expected of ['BL02', 'BL03', 'BL04']) {
      const released = await book.release({ device: 'mono', token: current });
      assert.ok(released.released);
      await until(`${expected} granted`, () => order.includes(expected));
      const lease = (await book.list('mono')).leases[0];
      assert.equal(lease?.holder, expected);
      current = lease?.token ?? '';
    }
    assert.deepEqual(order, ['BL02', 'BL03', 'BL04']);
    await Promise.all(waiters);
    await book.stop();
  });

  it('renews only for the current token; a stale token is told the lease is lost', async () => {
    const { book } = await harness();
    const lease = granted(await acquire(book, 'BL01')).lease;
    const renewed = await book.renew({ device: 'mono', token: lease.token, ttl_ms: 20_000 });
    assert.ok(renewed.expiresAt > lease.expiresAt);
    assert.equal(renewed.ttlMs, 20_000);
    await assert.rejects(book.renew({ device: 'mono', token: 'not-it' }), (error: unknown) => error instanceof LeaseLostError && /leased to BL01/.test(error.message));
    await book.release({ device: 'mono', token: lease.token });
    await assert.rejects(book.renew({ device: 'mono', token: lease.token }), (error: unknown) => error instanceof LeaseLostError && /released by BL01/.test(error.message));
    await book.stop();
  });

  it('expires a lease nobody renews: makes the device safe under a token of its own, then grants the waiter', async () => {
    const { book, safed } = await harness();
    const crashed = granted(await acquire(book, 'BL01', { ttl_ms: 100 })).lease;
    const next = acquire(book, 'BL02', { wait: true, wait_timeout_s: 30 });
    const outcome = granted(await next);
    assert.equal(outcome.lease.holder, 'BL02');
    assert.equal(safed.length, 1);
    assert.equal(safed[0]?.device, 'mono');
    // While it is made safe the record is the manager's, with the token the safe-state command carries.
    assert.equal(safed[0]?.stateAtCall, LeaseState.Safing);
    assert.equal(safed[0]?.tokenAtCall, safed[0]?.token);
    assert.notEqual(safed[0]?.token, crashed.token);
    await assert.rejects(book.renew({ device: 'mono', token: crashed.token }), LeaseLostError);
    await book.stop();
  });

  it('frees an expired lease with nobody waiting, and records why', async () => {
    const { book, safed } = await harness({ safe: () => ({ ok: false, note: 'nobody serves it' }) });
    granted(await acquire(book, 'BL01', { ttl_ms: 50 }));
    await until('the expiry', async () => (await book.list('mono')).leases[0]?.state === LeaseState.Free);
    const record = (await book.list('mono')).leases[0];
    assert.match(record?.note ?? '', /BL01 \(bl01@host\) stopped renewing; its lease expired at .*could not make it safe: nobody serves it/);
    assert.equal(safed.length, 1);
    await book.stop();
  });

  it('lets an operator break a lease with a reason, making the device safe', async () => {
    const { book, safed } = await harness();
    const lease = granted(await acquire(book, 'BL01')).lease;
    await assert.rejects(book.break({ device: 'mono', operator: 'ops' }), InvalidArgumentError);
    const waiter = acquire(book, 'BL02', { wait: true, wait_timeout_s: 30 });
    const broken = await book.break({ device: 'mono', operator: 'ops', reason: 'beamline BL01 left it moving' });
    assert.equal(broken.broken.token, lease.token);
    assert.ok(broken.madeSafe);
    assert.equal(safed.length, 1);
    assert.equal(granted(await waiter).lease.holder, 'BL02');
    await assert.rejects(book.renew({ device: 'mono', token: lease.token }), LeaseLostError);
    await assert.rejects(book.break({ device: 'fe_shutter', operator: 'ops', reason: 'x' }), NotLeasedError);
    await book.stop();
  });

  it('refuses a waiter whose wait runs out, naming the holder', async () => {
    const { book } = await harness();
    granted(await acquire(book, 'BL01'));
    const outcome = refused(await acquire(book, 'BL02', { wait: true, wait_timeout_s: 0.1 }));
    assert.ok(outcome.timedOut);
    assert.match(outcome.refusal, /^gave up after waiting [\d.]+ s: mono is leased to BL01 \(bl01@host\)/);
    assert.equal((await book.list('mono')).waiters.length, 0);
    await book.stop();
  });

  it('withdraws a waiting request by its request id', async () => {
    const { book } = await harness();
    const lease = granted(await acquire(book, 'BL01')).lease;
    const waiting = acquire(book, 'BL02', { wait: true, wait_timeout_s: 30, request_id: 'withdraw-me' });
    await until('the waiter', async () => (await book.list()).waiters.length === 1);
    const result = await book.release({ device: 'mono', request_id: 'withdraw-me' });
    assert.ok(result.cancelled);
    assert.ok(refused(await waiting).cancelled);
    await book.release({ device: 'mono', token: lease.token });
    assert.equal((await book.list('mono')).leases[0]?.state, LeaseState.Free);
    await book.stop();
  });

  it('two books on one bucket never grant a device twice', async () => {
    const kv = new MemoryKvBucket('BL_LEASES_SHARED', { history: 10 });
    const a = await harness({ kv });
    const b = await harness({ kv });
    for (let round = 0; round < 20; round++) {
      const outcomes = await Promise.all([acquire(a.book, 'BL01'), acquire(b.book, 'BL02'), acquire(a.book, 'BL03'), acquire(b.book, 'BL04')]);
      const winners = outcomes.filter((o) => o.granted);
      assert.equal(winners.length, 1, `round ${round}: ${winners.length} winners`);
      const winner = granted(winners[0] as AcquireOutcome);
      for (const loser of outcomes.filter((o) => !o.granted)) assert.equal(refused(loser).heldBy?.holder, winner.lease.holder);
      assert.ok((await a.book.release({ device: 'mono', token: winner.lease.token })).released);
    }
    await a.book.stop();
    await b.book.stop();
  });

  it('a restarted book picks up a lease that expired while no manager ran', async () => {
    const kv = new MemoryKvBucket('BL_LEASES_RESTART', { history: 10 });
    const first = await harness({ kv });
    granted(await acquire(first.book, 'BL01', { ttl_ms: 60 }));
    await first.book.stop();
    await sleep(100);
    const second = await harness({ kv });
    await until('the expiry by the new book', async () => (await second.book.list('mono')).leases[0]?.state === LeaseState.Free);
    assert.equal(second.safed.length, 1);
    assert.equal(first.safed.length, 0);
    await second.book.stop();
  });

  it('refuses requests once stopped', async () => {
    const { book } = await harness();
    const lease = granted(await acquire(book, 'BL01')).lease;
    const waiting = acquire(book, 'BL02', { wait: true, wait_timeout_s: 30 });
    await until('the waiter', async () => (await book.list()).waiters.length === 1);
    await book.stop();
    assert.match(refused(await waiting).refusal, /stopping/);
    await assert.rejects(book.renew({ device: 'mono', token: lease.token }), (error: unknown) => (error as { code?: number }).code === ErrorCode.Unavailable);
  });
});
