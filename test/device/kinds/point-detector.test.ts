import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { pointDetectorKind } from '../../../actors/device/kinds/point-detector.js';
import { Operation } from '../../../actors/device/device-behaviour.js';
import { SignalPutError } from '../../../actors/device/signals/errors.js';
import { configOf, mockEnv, operationContext, parseEntry, settled } from './mock-env.js';

const PV = 'mock://BL01:det';

async function connectedDetector(exposure_s: number) {
  const mock = mockEnv();
  mock.registry.define(PV, { value: 100, meta: { units: 'counts' } });
  const detector = pointDetectorKind.create(configOf(pointDetectorKind, { name: 'det', pv: PV, exposure_s }), mock.env);
  await detector.connect(100, new AbortController().signal);
  return { ...mock, detector };
}

describe('point-detector kind', () => {
  it('reads the PV under its name, with the exposure as a soft configuration field', async () => {
    const { detector } = await connectedDetector(0.2);
    assert.deepEqual(Object.keys(detector.describe()), ['det']);
    assert.equal(detector.describe()['det']?.units, 'counts');
    assert.equal(detector.read()['det']?.value, 100);
    assert.deepEqual(detector.hintedFields, ['det']);
    assert.deepEqual(detector.configurationFields, ['exposure']);
    assert.equal(detector.signals['exposure']?.source, 'soft://BL01.det.exposure');
    assert.equal(detector.expectedDurationS(Operation.Trigger), 0.2);
  });

  it('trigger waits the exposure, then read has the latest value', async () => {
    const { detector, registry } = await connectedDetector(0.001);
    const { context, abortListeners } = operationContext();
    const trigger = detector.trigger?.(context);
    registry.existing(PV).setValue(123);
    await trigger;
    assert.equal(detector.read()['det']?.value, 123);
    assert.equal(abortListeners(), 0);
  });

  it('abort ends the exposure wait at once', async () => {
    // an hour: if the abort did not clear the timer the test process would stay alive
    const { detector } = await connectedDetector(3600);
    const { context, controller, abortListeners } = operationContext();
    const trigger = detector.trigger?.(context);
    await settled();
    controller.abort(new Error('stopped'));
    await assert.rejects(trigger ?? Promise.resolve(), /stopped/);
    assert.equal(abortListeners(), 0);
  });

  it('configure through the soft signal validates the value', async () => {
    const { detector } = await connectedDetector(0.1);
    await detector.signals['exposure']?.put(0.5, { wait: true, timeoutMs: 100 });
    assert.equal(detector.expectedDurationS(Operation.Trigger), 0.5);
    await assert.rejects(detector.signals['exposure']?.put(-1, { wait: true, timeoutMs: 100 }) ?? Promise.resolve(), SignalPutError);
    await assert.rejects(detector.signals['exposure']?.put('long', { wait: true, timeoutMs: 100 }) ?? Promise.resolve(), SignalPutError);
  });

  it('has no set, and defaults the exposure to 0.1 s', () => {
    const { config, problems } = parseEntry(pointDetectorKind, { name: 'det', pv: PV });
    assert.deepEqual(problems, []);
    assert.equal(config.exposure_s, 0.1);
    const { env } = mockEnv();
    assert.equal(pointDetectorKind.create(config, env).set, undefined);
    assert.equal(parseEntry(pointDetectorKind, { name: 'det', pv: 'BL01:det', exposure_s: -1 }).problems.length, 2);
  });
});
