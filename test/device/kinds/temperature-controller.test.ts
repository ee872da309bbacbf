import { describe, it, type TestContext } from 'node:test';
import assert from 'node:assert/strict';
import { temperatureControllerKind } from '../../../actors/device/kinds/temperature-controller.js';
import { InvalidSetValueError, SetpointOutOfRangeError } from '../../../actors/device/errors.js';
import { Operation } from '../../../actors/device/device-behaviour.js';
import { configOf, mockEnv, operationContext, parseEntry, settled, track } from './mock-env.js';

const SP = 'mock://BL01:tc:SP';
const RBV = 'mock://BL01:tc:RBV';

async function connectedController(entry: Record<string, unknown> = {}) {
  const mock = mockEnv();
  mock.registry.define(SP, { value: 20, meta: { units: 'K', limits: { low: 4, high: 400 } } });
  mock.registry.define(RBV, { value: 20, meta: { units: 'K' } });
  const config = configOf(temperatureControllerKind, { name: 'tc', setpoint: SP, readback: RBV, tolerance: 0.5, settle_s: 2, ...entry });
  const controller = temperatureControllerKind.create(config, mock.env);
  await controller.connect(100, new AbortController().signal);
  return { ...mock, controller, readback: mock.registry.existing(RBV) };
}

describe('temperature-controller kind', () => {
  it('is done once the readback has held within tolerance for settle_s without a break', async (t: TestContext) => {
    // mocked timers: the settle window is exercised exactly, without waiting or asserting durations
    t.mock.timers.enable({ apis: ['setTimeout'] });
    const { controller, readback, registry, subscribers } = await connectedController();
    const { context, progress, abortListeners } = operationContext();
    const set = track(controller.set?.(30, context) ?? Promise.resolve());
    await settled();
    assert.deepEqual(registry.existing(SP).puts, [30]);

    readback.setValue(29.7); // in the band: the settle timer starts
    t.mock.timers.tick(1_500);
    readback.setValue(30.8); // overshoot leaves the band: the timer is cancelled
    t.mock.timers.tick(1_000);
    await settled();
    assert.equal(set.done, false, 'a break in the band restarts the settle time');

    readback.setValue(30.2); // back in the band: a full settle_s is needed again
    t.mock.timers.tick(1_999);
    await settled();
    assert.equal(set.done, false);
    readback.setValue(29.9); // still in the band: the timer keeps running
    t.mock.timers.tick(1);
    await settled();
    assert.equal(set.done, true);
    assert.equal(set.error, undefined);

    assert.deepEqual(progress.map((p) => p.current), [20, 29.7, 30.8, 30.2, 29.9]);
    assert.ok(progress.every((p) => p.initial === 20 && p.target === 30 && p.units === 'K'));
    assert.equal(subscribers(RBV), 0);
    assert.equal(abortListeners(), 0);
  });

  it('abort ends the settle wait, its timer and listeners gone', async (t: TestContext) => {
    t.mock.timers.enable({ apis: ['setTimeout'] });
    const { controller, readback, subscribers } = await connectedController();
    const { context, controller: abort, abortListeners } = operationContext();
    const set = controller.set?.(25, context);
    await settled();
    readback.setValue(25);
    abort.abort(new Error('stopped'));
    await assert.rejects(set ?? Promise.resolve(), /stopped/);
    assert.equal(subscribers(RBV), 0);
    assert.equal(abortListeners(), 0);
  });

  it('checks setpoints against the configured limits, else the setpoint PV drive limits', async () => {
    const configured = await connectedController({ limits: [10, 300] });
    assert.ok(configured.controller.checkSet?.(5) instanceof SetpointOutOfRangeError);
    assert.deepEqual(configured.controller.describe()['tc']?.limits, { low: 10, high: 300 });
    const fromPv = await connectedController();
    assert.ok(fromPv.controller.checkSet?.(500) instanceof SetpointOutOfRangeError);
    assert.equal(fromPv.controller.checkSet?.(300), undefined);
    assert.ok(fromPv.controller.checkSet?.('hot') instanceof InvalidSetValueError);
  });

  it('reads readback and setpoint, with tolerance as soft configuration', async () => {
    const { controller } = await connectedController({ timeout_s: 1200 });
    assert.deepEqual(Object.keys(controller.read()), ['tc', 'tc_setpoint']);
    assert.deepEqual(controller.configurationFields, ['tolerance']);
    assert.equal(controller.signals['tolerance']?.source, 'soft://BL01.tc.tolerance');
    assert.equal(controller.expectedDurationS(Operation.Set, 30), 1200);
  });

  it('defaults tolerance, settle and timeout, and refuses bad values', () => {
    const config = configOf(temperatureControllerKind, { name: 'tc', setpoint: SP, readback: RBV });
    assert.deepEqual([config.tolerance, config.settle_s, config.timeout_s, config.limits], [0.5, 2, 600, undefined]);
    const { problems } = parseEntry(temperatureControllerKind, { name: 'tc', setpoint: SP, readback: RBV, tolerance: 0, limits: [5, 1] });
    assert.equal(problems.length, 2, problems.join('\n'));
  });
});
