import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { buildMeta, nativeKindOf, severityName, statusName, toPutArray, toSignalValue } from '../../../actors/device/signals/dbr-conversion.js';
import { PendingOperations } from '../../../actors/device/signals/pending-operations.js';
import { SignalAbortedError, SignalClosedError, SignalPutError, SignalTimeoutError } from '../../../actors/device/signals/errors.js';

describe('dbr-conversion', () => {
  it('names severities and statuses, INVALID for a severity off the menu', () => {
    assert.deepEqual([0, 1, 2, 3, 9].map(severityName), ['NO_ALARM', 'MINOR', 'MAJOR', 'INVALID', 'INVALID']);
    assert.deepEqual([0, 3, 17, undefined].map(statusName), ['', 'HIHI', 'UDF', '']);
  });

  it('maps CA native type codes to kinds and kinds to dtypes', () => {
    assert.deepEqual([0, 1, 2, 3, 4, 5, 6, 7].map(nativeKindOf), ['string', 'short', 'float', 'enum', 'char', 'long', 'double', undefined]);
    const dtype = (kind: Parameters<typeof buildMeta>[0]['kind'], count = 1): string => buildMeta({ kind, count, writable: true }).dtype;
    assert.deepEqual(['double', 'float', 'short', 'long', 'char', 'string', 'enum'].map((k) => dtype(k as 'double')),
      ['number', 'number', 'integer', 'integer', 'integer', 'string', 'string']);
    assert.equal(dtype('char', 256), 'array');
  });

  it('drops control limits EPICS means as "none"', () => {
    assert.equal(buildMeta({ kind: 'double', count: 1, control: { low: 0, high: 0 }, writable: true }).limits, undefined);
    assert.equal(buildMeta({ kind: 'double', count: 1, control: { low: 5, high: 5 }, writable: true }).limits, undefined);
    assert.deepEqual(buildMeta({ kind: 'double', count: 1, control: { low: -1, high: 0 }, writable: true }).limits, { low: -1, high: 0 });
  });

  it('reads enum indices as names, scalars as scalars, arrays as arrays', () => {
    const enumMeta = buildMeta({ kind: 'enum', count: 1, enumStrings: ['a', 'b'], writable: true });
    assert.equal(toSignalValue([1], enumMeta), 'b');
    assert.equal(toSignalValue([5], enumMeta), '5');
    assert.equal(toSignalValue([2.5], buildMeta({ kind: 'double', count: 1, writable: true })), 2.5);
    assert.deepEqual(toSignalValue([1, 2], buildMeta({ kind: 'long', count: 2, writable: true })), [1, 2]);
    assert.deepEqual(toSignalValue(['x', 'y'], buildMeta({ kind: 'string', count: 2, writable: true })), ['x', 'y']);
  });

  it('turns put values into arrays, checking enum states', () => {
    const enumMeta = buildMeta({ kind: 'enum', count: 1, enumStrings: ['a', 'b'], writable: true });
    assert.deepEqual(toPutArray('b', enumMeta, 'x://y'), [1]);
    assert.deepEqual(toPutArray(0, enumMeta, 'x://y'), [0]);
    assert.throws(() => toPutArray(2, enumMeta, 'x://y'), SignalPutError);
    assert.throws(() => toPutArray(['a'], enumMeta, 'x://y'), SignalPutError);
    const double = buildMeta({ kind: 'double', count: 1, writable: true });
    assert.deepEqual(toPutArray(1.5, double, 'x://y'), [1.5]);
    assert.deepEqual(toPutArray('1.5', double, 'x://y'), ['1.5']);
    assert.deepEqual(toPutArray([1, 2], double, 'x://y'), [1, 2]);
  });
});

describe('PendingOperations', () => {
  it('ends each operation once: by its work, deadline, abort or failAll', async () => {
    const pending = new PendingOperations('x://y');
    assert.equal(await pending.track(Promise.resolve(3), { operation: 'get' }), 3);
    await assert.rejects(pending.track(new Promise(() => undefined), { operation: 'put', timeoutMs: 10 }), SignalTimeoutError);
    const controller = new AbortController();
    const aborted = pending.track(new Promise(() => undefined), { operation: 'put', signal: controller.signal });
    controller.abort();
    await assert.rejects(aborted, SignalAbortedError);
    await assert.rejects(pending.track(Promise.reject(new Error('late')), { operation: 'put', signal: controller.signal }), SignalAbortedError);
    const closed = pending.track(new Promise(() => undefined), { operation: 'put' });
    assert.equal(pending.size, 1);
    pending.failAll((operation) => new SignalClosedError('x://y', operation));
    await assert.rejects(closed, SignalClosedError);
    assert.equal(pending.size, 0);
  });
});
