import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { count, fly, listScan, relListScan, relScan, scan } from '../../actors/plan/plans.js';
import { linspace, mv, triggerAndRead, type PerStepHook } from '../../actors/plan/plan-stubs.js';
import type { Msg, Plan } from '../../actors/plan/msg.js';
import { drivePlan, drivePlanToError, simulatedBeamline } from './drive-plan.js';

function withoutOpenRun(msgs: Msg[]): Msg[] {
  assert.equal(msgs[0]?.cmd, 'open_run');
  return msgs.slice(1);
}

describe('plans are pure message generators', () => {
  it('mv sets every device in one group, then waits', () => {
    assert.deepEqual([...mv([['m1', 1], ['m2', 2]])], [
      { cmd: 'set', device: 'm1', value: 1, group: 'mv' },
      { cmd: 'set', device: 'm2', value: 2, group: 'mv' },
      { cmd: 'wait', group: 'mv' },
    ]);
  });

  it('linspace includes both ends', () => {
    assert.deepEqual(linspace(0, 1, 3), [0, 0.5, 1]);
    assert.deepEqual(linspace(-1, 1, 1), [-1]);
    assert.equal(linspace(0, 0.3, 4).at(-1), 0.3);
  });

  it('scan moves, triggers, reads and saves at each point', () => {
    const msgs = [...scan(['det'], 'm1', 0, 1, 3)];
    const point = (x: number): Msg[] => [
      { cmd: 'checkpoint' },
      { cmd: 'set', device: 'm1', value: x, group: 'mv' },
      { cmd: 'wait', group: 'mv' },
      { cmd: 'trigger', device: 'det', group: 'trigger' },
      { cmd: 'wait', group: 'trigger' },
      { cmd: 'create', name: 'primary' },
      { cmd: 'read', device: 'm1' },
      { cmd: 'read', device: 'det' },
      { cmd: 'save' },
    ];
    assert.deepEqual(withoutOpenRun(msgs), [...point(0), ...point(0.5), ...point(1), { cmd: 'close_run' }]);
    assert.deepEqual(msgs[0], {
      cmd: 'open_run',
      metadata: {
        plan_name: 'scan',
        plan_type: 'generator',
        plan_args: { detectors: ['det'], motor: 'm1', start: 0, stop: 1, num: 3 },
        detectors: ['det'],
        motors: ['m1'],
        num_points: 3,
        num_intervals: 2,
        hints: { dimensions: [[['m1'], 'primary']] },
      },
    });
  });

  it('count reads num times with a sleep between, not after the last', () => {
    const reading: Msg[] = [
      { cmd: 'checkpoint' },
      { cmd: 'trigger', device: 'det', group: 'trigger' },
      { cmd: 'wait', group: 'trigger' },
      { cmd: 'create', name: 'primary' },
      { cmd: 'read', device: 'det' },
      { cmd: 'save' },
    ];
    assert.deepEqual(withoutOpenRun([...count(['det'], 2, 0.5)]), [
      ...reading,
      { cmd: 'sleep', seconds: 0.5 },
      ...reading,
      { cmd: 'close_run' },
    ]);
  });

  it('count and scan return the run uid', () => {
    assert.equal(drivePlan(count(['det']), (msg) => (msg.cmd === 'open_run' ? 'uid-7' : undefined)).returnValue, 'uid-7');
    assert.equal(drivePlan(scan(['det'], 'm1', 0, 1, 2), (msg) => (msg.cmd === 'open_run' ? 'uid-8' : undefined)).returnValue, 'uid-8');
  });

  it('merges user metadata over the plan\'s, hints key by key', () => {
    const [open] = [...scan(['det'], 'm1', 0, 1, 2, { md: { sample: 'Si', num_points: 99, hints: { gridding: 'none' } } })];
    assert.ok(open?.cmd === 'open_run');
    assert.equal(open.metadata?.['sample'], 'Si');
    assert.equal(open.metadata?.['num_points'], 99);
    assert.deepEqual(open.metadata?.['hints'], { dimensions: [[['m1'], 'primary']], gridding: 'none' });
  });

  it('count uses perShot for each reading, after the checkpoint', () => {
    function* perShot(detectors: readonly string[]): Plan {
      yield { cmd: 'null' };
      yield* triggerAndRead(detectors, [], 'fast');
    }
    const msgs = withoutOpenRun([...count(['det'], 1, 0, { perShot })]);
    assert.deepEqual(msgs.slice(0, 2), [{ cmd: 'checkpoint' }, { cmd: 'null' }]);
    assert.deepEqual(msgs.find((m) => m.cmd === 'create'), { cmd: 'create', name: 'fast' });
  });

  it('scan uses perStep after each checkpoint, with the step and a position cache', () => {
    const calls: Array<[string[], Array<[string, number]>]> = [];
    const perStep: PerStepHook = function* (detectors, step, posCache) {
      calls.push([[...detectors], [...step]]);
      posCache.set('seen', 1);
      yield { cmd: 'null' };
    };
    const msgs = [...scan(['det'], 'm1', 0, 1, 2, { perStep })];
    assert.deepEqual(withoutOpenRun(msgs), [{ cmd: 'checkpoint' }, { cmd: 'null' }, { cmd: 'checkpoint' }, { cmd: 'null' }, { cmd: 'close_run' }]);
    assert.deepEqual(calls, [[['det'], [['m1', 0]]], [['det'], [['m1', 1]]]]);
  });

  it('refuses a num that is not a positive integer', () => {
    assert.match(String(drivePlanToError(scan(['det'], 'm1', 0, 1, 0)).error), /integer num >= 1, got 0/);
    assert.match(String(drivePlanToError(count(['det'], 1.5)).error), /integer num >= 1, got 1.5/);
  });

  it('relScan moves relative to where the motor starts and puts it back at the end', () => {
    const sim = simulatedBeamline({ motors: { m1: 5 }, detectors: { det: () => 1 } });
    const { msgs, returnValue } = drivePlan(relScan(['det'], 'm1', -1, 1, 3), sim.replies);
    const point = (x: number, first = false): Msg[] => [
      { cmd: 'checkpoint' },
      ...(first ? [{ cmd: 'read', device: 'm1' } as const, { cmd: 'read', device: 'm1' } as const] : []),
      ...mv([['m1', x]]),
      ...triggerAndRead(['det'], ['m1']),
    ];
    assert.deepEqual(withoutOpenRun(msgs), [...point(4, true), ...point(5), ...point(6), { cmd: 'close_run' }, ...mv([['m1', 5]], 'reset_positions')]);
    assert.equal(sim.positions.get('m1'), 5);
    assert.equal(returnValue, 'run-1');
    const open = msgs[0];
    assert.ok(open?.cmd === 'open_run');
    assert.equal(open.metadata?.['plan_name'], 'rel_scan');
    assert.deepEqual(open.metadata?.['plan_args'], { detectors: ['det'], motor: 'm1', start: -1, stop: 1, num: 3 });
  });

  it('relScan puts the motor back when a step fails', () => {
    const sim = simulatedBeamline({ motors: { m1: 5 } });
    const { msgs, error } = drivePlanToError(relScan(['det'], 'm1', -1, 1, 3), sim.replies);
    assert.match(String(error), /no device 'det'/);
    assert.deepEqual(msgs.slice(-2), [...mv([['m1', 5]], 'reset_positions')]);
  });

  it('listScan moves the motors in lockstep through their positions', () => {
    const msgs = [...listScan(['det'], [['m1', [1, 2]], ['m2', [10, 20]]])];
    const point = (a: number, b: number): Msg[] => [{ cmd: 'checkpoint' }, ...mv([['m1', a], ['m2', b]]), ...triggerAndRead(['det'], ['m1', 'm2'])];
    assert.deepEqual(withoutOpenRun(msgs), [...point(1, 10), ...point(2, 20), { cmd: 'close_run' }]);
    assert.deepEqual(msgs[0], {
      cmd: 'open_run',
      metadata: {
        plan_name: 'list_scan',
        plan_type: 'generator',
        plan_args: { detectors: ['det'], positions: [['m1', [1, 2]], ['m2', [10, 20]]] },
        detectors: ['det'],
        motors: ['m1', 'm2'],
        num_points: 2,
        num_intervals: 1,
        plan_pattern: 'inner_list_product',
        hints: { dimensions: [[['m1', 'm2'], 'primary']] },
      },
    });
  });

  it('listScan moves only the motors whose position changes', () => {
    const msgs = withoutOpenRun([...listScan([], [['m1', [1, 1]], ['m2', [10, 20]]])]);
    assert.deepEqual(msgs.filter((m) => m.cmd === 'set').map((m) => (m.cmd === 'set' ? [m.device, m.value] : [])), [['m1', 1], ['m2', 10], ['m2', 20]]);
  });

  it('listScan refuses lists of different lengths or a motor twice', () => {
    assert.match(String(drivePlanToError(listScan(['det'], [['m1', [1, 2]], ['m2', [1]]])).error), /one length; got m1: 2, m2: 1/);
    assert.match(String(drivePlanToError(listScan(['det'], [['m1', [1]], ['m1', [2]]])).error), /listed twice: m1/);
  });

  it('relListScan is relative to the start positions and returns there', () => {
    const sim = simulatedBeamline({ motors: { m1: 100 }, detectors: { det: () => 0 } });
    const { msgs } = drivePlan(relListScan(['det'], [['m1', [1, -1]]]), sim.replies);
    assert.deepEqual(msgs.filter((m) => m.cmd === 'set').map((m) => (m.cmd === 'set' ? m.value : null)), [101, 99, 100]);
  });

  it('fly kicks off every flyer, completes them, collects each and returns the number of events', () => {
    const sim = simulatedBeamline({ collected: { f1: 5, f2: 7 } });
    const { msgs, returnValue } = drivePlan(fly(['f1', 'f2'], { md: { sample: 'Si' } }), sim.replies);
    assert.deepEqual(msgs, [
      { cmd: 'open_run', metadata: { plan_name: 'fly', plan_type: 'generator', plan_args: { flyers: ['f1', 'f2'] }, sample: 'Si' } },
      { cmd: 'checkpoint' },
      { cmd: 'kickoff', device: 'f1', group: 'kickoff' },
      { cmd: 'kickoff', device: 'f2', group: 'kickoff' },
      { cmd: 'wait', group: 'kickoff' },
      { cmd: 'complete', device: 'f1', group: 'complete' },
      { cmd: 'complete', device: 'f2', group: 'complete' },
      { cmd: 'wait', group: 'complete' },
      { cmd: 'collect', device: 'f1' },
      { cmd: 'collect', device: 'f2' },
      { cmd: 'close_run' },
    ]);
    assert.equal(returnValue, 12);
  });
});
