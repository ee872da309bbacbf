import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { shutterKind } from '../../../actors/device/kinds/shutter.js';
import { InvalidSetValueError } from '../../../actors/device/errors.js';
import { configOf, mockEnv, operationContext, parseEntry, settled, track } from './mock-env.js';

const PV = 'mock://BL01:shutter';
const STATUS = 'mock://BL01:shutter_status';
const CHOICES = { choices: ['closed', 'open'] };

async function connectedShutter(entry: Record<string, unknown> = { status: STATUS }) {
  const mock = mockEnv();
  mock.registry.define(PV, { value: 'closed', meta: CHOICES });
  mock.registry.define(STATUS, { value: 'closed', meta: CHOICES });
  const shutter = shutterKind.create(configOf(shutterKind, { name: 'shutter', pv: PV, ...entry }), mock.env);
  await shutter.connect(100, new AbortController().signal);
  return { ...mock, shutter };
}

describe('shutter kind', () => {
  it('reads the status as a state name', async () => {
    const { shutter, registry } = await connectedShutter();
    assert.equal(shutter.describe()['shutter']?.dtype, 'string');
    assert.equal(shutter.describe()['shutter']?.source, STATUS);
    assert.equal(shutter.read()['shutter']?.value, 'closed');
    // a numeric status (a bi without names, a calc) reads as the state it means
    registry.existing(STATUS).setValue(1);
    assert.equal(shutter.read()['shutter']?.value, 'open');
  });

  it('is done only once the status reads the commanded state', async () => {
    const { shutter, registry, subscribers } = await connectedShutter();
    const { context, abortListeners } = operationContext();
    const set = track(shutter.set?.('OPEN', context) ?? Promise.resolve());
    await settled();
    assert.deepEqual(registry.existing(PV).puts, ['open']);
    assert.equal(set.done, false);
    registry.existing(STATUS).setValue('open');
    await settled();
    assert.equal(set.done, true);
    assert.equal(set.error, undefined);
    assert.deepEqual(shutter.locate?.(), { setpoint: 'open', readback: 'open' });
    assert.equal(subscribers(STATUS), 0);
    assert.equal(abortListeners(), 0);
  });

  it('takes 1 and 0 and puts an index to an enum that spells the states otherwise', async () => {
    const mock = mockEnv();
    mock.registry.define(PV, { value: 0, meta: { choices: ['Shut', 'Open'] } });
    const shutter = shutterKind.create(configOf(shutterKind, { name: 'shutter', pv: PV, closed: 'shut' }), mock.env);
    await shutter.connect(100, new AbortController().signal);
    await shutter.set?.(1, operationContext().context);
    await shutter.set?.('shut', operationContext().context);
    assert.deepEqual(mock.registry.existing(PV).puts, ['Open', 'Shut']);
    assert.equal(shutter.read()['shutter']?.value, 'shut');
  });

  it('refuses other values, listing what it accepts', async () => {
    const { shutter } = await connectedShutter();
    const error = shutter.checkSet?.('ajar');
    assert.ok(error instanceof InvalidSetValueError);
    assert.match(error.message, /'open', 'closed', 1 \(open\) or 0 \(closed\)/);
    assert.ok(shutter.checkSet?.(2) instanceof InvalidSetValueError);
    assert.equal(shutter.checkSet?.('Closed'), undefined);
  });

  it('abort ends the status wait and drops its listeners', async () => {
    const { shutter, subscribers } = await connectedShutter();
    const { context, controller, abortListeners } = operationContext();
    const set = shutter.set?.('open', context);
    await settled();
    controller.abort(new Error('stopped'));
    await assert.rejects(set ?? Promise.resolve(), /stopped/);
    assert.equal(subscribers(STATUS), 0);
    assert.equal(abortListeners(), 0);
  });

  it('reads the command PV itself without a status PV', async () => {
    const { shutter } = await connectedShutter({});
    assert.equal(shutter.describe()['shutter']?.source, PV);
    await shutter.set?.('open', operationContext().context);
    assert.equal(shutter.read()['shutter']?.value, 'open');
  });

  it('refuses equal state names and stage entries', () => {
    const { problems } = parseEntry(shutterKind, { name: 'shutter', pv: PV, open: 'x', closed: 'X' }, [['setpoint', 'open']]);
    assert.equal(problems.length, 2, problems.join('\n'));
  });
});
