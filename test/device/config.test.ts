import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { parseDeviceConfigs, DeviceConfigError, DEVICE_KINDS } from '../../actors/device/mod.js';
import { InvalidArgumentError } from '../../lib/errors.js';

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
  it('reads common fields with defaults, and stage settings in order', () => {
    const [m] = parseDeviceConfigs([{ kind: 'motor', name: 'm1', pv: 'ca://BL01:m1', stage: { velocity: 3, acceleration: 0.5 } }], 'BL01');
    assert.deepEqual(m, {
      kind: 'motor',
      name: 'm1',
      pv: 'ca://BL01:m1',
      connect_timeout_s: 5,
      stage: [['velocity', 3], ['acceleration', 0.5]],
    });
  });

  it('expands a composite into its children, created before it', () => {
    const configs = parseDeviceConfigs(
      [
        { kind: 'xyz-stage', name: 'stage', x: 'ca://BL06:sx', y: 'ca://BL06:sy', z: 'ca://BL06:sz' },
        { kind: 'coarse-fine', name: 'theta', coarse: 'ca://BL06:tc', fine: 'ca://BL06:tf' },
      ],
      'BL06',
    );
    assert.deepEqual(configs.map((c) => `${c.kind}:${c.name}`), [
      'motor:stage_x', 'motor:stage_y', 'motor:stage_z', 'xyz-stage:stage', 'motor:theta_coarse', 'motor:theta_fine', 'coarse-fine:theta',
    ]);
    assert.equal((configs[0] as unknown as { pv: string }).pv, 'ca://BL06:sx');
  });

  it('orders a flyer after the devices it drives, wherever they are declared', () => {
    const configs = parseDeviceConfigs(
      [
        { kind: 'flyer', name: 'fly', motor: 'm1', detectors: ['det'] },
        { kind: 'point-detector', name: 'det', pv: 'ca://BL01:det' },
        { kind: 'motor', name: 'm1', pv: 'ca://BL01:m1' },
      ],
      'BL01',
    );
    assert.deepEqual(configs.map((c) => c.name), ['m1', 'det', 'fly']);
  });

  it('lists every problem with its path', () => {
    const problems = problemsOf([
      { kind: 'motor', name: 'm1', pv: 'BL01:m1', speed: 3 },
      { kind: 'motor', name: 'm1', pv: 'ca://BL01:m2', connect_timeout_s: 0 },
      { kind: 'shutter', name: 'bad name', pv: 'ca://' },
      { kind: 'laser', name: 'l1' },
      { kind: 'flyer', name: 'fly', motor: 'ghost', detectors: ['m1'] },
      'nonsense',
    ]);
    const expected = [
      'BL01.devices[0].speed is not a field of a motor',
      "BL01.devices[0].pv must start with ca://, sim://, mock://, got 'BL01:m1'",
      'BL01.devices[1].connect_timeout_s must be a positive number, got 0',
      "BL01.devices[2].name 'bad name' must be 1-64 letters, digits, '_' or '-'",
      "BL01.devices[2].pv 'ca://' must name a PV after ca://, without spaces",
      `BL01.devices[3].kind must be one of ${DEVICE_KINDS.map((k) => k.kind).join(', ')}, got "laser"`,
      'BL01.devices[5] must be a mapping with \'kind\' and \'name\', got "nonsense"',
      "BL01.devices[1].name 'm1' is already used by BL01.devices[0]",
    ];
    for (const line of expected) assert.ok(problems.includes(line), `missing: ${line}\nin:\n${problems.join('\n')}`);
  });

  it('reports a reference to a device the beamline does not declare', () => {
    const problems = problemsOf([
      { kind: 'motor', name: 'm1', pv: 'ca://BL01:m1' },
      { kind: 'flyer', name: 'fly', motor: 'm1', detectors: ['ghost'] },
    ]);
    assert.deepEqual(problems, ["BL01.devices[1] refers to device 'ghost', which this beamline does not declare"]);
  });

  it('reports missing required fields', () => {
    assert.deepEqual(problemsOf([{ kind: 'motor', name: 'm1' }]), ['BL01.devices[0].pv must be a non-empty string (missing)']);
  });

  it('rejects something that is not a list', () => {
    assert.throws(() => parseDeviceConfigs({ m1: {} }, 'BL01'), InvalidArgumentError);
  });
});
