/**
 * Beacon-driven reconnect. After its server dies, a client re-searches with exponential back-off;
 * once that back-off is long, only a beacon from the restarted server can bring a monitor back
 * before the next timed search. The server is reached through two UDP taps the test owns, so
 * every search datagram and every beacon is seen with its arrival time (performance.now(), the
 * monotonic clock timers run on) and the back-off is read off the wire, not guessed by sleeping.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { performance } from 'node:perf_hooks';
import { createSocket, type Socket } from 'node:dgram';
import { CaServer } from '../../../epics/server/mod.js';
import { Command, decodeDatagram, parseBeacon, parseSearchRequest } from '../../../epics/protocol/mod.js';
import { CaClient, type CaMonitor, type ConnectionEvent } from '../../../epics/client/mod.js';
import { TestPv, TestSource, eventually, freeUdpPort } from './test-pvs.js';

const NAME = 'BEACON:PV';
/** Wait until two successive searches are this far apart; the next timed one is then further still. */
const GROWN_GAP_MS = 2000;

interface Seen<T> {
  at: number;
  value: T;
}

/** Sits between the client and the server's search port: records searches, relays both ways. */
async function searchTap(serverPort: number): Promise<{ socket: Socket; port: number; searches: Seen<{ name: string; searchId: number }>[] }> {
  const socket = createSocket('udp4');
  const searches: Seen<{ name: string; searchId: number }>[] = [];
  let client: { address: string; port: number } | undefined;
  socket.on('message', (datagram, remote) => {
    if (remote.port === serverPort) {
      if (client !== undefined) socket.send(datagram, client.port, client.address);
      return;
    }
    const at = performance.now();
    client = { address: remote.address, port: remote.port };
    for (const message of decodeDatagram(datagram)) {
      if (message.command !== Command.Search) continue;
      const { name, searchId } = parseSearchRequest(message);
      searches.push({ at, value: { name, searchId } });
    }
    // while the server is down this goes nowhere, as the client's own search would
    socket.send(datagram, serverPort, '127.0.0.1');
  });
  socket.on('error', () => {});
  await new Promise<void>((resolve) => socket.bind(0, '127.0.0.1', resolve));
  return { socket, port: socket.address().port, searches };
}

/** Takes the server's beacons in place of the repeater port and hands them on to the client's. */
async function beaconTap(clientPort: number): Promise<{ socket: Socket; port: number; beacons: Seen<{ tcpPort: number }>[] }> {
  const socket = createSocket('udp4');
  const beacons: Seen<{ tcpPort: number }>[] = [];
  socket.on('message', (datagram) => {
    const at = performance.now();
    for (const message of decodeDatagram(datagram)) {
      if (message.command === Command.Beacon) beacons.push({ at, value: { tcpPort: parseBeacon(message).port } });
    }
    socket.send(datagram, clientPort, '127.0.0.1');
  });
  socket.on('error', () => {});
  await new Promise<void>((resolve) => socket.bind(0, '127.0.0.1', resolve));
  return { socket, port: socket.address().port, beacons };
}

/**
 * A server behind the taps, a client with a monitor on NAME, and the server stopped once the
 * client's search back-off for NAME has grown. `timedSearchNotBefore` bounds the next timed
 * search: the back-off doubles, so it is due at least twice the previous delay after the last
 * search, and the gap we measured is that previous delay plus timer lateness. The bound holds as
 * long as that lateness stays under the previous delay (about 2 s).
 */
