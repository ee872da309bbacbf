import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { ringCurrentKind } from '../../../actors/device/kinds/ring-current.js';
import { configOf, mockEnv, parseEntry } from './mock-env.js';

const PV = 'mock://SR:current';

describe('ring-current kind', () => {
  it('reads the current and publishes the beam threshold as configuration', async () => {
    const { env, registry } = mockEnv();
    registry.define(PV, { value: 299.8, meta: { units: 'mA' } });
    const ring = ringCurrentKind.create(configOf(ringCurrentKind, { name: 'ring', pv: PV, beam_threshold_ma: 10 }), env);
    await ring.connect(100, new AbortController().signal);
    assert.equal(ring.read()['ring']?.value, 299.8);
    assert.equal(ring.describe()['ring']?.units, 'mA');
    assert.deepEqual(ring.configurationFields, ['beam_threshold']);
    assert.equal(ring.signals['beam_threshold']?.latest()?.value, 10);
  });

  it('is read only: no set, no trigger, nothing to stage', () => {
    const { env } = mockEnv();
    const ring = ringCurrentKind.create(configOf(ringCurrentKind, { name: 'ring', pv: PV }), env);
    assert.equal(ring.set, undefined);
    assert.equal(ring.trigger, undefined);
    assert.deepEqual(ring.configurationFields, []);
    assert.equal(parseEntry(ringCurrentKind, { name: 'ring', pv: PV, beam_threshold_ma: -1 }, [['current', 1]]).problems.length, 2);
  });
});
