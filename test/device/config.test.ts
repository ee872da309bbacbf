import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { parseDeviceConfigs, DeviceConfigError } from '../../actors/device/mod.js';
import { InvalidArgumentError } from '../../lib/errors.js';

const motor = { kind: 'sim-motor', name: 'm1', velocity: 5, limits: [-10, 10], initial: 0 };
const detector = { kind: 'sim-detector', name: 'det', follows: 'm1', center: 0.4, width: 0.6, amplitude: 12000 };

function problemsOf(raw: unknown): readonly string[] {
  try {
    parseDeviceConfigs(raw, 'BL01');
  } catch (error) {
    assert.ok(error instanceof DeviceConfigError, `expected DeviceConfigError, got ${String(error)}`);
    assert.ok(error instanceof InvalidArgumentError);
    return error.problems;
  }
  assert.fail('expected the config to be rejected');
}

describe('parseDeviceConfigs', () => {
  it('fills defaults', () => {
    const [m, d] = parseDeviceConfigs([motor, detector], 'BL01');
    assert.deepEqual(m, {
      kind: 'sim-motor',
      name: 'm1',
      units: 'mm',
      velocity: 5,
      limits: { low: -10, high: 10 },
      initial: 0,
      precision: 3,
      tick_ms: 50,
    });
    assert.deepEqual(d, {
      kind: 'sim-detector',
      name: 'det',
      follows: 'm1',
      center: 0.4,
      width: 0.6,
      amplitude: 12000,
      background: 0,
      noise: 0,
      exposure_s: 0.01,
      units: 'counts',
    });
  });

  it('starts a motor at the low limit when its limits exclude 0 and no initial is given', () => {
    const [m] = parseDeviceConfigs([{ kind: 'sim-motor', name: 'e', velocity: 1, limits: [4000, 25000] }], 'BL02');
    assert.equal(m?.kind === 'sim-motor' && m.initial, 4000);
  });

  it('lists every problem with its path', () => {
    const problems = problemsOf([
      { ...motor, velocity: -1, limits: [5, 1], precision: 1.5, speed: 3 },
      { ...motor, name: 'm1', initial: 20 },
      { ...detector, name: 'bad name', follows: 'ghost', width: 0, noise: -0.1 },
      { kind: 'laser', name: 'l1' },
      'nonsense',
    ]);
    const expected = [
      'BL01.devices[0].speed is not a field of a sim-motor',
      'BL01.devices[0].limits must have low < high, got [5, 1]',
      'BL01.devices[0].velocity must be a positive number, got -1',
      'BL01.devices[0].precision must be an integer >= 0, got 1.5',
      'BL01.devices[1].initial 20 must be within the limits [-10, 10]',
      "BL01.devices[2].name 'bad name' must be 1-64 letters, digits, '_' or '-'",
      'BL01.devices[2].width must be a positive number, got 0',
      'BL01.devices[2].noise must be a number >= 0, got -0.1',
      'BL01.devices[3].kind must be one of sim-motor, sim-detector, got "laser"',
      'BL01.devices[4] must be a mapping with \'kind\' and \'name\', got "nonsense"',
      "BL01.devices[1].name 'm1' is already used by BL01.devices[0]",
      "BL01.devices[2].follows 'ghost' must name a sim-motor of this device list",
    ];
    assert.deepEqual([...problems].sort(), [...expected].sort());
  });

  it('puts every problem in the message', () => {
    assert.throws(
      () => parseDeviceConfigs([{ ...motor, velocity: 0 }, { ...detector, follows: 'det' }], 'BL01'),
      (error: unknown) =>
        error instanceof InvalidArgumentError &&
        /2 problems in BL01\.devices/.test(error.message) &&
        error.message.includes('BL01.devices[0].velocity must be a positive number') &&
        error.message.includes("BL01.devices[1].follows 'det' must name a sim-motor"),
    );
  });

  it('reports missing required fields', () => {
    const problems = problemsOf([{ kind: 'sim-motor', name: 'm1' }]);
    assert.deepEqual(problems, [
      'BL01.devices[0].limits must be [low, high], two numbers (missing)',
      'BL01.devices[0].velocity must be a positive number (missing)',
    ]);
  });

  it('rejects something that is not a list', () => {
    assert.throws(() => parseDeviceConfigs({ m1: motor }, 'BL01'), InvalidArgumentError);
  });
});