async function serverGoneForLong(listenForBeacons: boolean) {
  const source = new TestSource().add(new TestPv(NAME, 'long', { value: [1] }));
  const pv = source.pvs.get(NAME)!;
  const serverUdpPort = await freeUdpPort();
  const repeaterPort = await freeUdpPort();
  const search = await searchTap(serverUdpPort);
  const beacon = await beaconTap(repeaterPort);
  const start = (tcpPort: number): Promise<{ server: CaServer; tcpPort: number }> => {
    const server = new CaServer({ source, host: '127.0.0.1', tcpPort, udpPort: serverUdpPort, beaconPort: beacon.port });
    return server.start().then((ports) => ({ server, tcpPort: ports.tcpPort }));
  };
  const first = await start(0);
  let server: CaServer | undefined = first.server;
  const client = new CaClient({
    addrList: [`127.0.0.1:${search.port}`], autoAddrList: false, env: {}, listenForBeacons, repeaterPort,
    searchTimeoutMs: 5000, maxSearchPeriodMs: 10 * 60_000,
  });
  const monitor: CaMonitor = client.monitor(NAME);
  const values: Seen<number>[] = [];
  const connection: ConnectionEvent[] = [];
  monitor.subscribe((value) => values.push({ at: performance.now(), value: Number(value.value[0]) }));
  monitor.onConnection((event) => connection.push(event));
  const cleanup = async (): Promise<void> => {
    await client.close();
    await server?.stop();
    search.socket.close();
    beacon.socket.close();
  };
  try {
    await eventually(() => values.some((v) => v.value === 1), 'the first value');
    const searchesBefore = search.searches.length;
    await first.server.stop();
    server = undefined;
    const lost = (): Seen<{ name: string; searchId: number }>[] => search.searches.slice(searchesBefore).filter((s) => s.value.name === NAME);
    const lastGap = (): number => {
      const all = lost();
      return all.length < 2 ? 0 : all[all.length - 1]!.at - all[all.length - 2]!.at;
    };
    await eventually(() => lastGap() >= GROWN_GAP_MS, 'the search back-off to grow', 4 * GROWN_GAP_MS);
    assert.equal(connection.at(-1)?.connected, false);
    const last = lost().at(-1)!;
    const timedSearchNotBefore = last.at + lastGap();
    const restart = async (): Promise<number> => {
      ({ server } = await start(first.tcpPort));
      return performance.now();
    };
    const searchesSince = (at: number): Seen<{ name: string; searchId: number }>[] => lost().filter((s) => s.at > at);
    return { pv, values, connection, beacons: beacon.beacons, tcpPort: first.tcpPort, last, timedSearchNotBefore, restart, searchesSince, cleanup };
  } catch (error) {
    await cleanup();
    throw error;
  }
}

describe('reconnect on a beacon', () => {
  it('restores a monitor as soon as the restarted server beacons, long before the next timed search', async () => {
    const s = await serverGoneForLong(true);
    try {
      s.pv.set([42]);
      const restartedAt = await s.restart();
      await eventually(() => s.values.some((v) => v.value === 42), 'the monitor to be restored before the next timed search',
        Math.max(0, s.timedSearchNotBefore - performance.now()));
      assert.equal(s.connection.at(-1)?.connected, true);

      const beacon = s.beacons.find((b) => b.at >= restartedAt);
      const research = s.searchesSince(s.last.at)[0];
      assert.ok(beacon && research, 'a beacon and then a search after the restart');
      assert.equal(beacon.value.tcpPort, s.tcpPort);
      // the search followed the beacon, and came before its own back-off allowed: resetBackoff did it
      assert.ok(beacon.at <= research.at, `beacon at ${beacon.at}, search at ${research.at}`);
      assert.ok(research.at < s.timedSearchNotBefore, `search at ${research.at}, timed search not before ${s.timedSearchNotBefore}`);
      assert.equal(research.value.searchId, s.last.value.searchId, 'the same pending search, retried early');

      s.pv.set([43]);
      await eventually(() => s.values.some((v) => v.value === 43), 'values to flow again');
    } finally {
      await s.cleanup();
    }
  });

  it('without beacons the monitor waits for the timed search (control)', async () => {
    const s = await serverGoneForLong(false);
    try {
      s.pv.set([42]);
      const restartedAt = await s.restart();
      // the restarted server announces itself several times (at 0, 20, 60, 140, 300 ms) ...
      await eventually(() => s.beacons.filter((b) => b.at >= restartedAt).length >= 5, 'beacons from the restarted server');
      // ... and yet nothing is searched or restored before the back-off runs out; the times, not
      // the moment we look, decide, so a slow run cannot turn a late timed search into a failure
      assert.deepEqual(s.searchesSince(s.last.at).filter((r) => r.at < s.timedSearchNotBefore), []);
      assert.deepEqual(s.values.filter((v) => v.value === 42 && v.at < s.timedSearchNotBefore), []);

      // the timed search, when due, still finds the server: the control is not merely broken
      await eventually(() => s.values.some((v) => v.value === 42), 'the timed search to restore the monitor', 4 * GROWN_GAP_MS);
      assert.equal(s.connection.at(-1)?.connected, true);
    } finally {
      await s.cleanup();
    }
  });
});
