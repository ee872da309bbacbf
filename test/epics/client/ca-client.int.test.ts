import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { CaServer } from '../../../epics/server/mod.js';
import { NativeType, fromEpicsTimestamp } from '../../../epics/protocol/mod.js';
import {
  CaAccessDeniedError, CaClient, CaStatusError, CaTimeoutError, ChannelNotFoundError, type CaClientOptions, type CaValue, type ConnectionEvent,
} from '../../../epics/client/mod.js';
import { TimeoutError } from '../../../lib/errors.js';
import { TestPv, TestSource, eventually, freeUdpPort } from './test-pvs.js';

function clientFor(udpPort: number, options: CaClientOptions = {}): CaClient {
  return new CaClient({
    addrList: [`127.0.0.1:${udpPort}`], autoAddrList: false, listenForBeacons: false, env: {},
    searchTimeoutMs: 3000, maxSearchPeriodMs: 200, ...options,
  });
}

async function startServer(source: TestSource, ports: { tcpPort?: number; udpPort?: number } = {}): Promise<{ server: CaServer; tcpPort: number; udpPort: number }> {
  const server = new CaServer({ source, host: '127.0.0.1', tcpPort: ports.tcpPort ?? 0, udpPort: ports.udpPort ?? 0, beaconPort: await freeUdpPort() });
  const started = await server.start();
  return { server, ...started };
}

