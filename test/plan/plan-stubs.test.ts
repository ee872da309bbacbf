import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import {
  absSet, checkpoint, clearCheckpoint, closeRun, collect, complete, configure, create, declareStream, drop, kickoff, linspace, monitor,
  movePerStep, mv, mvr, nullMsg, oneNdStep, oneShot, openRun, pause, positionOf, read, readingValue, ReadingUnavailableError, relSet,
  save, sleep, stage, trigger, triggerAndRead, unmonitor, unstage, wait,
} from '../../actors/plan/plan-stubs.js';
import type { Msg } from '../../actors/plan/msg.js';
import { ErrorCode } from '../../lib/errors.js';
import { drivePlan, simulatedBeamline } from './drive-plan.js';

const r = (value: number | string) => ({ value, timestamp: 1 });

describe('plan stubs', () => {
  it('one message each for the simple stubs', () => {
    assert.deepEqual([...sleep(2)], [{ cmd: 'sleep', seconds: 2 }]);
    assert.deepEqual([...wait()], [{ cmd: 'wait' }]);
    assert.deepEqual([...wait('g')], [{ cmd: 'wait', group: 'g' }]);
    assert.deepEqual([...checkpoint()], [{ cmd: 'checkpoint' }]);
    assert.deepEqual([...clearCheckpoint()], [{ cmd: 'clear_checkpoint' }]);
    assert.deepEqual([...pause()], [{ cmd: 'pause' }]);
    assert.deepEqual([...pause(true)], [{ cmd: 'pause', defer: true }]);
    assert.deepEqual([...nullMsg()], [{ cmd: 'null' }]);
    assert.deepEqual([...create()], [{ cmd: 'create', name: 'primary' }]);
    assert.deepEqual([...save()], [{ cmd: 'save' }]);
    assert.deepEqual([...drop()], [{ cmd: 'drop' }]);
    assert.deepEqual([...read('det')], [{ cmd: 'read', device: 'det' }]);
    assert.deepEqual([...monitor('t1')], [{ cmd: 'monitor', device: 't1' }]);
    assert.deepEqual([...monitor('t1', 'temps')], [{ cmd: 'monitor', device: 't1', stream: 'temps' }]);
    assert.deepEqual([...unmonitor('t1')], [{ cmd: 'unmonitor', device: 't1' }]);
    assert.deepEqual([...declareStream('baseline', ['m1', 't1'])], [{ cmd: 'declare_stream', name: 'baseline', devices: ['m1', 't1'] }]);
    assert.deepEqual([...configure('det', { exposure: 0.1 })], [{ cmd: 'configure', device: 'det', values: { exposure: 0.1 } }]);
  });

  it('stage and unstage every device given, in order', () => {
    assert.deepEqual([...stage(['a', 'b'])], [{ cmd: 'stage', device: 'a' }, { cmd: 'stage', device: 'b' }]);
    assert.deepEqual([...unstage(['a', 'b'])], [{ cmd: 'unstage', device: 'a' }, { cmd: 'unstage', device: 'b' }]);
  });

  it('openRun and closeRun return the run uid the engine replies', () => {
    assert.deepEqual([...openRun({ sample: 'Si' })], [{ cmd: 'open_run', metadata: { sample: 'Si' } }]);
    assert.deepEqual([...closeRun('fail', 'broken')], [{ cmd: 'close_run', exit_status: 'fail', reason: 'broken' }]);
    assert.equal(drivePlan(openRun(), () => 'uid-1').returnValue, 'uid-1');
    assert.equal(drivePlan(closeRun(), () => 'uid-1').returnValue, 'uid-1');
    assert.equal(drivePlan(openRun()).returnValue, undefined);
  });

  it('configure returns the old and new configuration readings', () => {
    const reply = { old: { det_exposure: r(1) }, new: { det_exposure: r(0.1) } };
    assert.deepEqual(drivePlan(configure('det', { exposure: 0.1 }), () => reply).returnValue, reply);
  });

  it('absSet and trigger start a status without waiting and return its group', () => {
    assert.deepEqual(drivePlan(absSet('m1', 3)), { msgs: [{ cmd: 'set', device: 'm1', value: 3, group: 'set_m1' }], returnValue: 'set_m1', closed: false });
    assert.deepEqual([...absSet('m1', 3, { group: 'g', wait: true })], [
      { cmd: 'set', device: 'm1', value: 3, group: 'g' },
      { cmd: 'wait', group: 'g' },
    ]);
    assert.deepEqual(drivePlan(trigger('det')).returnValue, 'trigger_det');
    assert.deepEqual([...trigger('det', { wait: true })], [
      { cmd: 'trigger', device: 'det', group: 'trigger_det' },
      { cmd: 'wait', group: 'trigger_det' },
    ]);
  });

  it('relSet reads the position first and sets relative to it', () => {
    const { msgs, returnValue } = drivePlan(relSet('m1', 0.5, { wait: true }), simulatedBeamline({ motors: { m1: 2 } }).replies);
    assert.deepEqual(msgs, [
      { cmd: 'read', device: 'm1' },
      { cmd: 'set', device: 'm1', value: 2.5, group: 'set_m1' },
      { cmd: 'wait', group: 'set_m1' },
    ]);
    assert.equal(returnValue, 'set_m1');
  });

  it('mvr reads every device, then moves them together and returns the targets', () => {
    const { msgs, returnValue } = drivePlan(mvr([['m1', 1], ['m2', -1]]), simulatedBeamline({ motors: { m1: 10, m2: 20 } }).replies);
    assert.deepEqual(msgs, [
      { cmd: 'read', device: 'm1' },
      { cmd: 'read', device: 'm2' },
      ...mv([['m1', 11], ['m2', 19]]),
    ]);
    assert.deepEqual(returnValue, { m1: 11, m2: 19 });
  });

  it('kickoff, complete and collect', () => {
    assert.deepEqual([...kickoff('fly1', { params: { speed: 2 }, wait: true })], [
      { cmd: 'kickoff', device: 'fly1', params: { speed: 2 }, group: 'kickoff_fly1' },
      { cmd: 'wait', group: 'kickoff_fly1' },
    ]);
    assert.deepEqual([...complete('fly1', { group: 'c' })], [{ cmd: 'complete', device: 'fly1', group: 'c' }]);
    assert.deepEqual([...collect('fly1', 'fast')], [{ cmd: 'collect', device: 'fly1', stream: 'fast' }]);
    assert.equal(drivePlan(collect('fly1'), () => 42).returnValue, 42);
  });

  it('triggerAndRead returns every reading of the event, merged, and reads a device once', () => {
    const replies = (msg: Msg) => (msg.cmd === 'read' ? { [msg.device]: r(msg.device === 'm1' ? 1 : 7) } : undefined);
    const { msgs, returnValue } = drivePlan(triggerAndRead(['det'], ['m1', 'det']), replies);
    assert.deepEqual(msgs, [
      { cmd: 'trigger', device: 'det', group: 'trigger' },
      { cmd: 'wait', group: 'trigger' },
      { cmd: 'create', name: 'primary' },
      { cmd: 'read', device: 'm1' },
      { cmd: 'read', device: 'det' },
      { cmd: 'save' },
    ]);
    assert.deepEqual(returnValue, { m1: r(1), det: r(7) });
  });

  it('oneShot triggers and reads the detectors', () => {
    assert.deepEqual([...oneShot(['d1', 'd2'])], [...triggerAndRead(['d1', 'd2'])]);
  });

  it('oneNdStep moves only the motors whose position changed, then reads detectors and motors', () => {
    const cache = new Map<string, number>();
    const first = [...oneNdStep(['det'], new Map([['m1', 0], ['m2', 5]]), cache)];
    assert.deepEqual(first, [
      { cmd: 'set', device: 'm1', value: 0, group: 'mv' },
      { cmd: 'set', device: 'm2', value: 5, group: 'mv' },
      { cmd: 'wait', group: 'mv' },
      ...triggerAndRead(['det'], ['m1', 'm2']),
    ]);
    const second = [...oneNdStep(['det'], new Map([['m1', 1], ['m2', 5]]), cache)];
    assert.deepEqual(second.slice(0, 2), [{ cmd: 'set', device: 'm1', value: 1, group: 'mv' }, { cmd: 'wait', group: 'mv' }]);
    assert.deepEqual([...movePerStep(new Map([['m1', 1], ['m2', 5]]), cache)], [], 'nothing moves, nothing to wait for');
  });

  it('positionOf takes the reading keyed by the device name and explains what is wrong', () => {
    assert.equal(positionOf({ m1: r(3), m1_setpoint: r(4) }, 'm1'), 3);
    const fails = (readings: unknown, pattern: RegExp) =>
      assert.throws(() => positionOf(readings, 'm1'), (e: unknown) => e instanceof ReadingUnavailableError && e.code === ErrorCode.FailedPrecondition && pattern.test(e.message));
    fails(undefined, /no usable reading 'm1': the read replied nothing/);
    fails({ m1_setpoint: r(4) }, /have only \[m1_setpoint\]/);
    fails({ m1: r('open') }, /"open" is not a finite number/);
    assert.equal(readingValue({ det: r(2), m1: r(3) }, 'det'), 2);
  });

  it('linspace includes both ends', () => {
    assert.deepEqual(linspace(0, 1, 3), [0, 0.5, 1]);
    assert.deepEqual(linspace(-1, 1, 1), [-1]);
    assert.equal(linspace(0, 0.3, 4).at(-1), 0.3);
  });
});
