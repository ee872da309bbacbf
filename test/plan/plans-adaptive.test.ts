import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { Msg } from '../../actors/plan/msg.js';
import { adaptiveScan, centroid, tuneCentroid, type AdaptiveScanParams } from '../../actors/plan/adaptive.js';
import { mv, triggerAndRead } from '../../actors/plan/plan-stubs.js';
import { drivePlan, drivePlanToError, simulatedBeamline } from './drive-plan.js';

function setsOf(msgs: readonly Msg[], device: string): number[] {
  return msgs.flatMap((m) => (m.cmd === 'set' && m.device === device ? [m.value as number] : []));
}

function assertClose(actual: readonly number[], expected: readonly number[]): void {
  assert.equal(actual.length, expected.length, `${JSON.stringify(actual)} vs ${JSON.stringify(expected)}`);
  actual.forEach((a, i) => assert.ok(Math.abs(a - (expected[i] ?? Number.NaN)) < 1e-9, `point ${i}: ${a} vs ${expected[i]}`));
}

/** A detector reading `slope` times the position of m1. */
function linear(slope: number) {
  return simulatedBeamline({ motors: { m1: 0 }, detectors: { det: (p) => slope * (p.get('m1') ?? 0) } });
}

const base: AdaptiveScanParams = {
  detectors: ['det'], targetField: 'det', motor: 'm1', start: 0, stop: 1, minStep: 0.125, maxStep: 1.125, targetDelta: 1, backstep: true,
};

describe('adaptiveScan', () => {
  it('each point is a checkpoint, a move and one event; RunStart carries the arguments', () => {
    const { msgs, returnValue } = drivePlan(adaptiveScan(base), linear(4).replies);
    assert.deepEqual(msgs.slice(1, 1 + 3 + 6), [{ cmd: 'checkpoint' }, ...mv([['m1', 0]]), ...triggerAndRead(['det'], ['m1'])]);
    assert.deepEqual(msgs[0], {
      cmd: 'open_run',
      metadata: {
        plan_name: 'adaptive_scan',
        plan_type: 'generator',
        plan_args: {
          detectors: ['det'], target_field: 'det', motor: 'm1', start: 0, stop: 1, min_step: 0.125, max_step: 1.125, target_delta: 1,
          backstep: true, threshold: 0.8,
        },
        detectors: ['det'],
        motors: ['m1'],
        hints: { dimensions: [[['m1'], 'primary']] },
      },
    });
    assert.equal(msgs.at(-1)?.cmd, 'close_run');
    assert.equal(returnValue, 'run-1');
  });

  it('with backstep, goes back and retakes a point when the step was far too large', () => {
    // Signal 4x, target delta 1: the ideal step is 0.25. The first step (max-min)/2 = 0.5 is too
    // large (0.25 < 0.8 * 0.5), so the scan returns to 0 and steps 0.25 from there.
    const { msgs } = drivePlan(adaptiveScan(base), linear(4).replies);
    assertClose(setsOf(msgs, 'm1'), [0, 0.5, 0.25, 0.5, 0.75]);
  });

  it('without backstep, keeps the point and blends the new step into the old', () => {
    // After 0.5: new step 0.25, blended 0.2 * 0.25 + 0.8 * 0.5 = 0.45; next point 0.95, then past stop.
    const { msgs } = drivePlan(adaptiveScan({ ...base, backstep: false }), linear(4).replies);
    assertClose(setsOf(msgs, 'm1'), [0, 0.5, 0.95]);
  });

  it('a flat signal grows the step by 10% up to max_step', () => {
    const { msgs } = drivePlan(adaptiveScan({ ...base, stop: 3, maxStep: 0.6, minStep: 0.1 }), linear(0).replies);
    // First step (0.6 - 0.1) / 2 = 0.25; then min(1.1 * step, max) blended 0.2/0.8: 0.255, 0.2601...
    const positions = setsOf(msgs, 'm1');
    const steps = positions.slice(1).map((p, i) => p - (positions[i] ?? 0));
    assert.ok(Math.abs((steps[0] ?? 0) - 0.25) < 1e-12);
    assert.ok(Math.abs((steps[1] ?? 0) - 0.255) < 1e-12);
    assert.ok(steps.every((s, i) => i === 0 || s >= (steps[i - 1] ?? 0)), 'steps never shrink');
    assert.ok(steps.every((s) => s <= 0.6 + 1e-12), 'steps stay within max_step');
  });

  it('scans downwards when stop is below start', () => {
    const { msgs } = drivePlan(adaptiveScan({ ...base, start: 1, stop: 0 }), linear(4).replies);
    assertClose(setsOf(msgs, 'm1'), [1, 0.5, 0.75, 0.5, 0.25]);
  });

  it('fails with a clear reason when the target field is not read', () => {
    const { error } = drivePlanToError(adaptiveScan({ ...base, targetField: 'det_total' }), linear(4).replies);
    assert.match(String(error), /no usable reading 'det_total': the readings have only \[m1, m1_setpoint, det\]/);
  });

  it('refuses impossible step settings', () => {
    const { error } = drivePlanToError(adaptiveScan({ ...base, minStep: 1, maxStep: 0.5, targetDelta: 0, threshold: 1.2 }));
    assert.match(String(error), /max_step > min_step > 0/);
    assert.match(String(error), /target_delta > 0/);
    assert.match(String(error), /0 < threshold < 1/);
  });
});

