import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { signalDeviceKind } from '../../../actors/device/kinds/signal-device.js';
import { InvalidSetValueError } from '../../../actors/device/errors.js';
import { configOf, mockEnv, operationContext, parseEntry } from './mock-env.js';

const PV = 'mock://BL01:sample';

async function connectedSignal(read_only = false) {
  const mock = mockEnv();
  mock.registry.define(PV, { value: '' });
  const device = signalDeviceKind.create(configOf(signalDeviceKind, { name: 'sample', pv: PV, read_only }), mock.env);
  await device.connect(100, new AbortController().signal);
  return { ...mock, device };
}

describe('signal kind', () => {
  it('puts with a callback and reads the value under its name', async () => {
    const { device, registry } = await connectedSignal();
    assert.equal(device.deviceClass, 'EpicsSignal');
    await device.set?.('silicon wafer 3', operationContext().context);
    assert.deepEqual(registry.existing(PV).puts, ['silicon wafer 3']);
    assert.equal(device.read()['sample']?.value, 'silicon wafer 3');
    assert.equal(device.describe()['sample']?.dtype, 'string');
    assert.deepEqual(device.locate?.(), { setpoint: 'silicon wafer 3', readback: 'silicon wafer 3' });
  });

  it('refuses a value of the wrong type before the put', async () => {
    const { device, registry } = await connectedSignal();
    assert.ok(device.checkSet?.(3) instanceof InvalidSetValueError);
    await assert.rejects(device.set?.(3, operationContext().context) ?? Promise.resolve(), InvalidSetValueError);
    assert.deepEqual(registry.existing(PV).puts, []);
  });

  it('has no set when read only', async () => {
    const { device } = await connectedSignal(true);
    assert.equal(device.deviceClass, 'EpicsSignalRO');
    assert.equal(device.set, undefined);
    assert.equal(device.locate, undefined);
  });

  it('requires read_only to be a boolean', () => {
    assert.match(parseEntry(signalDeviceKind, { name: 'sample', pv: PV, read_only: 'yes' }).problems.join(), /read_only must be true or false/);
    assert.equal(configOf(signalDeviceKind, { name: 'sample', pv: PV }).read_only, false);
  });
});
