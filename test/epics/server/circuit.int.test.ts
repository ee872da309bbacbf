import { after, before, beforeEach, afterEach, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import {
  AccessRight,
  Command,
  DbrClass,
  EcaStatus,
  NativeType,
  dbrCode,
  decodeDbr,
  echo,
  fromEpicsTimestamp,
  parseErrorMessage,
  readNotifyRequest,
  writeNotifyRequest,
  writeRequest,
  type CaMessage,
  type DbrValue,
} from '../../../epics/protocol/mod.js';
import { CaServer } from '../../../epics/server/mod.js';
import { FakePvSource, PendingPuts, standardPvs } from './fake-pv-source.js';
import { RawCircuit } from './raw-ca-client.js';

const DBR_STRING = dbrCode(NativeType.String, DbrClass.Plain);
const DBR_DOUBLE = dbrCode(NativeType.Double, DbrClass.Plain);
const DBR_STS_STRING = dbrCode(NativeType.String, DbrClass.Status);
const DBR_TIME_DOUBLE = dbrCode(NativeType.Double, DbrClass.Time);
const DBR_CTRL_DOUBLE = dbrCode(NativeType.Double, DbrClass.Control);
const DBR_CTRL_ENUM = dbrCode(NativeType.Enum, DbrClass.Control);
const DBR_LONG = dbrCode(NativeType.Long, DbrClass.Plain);

describe('CaServer virtual circuit', () => {
  const pending = new PendingPuts();
  const source: FakePvSource = standardPvs(pending);
  const server = new CaServer({ source, tcpPort: 0, udpPort: 0, beaconPort: 9 });
  let port: number;
  let client: RawCircuit;
  let nextId = 100;

  before(async () => {
    port = (await server.start()).tcpPort;
  });
  after(() => server.stop());
  beforeEach(async () => {
    client = await RawCircuit.open(port);
  });
  afterEach(() => client.close());

  async function read(sid: number, dataType: number, count = 0): Promise<{ reply: CaMessage; dbr: DbrValue }> {
    const ioid = nextId++;
    client.send(readNotifyRequest(dataType, count, sid, ioid));
    const reply = await client.next((m) => m.command === Command.ReadNotify && m.parameter2 === ioid);
    assert.equal(reply.parameter1, EcaStatus.Normal, 'read status');
    return { reply, dbr: decodeDbr(reply.dataType, reply.dataCount, reply.payload) };
  }

  it('answers ECHO and counts the client', async () => {
    client.send(echo());
    await client.next((m) => m.command === Command.Echo);
    assert.ok(server.clientCount >= 1);
  });

  it('creates channels with native type, count and access rights', async () => {
    const { sid, ...dbl } = await client.createChannel('TEST:DBL', 1);
    assert.deepEqual(dbl, { rights: AccessRight.Read | AccessRight.Write, nativeType: NativeType.Double, count: 1 });
    const again = await client.createChannel('TEST:DBL', 4);
    assert.notEqual(again.sid, sid, 'each channel has its own sid');
    const str = await client.createChannel('TEST:STR', 2);
    assert.equal(str.rights, AccessRight.Read);
    assert.equal(str.nativeType, NativeType.String);
    const wave = await client.createChannel('TEST:WAVE', 3);
    assert.deepEqual([wave.nativeType, wave.count], [NativeType.Double, 10]);
  });

  it('answers CREATE_CH_FAIL for a name it does not serve', async () => {
    client.send({ command: Command.CreateChannel, dataType: 0, dataCount: 0, parameter1: 77, parameter2: 13, payload: new TextEncoder().encode('NO:SUCH\0') });
    const fail = await client.next();
    assert.deepEqual([fail.command, fail.parameter1], [Command.CreateChannelFail, 77]);
  });

  it('reads DBR_DOUBLE, DBR_TIME_DOUBLE and DBR_CTRL_DOUBLE', async () => {
    const { sid } = await client.createChannel('TEST:DBL', 1);
    assert.deepEqual((await read(sid, DBR_DOUBLE)).dbr, { value: [1.5] });
    const time = (await read(sid, DBR_TIME_DOUBLE)).dbr;
    assert.deepEqual([time.value, time.status, time.severity], [[1.5], 0, 0]);
    assert.equal(fromEpicsTimestamp(time.timestamp ?? { secondsPastEpoch: 0, nanoseconds: 0 }), Date.UTC(2024, 0, 2, 3, 4, 5, 678));
    const ctrl = (await read(sid, DBR_CTRL_DOUBLE)).dbr;
    assert.deepEqual(
      { units: ctrl.units, precision: ctrl.precision, display: ctrl.display, alarm: ctrl.alarm, warning: ctrl.warning, control: ctrl.control },
      { units: 'mm', precision: 3, display: { low: -10, high: 10 }, alarm: { low: -9, high: 9 }, warning: { low: -8, high: 8 }, control: { low: -7, high: 7 } },
    );
  });

  it('reads DBR_STS_STRING, and converts between types', async () => {
    const str = await client.createChannel('TEST:STR', 1);
    assert.deepEqual((await read(str.sid, DBR_STS_STRING)).dbr, { value: ['hello'], status: 7, severity: 1 });
    const dbl = await client.createChannel('TEST:DBL', 2);
    assert.deepEqual((await read(dbl.sid, DBR_STRING)).dbr.value, ['1.5']);
    assert.deepEqual((await read(dbl.sid, DBR_LONG)).dbr.value, [1]);
    const en = await client.createChannel('TEST:ENUM', 3);
    assert.deepEqual((await read(en.sid, DBR_STRING)).dbr.value, ['On']);
    const ctrl = (await read(en.sid, DBR_CTRL_ENUM)).dbr;
    assert.deepEqual([ctrl.value, ctrl.enumStrings], [[1], ['Off', 'On', 'Fault']]);
  });

  it('reads a waveform: count 0 is its current length, a larger count is zero filled', async () => {
    const { sid } = await client.createChannel('TEST:WAVE', 1);
    const whole = await read(sid, DBR_DOUBLE, 0);
    assert.deepEqual([whole.reply.dataCount, whole.dbr.value], [6, [1, 2, 3, 4, 5, 6]]);
    assert.deepEqual((await read(sid, DBR_DOUBLE, 8)).dbr.value, [1, 2, 3, 4, 5, 6, 0, 0]);
    assert.deepEqual((await read(sid, DBR_DOUBLE, 2)).dbr.value, [1, 2]);
  });

  it('refuses a read of a bad type or count with CA_PROTO_ERROR and keeps the circuit', async () => {
    const { sid } = await client.createChannel('TEST:WAVE', 5);
    client.send(readNotifyRequest(999, 1, sid, 1));
    const badType = parseErrorMessage(await client.next((m) => m.command === Command.Error));
    assert.deepEqual([badType.status, badType.cid, badType.request.command], [EcaStatus.BadType, 5, Command.ReadNotify]);
    client.send(readNotifyRequest(DBR_DOUBLE, 11, sid, 2));
    assert.equal(parseErrorMessage(await client.next((m) => m.command === Command.Error)).status, EcaStatus.BadCount);
    client.send(readNotifyRequest(DBR_DOUBLE, 1, 0xdead, 3));
    assert.equal(parseErrorMessage(await client.next((m) => m.command === Command.Error)).status, EcaStatus.BadChid);
    assert.deepEqual((await read(sid, DBR_DOUBLE, 1)).dbr.value, [1]);
  });

  it('writes with WRITE (no reply) and the value reads back, converted to the native type', async () => {
    const { sid } = await client.createChannel('TEST:DBL', 1);
    client.send(writeRequest(DBR_DOUBLE, 1, sid, 1, { value: [4.25] }));
    assert.deepEqual((await read(sid, DBR_DOUBLE)).dbr.value, [4.25]);
    client.send(writeRequest(DBR_STRING, 1, sid, 2, { value: ['-2.5'] }));
    assert.deepEqual((await read(sid, DBR_DOUBLE)).dbr.value, [-2.5]);
    await client.nothing((m) => m.command === Command.Write || m.command === Command.Error, 50);
  });

  it('writes an enum by state name and a waveform by its elements', async () => {
    const en = await client.createChannel('TEST:ENUM', 1);
    client.send(writeRequest(DBR_STRING, 1, en.sid, 1, { value: ['Fault'] }));
    assert.deepEqual((await read(en.sid, dbrCode(NativeType.Enum, DbrClass.Plain))).dbr.value, [2]);
    const wave = await client.createChannel('TEST:WAVE', 2);
    client.send(writeNotifyRequest(DBR_LONG, 3, wave.sid, 2, { value: [7, 8, 9] }));
    assert.equal((await client.next((m) => m.command === Command.WriteNotify)).parameter1, EcaStatus.Normal);
    assert.deepEqual((await read(wave.sid, DBR_DOUBLE)).dbr.value, [7, 8, 9]);
  });

  it('refuses writes to a read-only PV: CA_PROTO_ERROR for WRITE, status for WRITE_NOTIFY', async () => {
    const { sid } = await client.createChannel('TEST:STR', 9);
    client.send(writeRequest(DBR_STRING, 1, sid, 1, { value: ['x'] }));
    const error = parseErrorMessage(await client.next((m) => m.command === Command.Error));
    assert.deepEqual([error.status, error.cid], [EcaStatus.NoWtAccess, 9]);
    client.send(writeNotifyRequest(DBR_STRING, 1, sid, 55, { value: ['x'] }));
    const reply = await client.next((m) => m.command === Command.WriteNotify);
    assert.deepEqual([reply.parameter1, reply.parameter2], [EcaStatus.NoWtAccess, 55]);
    assert.deepEqual(source.get('TEST:STR').puts, []);
  });

  it('answers WRITE_NOTIFY only when the put completes, and reports a failed put', async () => {
    const { sid } = await client.createChannel('TEST:SLOW', 1);
    client.send(writeNotifyRequest(DBR_DOUBLE, 1, sid, 61, { value: [3] }));
    while (pending.size === 0) await new Promise((resolve) => setTimeout(resolve, 5));
    await client.nothing((m) => m.command === Command.WriteNotify, 100);
    pending.finishNext();
    const done = await client.next((m) => m.command === Command.WriteNotify);
    assert.deepEqual([done.parameter1, done.parameter2, done.dataType, done.dataCount], [EcaStatus.Normal, 61, DBR_DOUBLE, 1]);
    assert.deepEqual((await read(sid, DBR_DOUBLE)).dbr.value, [3]);

    client.send(writeNotifyRequest(DBR_DOUBLE, 1, sid, 62, { value: [4] }));
    while (pending.size === 0) await new Promise((resolve) => setTimeout(resolve, 5));
    pending.finishNext(new Error('limit switch'));
    const failed = await client.next((m) => m.command === Command.WriteNotify);
    assert.deepEqual([failed.parameter1, failed.parameter2], [EcaStatus.PutFail, 62]);
  });

  it('answers a write that cannot be converted with ECA_NOCONVERT', async () => {
    const { sid } = await client.createChannel('TEST:DBL', 1);
    client.send(writeNotifyRequest(DBR_STRING, 1, sid, 70, { value: ['not a number'] }));
    const reply = await client.next((m) => m.command === Command.WriteNotify);
    assert.deepEqual([reply.parameter1, reply.parameter2], [EcaStatus.NoConvert, 70]);
  });
});
