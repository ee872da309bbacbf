import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import {
  AccessRight, CaProtocolError, Command, EcaStatus, EventMask, SearchReply, accessRights, beacon, clearChannel, clientName,
  createChannelFail, createChannelRequest, createChannelResponse, decodeDatagram, decodeDbr, echo, encodeMessage,
  encodeMessages, errorMessage, eventAddRequest, eventAddResponse, eventCancel, eventCancelResponse, eventsOff, eventsOn,
  hostName, isEventCancelConfirmation, notFound, parseAccessRights, parseBeacon, parseClearChannel, parseClientName,
  parseCreateChannelFail, parseCreateChannelRequest, parseCreateChannelResponse, parseErrorMessage, parseEventAddPayload,
  parseEventAddRequest, parseEventAddResponse, parseEventCancel, parseHostName, parseNotFound, parseReadNotifyRequest,
  parseReadNotifyResponse, parseReadRequest, parseRepeaterConfirm, parseRepeaterRegister, parseSearchRequest,
  parseSearchResponse, parseServerDisconnect, parseVersion, parseWriteNotifyRequest, parseWriteNotifyResponse,
  parseWriteRequest, readNotifyRequest, readNotifyResponse, readRequest, readSync, repeaterConfirm, repeaterRegister,
  searchRequest, searchResponse, serverDisconnect, versionMessage, writeNotifyRequest, writeNotifyResponse, writeRequest,
  type CaMessage, type CaMessageInit,
} from '../../../epics/protocol/mod.js';
import { ascii, fromHex, toHex, zeros } from './hex.js';

/** Encodes, compares with the golden hex, and returns the message as a receiver decodes it. */
function golden(message: CaMessageInit, hex: string): CaMessage {
  const bytes = encodeMessage(message);
  assert.equal(toHex(bytes), toHex(fromHex(hex)));
  const decoded = decodeDatagram(bytes);
  assert.equal(decoded.length, 1);
  return decoded[0] as CaMessage;
}

