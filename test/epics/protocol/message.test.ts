import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import {
  CaProtocolError, Command, EcaStatus, MessageFramer, accessRights, createChannelRequest, decodeCString, decodeDatagram,
  decodeDbr, describeEcaStatus, encodeCString, encodeDbr, encodeMessage, encodeMessages, eventAddRequest, isEcaSuccess,
  parseDbrCode, parseErrorMessage, parseEventAddRequest, parseSearchResponse, readNotifyResponse, searchRequest,
  versionMessage, writeRequest, type CaMessage,
} from '../../../epics/protocol/mod.js';
import { fromHex, seededRandom, toHex } from './hex.js';

function doubles(n: number): number[] {
  return Array.from({ length: n }, (_, i) => i / 4);
}

describe('header forms', () => {
  it('a padded payload of exactly 0x3FF0 bytes keeps the 16-byte header', () => {
    const bytes = encodeMessage(writeRequest(6, 2046, 4, 1, { value: doubles(2046) }));
    assert.equal(toHex(bytes.subarray(0, 16)), '00043ff0000607fe0000000400000001');
    assert.equal(bytes.length, 16 + 16368);
  });

  it('a payload over 16368 bytes uses the extended header: 0xFFFF, count 0, then uint32 size and count', () => {
    const bytes = encodeMessage(writeRequest(6, 2047, 4, 1, { value: doubles(2047) }));
    assert.equal(toHex(bytes.subarray(0, 24)), '0004ffff00060000000000040000000100003ff8000007ff');
    assert.equal(bytes.length, 24 + 16376);
    const [msg] = decodeDatagram(bytes);
    assert.ok(msg);
    assert.equal(msg.payloadSize, 16376);
    assert.equal(msg.dataCount, 2047);
    assert.deepEqual(decodeDbr(msg.dataType, msg.dataCount, msg.payload).value, doubles(2047));
  });

  it('a count over 0xFFFF uses the extended header even without payload', () => {
    const bytes = encodeMessage({ command: Command.ReadNotify, dataType: 4, dataCount: 0x10000, parameter1: 1, parameter2: 2, payload: new Uint8Array(0) });
    assert.equal(toHex(bytes), '000fffff00040000000000010000000200000000' + '00010000');
  });

  it('payloads are zero padded to a multiple of 8', () => {
    const bytes = encodeMessage({ command: 99, dataType: 0, dataCount: 0, parameter1: 0, parameter2: 0, payload: fromHex('0102030405') });
    assert.equal(toHex(bytes), '0063000800000000000000000000000001020304050000' + '00');
  });

  it('fields out of range throw CaProtocolError', () => {
    const base = { command: 1, dataType: 0, dataCount: 0, parameter1: 0, parameter2: 0, payload: new Uint8Array(0) };
    assert.throws(() => encodeMessage({ ...base, dataType: 0x10000 }), CaProtocolError);
    assert.throws(() => encodeMessage({ ...base, parameter1: -1 }), CaProtocolError);
    assert.throws(() => encodeMessage({ ...base, parameter2: 2 ** 32 }), CaProtocolError);
    assert.throws(() => encodeMessage({ ...base, command: 1.5 }), CaProtocolError);
  });
});

function sampleStream(): { bytes: Uint8Array; messages: CaMessage[] } {
  const bytes = encodeMessages([
    versionMessage(0),
    createChannelRequest('XF:31IDA-OP{Tbl-Ax:X1}Mtr.RBV', 7),
    accessRights(7, 3),
    eventAddRequest(20, 1, 4, 9, 5),
    readNotifyResponse(6, 2047, 3, { value: doubles(2047) }),
    searchRequest('a', 1),
  ]);
  return { bytes, messages: decodeDatagram(bytes) };
}

