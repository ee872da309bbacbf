import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { parseArgv, parseCount, parseDeviceList, parseNumber } from '../../cli/argv.js';
import { InvalidArgumentError } from '../../lib/errors.js';

const spec = { valued: ['beamline'], switches: ['json'] } as const;

describe('CLI argument parsing', () => {
  it('reads negative numbers as positionals, not flags', () => {
    const args = parseArgv(['det', 'm1', '-1.5', '-.5', '11', '--beamline', 'BL02', '--json'], spec);
    assert.deepEqual(args.positionals, ['det', 'm1', '-1.5', '-.5', '11']);
    assert.equal(args.flags.get('beamline'), 'BL02');
    assert.equal(args.flags.get('json'), true);
  });

  it('accepts --flag=value and stops at --', () => {
    const args = parseArgv(['--beamline=BL03', '--', '--json'], spec);
    assert.equal(args.flags.get('beamline'), 'BL03');
    assert.deepEqual(args.positionals, ['--json']);
  });

  it('refuses unknown options and valued flags without a value', () => {
    assert.throws(() => parseArgv(['--bogus'], spec), /unknown option '--bogus'/);
    assert.throws(() => parseArgv(['--beamline'], spec), /--beamline needs a value/);
  });

  it('explains bad numbers, counts and device lists', () => {
    assert.equal(parseNumber('-2.5', 'START'), -2.5);
    assert.throws(() => parseNumber('abc', 'START'), (e: unknown) => e instanceof InvalidArgumentError && /START must be a number, got 'abc'/.test(e.message));
    assert.throws(() => parseNumber('', 'STOP'), /STOP must be a number/);
    assert.equal(parseCount('11', 'NUM'), 11);
    assert.throws(() => parseCount('2.5', 'NUM'), /NUM must be a whole number of at least 1/);
    assert.throws(() => parseCount('0', 'NUM'), /at least 1/);
    assert.deepEqual(parseDeviceList('det, i0', 'DET'), ['det', 'i0']);
    assert.throws(() => parseDeviceList(',', 'DET'), /DET needs at least one device name/);
  });
});
