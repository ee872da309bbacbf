import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createDatabase, ManualScheduler } from '../../../epics/server/records/mod.js';
import { CaClient } from '../../../epics/client/mod.js';
import { createSignalResolver } from '../../../actors/device/signals/create-resolver.js';
import { CaSignalBackend } from '../../../actors/device/signals/ca-backend.js';
import { SimSignalBackend } from '../../../actors/device/signals/sim-backend.js';
import { MockSignalBackend, MockSignalRegistry } from '../../../actors/device/signals/mock-backend.js';
import { SignalSourceError } from '../../../actors/device/signals/errors.js';

function database(): ReturnType<typeof createDatabase> {
  return createDatabase('S:', [{ type: 'ai', name: 'current', value: 1 }], { scheduler: new ManualScheduler() });
}

function sourceError(pattern: RegExp): (error: unknown) => boolean {
  return (error: unknown) => {
    assert.ok(error instanceof SignalSourceError, String(error));
    assert.match(error.message, pattern);
    return true;
  };
}

describe('createSignalResolver', () => {
  it('resolves sim:// to a new backend per call; a PV the database lacks fails at connect', async () => {
    const resolver = createSignalResolver({ sim: database() });
    const a = resolver.resolve('sim://S:current');
    const b = resolver.resolve('sim://S:current');
    assert.ok(a instanceof SimSignalBackend);
    assert.notEqual(a, b);
    assert.equal(a.source, 'sim://S:current');
    await a.connect({ timeoutMs: 100 });
    assert.equal(a.latest()?.value, 1);
    await assert.rejects(resolver.resolve('sim://S:nope').connect({ timeoutMs: 100 }), /S:nope/);
  });

  it('returns the registry\'s mock:// backend, the same one each time', () => {
    const mock = new MockSignalRegistry();
    const resolver = createSignalResolver({ mock });
    const first = resolver.resolve('mock://m1.VAL');
    assert.ok(first instanceof MockSignalBackend);
    assert.equal(resolver.resolve('mock://m1.VAL'), first);
    assert.equal(mock.existing('mock://m1.VAL'), first);
    assert.equal(first.source, 'mock://m1.VAL');
  });

  it('creates a lazily given CaClient once, on the first ca:// URI', async () => {
    let made = 0;
    let client: CaClient | undefined;
    const resolver = createSignalResolver({
      sim: database(),
      ca: () => {
        made += 1;
        client = new CaClient({ addrList: ['127.0.0.1:1'], autoAddrList: false, listenForBeacons: false, env: {} });
        return client;
      },
    });
    try {
      resolver.resolve('sim://S:current');
      assert.equal(made, 0, 'no CA sockets for a sim-only device');
      const a = resolver.resolve('ca://BL01:m1.RBV');
      const b = resolver.resolve('ca://BL01:m1.RBV');
      assert.ok(a instanceof CaSignalBackend);
      assert.notEqual(a, b);
      assert.equal(a.source, 'ca://BL01:m1.RBV');
      assert.equal(made, 1);
    } finally {
      await client?.close();
    }
  });

  it('accepts a CaClient instance', async () => {
    const client = new CaClient({ addrList: ['127.0.0.1:1'], autoAddrList: false, listenForBeacons: false, env: {} });
    try {
      const backend = createSignalResolver({ ca: client }).resolve('ca://X:y');
      assert.ok(backend instanceof CaSignalBackend);
    } finally {
      await client.close();
    }
  });

  it('says which schemes are configured when one is not, and refuses malformed URIs', () => {
    const resolver = createSignalResolver({ mock: new MockSignalRegistry() });
    assert.throws(() => resolver.resolve('ca://BL01:m1'), sourceError(/'ca:\/\/BL01:m1': this host has no ca:\/\/ source configured \(configured: mock:\/\/\)/));
    assert.throws(() => resolver.resolve('sim://S:current'), sourceError(/no sim:\/\/ source configured/));
    assert.throws(() => createSignalResolver({}).resolve('mock://x'), sourceError(/no mock:\/\/ source configured \(configured: none\)/));
    assert.throws(() => resolver.resolve('pva://BL01:m1'), sourceError(/unknown scheme 'pva:\/\/'; expected one of ca:\/\/, sim:\/\/, mock:\/\//));
    assert.throws(() => resolver.resolve('BL01:m1'), sourceError(/not a signal URI/));
    assert.throws(() => resolver.resolve('mock://'), sourceError(/empty PV name/));
    assert.throws(() => resolver.resolve('mock://  '), sourceError(/empty PV name/));
  });
});
