import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { validatePlanArgs, InvalidPlanArgsError, UnknownPlanError } from '../../actors/plan/plan-registry.js';
import { ErrorCode } from '../../lib/errors.js';

function problemsOf(fn: () => unknown): readonly string[] {
  try {
    fn();
  } catch (error) {
    assert.ok(error instanceof InvalidPlanArgsError, String(error));
    assert.equal(error.code, ErrorCode.InvalidArgument);
    return error.problems;
  }
  assert.fail('expected InvalidPlanArgsError');
}

describe('validatePlanArgs', () => {
  it('accepts good arguments and fills in defaults', () => {
    const { plan, args } = validatePlanArgs('count', { detectors: ['det'] });
    assert.equal(plan.name, 'count');
    assert.deepEqual(args, { detectors: ['det'], num: 1, delay: 0 });
    assert.equal([...plan.build(args)].filter((m) => m.cmd === 'save').length, 1);
  });

  it('rejects an unknown plan, naming the known ones', () => {
    assert.throws(() => validatePlanArgs('fly', {}), (error: unknown) => error instanceof UnknownPlanError && /count, scan/.test(error.message));
  });

  it('lists every problem at once', () => {
    const problems = problemsOf(() => validatePlanArgs('scan', { detectors: 'det', start: 'zero', stop: 1, num: 2.5, speed: 3 }));
    assert.equal(problems.length, 5, problems.join('\n'));
    assert.match(problems.join('\n'), /unexpected argument 'speed'/);
    assert.match(problems.join('\n'), /missing required argument 'motor'/);
    assert.match(problems.join('\n'), /'detectors' must be a list of device names/);
    assert.match(problems.join('\n'), /'start' must be a finite number/);
    assert.match(problems.join('\n'), /'num' must be an integer, got 2.5/);
  });

  it('rejects out-of-range values and bad device names', () => {
    const problems = problemsOf(() => validatePlanArgs('scan', { detectors: ['det', 'bad name'], motor: 'm1', start: 0, stop: 1, num: 0 }));
    assert.match(problems.join('\n'), /'num' must be >= 1, got 0/);
    assert.match(problems.join('\n'), /'bad name' is not a valid device name/);
    assert.match(problemsOf(() => validatePlanArgs('count', { detectors: [] })).join(''), /at least 1 device/);
    assert.match(problemsOf(() => validatePlanArgs('count', { detectors: ['d'], delay: -1 })).join(''), /'delay' must be >= 0/);
  });
});