describe('MessageFramer', () => {
  it('yields the same messages whatever byte boundary the stream is split at', () => {
    const { bytes, messages } = sampleStream();
    assert.equal(messages.length, 6);
    for (let cut = 0; cut <= bytes.length; cut += 1) {
      const framer = new MessageFramer();
      const out = [...framer.push(bytes.subarray(0, cut)), ...framer.push(bytes.subarray(cut))];
      assert.deepEqual(out, messages, `split at ${cut}`);
      assert.equal(framer.buffered, 0);
    }
  });

  it('yields the same messages when fed one byte at a time, and counts what it holds', () => {
    const { bytes, messages } = sampleStream();
    const framer = new MessageFramer();
    const out: CaMessage[] = [];
    let previous = 0;
    for (let i = 0; i < bytes.length; i += 1) {
      const got = framer.push(bytes.subarray(i, i + 1));
      out.push(...got);
      if (got.length === 0) assert.equal(framer.buffered, previous + 1);
      previous = framer.buffered;
    }
    assert.deepEqual(out, messages);
  });

  it('three-way splits of a small stream', () => {
    const bytes = encodeMessages([versionMessage(0), searchRequest('abcdefgh', 2), accessRights(1, 1)]);
    const messages = decodeDatagram(bytes);
    for (let a = 0; a <= bytes.length; a += 1) {
      for (let b = a; b <= bytes.length; b += 1) {
        const framer = new MessageFramer();
        const out = [bytes.subarray(0, a), bytes.subarray(a, b), bytes.subarray(b)].flatMap((part) => framer.push(part));
        assert.deepEqual(out, messages);
      }
    }
  });

  it('payloads are copies, not views of the caller chunk', () => {
    const bytes = encodeMessage(searchRequest('pv', 1));
    const [msg] = new MessageFramer().push(Buffer.from(bytes));
    assert.ok(msg);
    assert.equal(Object.getPrototypeOf(msg.payload), Uint8Array.prototype);
    assert.notEqual(msg.payload.buffer, bytes.buffer);
  });

  it('refuses a payload over the limit, then stays failed', () => {
    const framer = new MessageFramer({ maxPayloadBytes: 1024 });
    const big = encodeMessage(writeRequest(6, 200, 1, 1, { value: doubles(200) }));
    assert.throws(() => framer.push(big.subarray(0, 20)), CaProtocolError);
    assert.throws(() => framer.push(encodeMessage(versionMessage())), CaProtocolError);
    const extended = fromHex('0004ffff00060000000000010000000180000000' + '00000001');
    assert.throws(() => new MessageFramer().push(extended), /exceeds the limit/);
  });

  it('refuses the extended marker with a non-zero count', () => {
    assert.throws(() => new MessageFramer().push(fromHex('0001ffff00060001 00000000 00000000')), /impossible header/);
  });
});

describe('decodeDatagram', () => {
  it('throws CaProtocolError when the datagram ends inside a header or a payload', () => {
    const bytes = encodeMessages([versionMessage(), searchRequest('motor', 1)]);
    for (let cut = 1; cut < bytes.length; cut += 1) {
      if (cut === 16) continue; // a whole version message is a valid datagram
      assert.throws(() => decodeDatagram(bytes.subarray(0, cut)), CaProtocolError, `cut at ${cut}`);
    }
    assert.deepEqual(decodeDatagram(new Uint8Array(0)), []);
  });
});

describe('strings and status codes', () => {
  it('C strings: NUL terminated, fixed fields zero filled', () => {
    assert.equal(toHex(encodeCString('ab')), '616200');
    assert.equal(toHex(encodeCString('ab', 4)), '61620000');
    assert.throws(() => encodeCString('abcd', 4), CaProtocolError);
    assert.throws(() => encodeCString('a\0b'), CaProtocolError);
    assert.equal(decodeCString(fromHex('6162006364')), 'ab');
    assert.equal(decodeCString(fromHex('616263')), 'abc');
    assert.equal(decodeCString(fromHex('e9')), 'é');
  });

  it('ECA codes describe themselves as libca does', () => {
    assert.equal(describeEcaStatus(EcaStatus.Normal), 'ECA_NORMAL: Normal successful completion');
    assert.equal(describeEcaStatus(EcaStatus.NoWtAccess), 'ECA_NOWTACCESS: Write access denied');
    assert.equal(EcaStatus.BadType, 114);
    assert.equal(EcaStatus.BadCount, 176);
    assert.equal(EcaStatus.NoRdAccess, 368);
    assert.equal(EcaStatus.PutFail, 160);
    assert.equal(EcaStatus.BadChid, 410);
    assert.equal(EcaStatus.Timeout, 80);
    assert.equal(EcaStatus.Disconn, 192);
    assert.equal(EcaStatus.AllocMem, 48);
    assert.equal(isEcaSuccess(EcaStatus.Normal), true);
    assert.equal(isEcaSuccess(EcaStatus.PutFail), false);
    assert.match(describeEcaStatus(7), /unknown/);
  });
});

