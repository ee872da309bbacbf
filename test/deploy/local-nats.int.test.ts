/**
 * `brightline up` with a NATS_URL that lists a cluster's nodes: one node answering is enough (the
 * clients fail over by themselves); none answering is an error, never a private server started
 * in place of a cluster.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { ensureNats } from '../../deploy/local-nats.js';
import { BrightlineError, ErrorCode } from '../../lib/errors.js';
import { silentLogger } from '../../lib/log.js';
import { freePort } from '../harness/cli-process.js';
import { startNatsServer, type NatsServerHandle } from '../harness/nats-server.js';

describe('ensureNats with a list of servers', () => {
  let nats: NatsServerHandle;

  before(async () => {
    nats = await startNatsServer();
  });

  after(async () => {
    await nats?.stop();
  });

  it('uses the list as it is when one of its servers answers, even if the first does not', async () => {
    const url = `nats://127.0.0.1:${await freePort()},${nats.url}`;
    const local = await ensureNats(url, silentLogger);
    assert.equal(local.url, url);
    assert.equal(local.process, undefined, 'no server of its own');
  });

  it('refuses, naming every server, when none of them answers', async () => {
    const servers = [`nats://127.0.0.1:${await freePort()}`, `nats://127.0.0.1:${await freePort()}`];
    await assert.rejects(ensureNats(servers.join(','), silentLogger), (error: unknown) => {
      assert.ok(error instanceof BrightlineError);
      assert.equal(error.code, ErrorCode.Unavailable);
      for (const server of servers) assert.ok(error.message.includes(server), error.message);
      return true;
    });
  });
});
