// The device host's lease check asks BL_LEASES at each mutating command: a token its watch still
// believes in (a lease just released, not yet heard of) must not let a second holder drive the device.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { brightline } from '../../gen/proto.js';
import { startLeaseGuard } from '../../actors/device/lease-guard.js';
import { LeaseState, toWireLease, type LeaseRecord } from '../../actors/supervisor/lease-model.js';
import { Bus, LEASE_BUCKET, subjects } from '../../actors/transport/mod.js';
import { BrightlineError } from '../../lib/errors.js';
import { startNatsServer, type NatsServerHandle } from '../harness/nats-server.js';

const v1 = brightline.v1;

const lease = (state: LeaseState, token: string, holder: string): LeaseRecord => {
  const nowS = Date.now() / 1000;
  return { device: 'mono', holder, client: `${holder} test`, token, acquiredAt: nowS, expiresAt: nowS + 60, ttlMs: 60_000, state, requestId: '', note: '', updatedAt: nowS };
};

describe('the lease guard of a device host', () => {
  let nats: NatsServerHandle;
  let hostBus: Bus;
  let managerBus: Bus;

  before(async () => {
    nats = await startNatsServer();
    hostBus = await Bus.connect({ servers: nats.url, name: 'device-host' });
    managerBus = await Bus.connect({ servers: nats.url, name: 'lease-manager' });
  });

  after(async () => {
    await hostBus?.close();
    await managerBus?.close();
    await nats?.stop();
  });

  it('refuses a released token even before its watch has heard of the release', async () => {
    const leases = await managerBus.kv(LEASE_BUCKET, { history: 10 });
    await leases.put(subjects.leaseKey('mono'), v1.Lease, toWireLease(lease(LeaseState.Held, 'token-bl01', 'BL01')));
    const guard = await startLeaseGuard({ bus: hostBus, shared: ['mono'] });
    await guard.authorize('mono', 'set', 'token-bl01');
    // The watch stops hearing (as if its update were still on the way); the lease is then released
    // and granted to BL02.
    await guard.stop();
    await leases.put(subjects.leaseKey('mono'), v1.Lease, toWireLease(lease(LeaseState.Held, 'token-bl02', 'BL02')));
    await assert.rejects(guard.authorize('mono', 'set', 'token-bl01'), (error: unknown) => error instanceof BrightlineError && error.name === 'LeaseRequiredError' && /leased to BL02/.test(error.message));
    await guard.authorize('mono', 'set', 'token-bl02');
    // Reads need no lease.
    await guard.authorize('mono', 'read', undefined);
  });
});
