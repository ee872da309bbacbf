import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { Msg } from '../../actors/plan/msg.js';
import { mv, triggerAndRead } from '../../actors/plan/plan-stubs.js';
import { gridScan, outerProduct, relGridScan, runMetadata, scanNd } from '../../actors/plan/plans-nd.js';
import { drivePlan, drivePlanToError, simulatedBeamline } from './drive-plan.js';

function sets(msgs: readonly Msg[]): Array<[string, unknown]> {
  return msgs.flatMap((m) => (m.cmd === 'set' ? [[m.device, m.value] as [string, unknown]] : []));
}

function steps(axes: Parameters<typeof outerProduct>[0]): number[][] {
  return outerProduct(axes).map((step) => [...step.values()]);
}

describe('grid scans', () => {
  it('walks the outer product, first axis slowest', () => {
    assert.deepEqual(steps([{ motor: 'm1', start: 0, stop: 1, num: 2 }, { motor: 'm2', start: 0, stop: 2, num: 3 }]), [
      [0, 0], [0, 1], [0, 2],
      [1, 0], [1, 1], [1, 2],
    ]);
  });

  it('a snaking axis reverses on every other pass of the axes before it', () => {
    assert.deepEqual(steps([{ motor: 'm1', start: 0, stop: 2, num: 3 }, { motor: 'm2', start: 0, stop: 1, num: 2, snake: true }]), [
      [0, 0], [0, 1],
      [1, 1], [1, 0],
      [2, 0], [2, 1],
    ]);
    // Three axes, the last snaking: its direction flips with every step of the two slower axes together.
    assert.deepEqual(
      steps([
        { motor: 'a', start: 0, stop: 1, num: 2 },
        { motor: 'b', start: 0, stop: 1, num: 2 },
        { motor: 'c', start: 0, stop: 1, num: 2, snake: true },
      ]),
      [[0, 0, 0], [0, 0, 1], [0, 1, 1], [0, 1, 0], [1, 0, 0], [1, 0, 1], [1, 1, 1], [1, 1, 0]],
    );
    // Middle axis snaking, last not.
    assert.deepEqual(
      steps([
        { motor: 'a', start: 0, stop: 1, num: 2 },
        { motor: 'b', start: 0, stop: 1, num: 2, snake: true },
        { motor: 'c', start: 0, stop: 1, num: 2 },
      ]),
      [[0, 0, 0], [0, 0, 1], [0, 1, 0], [0, 1, 1], [1, 1, 0], [1, 1, 1], [1, 0, 0], [1, 0, 1]],
    );
  });

  it('gridScan moves only the motors that change, reads at every point, with grid metadata', () => {
    const msgs = [...gridScan(['det'], [{ motor: 'm1', start: 0, stop: 1, num: 2 }, { motor: 'm2', start: 5, stop: 6, num: 2, snake: true }])];
    const read = triggerAndRead(['det'], ['m1', 'm2']);
    const readMsgs = [...read];
    assert.deepEqual(msgs.slice(1), [
      { cmd: 'checkpoint' }, ...mv([['m1', 0], ['m2', 5]]), ...readMsgs,
      { cmd: 'checkpoint' }, ...mv([['m2', 6]]), ...readMsgs,
      { cmd: 'checkpoint' }, ...mv([['m1', 1]]), ...readMsgs,
      { cmd: 'checkpoint' }, ...mv([['m2', 5]]), ...readMsgs,
      { cmd: 'close_run' },
    ]);
    assert.deepEqual(msgs[0], {
      cmd: 'open_run',
      metadata: {
        plan_name: 'grid_scan',
        plan_type: 'generator',
        plan_args: { detectors: ['det'], axes: [['m1', 0, 1, 2, false], ['m2', 5, 6, 2, true]] },
        detectors: ['det'],
        motors: ['m1', 'm2'],
        num_points: 4,
        num_intervals: 3,
        shape: [2, 2],
        extents: [[0, 1], [5, 6]],
        snaking: [false, true],
        plan_pattern: 'outer_product',
        hints: { gridding: 'rectilinear', dimensions: [[['m1'], 'primary'], [['m2'], 'primary']] },
      },
    });
  });

  it('gridScan lists every problem of its axes', () => {
    const { error } = drivePlanToError(
      gridScan(['det'], [{ motor: 'm1', start: 0, stop: 1, num: 0, snake: true }, { motor: 'm1', start: 0, stop: Number.NaN, num: 2 }]),
    );
    const message = String(error);
    assert.match(message, /axis 0 \('m1'\) needs an integer num >= 1, got 0/);
    assert.match(message, /axis 1 \('m1'\) needs finite start and stop/);
    assert.match(message, /first \(slowest\) axis \('m1'\) cannot snake/);
    assert.match(message, /a motor is on two axes: m1/);
    assert.match(String(drivePlanToError(gridScan(['det'], [])).error), /at least one axis/);
  });

  it('relGridScan scans around the start positions and returns the motors there', () => {
    const sim = simulatedBeamline({ motors: { m1: 10, m2: 20 }, detectors: { det: () => 0 } });
    const { msgs, returnValue } = drivePlan(
      relGridScan(['det'], [{ motor: 'm1', start: -1, stop: 1, num: 2 }, { motor: 'm2', start: 0, stop: 1, num: 2, snake: true }]),
      sim.replies,
    );
    assert.deepEqual(sets(msgs), [['m1', 9], ['m2', 20], ['m2', 21], ['m1', 11], ['m2', 20], ['m1', 10], ['m2', 20]]);
    assert.deepEqual(msgs.slice(-4), [{ cmd: 'close_run' }, ...mv([['m1', 10], ['m2', 20]], 'reset_positions')]);
    assert.equal(returnValue, 'run-1');
    const open = msgs[0];
    assert.ok(open?.cmd === 'open_run');
    assert.equal(open.metadata?.['plan_name'], 'rel_grid_scan');
  });
});

