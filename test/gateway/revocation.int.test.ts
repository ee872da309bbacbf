/**
 * A token revoked (or a role taken away) in the users file also ends the streams its holder has
 * open: a real TokenStore on a temporary users file behind a gateway on a real nats-server, with
 * reauthorize checked on its own for the decisions it makes.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, rename, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as grpc from '@grpc/grpc-js';
import { brightline } from '../../gen/proto.js';
import { Bus, subjects } from '../../actors/transport/mod.js';
import { openHealthBucket } from '../../actors/supervisor/health-store.js';
import { startGateway, type Gateway } from '../../gateway/server.js';
import { reauthorize } from '../../gateway/bearer.js';
import { TokenStore, generateToken, hashToken } from '../../gateway/auth/token-store.js';
import { createUsersFile, removeUser } from '../../gateway/auth/users-file.js';
import { BeamlineRole, type Identity, type Need } from '../../gateway/rpc.js';
import { ErrorCode } from '../../lib/errors.js';
import { startNatsServer, type NatsServerHandle } from '../harness/nats-server.js';
import { facilityClient, type FacilityClient, type StreamTap } from '../harness/gateway.js';
import { isBrightlineError } from '../harness/waits.js';

const v1 = brightline.v1;
/** Far longer than the token store's reload and the streams' recheck (2 s each): only a stream that never ends fails. */
const GENEROUS_MS = 30_000;

const alice = generateToken();
const bob = generateToken();
const carol = generateToken();

/** How a stream ended, or a failure naming `what` if it is still open after GENEROUS_MS. */
async function endOf(tap: StreamTap<unknown>, what: string): Promise<{ code: grpc.status; details: string }> {
  let timer: NodeJS.Timeout | undefined;
  const open = new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new Error(`${what} is still open after ${GENEROUS_MS / 1000} s`)), GENEROUS_MS)));
  try {
    return await Promise.race([tap.ended, open]);
  } finally {
    clearTimeout(timer);
  }
}

describe('revoking a token ends its open streams', () => {
  let dir: string;
  let usersFile: string;
  let nats: NatsServerHandle;
  let bus: Bus;
  let gateway: Gateway;
  const clients: FacilityClient[] = [];
  const client = (token: string): FacilityClient => {
    const made = facilityClient(gateway.address, token);
    clients.push(made);
    return made;
  };

  before(async () => {
    dir = await mkdtemp(join(tmpdir(), 'bl-revoke-'));
    usersFile = join(dir, 'users.yaml');
    await createUsersFile(usersFile, [
      { user: 'alice', tokenSha256: hashToken(alice), roles: new Map([['BL01', BeamlineRole.User]]) },
      { user: 'bob', tokenSha256: hashToken(bob), roles: new Map([['BL01', BeamlineRole.Observer]]) },
      { user: 'carol', tokenSha256: hashToken(carol), roles: new Map([['BL01', BeamlineRole.Observer]]) },
    ]);
    const store = await TokenStore.load(usersFile);
    nats = await startNatsServer();
    bus = await Bus.connect({ servers: nats.url, name: 'revocation-test' });
    const bucket = await openHealthBucket(bus);
    await bucket.put('proc.run-engine.BL01', v1.HealthRecord, { key: 'proc.run-engine.BL01', kind: 'process', beamline: 'BL01', name: 'run-engine', state: 'ok', owner: 'supervisor/facility' });
    gateway = await startGateway({ bus, listen: '127.0.0.1:0', identify: (token) => store.identify(token) });
  });

  after(async () => {
    for (const made of clients) made.close();
    await gateway?.stop();
    await bus?.close();
    await nats?.stop();
    await rm(dir, { recursive: true, force: true });
  });

  it("ends a revoked user's WatchHealth with UNAUTHENTICATED, and leaves the others' streams open", async () => {
    const revoked = client(alice).stream('WatchHealth', {});
    const kept = client(bob).stream('WatchHealth', {});
    await revoked.next("alice's first record", () => true);
    await kept.next("bob's first record", () => true);
    let keptEnded = false;
    void kept.ended.then(() => (keptEnded = true));

    assert.equal(await removeUser(usersFile, 'alice'), true);
    const ended = await endOf(revoked, "alice's WatchHealth");
    assert.equal(ended.code, grpc.status.UNAUTHENTICATED, ended.details);
    assert.match(ended.details, /the token was revoked/);
    assert.equal(keptEnded, false, "bob's token was not revoked: his stream stays open");
    kept.call.cancel();
  });

  it('ends a stream with PERMISSION_DENIED when the role it needs is taken away', async () => {
    const watch = client(carol).stream<{ status_id: string }>('WatchProgress', { beamline: 'BL01', device: 'm1' });
    // A progress message that arrives shows the stream was admitted and is open.
    const publish = setInterval(() => bus.publish(subjects.statusProgress('BL01', 'm1'), v1.StatusProgress, { beamline: 'BL01', device: 'm1', status_id: 's-1', fraction: 0.5 }), 100);
    try {
      await watch.next('a progress message', (m) => m.status_id === 's-1');
    } finally {
      clearInterval(publish);
    }

    // One atomic rewrite, so that no reload sees carol missing (that would be UNAUTHENTICATED).
    const temp = `${usersFile}.new`;
    await writeFile(temp, `users:\n  - user: bob\n    token_sha256: ${hashToken(bob)}\n    roles: { BL01: observer }\n  - user: carol\n    token_sha256: ${hashToken(carol)}\n    roles: { BL02: observer }\n`, { mode: 0o600 });
    await rename(temp, usersFile);
    const ended = await endOf(watch, "carol's WatchProgress");
    assert.equal(ended.code, grpc.status.PERMISSION_DENIED, ended.details);
    assert.match(ended.details, /needs the observer role; carol has no role there/);
  });
});

describe('reauthorize', () => {
  const metadata = (token: string): grpc.Metadata => {
    const m = new grpc.Metadata();
    m.set('authorization', `Bearer ${token}`);
    return m;
  };
  const observer: Identity = { user: 'dave', operator: false, roles: new Map([['BL01', BeamlineRole.Observer]]) };
  const watchBl01: Need = { kind: 'beamline', beamline: 'BL01', role: BeamlineRole.Observer, action: 'watch BL01/m1' };

  it('passes while the token names the same user and the policy allows the need', () => {
    reauthorize(metadata('t-dave'), observer, watchBl01, (token) => (token === 't-dave' ? observer : undefined));
  });

  it('refuses a token that names nobody now, or someone else (a token given to another user)', () => {
    assert.throws(() => reauthorize(metadata('t-dave'), observer, watchBl01, () => undefined), isBrightlineError(ErrorCode.Unauthenticated, /the token was revoked/));
    const erin: Identity = { ...observer, user: 'erin' };
    assert.throws(() => reauthorize(metadata('t-dave'), observer, watchBl01, () => erin), isBrightlineError(ErrorCode.Unauthenticated, /the token was revoked/));
  });

  it('refuses with the policy reason when the role was taken away', () => {
    const demoted: Identity = { ...observer, roles: new Map() };
    assert.throws(() => reauthorize(metadata('t-dave'), observer, watchBl01, () => demoted), isBrightlineError(ErrorCode.PermissionDenied, /watch BL01\/m1 on BL01 needs the observer role; dave has no role there/));
  });
});
