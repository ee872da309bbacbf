/**
 * ca:// against brightline's own CA server and record database over loopback sockets: metadata,
 * monitors, put-callbacks of a moving motor, refusals, and an IOC that starts late, dies and
 * comes back on the same ports.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { CaServer, type PvSource } from '../../../epics/server/mod.js';
import { createDatabase, type RecordDatabase } from '../../../epics/server/records/mod.js';
import { CaClient } from '../../../epics/client/mod.js';
import { CaSignalBackend } from '../../../actors/device/signals/ca-backend.js';
import {
  SignalAbortedError, SignalClosedError, SignalConnectError, SignalDisconnectedError, SignalNotConnectedError, SignalPutError, SignalTimeoutError,
} from '../../../actors/device/signals/errors.js';
import type { ConnectionChange, SignalReading } from '../../../actors/device/signals/signal-backend.js';
import { eventually, freeUdpPort } from '../../epics/client/test-pvs.js';

const RECORDS = [
  { type: 'motor', name: 'm1', egu: 'mm', velo: 5, accl: 0.05, hlm: 10, llm: -10, prec: 3, value: 0, tickMs: 20 },
  { type: 'ai', name: 'current', value: 299.5, egu: 'mA', prec: 2, low: 200, lolo: 100 },
  { type: 'ao', name: 'gain', value: 1, egu: 'x', drvh: 100, drvl: 0, prec: 1 },
  { type: 'bo', name: 'shutter', znam: 'closed', onam: 'open', value: 0 },
  { type: 'stringout', name: 'sample', value: 'lysozyme' },
  { type: 'waveform', name: 'spectrum', ftvl: 'double', nelm: 4, value: [1, 2, 3, 4] },
];

const CONNECT = { timeoutMs: 5000 };

async function startServer(source: PvSource, ports: { tcpPort?: number; udpPort?: number } = {}): Promise<{ server: CaServer; tcpPort: number; udpPort: number }> {
  const server = new CaServer({ source, host: '127.0.0.1', tcpPort: ports.tcpPort ?? 0, udpPort: ports.udpPort ?? 0, beaconPort: await freeUdpPort() });
  return { server, ...(await server.start()) };
}

function clientFor(udpPort: number): CaClient {
  return new CaClient({
    addrList: [`127.0.0.1:${udpPort}`], autoAddrList: false, listenForBeacons: false, env: {},
    searchTimeoutMs: 3000, maxSearchPeriodMs: 200, connectionTimeoutMs: 5000,
  });
}

function nowSeconds(): number {
  return Date.now() / 1000;
}

describe('CaSignalBackend against the brightline CA server', () => {
  let database: RecordDatabase;
  let server: CaServer;
  let client: CaClient;
  const backends: CaSignalBackend[] = [];
  const signal = (pvName: string): CaSignalBackend => {
    const backend = new CaSignalBackend(client, pvName);
    backends.push(backend);
    return backend;
  };
  const connected = async (pvName: string): Promise<CaSignalBackend> => {
    const backend = signal(pvName);
    await backend.connect(CONNECT);
    return backend;
  };

  before(async () => {
    database = createDatabase('CA:', RECORDS);
    let udpPort: number;
    ({ server, udpPort } = await startServer(database));
    client = clientFor(udpPort);
  });

  after(async () => {
    for (const backend of backends) backend.close();
    await client.close();
    await server.stop();
    database.close();
  });

  it('connects and reads metadata and the latest value of each kind of PV', async () => {
    const current = signal('CA:current');
    assert.throws(() => current.meta(), SignalNotConnectedError);
    await current.connect(CONNECT);
    assert.equal(current.source, 'ca://CA:current');
    assert.equal(current.connected, true);
    assert.deepEqual(current.meta(), { dtype: 'number', shape: [], units: 'mA', precision: 2, writable: true });
    const reading = current.latest();
    assert.equal(reading?.value, 299.5);
    assert.equal(reading?.severity, 'NO_ALARM');
    assert.equal(reading?.status, '');
    assert.ok(Math.abs((reading?.timestamp ?? 0) - nowSeconds()) < 60, `a Unix timestamp: ${reading?.timestamp}`);

    const rbv = await connected('CA:m1.RBV');
    assert.deepEqual(rbv.meta(), { dtype: 'number', shape: [], units: 'mm', precision: 3, limits: { low: -10, high: 10 }, writable: false });
    assert.equal(rbv.latest()?.value, 0);

    const shutter = await connected('CA:shutter');
    assert.deepEqual(shutter.meta(), { dtype: 'string', shape: [], units: '', precision: 0, choices: ['closed', 'open'], writable: true });
    assert.equal(shutter.latest()?.value, 'closed');

    const sample = await connected('CA:sample');
    assert.deepEqual(sample.meta(), { dtype: 'string', shape: [], units: '', precision: 0, writable: true });
    assert.equal(sample.latest()?.value, 'lysozyme');

    const spectrum = await connected('CA:spectrum');
    assert.equal(spectrum.meta().dtype, 'array');
    assert.deepEqual(spectrum.meta().shape, [4]);
    assert.deepEqual(spectrum.latest()?.value, [1, 2, 3, 4]);

    // a second signal on a channel the client has already connected gets no connection event
    const again = await connected('CA:current');
    assert.equal(again.latest()?.value, 299.5);
    assert.deepEqual((await again.get()).value, 299.5);
  });

  it('delivers every monitor update, with alarms by name', async () => {
    const current = await connected('CA:current');
    const seen: SignalReading[] = [];
    current.subscribe((reading) => seen.push(reading));
    const writer = await connected('CA:current');
    await writer.put(150, { wait: true, timeoutMs: 2000 });
    await writer.put(50, { wait: true, timeoutMs: 2000 });
    await writer.put(299.5, { wait: true, timeoutMs: 2000 });
    await eventually(() => seen.length >= 3, 'three updates');
    assert.deepEqual(seen.map((r) => [r.value, r.severity, r.status]), [[150, 'MINOR', 'LOW'], [50, 'MAJOR', 'LOLO'], [299.5, 'NO_ALARM', '']]);
    assert.deepEqual(current.latest(), seen.at(-1));
  });

  it('put with wait on a motor VAL completes only when the move is done', async () => {
    const val = await connected('CA:m1');
    const rbv = await connected('CA:m1.RBV');
    const dmov = await connected('CA:m1.DMOV');
    const positions: number[] = [];
    rbv.subscribe((reading) => positions.push(reading.value as number));
    const started = Date.now();
    await val.put(1.5, { wait: true, timeoutMs: 5000 });
    const elapsed = Date.now() - started;
    // 1.5 mm at 5 mm/s with 0.05 s ramps: 0.35 s
    assert.ok(elapsed >= 300, `the put returned after ${elapsed} ms, before the move could end`);
    assert.equal((await dmov.get()).value, 1);
    assert.equal((await rbv.get()).value, 1.5);
    await eventually(() => rbv.latest()?.value === 1.5, 'the final RBV on the monitor');
    assert.ok(positions.some((p) => p > 0 && p < 1.5), `intermediate positions: ${positions.join(', ')}`);
  });

  it('puts an enum by state name or index, and lists the choices for an unknown one', async () => {
    const shutter = await connected('CA:shutter');
    await shutter.put('open', { wait: true, timeoutMs: 2000 });
    assert.equal((await shutter.get()).value, 'open');
    await eventually(() => shutter.latest()?.value === 'open', 'the monitor to say open');
    await shutter.put(0, { wait: true, timeoutMs: 2000 });
    assert.equal((await shutter.get()).value, 'closed');
    await assert.rejects(shutter.put('ajar', { wait: true, timeoutMs: 2000 }), (error: unknown) =>
      error instanceof SignalPutError && /'ajar' is not a state; choices: 'closed', 'open'/.test(error.message));
  });

  it('puts strings and arrays', async () => {
    const sample = await connected('CA:sample');
    await sample.put('insulin', { wait: true, timeoutMs: 2000 });
    assert.equal((await sample.get()).value, 'insulin');
    const spectrum = await connected('CA:spectrum');
    await spectrum.put([4, 3, 2, 1], { wait: true, timeoutMs: 2000 });
    assert.deepEqual((await spectrum.get()).value, [4, 3, 2, 1]);
  });

  it('turns refusals into SignalPutError: beyond motor limits, no write access', async () => {
    const val = await connected('CA:m1');
    await assert.rejects(val.put(11, { wait: true, timeoutMs: 2000 }), (error: unknown) => {
      assert.ok(error instanceof SignalPutError, String(error));
      assert.match(error.message, /put to ca:\/\/CA:m1 refused: .*ECA_PUTFAIL/);
      return true;
    });
    const rbv = await connected('CA:m1.RBV');
    await assert.rejects(rbv.put(1, { wait: true, timeoutMs: 2000 }), (error: unknown) =>
      error instanceof SignalPutError && /no write access/.test(error.message));
  });

  it('times out, aborts promptly, and fails pending puts on close', async () => {
    const val = await connected('CA:m1');
    const stop = await connected('CA:m1.STOP');
    try {
      await assert.rejects(val.put(-8, { wait: true, timeoutMs: 100 }), (error: unknown) =>
        error instanceof SignalTimeoutError && /put ca:\/\/CA:m1 did not complete within 100 ms/.test(error.message));

      const controller = new AbortController();
      const aborted = val.put(8, { wait: true, timeoutMs: 10_000, signal: controller.signal });
      const abortedAt = Date.now();
      setTimeout(() => controller.abort(), 50);
      await assert.rejects(aborted, SignalAbortedError);
      assert.ok(Date.now() - abortedAt < 1000, 'promptly, while the motor still moves');

      const closing = signal('CA:m1');
      await closing.connect(CONNECT);
      const pending = closing.put(-8, { wait: true, timeoutMs: 10_000 });
      closing.close();
      await assert.rejects(pending, SignalClosedError);
      await assert.rejects(closing.get(), SignalClosedError);
    } finally {
      await stop.put(1, { wait: true, timeoutMs: 2000 });
    }
  });
});

describe('CaSignalBackend connection loss and return', () => {
  it('keeps searching after a connect timeout and reports the IOC that starts later', async () => {
    const udpPort = await freeUdpPort();
    const database = createDatabase('LATE:', RECORDS);
    const client = clientFor(udpPort);
    const backend = new CaSignalBackend(client, 'LATE:current');
    const changes: ConnectionChange[] = [];
    backend.onConnection((change) => changes.push(change));
    let server: CaServer | undefined;
    try {
      await assert.rejects(backend.connect({ timeoutMs: 300 }), (error: unknown) => {
        assert.ok(error instanceof SignalConnectError, String(error));
        assert.match(error.message, /ca:\/\/LATE:current did not connect: no server answered the search within 300 ms.*still trying in the background/);
        return true;
      });
      assert.equal(backend.connected, false);
      assert.equal(backend.latest(), undefined);
      // longer than the client's own search timeout: the monitor keeps the search alive
      await new Promise((resolve) => setTimeout(resolve, 3500));
      ({ server } = await startServer(database, { udpPort }));
      await eventually(() => backend.connected, 'the late IOC to be found');
      assert.deepEqual(changes, [{ connected: true, reason: '' }]);
      assert.equal(backend.latest()?.value, 299.5);
      assert.equal(backend.meta().units, 'mA');
    } finally {
      backend.close();
      await client.close();
      await server?.stop();
      database.close();
    }
  });

  it('reports the loss, fails a waiting put, and reconnects with fresh metadata when the IOC returns', async () => {
    const database = createDatabase('R:', RECORDS);
    const first = await startServer(database);
    const client = clientFor(first.udpPort);
    const motor = new CaSignalBackend(client, 'R:m1');
    const gain = new CaSignalBackend(client, 'R:gain');
    const changes: ConnectionChange[] = [];
    const values: unknown[] = [];
    let second: CaServer | undefined;
    try {
      await motor.connect(CONNECT);
      await gain.connect(CONNECT);
      gain.onConnection((change) => changes.push(change));
      gain.subscribe((reading) => values.push(reading.value));

      const moving = motor.put(9, { wait: true, timeoutMs: 10_000 });
      await new Promise((resolve) => setTimeout(resolve, 100));
      await first.server.stop();
      await assert.rejects(moving, (error: unknown) => {
        assert.ok(error instanceof SignalDisconnectedError, String(error));
        assert.match(error.message, /put ca:\/\/R:m1 failed: disconnected/);
        return true;
      });
      await eventually(() => changes.some((change) => !change.connected), 'a disconnect');
      assert.equal(gain.connected, false);
      assert.match(changes[0]?.reason ?? '', /circuit to 127\.0\.0\.1:\d+/);
      await assert.rejects(gain.put(2, { wait: true, timeoutMs: 100 }), SignalNotConnectedError);

      // while the IOC is down its configuration changes: the reconnect must fetch it again
      await database.find('R:gain.EGU')?.put(['dB']);
      await database.find('R:gain')?.put([7]);
      ({ server: second } = await startServer(database, { tcpPort: first.tcpPort, udpPort: first.udpPort }));
      await eventually(() => gain.connected, 'the reconnect');
      assert.deepEqual(changes.map((change) => change.connected), [false, true]);
      assert.equal(gain.meta().units, 'dB');
      await eventually(() => gain.latest()?.value === 7, 'the current value after the reconnect');
      await database.find('R:gain')?.put([8]);
      await eventually(() => values.includes(8), 'monitor values to flow again');
      await gain.put(9, { wait: true, timeoutMs: 2000 });
      assert.equal((await gain.get()).value, 9);
    } finally {
      motor.close();
      gain.close();
      await client.close();
      await second?.stop();
      database.close();
    }
  });
});
