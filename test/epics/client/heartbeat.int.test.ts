/**
 * Liveness of a circuit, against a raw-socket server we can silence: the client echoes when the
 * circuit is quiet and declares it dead when the server stops answering, then searches again.
 */
import { it } from 'node:test';
import assert from 'node:assert/strict';
import { createSocket } from 'node:dgram';
import { createServer, type AddressInfo, type Socket } from 'node:net';
import {
  AccessRight, Command, MessageFramer, NativeType, accessRights, createChannelResponse, decodeDatagram, echo, encodeMessages, parseCreateChannelRequest,
  parseSearchRequest, searchResponse, versionMessage, type CaMessageInit,
} from '../../../epics/protocol/mod.js';
import { CaClient, type ConnectionEvent } from '../../../epics/client/mod.js';
import { eventually } from './test-pvs.js';

it('echoes on an idle circuit and drops a server that stopped answering', async () => {
  let mute = false;
  let echoes = 0;
  const sockets = new Set<Socket>();
  const tcp = createServer((socket) => {
    sockets.add(socket);
    const framer = new MessageFramer();
    const reply = (...messages: CaMessageInit[]): void => void socket.write(encodeMessages(messages));
    socket.on('data', (chunk) => {
      for (const message of framer.push(chunk)) {
        if (mute) continue;
        if (message.command === Command.Version) reply(versionMessage());
        if (message.command === Command.Echo) {
          echoes += 1;
          reply(echo());
        }
        if (message.command === Command.CreateChannel) {
          const { cid } = parseCreateChannelRequest(message);
          reply(accessRights(cid, AccessRight.Read | AccessRight.Write), createChannelResponse(NativeType.Double, 1, cid, 77));
        }
      }
    });
    socket.on('error', () => {});
  });
  await new Promise<void>((resolve) => tcp.listen(0, '127.0.0.1', resolve));
  const tcpPort = (tcp.address() as AddressInfo).port;
  const udp = createSocket('udp4');
  udp.on('message', (datagram, remote) => {
    for (const message of decodeDatagram(datagram)) {
      if (message.command !== Command.Search || mute) continue;
      const { searchId } = parseSearchRequest(message);
      udp.send(encodeMessages([versionMessage(), searchResponse(tcpPort, searchId)]), remote.port, remote.address);
    }
  });
  await new Promise<void>((resolve) => udp.bind(0, '127.0.0.1', resolve));

  const client = new CaClient({
    addrList: [`127.0.0.1:${udp.address().port}`], autoAddrList: false, listenForBeacons: false, env: {},
    connectionTimeoutMs: 400, maxSearchPeriodMs: 100,
  });
  try {
    const channel = await client.channel('HB:PV');
    const events: ConnectionEvent[] = [];
    channel.on('connection', (event) => events.push(event));
    await eventually(() => echoes >= 2, 'echo requests on the idle circuit');
    assert.equal(channel.connected, true, 'answered echoes keep the circuit up');

    mute = true;
    await eventually(() => !channel.connected, 'the silent circuit to be declared dead');
    assert.match(events[0]?.reason ?? '', /unresponsive/);

    mute = false;
    await eventually(() => channel.connected, 'a reconnect once the server answers again');
  } finally {
    await client.close();
    for (const socket of sockets) socket.destroy();
    tcp.close();
    udp.close();
  }
});
