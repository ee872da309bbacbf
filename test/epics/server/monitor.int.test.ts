import { after, afterEach, before, beforeEach, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import {
  Command,
  DbrClass,
  EcaStatus,
  EventMask,
  NativeType,
  clearChannel,
  dbrCode,
  decodeDbr,
  eventAddRequest,
  eventCancel,
  eventsOff,
  eventsOn,
  parseErrorMessage,
  readNotifyRequest,
  type CaMessage,
} from '../../../epics/protocol/mod.js';
import { CaServer } from '../../../epics/server/mod.js';
import { FakePv, FakePvSource, PendingPuts, standardPvs } from './fake-pv-source.js';
import { RawCircuit } from './raw-ca-client.js';

const DBR_DOUBLE = dbrCode(NativeType.Double, DbrClass.Plain);
const DBR_TIME_DOUBLE = dbrCode(NativeType.Double, DbrClass.Time);
const isUpdate = (id: number) => (m: CaMessage): boolean => m.command === Command.EventAdd && m.parameter2 === id && m.payload.length > 0;
const valueOf = (m: CaMessage): number[] | string[] => decodeDbr(m.dataType, m.dataCount, m.payload).value;

describe('CaServer monitors', () => {
  const source: FakePvSource = standardPvs(new PendingPuts());
  const dbl = source.get('TEST:DBL');
  const server = new CaServer({ source, tcpPort: 0, udpPort: 0, beaconPort: 9 });
  let port: number;
  let client: RawCircuit;

  before(async () => {
    port = (await server.start()).tcpPort;
  });
  after(() => server.stop());
  beforeEach(async () => {
    client = await RawCircuit.open(port);
  });
  afterEach(() => client.close());

  it('sends the current value at once, then updates whose mask intersects the subscription', async () => {
    dbl.post({ value: [1] });
    const { sid } = await client.createChannel('TEST:DBL', 1);
    client.send(eventAddRequest(DBR_TIME_DOUBLE, 1, sid, 10, EventMask.Value));
    const first = await client.next(isUpdate(10));
    assert.deepEqual([first.parameter1, valueOf(first)], [EcaStatus.Normal, [1]]);

    dbl.post({ severity: 2 }, EventMask.Alarm);
    dbl.post({ value: [2] }, EventMask.Value | EventMask.Log);
    const second = await client.next(isUpdate(10));
    assert.deepEqual(valueOf(second), [2], 'the alarm-only change was filtered out');
    await client.nothing(isUpdate(10), 50);
  });

  it('confirms EVENT_CANCEL with an empty EVENT_ADD and sends nothing more', async () => {
    const { sid } = await client.createChannel('TEST:DBL', 1);
    client.send(eventAddRequest(DBR_DOUBLE, 1, sid, 11, EventMask.Value));
    await client.next(isUpdate(11));
    client.send(eventCancel(DBR_DOUBLE, 1, sid, 11));
    const confirm = await client.next((m) => m.command === Command.EventAdd && m.parameter2 === 11);
    assert.deepEqual([confirm.payload.length, confirm.dataCount, confirm.parameter1, confirm.dataType], [0, 0, sid, DBR_DOUBLE]);
    dbl.post({ value: [3] });
    await client.nothing(isUpdate(11));
  });

  it('CLEAR_CHANNEL replies, drops the subscriptions, and forgets the sid', async () => {
    const listenersBefore = dbl.listenerCount;
    const { sid } = await client.createChannel('TEST:DBL', 21);
    client.send(eventAddRequest(DBR_DOUBLE, 1, sid, 12, EventMask.Value));
    await client.next(isUpdate(12));
    assert.equal(dbl.listenerCount, listenersBefore + 1);
    client.send(clearChannel(sid, 21));
    const cleared = await client.next((m) => m.command === Command.ClearChannel);
    assert.deepEqual([cleared.parameter1, cleared.parameter2], [sid, 21]);
    assert.equal(dbl.listenerCount, listenersBefore);
    dbl.post({ value: [4] });
    await client.nothing(isUpdate(12));
    client.send(readNotifyRequest(DBR_DOUBLE, 1, sid, 1));
    assert.equal(parseErrorMessage(await client.next((m) => m.command === Command.Error)).status, EcaStatus.BadChid);
  });

  it('refuses an empty mask and a cancel of an unknown subscription, keeping the circuit', async () => {
    const { sid } = await client.createChannel('TEST:DBL', 1);
    client.send(eventAddRequest(DBR_DOUBLE, 1, sid, 13, 0));
    assert.equal(parseErrorMessage(await client.next((m) => m.command === Command.Error)).status, EcaStatus.BadMask);
    client.send(eventCancel(DBR_DOUBLE, 1, sid, 999));
    assert.equal(parseErrorMessage(await client.next((m) => m.command === Command.Error)).status, EcaStatus.BadMonId);
    assert.equal(client.isClosed, false);
  });

  it('holds updates between EVENTS_OFF and EVENTS_ON, then sends only the latest', async () => {
    const { sid } = await client.createChannel('TEST:DBL', 1);
    client.send(eventAddRequest(DBR_DOUBLE, 1, sid, 14, EventMask.Value));
    await client.next(isUpdate(14));
    client.send(eventsOff());
    client.send(readNotifyRequest(DBR_DOUBLE, 1, sid, 1)); // a round trip: EVENTS_OFF has been handled
    await client.next((m) => m.command === Command.ReadNotify);
    for (let v = 100; v <= 110; v += 1) dbl.post({ value: [v] });
    await client.nothing(isUpdate(14), 50);
    client.send(eventsOn());
    assert.deepEqual(valueOf(await client.next(isUpdate(14))), [110]);
    await client.nothing(isUpdate(14), 50);
  });

  it('unsubscribes from the PV when the client goes away', async () => {
    const before = dbl.listenerCount;
    const { sid } = await client.createChannel('TEST:DBL', 1);
    client.send(eventAddRequest(DBR_DOUBLE, 1, sid, 15, EventMask.Value));
    await client.next(isUpdate(15));
    client.close();
    while (dbl.listenerCount !== before) await new Promise((resolve) => setTimeout(resolve, 5));
  });
});

describe('CaServer flow control', () => {
  it('coalesces updates for a client that stops reading, and delivers the latest value', async () => {
    const size = 2000; // 16 kB per update
    const wave = new FakePv({ name: 'BIG:WAVE', nativeType: 'double', value: new Array<number>(size).fill(0) });
    const server = new CaServer({ source: new FakePvSource([wave]), tcpPort: 0, udpPort: 0, beaconPort: 9 });
    const { tcpPort } = await server.start();
    const client = await RawCircuit.open(tcpPort);
    try {
      const { sid } = await client.createChannel('BIG:WAVE', 1);
      client.send(eventAddRequest(DBR_DOUBLE, size, sid, 1, EventMask.Value));
      await client.next(isUpdate(1));
      client.socket.pause();
      // 5000 updates of 16 kB (80 MB): far more than socket buffers hold
      const posts = 5000;
      for (let i = 1; i <= posts; i += 1) {
        wave.post({ value: new Array<number>(size).fill(i) });
        // let the server write between posts, so the socket buffers really fill up
        if (i % 50 === 0) await new Promise((resolve) => setImmediate(resolve));
      }
      client.socket.resume();
      let received = 0;
      for (;;) {
        const update = await client.next(isUpdate(1), 5000);
        received += 1;
        if (valueOf(update)[0] === posts) break;
      }
      assert.ok(received < posts / 2, `${received} of ${posts} updates were sent: nothing was coalesced`);
      await client.nothing(isUpdate(1), 100);
    } finally {
      client.close();
      await server.stop();
    }
  });
});
