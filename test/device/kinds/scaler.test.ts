import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { scalerKind } from '../../../actors/device/kinds/scaler.js';
import { DeviceConnectError } from '../../../actors/device/errors.js';
import { configOf, mockEnv, operationContext, parseEntry, settled, type MockEnv } from './mock-env.js';

const PV = 'mock://BL01:sc';
const STEPS = 3;
/** Counts per second of S1..S3 in the mock. */
const RATES = [1000, 200, 50];

/** A scaler in miniature: CNT=1 counts TP seconds in a few timer steps, then CNT=0; CNT=0 ends early. */
function scalerPhysics({ registry }: MockEnv): void {
  registry.define(`${PV}.TP`, { value: 1, meta: { units: 's' } });
  registry.define(`${PV}.T`, { value: 0, meta: { units: 's' } });
  let halt = false;
  registry.get(`${PV}.CNT`).onPut = async (value, cnt) => {
    if (value === 0) {
      halt = true;
      cnt.setValue(0);
      return;
    }
    halt = false;
    cnt.setValue(1);
    const preset = registry.get(`${PV}.TP`).latest()?.value as number;
    for (let step = 1; step <= STEPS && !halt; step += 1) {
      await new Promise((resolve) => setTimeout(resolve, 2));
      const t = (preset * step) / STEPS;
      RATES.forEach((rate, i) => registry.get(`${PV}.S${i + 1}`).setValue(Math.round(rate * t)));
      registry.get(`${PV}.T`).setValue(t);
    }
    cnt.setValue(0);
  };
}

async function connectedScaler() {
  const mock = mockEnv();
  scalerPhysics(mock);
  const scaler = scalerKind.create(configOf(scalerKind, { name: 'sc', pv: PV, channels: { I0: 2, det: 3 }, exposure_s: 0.5 }), mock.env);
  await scaler.connect(100, new AbortController().signal);
  return { ...mock, scaler };
}

describe('scaler kind', () => {
  it('reads one key per channel and the elapsed time', async () => {
    const { scaler } = await connectedScaler();
    assert.deepEqual(Object.keys(scaler.describe()), ['sc_I0', 'sc_det', 'sc_time']);
    assert.equal(scaler.describe()['sc_I0']?.source, `${PV}.S2`);
    assert.equal(scaler.describe()['sc_time']?.units, 's');
    assert.deepEqual(scaler.hintedFields, ['sc_I0', 'sc_det']);
    assert.deepEqual(scaler.configurationFields, ['preset_time']);
    assert.deepEqual(Object.keys(scaler.signals).sort(), ['channel_I0', 'channel_det', 'count', 'elapsed', 'preset_time']);
  });

  it('stages the exposure as the preset time before the configured stage entries', () => {
    const { env } = mockEnv();
    const config = configOf(scalerKind, { name: 'sc', pv: PV, channels: { I0: 2 }, exposure_s: 0.5 }, [['preset_time', 2]]);
    assert.deepEqual(scalerKind.create(config, env).stageSettings, [['preset_time', 0.5], ['preset_time', 2]]);
  });

  it('trigger counts with a put-callback, reporting progress from T', async () => {
    const { scaler, registry, subscribers } = await connectedScaler();
    await registry.existing(`${PV}.TP`).put(0.3, { wait: true, timeoutMs: 100 });
    const { context, progress } = operationContext();
    await scaler.trigger?.(context);
    assert.deepEqual(registry.existing(`${PV}.CNT`).puts, [1]);
    const reading = scaler.read();
    assert.equal(reading['sc_I0']?.value, 60);
    assert.equal(reading['sc_det']?.value, 15);
    assert.ok(Math.abs((reading['sc_time']?.value as number) - 0.3) < 1e-9);
    assert.equal(progress.length, STEPS);
    assert.ok(progress.every((p) => p.target === 0.3 && p.units === 's'));
    assert.equal(subscribers(`${PV}.T`), 0);
  });

  it('abort stops waiting for the count, and stop puts CNT=0', async () => {
    const { scaler, registry, subscribers } = await connectedScaler();
    const { context, controller, abortListeners } = operationContext();
    const trigger = scaler.trigger?.(context);
    await settled();
    controller.abort(new Error('stopped'));
    await assert.rejects(trigger ?? Promise.resolve());
    assert.equal(subscribers(`${PV}.T`), 0);
    assert.equal(abortListeners(), 0);
    await scaler.stop(false);
    assert.deepEqual(registry.existing(`${PV}.CNT`).puts, [1, 0]);
  });

  it('names every counter that did not connect', async () => {
    const { registry, env } = mockEnv();
    registry.define(`${PV}.S2`, { unreachable: true });
    registry.define(`${PV}.CNT`, { unreachable: true });
    const scaler = scalerKind.create(configOf(scalerKind, { name: 'sc', pv: PV, channels: { I0: 2 } }), env);
    const error = await scaler.connect(10, new AbortController().signal).then(() => undefined, (e: unknown) => e);
    assert.ok(error instanceof DeviceConnectError);
    assert.deepEqual(error.failures.map((f) => f.part).sort(), [`${PV}.CNT`, `${PV}.S2`]);
  });

  it('refuses missing channels, counters outside 1..8 and a counter read twice', () => {
    assert.match(parseEntry(scalerKind, { name: 'sc', pv: PV }).problems.join(), /channels must map at least one/);
    assert.match(parseEntry(scalerKind, { name: 'sc', pv: PV, channels: {} }).problems.join(), /channels must map at least one/);
    const { problems } = parseEntry(scalerKind, { name: 'sc', pv: PV, channels: { a: 9, b: 2, c: 2, 'd e': 3 } });
    assert.equal(problems.length, 3, problems.join('\n'));
    assert.match(problems.join('\n'), /channels\.a must be a counter number 1\.\.8/);
    assert.match(problems.join('\n'), /channels\.c counter 2 is already read as 'b'/);
    assert.match(problems.join('\n'), /channels\.d e must be letters/);
  });
});
