import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { count, scan } from '../../actors/plan/plans.js';
import { linspace, mv } from '../../actors/plan/plan-stubs.js';
import type { Msg } from '../../actors/plan/msg.js';

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
});
