import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { decodeDatagram, parseBeacon } from '../../../epics/protocol/mod.js';
import { BeaconEmitter } from '../../../epics/server/beacon-emitter.js';

describe('BeaconEmitter', () => {
  it('starts fast and doubles the interval up to the steady period, with sequential ids', () => {
    const sent: ReturnType<typeof parseBeacon>[] = [];
    const delays: number[] = [];
    let fire: (() => void) | undefined;
    const emitter = new BeaconEmitter({
      send: (bytes) => sent.push(...decodeDatagram(bytes).map(parseBeacon)),
      tcpPort: 5064,
      serverIp: 0x7f000001,
      maxIntervalMs: 15_000,
      schedule: (callback, ms) => {
        delays.push(ms);
        fire = callback;
        return () => (fire = undefined);
      },
    });
    emitter.start();
    for (let i = 0; i < 12; i += 1) fire?.();
    assert.deepEqual(delays, [20, 40, 80, 160, 320, 640, 1280, 2560, 5120, 10240, 15000, 15000, 15000]);
    assert.deepEqual(sent.map((b) => b.beaconId), [...Array(13).keys()]);
    assert.deepEqual(sent[0], { port: 5064, beaconId: 0, serverIp: '127.0.0.1', minorVersion: 13 });
    emitter.stop();
    assert.equal(fire, undefined);
  });
});
