import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import {
  Command,
  DbrClass,
  EcaStatus,
  EventMask,
  NativeType,
  dbrCode,
  decodeDbr,
  eventAddRequest,
  readNotifyRequest,
  type CaMessageInit,
} from '../../../epics/protocol/mod.js';
import { CaServer } from '../../../epics/server/mod.js';
import type { Logger } from '../../../lib/log.js';
import { PendingPuts, standardPvs } from './fake-pv-source.js';
import { RawCircuit } from './raw-ca-client.js';

const DBR_DOUBLE = dbrCode(NativeType.Double, DbrClass.Plain);

function header(command: number, payloadSize: number, dataType = 0, dataCount = 0, p1 = 0, p2 = 0): Uint8Array {
  const bytes = new Uint8Array(16);
  const view = new DataView(bytes.buffer);
  view.setUint16(0, command);
  view.setUint16(2, payloadSize);
  view.setUint16(4, dataType);
  view.setUint16(6, dataCount);
  view.setUint32(8, p1);
  view.setUint32(12, p2);
  return bytes;
}

function extendedHeader(command: number, payloadSize: number, dataCount: number): Uint8Array {
  const bytes = new Uint8Array(24);
  const view = new DataView(bytes.buffer);
  view.setUint16(0, command);
  view.setUint16(2, 0xffff);
  view.setUint32(16, payloadSize);
  view.setUint32(20, dataCount);
  return bytes;
}

describe('CaServer against hostile and numerous clients', () => {
  const source = standardPvs(new PendingPuts());
  const warnings: string[] = [];
  const logger: Logger = { info: () => {}, warn: (m) => warnings.push(m), error: (m) => warnings.push(m) };
  const server = new CaServer({ source, tcpPort: 0, udpPort: 0, beaconPort: 9, logger });
  let port: number;
  let bystander: RawCircuit;
  let bystanderSid: number;

  before(async () => {
    port = (await server.start()).tcpPort;
    bystander = await RawCircuit.open(port);
    bystanderSid = (await bystander.createChannel('TEST:DBL', 1)).sid;
    bystander.send(eventAddRequest(DBR_DOUBLE, 1, bystanderSid, 1, EventMask.Value));
    await bystander.next((m) => m.command === Command.EventAdd);
  });
  after(async () => {
    bystander.close();
    await server.stop();
  });

  async function bystanderStillWorks(): Promise<void> {
    const ioid = Math.floor(Math.random() * 1e9);
    bystander.send(readNotifyRequest(DBR_DOUBLE, 1, bystanderSid, ioid));
    const reply = await bystander.next((m) => m.command === Command.ReadNotify && m.parameter2 === ioid);
    assert.equal(reply.parameter1, EcaStatus.Normal);
  }

  const hostile: Array<[string, (sid: number) => Uint8Array | CaMessageInit]> = [
    ['an unknown command', () => header(200, 0)],
    ['an impossible extended header', () => { const h = header(Command.Write, 0xffff); new DataView(h.buffer).setUint16(6, 3); return h; }],
    ['a payload announced at 1 GiB', () => extendedHeader(Command.Write, 1 << 30, 1)],
    ['an EVENT_ADD too short to hold a mask', (sid) => ({ command: Command.EventAdd, dataType: DBR_DOUBLE, dataCount: 1, parameter1: sid, parameter2: 5, payload: new Uint8Array(8) })],
    ['a server-only command (RSRV_IS_UP)', () => header(Command.Beacon, 0)],
  ];

  for (const [what, build] of hostile) {
    it(`closes only the circuit that sends ${what}, with one log line`, async () => {
      const attacker = await RawCircuit.open(port);
      const { sid } = await attacker.createChannel('TEST:DBL', 1);
      const before = warnings.length;
      const bad = build(sid);
      if (bad instanceof Uint8Array) attacker.sendBytes(bad);
      else attacker.send(bad);
      await attacker.closed;
      assert.equal(warnings.length - before, 1, warnings.slice(before).join('\n'));
      await bystanderStillWorks();
    });
  }

  it('survives garbage on many circuits at once', async () => {
    const attackers = await Promise.all(Array.from({ length: 10 }, () => RawCircuit.connect(port)));
    for (const [i, attacker] of attackers.entries()) {
      const junk = new Uint8Array(4096);
      for (let j = 0; j < junk.length; j += 1) junk[j] = (j * 7919 + i * 104729) & 0xff;
      // garbage could happen to read as the start of a long message the server would wait for;
      // an unknown command up front makes it garbage the server can see at once
      junk.set([0xff, 0xfe, 0, 0]);
      attacker.sendBytes(junk);
    }
    await Promise.all(attackers.map((attacker) => attacker.closed));
    await bystanderStillWorks();
  });

  it('keeps the circuit on a bad sid, bad type or bad count: those get CA_PROTO_ERROR', async () => {
    const client = await RawCircuit.open(port);
    const { sid } = await client.createChannel('TEST:DBL', 1);
    client.send(readNotifyRequest(DBR_DOUBLE, 1, 123456, 1), readNotifyRequest(500, 1, sid, 2), readNotifyRequest(DBR_DOUBLE, 99, sid, 3));
    for (let i = 0; i < 3; i += 1) await client.next((m) => m.command === Command.Error);
    client.send(readNotifyRequest(DBR_DOUBLE, 1, sid, 4));
    await client.next((m) => m.command === Command.ReadNotify && m.parameter2 === 4);
    client.close();
  });

  it('serves 50 clients at once, each with a monitor', async () => {
    const dbl = source.get('TEST:DBL');
    const clients = await Promise.all(Array.from({ length: 50 }, () => RawCircuit.open(port)));
    await Promise.all(
      clients.map(async (client, i) => {
        const { sid } = await client.createChannel('TEST:DBL', i);
        client.send(eventAddRequest(DBR_DOUBLE, 1, sid, 7, EventMask.Value));
        await client.next((m) => m.command === Command.EventAdd && m.parameter2 === 7);
      }),
    );
    assert.ok(server.clientCount >= 51, `${server.clientCount} clients`);
    dbl.post({ value: [42] });
    const values = await Promise.all(
      clients.map(async (client) => {
        const update = await client.next((m) => m.command === Command.EventAdd && m.parameter2 === 7);
        return decodeDbr(update.dataType, update.dataCount, update.payload).value[0];
      }),
    );
    assert.deepEqual(values, new Array(50).fill(42));
    for (const client of clients) client.close();
    await Promise.all(clients.map((client) => client.closed));
  });

  it('closes every circuit on stop()', async () => {
    const other = new CaServer({ source, tcpPort: 0, udpPort: 0, beaconPort: 9 });
    const { tcpPort } = await other.start();
    const clients = await Promise.all([RawCircuit.open(tcpPort), RawCircuit.open(tcpPort)]);
    await clients[0]?.createChannel('TEST:DBL', 1);
    assert.equal(other.clientCount, 2);
    await other.stop();
    await Promise.all(clients.map((client) => client.closed));
    assert.equal(other.clientCount, 0);
  });
});
