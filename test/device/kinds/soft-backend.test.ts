import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { SoftSignalBackend, softSource } from '../../../actors/device/signals/soft-backend.js';
import { SignalClosedError, SignalPutError } from '../../../actors/device/signals/errors.js';
import type { SignalReading } from '../../../actors/device/signals/signal-backend.js';

const PUT = { wait: true, timeoutMs: 100 };

describe('soft signal backend', () => {
  it('is connected at once and holds its value in process', async () => {
    const signal = new SoftSignalBackend(softSource('BL01', 'det', 'exposure'), 0.1, { units: 's', now: () => 5 });
    assert.equal(signal.source, 'soft://BL01.det.exposure');
    await signal.connect();
    assert.equal(signal.connected, true);
    assert.deepEqual(signal.meta(), { dtype: 'number', shape: [], units: 's', precision: 3, writable: true });
    assert.deepEqual(await signal.get(), { value: 0.1, timestamp: 5, severity: 'NO_ALARM', status: '' });
  });

  it('posts every put to its subscribers', async () => {
    const signal = new SoftSignalBackend('soft://BL01.det.exposure', 0.1);
    const seen: SignalReading[] = [];
    const unsubscribe = signal.subscribe((reading) => seen.push(reading));
    await signal.put(0.2, PUT);
    unsubscribe();
    await signal.put(0.3, PUT);
    assert.deepEqual(seen.map((r) => r.value), [0.2]);
    assert.equal(signal.latest().value, 0.3);
  });

  it('refuses a value of the wrong type or one its check rejects, keeping the old one', async () => {
    const signal = new SoftSignalBackend('soft://BL01.det.exposure', 0.1, { check: (v) => (typeof v === 'number' && v > 0 ? undefined : 'must be > 0') });
    await assert.rejects(signal.put('long', PUT), SignalPutError);
    await assert.rejects(signal.put(Number.NaN, PUT), SignalPutError);
    await assert.rejects(signal.put(-1, PUT), /must be > 0/);
    const text = new SoftSignalBackend('soft://BL01.sample.name', 'none');
    await assert.rejects(text.put(3, PUT), /expected a string/);
    assert.equal(signal.latest().value, 0.1);
  });

  it('refuses puts once closed', async () => {
    const signal = new SoftSignalBackend('soft://BL01.det.exposure', 0.1);
    signal.close();
    assert.equal(signal.connected, false);
    await assert.rejects(signal.put(0.2, PUT), SignalClosedError);
  });
});