describe('garbage never escapes as anything but CaProtocolError', () => {
  function onlyCaProtocolError(action: () => unknown, label: string): void {
    try {
      action();
    } catch (error) {
      if (!(error instanceof CaProtocolError)) assert.fail(`${label}: threw ${String(error)}`);
    }
  }

  it('2000 seeded random buffers through the datagram decoder, the framer, the DBR decoder and the parsers', () => {
    const random = seededRandom(0xca);
    const valid = sampleStream().bytes;
    for (let i = 0; i < 2000; i += 1) {
      const length = Math.floor(random() * 96);
      const bytes = new Uint8Array(length);
      for (let j = 0; j < length; j += 1) bytes[j] = Math.floor(random() * 256);
      if (i % 3 === 0) {
        // plausible headers: a real prefix with random bytes after it, or small random fields
        bytes.set(valid.subarray(0, Math.min(length, Math.floor(random() * 40))));
      } else if (i % 3 === 1 && length >= 16) {
        bytes[0] = 0;
        bytes[1] = Math.floor(random() * 28);
        bytes[2] = random() < 0.3 ? 0xff : 0;
        bytes[3] = random() < 0.3 ? 0xff : bytes[3] ?? 0;
        bytes[4] = 0;
        bytes[5] = Math.floor(random() * 40);
      }
      const label = `buffer ${i}: ${toHex(bytes)}`;
      let messages: CaMessage[] = [];
      onlyCaProtocolError(() => (messages = decodeDatagram(bytes)), label);
      const framer = new MessageFramer({ maxPayloadBytes: 4096 });
      const cut = Math.floor(random() * (length + 1));
      onlyCaProtocolError(() => [...framer.push(bytes.subarray(0, cut)), ...framer.push(bytes.subarray(cut))], label);
      const asMessage: CaMessage = { command: 0, dataType: Math.floor(random() * 40), dataCount: Math.floor(random() * 4), parameter1: 0, parameter2: 0, payload: bytes };
      for (const msg of [...messages, asMessage]) {
        onlyCaProtocolError(() => decodeDbr(msg.dataType, msg.dataCount, msg.payload), label);
        onlyCaProtocolError(() => parseDbrCode(msg.dataType), label);
        onlyCaProtocolError(() => parseErrorMessage({ ...msg, command: Command.Error }), label);
        onlyCaProtocolError(() => parseEventAddRequest({ ...msg, command: Command.EventAdd }), label);
        onlyCaProtocolError(() => parseSearchResponse({ ...msg, command: Command.Search }), label);
      }
    }
  });

  it('random values into the encoder throw CaProtocolError or encode', () => {
    const random = seededRandom(42);
    const pool: unknown[] = [0, -1, 1.5, 1e40, Number.NaN, Infinity, 'text', '', 'x'.repeat(50), 65536, -40000, 2 ** 31];
    for (let i = 0; i < 2000; i += 1) {
      const code = Math.floor(random() * 37);
      const value = Array.from({ length: Math.floor(random() * 3) }, () => pool[Math.floor(random() * pool.length)]) as number[];
      onlyCaProtocolError(() => decodeDbr(code, value.length, encodeDbr(code, { value })), `code ${code} value ${String(value)}`);
    }
  });
});