describe('CaClient against the brightline CA server', () => {
  const source = new TestSource().add(
    new TestPv('T:DBL', 'double', { value: [1.5], units: 'mm', precision: 3, limits: { low: -10, high: 10 } }),
    new TestPv('T:ENUM', 'enum', { value: [1], enumStrings: ['Off', 'On'] }),
    new TestPv('T:STR', 'string', { value: ['hello'] }),
    new TestPv('T:WF', 'double', { value: [1, 2, 3, 4, 5] }),
    new TestPv('T:LONG', 'long', { value: [7] }),
    new TestPv('T:SLOW', 'double', { value: [0], putDelayMs: 300 }),
    new TestPv('T:FAIL', 'double', { value: [0], putFailure: 'motor stalled' }),
    new TestPv('T:RO', 'double', { value: [3], writable: false }),
    new TestPv('T:MON', 'double', { value: [1] }),
    new TestPv('T:ITER', 'long', { value: [0] }),
  );
  const pv = (name: string): TestPv => {
    const found = source.pvs.get(name);
    assert.ok(found, name);
    return found;
  };
  let server: CaServer;
  let udpPort: number;
  let client: CaClient;

  before(async () => {
    ({ server, udpPort } = await startServer(source));
    client = clientFor(udpPort);
  });

  after(async () => {
    await client.close();
    await server.stop();
  });

  it('connects a channel and reports its native type, count and rights', async () => {
    const channel = await client.channel('T:WF');
    assert.equal(channel.connected, true);
    assert.equal(channel.nativeType, NativeType.Double);
    assert.equal(channel.count, 5);
    assert.equal(channel.canRead && channel.canWrite, true);
    const readOnly = await client.channel('T:RO');
    assert.equal(readOnly.canRead, true);
    assert.equal(readOnly.canWrite, false);
  });

  it('gets every DBR class', async () => {
    const plain = await client.get('T:DBL');
    assert.deepEqual(plain.value, [1.5]);
    assert.equal(plain.name, 'T:DBL');
    assert.equal(plain.nativeType, NativeType.Double);
    assert.equal(plain.severity, undefined);

    const status = await client.get('T:DBL', { dbrClass: 'status' });
    assert.equal(status.status, 0);
    assert.equal(status.severity, 0);

    const time = await client.get('T:DBL', { dbrClass: 'time' });
    assert.ok(time.timestamp);
    assert.ok(Math.abs(fromEpicsTimestamp(time.timestamp) - Date.now()) < 60_000);

    const graphic = await client.get('T:DBL', { dbrClass: 'graphic' });
    assert.equal(graphic.units, 'mm');
    assert.equal(graphic.precision, 3);
    assert.deepEqual(graphic.display, { low: -10, high: 10 });

    const control = await client.get('T:DBL', { dbrClass: 'control' });
    assert.deepEqual(control.control, { low: -10, high: 10 });

    const enumControl = await client.get('T:ENUM', { dbrClass: 'control' });
    assert.deepEqual(enumControl.value, [1]);
    assert.deepEqual(enumControl.enumStrings, ['Off', 'On']);

    assert.deepEqual((await client.get('T:STR')).value, ['hello']);
    assert.deepEqual((await client.get('T:WF')).value, [1, 2, 3, 4, 5]);
    assert.deepEqual((await client.get('T:WF', { count: 2 })).value, [1, 2]);
    assert.deepEqual((await client.get('T:ENUM', { type: NativeType.String })).value, ['On']);
  });

  it('puts numbers, strings and arrays', async () => {
    const channel = await client.channel('T:LONG');
    await client.put(channel, 42);
    await eventually(() => pv('T:LONG').snapshot().value[0] === 42, 'plain put to land');
    await client.put('T:STR', 'world', { wait: true });
    assert.deepEqual((await client.get('T:STR')).value, ['world']);
    await client.put('T:WF', [5, 4, 3, 2, 1], { wait: true });
    assert.deepEqual((await client.get('T:WF')).value, [5, 4, 3, 2, 1]);
    await client.put('T:ENUM', 'Off', { wait: true });
    assert.deepEqual((await client.get('T:ENUM')).value, [0]);
  });

  it('put with wait resolves only after the server finished processing', async () => {
    const slow = pv('T:SLOW');
    await client.put('T:SLOW', 9.5, { wait: true, timeoutMs: 5000 });
    assert.equal(slow.completedPuts, 1);
    assert.deepEqual((await client.get('T:SLOW')).value, [9.5]);

    await assert.rejects(client.put('T:SLOW', 1, { wait: true, timeoutMs: 50 }), (error: unknown) =>
      error instanceof CaTimeoutError && error instanceof TimeoutError && /put of 'T:SLOW' on 127\.0\.0\.1:\d+ timed out/.test(error.message));
  });

  it('reports a failed put and a put without write access', async () => {
    await assert.rejects(client.put('T:FAIL', 1, { wait: true }), (error: unknown) => {
      assert.ok(error instanceof CaStatusError, String(error));
      assert.match(error.message, /put of 'T:FAIL' on 127\.0\.0\.1:\d+ failed: ECA_/);
      assert.equal(error.pvName, 'T:FAIL');
      return true;
    });
    await assert.rejects(client.put('T:RO', 1, { wait: true }), (error: unknown) =>
      error instanceof CaAccessDeniedError && /'T:RO'.*no write access/.test(error.message));
  });

  it('monitors updates until the monitor is closed', async () => {
    const source = pv('T:MON');
    const monitor = client.monitor('T:MON');
    const seen: number[] = [];
    monitor.subscribe((value) => seen.push(Number(value.value[0])));
    await eventually(() => seen.includes(1), 'the initial update');
    assert.ok(monitor.latest?.timestamp, 'time class by default');
    source.set([2]);
    source.set([3]);
    await eventually(() => seen.includes(3), 'later updates');
    assert.deepEqual(seen.slice(-2), [2, 3]);

    monitor.close();
    await eventually(() => source.subscriberCount === 0, 'the server to drop the subscription');
    source.set([4]);
    await client.get('T:MON'); // a round trip: any update sent before it would have arrived
    assert.equal(seen.includes(4), false);
  });

  it('is an async iterable of updates', async () => {
    const source = pv('T:ITER');
    const monitor = client.monitor('T:ITER');
    const seen: number[] = [];
    const timer = setInterval(() => source.set([Number(source.snapshot().value[0]) + 1]), 20);
    try {
      for await (const value of monitor) {
        seen.push(Number(value.value[0]));
        if (seen.length === 3) break;
      }
    } finally {
      clearInterval(timer);
      monitor.close();
    }
    assert.equal(seen.length, 3);
    assert.ok(seen[0]! < seen[1]! && seen[1]! < seen[2]!, `increasing: ${seen.join(',')}`);
  });

  it('says which PV was not found and where it searched', async () => {
    const quick = clientFor(udpPort, { searchTimeoutMs: 300 });
    try {
      await assert.rejects(quick.channel('NO:SUCH:PV'), (error: unknown) => {
        assert.ok(error instanceof ChannelNotFoundError, String(error));
        assert.equal(error.pvName, 'NO:SUCH:PV');
        assert.match(error.message, new RegExp(`PV 'NO:SUCH:PV' not found: no server answered a search of 127\\.0\\.0\\.1:${udpPort} within 300 ms`));
        return true;
      });
      await assert.rejects(quick.get('NO:SUCH:PV'), ChannelNotFoundError);
    } finally {
      await quick.close();
    }
  });
});