describe('tuneCentroid', () => {
  const gaussian = (center: number, sigma: number) =>
    simulatedBeamline({ motors: { m1: 0 }, detectors: { det: (p) => 1e5 * Math.exp(-(((p.get('m1') ?? 0) - center) ** 2) / (2 * sigma ** 2)) } });

  it('converges on the centre of a Gaussian, moves there, and returns the centroid', () => {
    const sim = gaussian(-1.3, 0.05);
    const { msgs, returnValue } = drivePlan(
      tuneCentroid({ detectors: ['det'], signal: 'det', motor: 'm1', start: -1.5, stop: -0.5, minStep: 0.01, num: 10 }),
      sim.replies,
    );
    assert.ok(returnValue.converged);
    assert.ok(returnValue.centroid !== null && Math.abs(returnValue.centroid + 1.3) < 0.002, `centroid ${returnValue.centroid}`);
    assert.equal(sim.positions.get('m1'), returnValue.centroid, 'the motor ends at the centroid');
    assert.deepEqual(msgs.slice(-3), [...mv([['m1', returnValue.centroid]]), { cmd: 'close_run' }]);
    assert.equal(returnValue.passes, 3);
    assert.equal(returnValue.points, 30);
    assert.equal(returnValue.runUid, 'run-1');
    assert.ok(returnValue.peakPosition !== null && Math.abs(returnValue.peakPosition + 1.3) < 0.01);
    assert.ok(returnValue.peakValue !== null && returnValue.peakValue > 0.9e5);
    const points = setsOf(msgs, 'm1');
    // Pass 1 covers [start, stop]; pass 2 a third of it around the first centroid, in the same direction.
    assert.equal(points[0], -1.5);
    assert.equal(points[9], -0.5);
    assert.ok((points[11] ?? 0) > (points[10] ?? 0));
    assert.ok(Math.abs((points[19] ?? 0) - (points[10] ?? 0) - 1 / 3) < 1e-9);
    // Every point is checkpoint, move, event.
    assert.deepEqual(msgs.slice(1, 10), [{ cmd: 'checkpoint' }, ...mv([['m1', -1.5]]), ...triggerAndRead(['det'], ['m1'])]);
  });

  it('with snake, successive passes alternate direction', () => {
    const sim = gaussian(-1.3, 0.05);
    const { msgs, returnValue } = drivePlan(
      tuneCentroid({ detectors: ['det'], signal: 'det', motor: 'm1', start: -1.5, stop: -0.5, minStep: 0.01, num: 10, snake: true }),
      sim.replies,
    );
    const points = setsOf(msgs, 'm1');
    assert.ok((points[11] ?? 0) < (points[10] ?? 0), 'pass 2 goes down');
    assert.ok((points[21] ?? 0) > (points[20] ?? 0), 'pass 3 goes up');
    assert.ok(returnValue.centroid !== null && Math.abs(returnValue.centroid + 1.3) < 0.002);
  });

  it('stops without moving when a pass sees no signal', () => {
    const sim = simulatedBeamline({ motors: { m1: 0 }, detectors: { det: () => 0 } });
    const { msgs, returnValue } = drivePlan(tuneCentroid({ detectors: ['det'], signal: 'det', motor: 'm1', start: 0, stop: 1, minStep: 0.01, num: 3 }), sim.replies);
    assert.deepEqual(returnValue, { centroid: null, converged: false, passes: 1, points: 3, peakValue: 0, peakPosition: 0, runUid: 'run-1' });
    assert.deepEqual(setsOf(msgs, 'm1'), [0, 0.5, 1]);
  });

  it('refuses a non-positive min_step, num below 2 and step_factor <= 1', () => {
    const { error } = drivePlanToError(tuneCentroid({ detectors: ['det'], signal: 'det', motor: 'm1', start: 0, stop: 1, minStep: 0, num: 1, stepFactor: 1 }));
    assert.match(String(error), /min_step > 0.*integer num >= 2.*step_factor > 1/);
  });

  it('centroid weighs positions by signal', () => {
    assert.equal(centroid([[1, 1], [3, 3]]), 2.5);
    assert.equal(centroid([[1, 0]]), undefined);
  });
});