describe('message builders match the bytes of the CA specification', () => {
  it('version: the example conversation handshake, and our default minor version 13', () => {
    golden(versionMessage(0, 11), '0000 0000 0000 000b 00000000 00000000');
    const msg = golden(versionMessage(1), '0000 0000 0001 000d 00000000 00000000');
    assert.deepEqual(parseVersion(msg), { priority: 1, minorVersion: 13 });
  });

  it('client and host names: NUL terminated, padded to 8 (spec example)', () => {
    const user = golden(clientName('apucelj'), `0014 0008 0000 0000 00000000 00000000 ${ascii('apucelj')}00`);
    assert.equal(parseClientName(user), 'apucelj');
    const host = golden(hostName('csl06'), `0015 0008 0000 0000 00000000 00000000 ${ascii('csl06')}000000`);
    assert.equal(parseHostName(host), 'csl06');
  });

  it('create channel request and response (spec example)', () => {
    const request = golden(
      createChannelRequest('apucelj:aiExample1', 1, 11),
      `0012 0018 0000 0000 00000001 0000000b ${ascii('apucelj:aiExample1')}${zeros(6)}`,
    );
    assert.deepEqual(parseCreateChannelRequest(request), { name: 'apucelj:aiExample1', cid: 1, minorVersion: 11 });
    const response = golden(createChannelResponse(6, 1, 1, 4), '0012 0000 0006 0001 00000001 00000004');
    assert.deepEqual(parseCreateChannelResponse(response), { nativeType: 6, count: 1, cid: 1, sid: 4 });
  });

  it('access rights (spec example)', () => {
    const msg = golden(accessRights(1, AccessRight.Read | AccessRight.Write), '0016 0000 0000 0000 00000001 00000003');
    assert.deepEqual(parseAccessRights(msg), { cid: 1, rights: 3, canRead: true, canWrite: true });
    assert.deepEqual(parseAccessRights(golden(accessRights(2, AccessRight.Read), '0016 0000 0000 0000 00000002 00000001')), {
      cid: 2, rights: 1, canRead: true, canWrite: false,
    });
  });

  it('read notify request (spec example) and response', () => {
    golden(readNotifyRequest(0, 1, 4, 1), '000f 0000 0000 0001 00000004 00000001');
    const request = golden(readNotifyRequest(22, 1, 4, 2), '000f 0000 0016 0001 00000004 00000002');
    assert.deepEqual(parseReadNotifyRequest(request), { dataType: 22, count: 1, sid: 4, ioid: 2 });
    const response = golden(readNotifyResponse(6, 1, 2, { value: [1.5] }), '000f 0008 0006 0001 00000001 00000002 3ff8000000000000');
    const parsed = parseReadNotifyResponse(response);
    assert.deepEqual({ ...parsed, payload: toHex(parsed.payload) }, { dataType: 6, count: 1, status: EcaStatus.Normal, ioid: 2, payload: '3ff8000000000000' });
    golden(readNotifyResponse(6, 1, 3, new Uint8Array(8), EcaStatus.GetFail), '000f 0008 0006 0001 00000098 00000003 0000000000000000');
  });

  it('read notify response as RSRV sends a scalar string: cut after its NUL (spec example)', () => {
    const [msg] = decodeDatagram(fromHex('000f 0008 0000 0001 00000001 00000001 3000000000060001'));
    assert.ok(msg);
    assert.deepEqual(decodeDbr(msg.dataType, msg.dataCount, msg.payload), { value: ['0'] });
  });

  it('deprecated read request', () => {
    const msg = golden(readRequest(6, 1, 4, 1), '0003 0000 0006 0001 00000004 00000001');
    assert.deepEqual(parseReadRequest(msg), { dataType: 6, count: 1, sid: 4, ioid: 1 });
  });

  it('search request: reply flag in dataType, minor version in count, id twice', () => {
    const msg = golden(searchRequest('motor1', 1), `0006 0008 0005 000d 00000001 00000001 ${ascii('motor1')}0000`);
    assert.deepEqual(parseSearchRequest(msg), { name: 'motor1', searchId: 1, reply: SearchReply.DontReply, minorVersion: 13 });
    // eight characters need a ninth byte for the NUL, so the payload grows to 16
    golden(searchRequest('abcdefgh', 0x01020304, SearchReply.DoReply), `0006 0010 000a 000d 01020304 01020304 ${ascii('abcdefgh')}${zeros(8)}`);
  });

  it('search response: port in dataType, address in parameter1, version payload', () => {
    const anywhere = golden(searchResponse(5064, 1), '0006 0008 13c8 0000 ffffffff 00000001 000d000000000000');
    assert.deepEqual(parseSearchResponse(anywhere), { port: 5064, searchId: 1, serverIp: undefined, minorVersion: 13 });
    const there = golden(searchResponse(5066, 7, '10.0.0.2'), '0006 0008 13ca 0000 0a000002 00000007 000d000000000000');
    assert.deepEqual(parseSearchResponse(there), { port: 5066, searchId: 7, serverIp: '10.0.0.2', minorVersion: 13 });
  });

  it('not found: the search header sent back', () => {
    const msg = golden(notFound(1), '000e 0000 000a 000d 00000001 00000001');
    assert.deepEqual(parseNotFound(msg), { searchId: 1, reply: SearchReply.DoReply, minorVersion: 13 });
  });

  it('event add request: 3 float32 zeros, the mask, 2 pad bytes', () => {
    const mask = EventMask.Value | EventMask.Alarm;
    const msg = golden(eventAddRequest(20, 1, 4, 7, mask), `0001 0010 0014 0001 00000004 00000007 ${zeros(12)} 0005 0000`);
    assert.deepEqual(parseEventAddPayload(msg.payload), { mask: 5 });
    assert.deepEqual(parseEventAddRequest(msg), { dataType: 20, count: 1, sid: 4, subscriptionId: 7, mask: 5 });
  });

  it('event add response: status in parameter1, subscription id in parameter2', () => {
    const msg = golden(eventAddResponse(6, 1, 7, { value: [1.5] }), '0001 0008 0006 0001 00000001 00000007 3ff8000000000000');
    const parsed = parseEventAddResponse(msg);
    assert.equal(parsed.status, EcaStatus.Normal);
    assert.equal(parsed.subscriptionId, 7);
    assert.equal(isEventCancelConfirmation(msg), false);
  });

  it('event cancel, and its confirmation (an EventAdd without payload)', () => {
    const msg = golden(eventCancel(20, 1, 4, 7), '0002 0000 0014 0001 00000004 00000007');
    assert.deepEqual(parseEventCancel(msg), { dataType: 20, count: 1, sid: 4, subscriptionId: 7 });
    const confirmation = golden(eventCancelResponse(20, 4, 7), '0001 0000 0014 0000 00000004 00000007');
    assert.equal(isEventCancelConfirmation(confirmation), true);
  });

  it('write and write notify requests carry DBR data; the notify response a status', () => {
    const write = golden(writeRequest(6, 1, 4, 9, { value: [2] }), '0004 0008 0006 0001 00000004 00000009 4000000000000000');
    assert.deepEqual(parseWriteRequest(write), { dataType: 6, count: 1, sid: 4, ioid: 9, payload: fromHex('4000000000000000') });
    const notify = golden(writeNotifyRequest(5, 1, 4, 10, { value: [-1] }), '0013 0008 0005 0001 00000004 0000000a ffffffff00000000');
    assert.deepEqual(parseWriteNotifyRequest(notify), { dataType: 5, count: 1, sid: 4, ioid: 10, payload: fromHex('ffffffff00000000') });
    const done = golden(writeNotifyResponse(5, 1, 10), '0013 0000 0005 0001 00000001 0000000a');
    assert.deepEqual(parseWriteNotifyResponse(done), { dataType: 5, count: 1, status: EcaStatus.Normal, ioid: 10 });
    const denied = golden(writeNotifyResponse(5, 1, 11, EcaStatus.NoWtAccess), '0013 0000 0005 0001 00000178 0000000b');
    assert.equal(parseWriteNotifyResponse(denied).status, EcaStatus.NoWtAccess);
  });

  it('error: the failed request header, then the text', () => {
    const request = { command: Command.ReadNotify, dataType: 6, dataCount: 1, parameter1: 4, parameter2: 1, payload: new Uint8Array(0) };
    const msg = golden(
      errorMessage(request, 1, EcaStatus.BadType, 'bad type'),
      `000b 0020 0000 0000 00000001 00000072 000f 0000 0006 0001 00000004 00000001 ${ascii('bad type')}00${zeros(7)}`,
    );
    assert.deepEqual(parseErrorMessage(msg), {
      request: { command: 15, payloadSize: 0, dataType: 6, dataCount: 1, parameter1: 4, parameter2: 1 },
      cid: 1,
      status: EcaStatus.BadType,
      text: 'bad type',
    });
  });

  it('error about an extended request embeds the extended header', () => {
    const request = { command: Command.Write, payloadSize: 80000, dataType: 6, dataCount: 10000, parameter1: 4, parameter2: 2 };
    const msg = golden(
      errorMessage(request, 3, EcaStatus.PutFail, 'x'),
      `000b 0020 0000 0000 00000003 000000a0 0004 ffff 0006 0000 00000004 00000002 00013880 00002710 7800${zeros(6)}`,
    );
    assert.deepEqual(parseErrorMessage(msg).request, { command: 4, payloadSize: 80000, dataType: 6, dataCount: 10000, parameter1: 4, parameter2: 2 });
  });

  it('clear channel: request and confirmation are alike (spec example)', () => {
    const msg = golden(clearChannel(4, 1), '000c 0000 0000 0000 00000004 00000001');
    assert.deepEqual(parseClearChannel(msg), { sid: 4, cid: 1 });
  });

  it('beacon: minor version in dataType, TCP port in count, id and address', () => {
    const msg = golden(beacon(5064, 3, '10.0.0.2'), '000d 0000 000d 13c8 00000003 0a000002');
    assert.deepEqual(parseBeacon(msg), { port: 5064, beaconId: 3, serverIp: '10.0.0.2', minorVersion: 13 });
    assert.equal(parseBeacon(golden(beacon(5064, 4), '000d 0000 000d 13c8 00000004 00000000')).serverIp, undefined);
  });

  it('header-only messages: echo, events off/on, read sync', () => {
    golden(echo(), `0017 ${zeros(14)}`);
    golden(eventsOff(), `0008 ${zeros(14)}`);
    golden(eventsOn(), `0009 ${zeros(14)}`);
    golden(readSync(), `000a ${zeros(14)}`);
  });

  it('server disconnect and create channel fail carry the CID', () => {
    assert.deepEqual(parseServerDisconnect(golden(serverDisconnect(1), '001b 0000 0000 0000 00000001 00000000')), { cid: 1 });
    assert.deepEqual(parseCreateChannelFail(golden(createChannelFail(9), '001a 0000 0000 0000 00000009 00000000')), { cid: 9 });
  });

  it('repeater register and confirm carry an address', () => {
    assert.deepEqual(parseRepeaterRegister(golden(repeaterRegister('127.0.0.1'), '0018 0000 0000 0000 00000000 7f000001')), { clientIp: '127.0.0.1' });
    assert.deepEqual(parseRepeaterConfirm(golden(repeaterConfirm('127.0.0.1'), '0011 0000 0000 0000 00000000 7f000001')), { repeaterIp: '127.0.0.1' });
  });

  it('several messages go into one datagram and come out in order', () => {
    const bytes = encodeMessages([versionMessage(0), searchRequest('a', 1), searchRequest('b', 2)]);
    assert.equal(bytes.length, 16 + 24 + 24);
    const names = decodeDatagram(bytes).slice(1).map((msg) => parseSearchRequest(msg).name);
    assert.deepEqual(names, ['a', 'b']);
  });

  it('parsers refuse the wrong command and short payloads with CaProtocolError', () => {
    const version = decodeDatagram(encodeMessage(versionMessage()))[0] as CaMessage;
    assert.throws(() => parseSearchResponse(version), CaProtocolError);
    assert.throws(() => parseEventAddPayload(new Uint8Array(8)), CaProtocolError);
    const shortError = { command: Command.Error, payloadSize: 8, dataType: 0, dataCount: 0, parameter1: 0, parameter2: 0, payload: new Uint8Array(8) };
    assert.throws(() => parseErrorMessage(shortError), CaProtocolError);
    assert.throws(() => searchResponse(5064, 1, '300.1.1.1'), CaProtocolError);
  });
});
