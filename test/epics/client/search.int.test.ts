/**
 * NameSearcher against a raw UDP responder: a burst of names is paced instead of flooding the
 * server's receive buffer, and every name is still found.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createSocket, type Socket } from 'node:dgram';
import { Command, decodeDatagram, encodeMessages, parseSearchRequest, searchResponse, versionMessage } from '../../../epics/protocol/mod.js';
import { NameSearcher, type ServerAddress } from '../../../epics/client/search.js';
import { silentLogger } from '../../../lib/log.js';

/** A search responder; `answer` decides per datagram whether it replies. */
async function responder(answer: () => boolean): Promise<{ socket: Socket; datagrams: string[][] }> {
  const socket = createSocket('udp4');
  const datagrams: string[][] = [];
  socket.on('message', (datagram, remote) => {
    const searches = decodeDatagram(datagram).filter((m) => m.command === Command.Search).map(parseSearchRequest);
    datagrams.push(searches.map((s) => s.name));
    if (!answer()) return;
    const replies = searches.map((s) => searchResponse(5064, s.searchId));
    socket.send(encodeMessages([versionMessage(), ...replies]), remote.port, remote.address);
  });
  await new Promise<void>((resolve) => socket.bind(0, '127.0.0.1', resolve));
  return { socket, datagrams };
}

const names = (count: number): string[] => Array.from({ length: count }, (_, i) => `PACE:${String(i).padStart(5, '0')}`);

const searcherFor = (server: Socket): NameSearcher =>
  new NameSearcher({ destinations: [{ host: '127.0.0.1', port: server.address().port }], maxSearchPeriodMs: 1000, logger: silentLogger });

describe('NameSearcher pacing', () => {
  it('sends a burst of names a few datagrams at a time while nothing answers, earliest names first', async () => {
    const silent = await responder(() => false);
    const searcher = searcherFor(silent.socket);
    try {
      const all = names(3000); // about 120 datagrams' worth
      for (const name of all) searcher.search(name, () => {});
      await new Promise((resolve) => setTimeout(resolve, 60));
      // unpaced, all ~120 would arrive at once; paced, one per 10 ms period while nothing answers
      assert.ok(silent.datagrams.length >= 1 && silent.datagrams.length <= 10, `${silent.datagrams.length} datagrams in 60 ms`);
      assert.deepEqual(silent.datagrams[0]?.slice(0, 3), all.slice(0, 3));
    } finally {
      searcher.close();
      silent.socket.close();
    }
  });

  it('finds every one of thousands of names', async () => {
    const answering = await responder(() => true);
    const searcher = searcherFor(answering.socket);
    try {
      const all = names(5000);
      const found = await Promise.all(all.map((name) => new Promise<ServerAddress>((resolve) => searcher.search(name, resolve))));
      assert.ok(found.every((address) => address.port === 5064 && address.host === '127.0.0.1'));
      assert.equal(searcher.pendingCount, 0);
    } finally {
      searcher.close();
      answering.socket.close();
    }
  });
});
