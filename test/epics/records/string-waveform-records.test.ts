import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { EventMask, PutRejectReason } from '../../../epics/server/records/mod.js';
import { database, first, record } from './record-helpers.js';

describe('stringin and stringout', () => {
  it('hold one string of up to 39 bytes; numbers are formatted', async () => {
    const { pv } = database([{ type: 'stringout', name: 'msg', value: 'hello' }]);
    const msg = pv('msg');
    assert.equal(msg.nativeType, 'string');
    assert.deepEqual(msg.snapshot().value, ['hello']);
    const events = record(msg);
    await msg.put(['beam on']);
    await msg.put(['beam on']);
    await msg.put([3.5]);
    assert.deepEqual(events.values(), ['beam on', '3.5']);
    await assert.rejects(msg.put(['x'.repeat(40)]), { reason: PutRejectReason.StringTooLong });
    await msg.put(['x'.repeat(39)]);
  });

  it('stringin is read-only on request and UDF without a value', async () => {
    const { db, pv } = database([{ type: 'stringin', name: 'id', writable: false }]);
    assert.equal(pv('id').snapshot().severity, 3);
    await assert.rejects(pv('id').put(['a']), { reason: PutRejectReason.ReadOnly });
    db.record('id')?.setValue(['sample-7']);
    assert.deepEqual(pv('id').snapshot().value, ['sample-7']);
    assert.equal(pv('id').snapshot().severity, 0);
  });
});

describe('waveform', () => {
  it('advertises NELM as its count and serves the current length, tracked by NORD', async () => {
    const { pv } = database([{ type: 'waveform', name: 'spec', ftvl: 'double', nelm: 8, value: [1, 2, 3], egu: 'counts' }]);
    const spec = pv('spec');
    assert.equal(spec.count, 8);
    assert.equal(spec.nativeType, 'double');
    assert.deepEqual(spec.snapshot().value, [1, 2, 3]);
    assert.equal(first(pv('spec.NORD')), 3);
    assert.equal(spec.snapshot().units, 'counts');
    const events = record(spec);
    await spec.put([4, 5, 6, 7, 8]);
    assert.deepEqual(spec.snapshot().value, [4, 5, 6, 7, 8]);
    assert.equal(first(pv('spec.NORD')), 5);
    await spec.put([4, 5, 6, 7, 8]);
    assert.deepEqual(events.masks(), [EventMask.Value | EventMask.Log], 'an identical array posts nothing');
    await spec.put([]);
    assert.deepEqual(spec.snapshot().value, []);
  });

  it('refuses more than NELM elements and elements of the wrong kind', async () => {
    const { pv } = database([{ type: 'waveform', name: 'w', ftvl: 'short', nelm: 3 }]);
    await assert.rejects(pv('w').put([1, 2, 3, 4]), { reason: PutRejectReason.WrongCount });
    await assert.rejects(pv('w').put([1, 40000]), { reason: PutRejectReason.OutOfRange });
    await assert.rejects(pv('w').put(['1', 'x']), { reason: PutRejectReason.NotANumber });
    await pv('w').put([1, -2.9]);
    assert.deepEqual(pv('w').snapshot().value, [1, -2]);
  });

  it('stores a char waveform as unsigned bytes and a float one at float precision', async () => {
    const { pv } = database([
      { type: 'waveform', name: 'text', ftvl: 'char', nelm: 16, value: [104, 105] },
      { type: 'waveform', name: 'f', ftvl: 'float', nelm: 2 },
    ]);
    assert.equal(pv('text').nativeType, 'char');
    await assert.rejects(pv('text').put([-1]), { reason: PutRejectReason.OutOfRange });
    await pv('f').put([0.1]);
    assert.deepEqual(pv('f').snapshot().value, [Math.fround(0.1)]);
  });

  it('holds strings with ftvl string', async () => {
    const { pv } = database([{ type: 'waveform', name: 'names', ftvl: 'string', nelm: 4, value: ['a', 'b'] }]);
    assert.equal(pv('names').nativeType, 'string');
    await pv('names').put(['x', 'y', 'z']);
    assert.deepEqual(pv('names').snapshot().value, ['x', 'y', 'z']);
  });
});
