// A daemon started before NATS waits for it (systemd would otherwise give up on the unit), stops
// waiting when asked to stop, and does not wait out a refused login.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { writeFile, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { connectWhenReachable } from '../../actors/transport/mod.js';
import { BrightlineError, ErrorCode } from '../../lib/errors.js';
import { freeTcpPort } from '../../lib/free-port.js';
import { silentLogger } from '../../lib/log.js';
import { startNatsServer } from '../harness/nats-server.js';

const never = new Promise<never>(() => {});

describe('connectWhenReachable', () => {
  it('waits for a NATS that starts later, then connects', async () => {
    const port = await freeTcpPort();
    const connecting = connectWhenReachable({ servers: `nats://127.0.0.1:${port}`, name: 'late', connectTimeoutMs: 500 }, silentLogger, never);
    await sleep(1_500);
    const nats = await startNatsServer({ port });
    try {
      const bus = await connecting;
      assert.ok(bus, 'connected once the server was there');
      await bus.close();
    } finally {
      await nats.stop();
    }
  });

  it('gives up waiting when the process is asked to stop', async () => {
    const port = await freeTcpPort();
    let stop!: () => void;
    const stopped = new Promise<void>((resolve) => (stop = resolve));
    const connecting = connectWhenReachable({ servers: `nats://127.0.0.1:${port}`, name: 'stopped', connectTimeoutMs: 500 }, silentLogger, stopped);
    await sleep(700);
    stop();
    assert.equal(await connecting, undefined);
  });

  it('does not wait out a refused login', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'bl-connect-'));
    const config = join(dir, 'users.conf');
    await writeFile(config, 'authorization { users = [ { user: alice, password: right } ] }\n');
    const nats = await startNatsServer({ configFile: config });
    try {
      await assert.rejects(
        connectWhenReachable({ servers: nats.url, name: 'refused', user: 'alice', password: 'wrong' }, silentLogger, never),
        (error: unknown) => error instanceof BrightlineError && error.code === ErrorCode.Unauthenticated,
      );
    } finally {
      await nats.stop();
      await rm(dir, { recursive: true, force: true });
    }
  });
});
