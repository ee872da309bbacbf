import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { ManualScheduler } from '../../../epics/server/records/mod.js';

describe('manual scheduler', () => {
  it('fires timers in due order, each seeing its own due time, until cancelled', () => {
    const clock = new ManualScheduler(0);
    const seen: string[] = [];
    const cancelA = clock.every(100, () => seen.push(`a@${clock.now()}`));
    clock.every(150, () => seen.push(`b@${clock.now()}`));
    clock.advance(300);
    assert.deepEqual(seen, ['a@100', 'b@150', 'a@200', 'a@300', 'b@300']);
    assert.equal(clock.now(), 300);
    cancelA();
    clock.advance(100);
    assert.deepEqual(seen.slice(5), []);
    assert.equal(clock.pendingTimers, 1);
  });

  it('lets a timer cancel itself from its own tick', () => {
    const clock = new ManualScheduler(0);
    let ticks = 0;
    const cancel = clock.every(10, () => {
      ticks++;
      if (ticks === 3) cancel();
    });
    clock.advance(100);
    assert.equal(ticks, 3);
    assert.equal(clock.pendingTimers, 0);
  });

  it('refuses a non-positive interval', () => {
    assert.throws(() => new ManualScheduler().every(0, () => {}), RangeError);
  });
});
