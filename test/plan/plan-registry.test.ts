import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import {
  buildSubmittedPlan, devicesNamed, InvalidPlanArgsError, planRegistry, UnknownPlanError, validatePlanArgs,
} from '../../actors/plan/plan-registry.js';
import { readInto } from '../../actors/plan/plan-stubs.js';
import type { PlainValue } from '../../lib/values.js';
import { ErrorCode } from '../../lib/errors.js';
import { drivePlan, simulatedBeamline } from './drive-plan.js';

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
    assert.throws(() => validatePlanArgs('no_such_plan', {}), (error: unknown) => error instanceof UnknownPlanError && /count, scan, rel_scan/.test(error.message));
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

  it('checks booleans, strings and exclusive bounds', () => {
    const problems = problemsOf(() =>
      validatePlanArgs('adaptive_scan', {
        detectors: ['det'], target_field: '', motor: 'm1', start: 0, stop: 1, min_step: 0, max_step: 1, target_delta: 1, backstep: 'yes', threshold: 1,
      }),
    ).join('\n');
    assert.match(problems, /'target_field' must be a non-empty string, got ""/);
    assert.match(problems, /'min_step' must be > 0, got 0/);
    assert.match(problems, /'backstep' must be true or false, got "yes"/);
    assert.match(problems, /'threshold' must be < 1, got 1/);
  });

  it('checks parameters against each other', () => {
    const adaptive = problemsOf(() =>
      validatePlanArgs('adaptive_scan', { detectors: ['det'], target_field: 'det', motor: 'm1', start: 0, stop: 1, min_step: 0.5, max_step: 0.2, target_delta: 1 }),
    );
    assert.deepEqual(adaptive, [`'max_step' (0.2) must be greater than 'min_step' (0.5)`]);
    const nd = problemsOf(() => validatePlanArgs('scan_nd', { detectors: ['det'], motors: ['m1', 'm2'], points: [[0, 1], [2]] }));
    assert.deepEqual(nd, [`'points' row 1 has 1 position(s), but there are 2 motor(s)`]);
  });

  it('list_scan positions: [device, [positions]] pairs of one length', () => {
    const { args } = validatePlanArgs('list_scan', { detectors: ['det'], positions: [['m1', [0, 1]], ['m2', [2, 3]]] });
    assert.deepEqual(args['positions'], [['m1', [0, 1]], ['m2', [2, 3]]]);
    const shape = problemsOf(() => validatePlanArgs('list_scan', { detectors: ['det'], positions: [['m1', [0, 'x']], ['bad name', [1]], 'm3'] })).join('\n');
    assert.match(shape, /entry 0: \[0,"x"\] is not a list of finite numbers/);
    assert.match(shape, /entry 1: 'bad name' is not a valid device name/);
    assert.match(shape, /entry 2: "m3" is not a \[device, \[positions...\]\] pair/);
    const lengths = problemsOf(() => validatePlanArgs('list_scan', { detectors: ['det'], positions: [['m1', [0, 1]], ['m1', [2]]] })).join('\n');
    assert.match(lengths, /'positions' the motors move in lockstep, so their lists need one length; got m1: 2, m1: 1/);
    assert.match(lengths, /'positions' a motor is listed twice: m1/);
    assert.match(problemsOf(() => validatePlanArgs('list_scan', { detectors: ['det'], positions: [] })).join(''), /at least 1 motor/);
  });

  it('grid_scan axes: [device, start, stop, num(, snake)], never snaking the first', () => {
    const { args } = validatePlanArgs('grid_scan', { detectors: ['det'], axes: [['m1', 0, 1, 2], ['m2', 0, 1, 3, true]] });
    assert.deepEqual(args['axes'], [['m1', 0, 1, 2], ['m2', 0, 1, 3, true]]);
    const problems = problemsOf(() =>
      validatePlanArgs('grid_scan', { detectors: ['det'], axes: [['m1', 0, 1, 2, true], ['m2', 'a', 1, 1.5, 'no'], ['m3', 0, 1]] }),
    ).join('\n');
    assert.match(problems, /entry 1: start and stop must be finite numbers, got "a" and 1, num must be an integer >= 1, got 1.5, snake must be true or false, got "no"/);
    assert.match(problems, /entry 2: \["m3",0,1\] is not \[device, start, stop, num\]/);
    const snake = problemsOf(() => validatePlanArgs('rel_grid_scan', { detectors: ['det'], axes: [['m1', 0, 1, 2, true], ['m1', 0, 1, 2]] }));
    assert.deepEqual(snake, [`'axes': the first (slowest) axis ('m1') cannot snake`, `'axes': a motor is on two axes: m1`]);
  });

  it('devicesNamed includes the devices inside positions and axes', () => {
    const list = validatePlanArgs('list_scan', { detectors: ['det'], positions: [['m1', [0]], ['m2', [1]]] });
    assert.deepEqual(devicesNamed(list.plan, list.args), ['det', 'm1', 'm2']);
    const grid = validatePlanArgs('grid_scan', { detectors: ['det', 'm1'], axes: [['m1', 0, 1, 2], ['m2', 0, 1, 2]] });
    assert.deepEqual(devicesNamed(grid.plan, grid.args), ['det', 'm1', 'm2']);
    const flyers = validatePlanArgs('fly', { flyers: ['f1', 'f2'] });
    assert.deepEqual(devicesNamed(flyers.plan, flyers.args), ['f1', 'f2']);
  });

  it('every registered plan builds from wire values and runs', () => {
    const submissions: Record<string, Record<string, PlainValue>> = {
      count: { detectors: ['det'], num: 2 },
      scan: { detectors: ['det'], motor: 'm1', start: 0, stop: 1, num: 3 },
      rel_scan: { detectors: ['det'], motor: 'm1', start: -1, stop: 1, num: 3 },
      list_scan: { detectors: ['det'], positions: [['m1', [0, 1]], ['m2', [1, 0]]] },
      rel_list_scan: { detectors: ['det'], positions: [['m1', [0, 1]]] },
      grid_scan: { detectors: ['det'], axes: [['m1', 0, 1, 2], ['m2', 0, 1, 2, true]] },
      rel_grid_scan: { detectors: ['det'], axes: [['m1', 0, 1, 2], ['m2', 0, 1, 2]] },
      scan_nd: { detectors: ['det'], motors: ['m1', 'm2'], points: [[0, 0], [1, 1]] },
      adaptive_scan: { detectors: ['det'], target_field: 'det', motor: 'm1', start: 0, stop: 1, min_step: 0.1, max_step: 0.5, target_delta: 1 },
      tune_centroid: { detectors: ['det'], signal: 'det', motor: 'm1', start: -1, stop: 1, min_step: 0.1 },
      fly: { flyers: ['f1'] },
    };
    assert.deepEqual(Object.keys(submissions).sort(), [...planRegistry.keys()].sort());
    for (const [name, wire] of Object.entries(submissions)) {
      const { plan, args } = validatePlanArgs(name, wire);
      const sim = simulatedBeamline({ motors: { m1: 0, m2: 0 }, detectors: { det: (p) => 1 + (p.get('m1') ?? 0) ** 2 }, collected: { f1: 3 } });
      const { msgs } = drivePlan(plan.build(args), sim.replies);
      assert.equal(msgs.filter((m) => m.cmd === 'open_run').length, 1, name);
      const open = msgs.find((m) => m.cmd === 'open_run');
      assert.equal(open?.cmd === 'open_run' ? open.metadata?.['plan_name'] : undefined, name);
      assert.ok(msgs.some((m) => m.cmd === 'close_run'), name);
    }
  });
});

