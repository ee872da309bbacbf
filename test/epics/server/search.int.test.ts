import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createSocket } from 'node:dgram';
import {
  CA_MINOR_VERSION,
  Command,
  SearchReply,
  decodeDatagram,
  parseBeacon,
  parseNotFound,
  parseSearchResponse,
  searchRequest,
  versionMessage,
  type CaMessage,
} from '../../../epics/protocol/mod.js';
import { CaServer } from '../../../epics/server/mod.js';
import { PendingPuts, standardPvs } from './fake-pv-source.js';
import { searchOnce } from './raw-ca-client.js';

describe('CaServer name resolution over UDP', () => {
  const server = new CaServer({ source: standardPvs(new PendingPuts()), tcpPort: 0, udpPort: 0, beaconPort: 9 });
  let ports: { tcpPort: number; udpPort: number };

  before(async () => {
    ports = await server.start();
  });
  after(() => server.stop());

  it('answers a search for a served name with its TCP port and minor version', async () => {
    const reply = await searchOnce(ports.udpPort, [versionMessage(), searchRequest('TEST:DBL', 41)]);
    assert.ok(reply !== undefined, 'no reply');
    assert.equal(reply[0]?.command, Command.Version);
    const found = parseSearchResponse(reply[1] as CaMessage);
    assert.deepEqual(found, { port: ports.tcpPort, searchId: 41, serverIp: undefined, minorVersion: CA_MINOR_VERSION });
  });

  it('answers NOT_FOUND for an unknown name only when asked to (DO_REPLY)', async () => {
    const asked = await searchOnce(ports.udpPort, [versionMessage(), searchRequest('NO:SUCH', 7, SearchReply.DoReply)]);
    assert.ok(asked !== undefined, 'no reply to DO_REPLY');
    assert.equal(parseNotFound(asked[1] as CaMessage).searchId, 7);
    const silent = await searchOnce(ports.udpPort, [versionMessage(), searchRequest('NO:SUCH', 8, SearchReply.DontReply)], 300);
    assert.equal(silent, undefined);
  });

  it('answers every search of a batched datagram in one reply', async () => {
    const reply = await searchOnce(ports.udpPort, [
      versionMessage(),
      searchRequest('TEST:DBL', 1),
      searchRequest('NOPE', 2),
      searchRequest('TEST:WAVE', 3),
      searchRequest('NOPE:EITHER', 4, SearchReply.DoReply),
    ]);
    assert.ok(reply !== undefined);
    assert.deepEqual(
      reply.map((m) => [m.command, m.parameter2]),
      [[Command.Version, 0], [Command.Search, 1], [Command.Search, 3], [Command.NotFound, 4]],
    );
  });

  it('ignores garbage datagrams and keeps answering', async () => {
    assert.equal(await searchOnce(ports.udpPort, new Uint8Array([1, 2, 3, 4, 5]), 200), undefined);
    const bogus = new Uint8Array(16);
    new DataView(bogus.buffer).setUint16(2, 0x4000); // announces a payload the datagram lacks
    assert.equal(await searchOnce(ports.udpPort, bogus, 200), undefined);
    assert.ok(await searchOnce(ports.udpPort, [versionMessage(), searchRequest('TEST:DBL', 5)]));
  });
});

describe('CaServer beacons', () => {
  it('sends sequential beacons carrying its TCP port to the beacon port', async () => {
    const repeater = createSocket('udp4');
    await new Promise<void>((resolve) => repeater.bind(0, '127.0.0.1', resolve));
    const beacons: ReturnType<typeof parseBeacon>[] = [];
    const three = new Promise<void>((resolve) => {
      repeater.on('message', (datagram) => {
        beacons.push(...decodeDatagram(datagram).map(parseBeacon));
        if (beacons.length >= 3) resolve();
      });
    });
    const server = new CaServer({ source: standardPvs(new PendingPuts()), tcpPort: 0, udpPort: 0, beaconPort: repeater.address().port });
    try {
      const { tcpPort } = await server.start();
      // the first beacons come within a fraction of a second; the steady 15 s period is far off
      await three;
      assert.deepEqual(beacons.slice(0, 3).map((b) => b.beaconId), [0, 1, 2]);
      for (const b of beacons) assert.deepEqual({ port: b.port, serverIp: b.serverIp, minor: b.minorVersion }, { port: tcpPort, serverIp: '127.0.0.1', minor: CA_MINOR_VERSION });
    } finally {
      await server.stop();
      repeater.close();
    }
  });
});