describe('scanNd', () => {
  it('reads at each step, with one dimension per motor', () => {
    const msgs = [...scanNd(['det'], [{ m1: 0, m2: 1 }, new Map([['m1', 1], ['m2', 1]])])];
    assert.deepEqual(msgs.slice(1), [
      { cmd: 'checkpoint' }, ...mv([['m1', 0], ['m2', 1]]), ...triggerAndRead(['det'], ['m1', 'm2']),
      { cmd: 'checkpoint' }, ...mv([['m1', 1]]), ...triggerAndRead(['det'], ['m1', 'm2']),
      { cmd: 'close_run' },
    ]);
    assert.deepEqual(msgs[0], {
      cmd: 'open_run',
      metadata: {
        plan_name: 'scan_nd',
        plan_type: 'generator',
        plan_args: { detectors: ['det'], motors: ['m1', 'm2'], points: [[0, 1], [1, 1]] },
        detectors: ['det'],
        motors: ['m1', 'm2'],
        num_points: 2,
        num_intervals: 1,
        hints: { dimensions: [[['m1'], 'primary'], [['m2'], 'primary']] },
      },
    });
  });

  it('refuses steps that do not all name the same motors', () => {
    assert.match(String(drivePlanToError(scanNd(['det'], [{ m1: 0, m2: 1 }, { m1: 1 }])).error), /step 1 moves \[m1\], not the motors of step 0 \[m1, m2\]/);
    assert.match(String(drivePlanToError(scanNd(['det'], [])).error), /at least one step/);
  });

  it('runMetadata leaves the plan metadata alone without md', () => {
    const planMd = { plan_name: 'x', hints: { dimensions: [] } };
    assert.equal(runMetadata(planMd, undefined), planMd);
    assert.deepEqual(runMetadata(planMd, { hints: 'none' }), { plan_name: 'x', hints: 'none' });
  });
});