describe('buildSubmittedPlan', () => {
  it('stages the plan\'s devices around it, with baseline reads and monitors inside the run', () => {
    const { plan, devices, args } = buildSubmittedPlan('count', { detectors: ['det'] }, { baseline: ['m1', 't1'], monitor: ['ring'] });
    assert.deepEqual(devices, ['det', 'm1', 't1', 'ring']);
    assert.deepEqual(args, { detectors: ['det'], num: 1, delay: 0 });
    const msgs = [...plan];
    const baseline = [...readInto(['m1', 't1'], 'baseline')];
    assert.deepEqual(msgs.map((m) => m.cmd), [
      'stage', 'open_run', 'monitor', ...baseline.map((m) => m.cmd),
      'checkpoint', 'trigger', 'wait', 'create', 'read', 'save',
      ...baseline.map((m) => m.cmd), 'unmonitor', 'close_run', 'unstage',
    ]);
    assert.deepEqual(msgs[0], { cmd: 'stage', device: 'det' });
    assert.deepEqual(msgs.at(-1), { cmd: 'unstage', device: 'det' });
  });

  it('stages detectors and motors, including those inside axes, and returns the plan\'s result', () => {
    const { plan } = buildSubmittedPlan('grid_scan', { detectors: ['det'], axes: [['m1', 0, 1, 2], ['m2', 0, 1, 2]] });
    const sim = simulatedBeamline({ motors: { m1: 0, m2: 0 }, detectors: { det: () => 1 } });
    const { msgs, returnValue } = drivePlan(plan, sim.replies);
    assert.deepEqual(msgs.slice(0, 3), ['det', 'm1', 'm2'].map((device) => ({ cmd: 'stage', device })));
    assert.deepEqual(msgs.slice(-3), ['m2', 'm1', 'det'].map((device) => ({ cmd: 'unstage', device })));
    assert.equal(returnValue, 'run-1');
    const fly = drivePlan(buildSubmittedPlan('fly', { flyers: ['f1'] }).plan, simulatedBeamline({ collected: { f1: 4 } }).replies);
    assert.equal(fly.returnValue, 4);
  });

  it('reports problems of the arguments and of baseline and monitor together', () => {
    const problems = problemsOf(() => buildSubmittedPlan('scan', { detectors: ['det'], motor: 'm1', start: 0, stop: 1 }, { baseline: ['ok', 'bad name'], monitor: ['t1', 't1'] }));
    assert.deepEqual(problems, [
      `missing required argument 'num' (an integer)`,
      `'baseline' has bad entries: 'bad name' is not a valid device name`,
      `'monitor' lists a device twice: ["t1","t1"]`,
    ]);
    assert.throws(() => buildSubmittedPlan('nope', {}), UnknownPlanError);
  });
});