describe('CaClient search and reconnection', () => {
  it('keeps searching until a server that starts later answers', async () => {
    const udpPort = await freeUdpPort();
    const source = new TestSource().add(new TestPv('LATE:PV', 'double', { value: [5] }));
    const client = clientFor(udpPort, { searchTimeoutMs: 5000 });
    let server: CaServer | undefined;
    try {
      const value = client.get('LATE:PV');
      await new Promise((resolve) => setTimeout(resolve, 300));
      ({ server } = await startServer(source, { udpPort }));
      assert.deepEqual((await value).value, [5]);
    } finally {
      await client.close();
      await server?.stop();
    }
  });

  it('restores monitors after the server dies and comes back on the same port', async () => {
    const source = new TestSource().add(new TestPv('R:PV', 'long', { value: [1] }));
    const pv = source.pvs.get('R:PV')!;
    const first = await startServer(source);
    const client = clientFor(first.udpPort);
    let second: CaServer | undefined;
    try {
      const monitor = client.monitor('R:PV');
      const seen: number[] = [];
      const connection: ConnectionEvent[] = [];
      monitor.subscribe((value: CaValue) => seen.push(Number(value.value[0])));
      monitor.onConnection((event) => connection.push(event));
      await eventually(() => seen.includes(1), 'the first value');

      await first.server.stop();
      await eventually(() => connection.some((event) => !event.connected), 'a disconnected status');
      assert.match(connection.find((event) => !event.connected)?.reason ?? '', /circuit to 127\.0\.0\.1:\d+/);

      pv.set([42]);
      ({ server: second } = await startServer(source, { tcpPort: first.tcpPort, udpPort: first.udpPort }));
      await eventually(() => seen.includes(42), 'the monitor to be restored');
      assert.equal(connection.at(-1)?.connected, true);
      pv.set([43]);
      await eventually(() => seen.includes(43), 'values to flow again');
      assert.deepEqual((await client.get('R:PV')).value, [43]);
    } finally {
      await client.close();
      await second?.stop();
    }
  });

  it('carries many channels on one circuit', async () => {
    const source = new TestSource();
    const names = Array.from({ length: 1000 }, (_, i) => `MANY:${i}`);
    names.forEach((name, i) => source.add(new TestPv(name, 'long', { value: [i] })));
    const { server, udpPort } = await startServer(source);
    const client = clientFor(udpPort, { searchTimeoutMs: 10_000 });
    try {
      const channels = await Promise.all(names.map((name) => client.channel(name)));
      assert.ok(channels.every((channel) => channel.connected));
      assert.equal(server.clientCount, 1);
      const values = await Promise.all(channels.map((channel) => client.get(channel)));
      assert.deepEqual(values.map((value) => value.value[0]), names.map((_, i) => i));
    } finally {
      await client.close();
      await server.stop();
    }
  });
});
