import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { parseSuspenders, Suspenders, type SuspenderTimers } from '../../actors/plan/suspenders.js';
import type { Suspension } from '../../actors/plan/plan-interpreter.js';

function fakeTimers(): SuspenderTimers & { fire(): void; pending: number } {
  const timers = new Map<number, () => void>();
  let next = 0;
  return {
    setTimeout: (cb) => (timers.set(++next, cb), next),
    clearTimeout: (handle) => void timers.delete(handle as number),
    fire: () => {
      const due = [...timers.values()];
      timers.clear();
      due.forEach((cb) => cb());
    },
    get pending() {
      return timers.size;
    },
  };
}

const config = parseSuspenders(
  [
    { kind: 'below', device: 'ring_current', below: 10, resume_above: 50, resume_delay_s: 5, before: { shutter: 'closed' }, after: { shutter: 'open' } },
    { kind: 'device-fault', device: 'm1' },
  ],
  'BL01',
);

describe('suspenders', () => {
  it('trip below the floor, and clear only above the resume level after the delay', () => {
    const events: string[] = [];
    let suspension: Suspension | undefined;
    const timers = fakeTimers();
    const s = new Suspenders(config, { trip: (x) => ((suspension = x), events.push(`trip ${x.reason}`)), clear: () => events.push('clear') }, timers);
    s.onReading('ring_current', { ring_current: { value: 200 } });
    s.onReading('ring_current', { ring_current: { value: 2 } });
    assert.deepEqual(events, ['trip suspended: ring_current is 2, below 10']);
    assert.deepEqual([...(suspension?.before?.() ?? [])], [{ cmd: 'set', device: 'shutter', value: 'closed', group: 'suspend' }, { cmd: 'wait', group: 'suspend' }]);
    s.onReading('ring_current', { ring_current: { value: 30 } });
    assert.equal(timers.pending, 0, 'between the floor and the resume level it stays suspended');
    s.onReading('ring_current', { ring_current: { value: 60 } });
    assert.equal(timers.pending, 1);
    s.onReading('ring_current', { ring_current: { value: 5 } });
    timers.fire();
    assert.deepEqual(events.length, 1, 'a new drop during the delay cancels the resume');
    s.onReading('ring_current', { ring_current: { value: 60 } });
    timers.fire();
    assert.deepEqual(events.slice(1), ['clear']);
    assert.deepEqual([...(suspension?.after?.() ?? [])][0], { cmd: 'set', device: 'shutter', value: 'open', group: 'resume' });
  });

  it('a device in fault trips, ready again clears; two trips need two clears', () => {
    const events: string[] = [];
    const timers = fakeTimers();
    const s = new Suspenders(config, { trip: (x) => events.push(x.reason), clear: () => events.push('clear') }, timers);
    s.onHealth('m1', 'disconnected', 'IOC gone');
    s.onReading('ring_current', { ring_current: { value: 1 } });
    assert.deepEqual(events, ['suspended: m1 is disconnected (IOC gone)']);
    s.onHealth('m1', 'idle', '');
    timers.fire();
    assert.equal(events.length, 1, 'still tripped by the ring current');
    s.onReading('ring_current', { ring_current: { value: 100 } });
    timers.fire();
    assert.deepEqual(events.at(-1), 'clear');
    assert.equal(s.suspension, undefined);
  });

  it('lists every problem of a bad config', () => {
    assert.throws(
      () => parseSuspenders([{ kind: 'above', device: 'x y', below: 'low' }, { kind: 'below', device: 'rc', below: 10, resume_above: 5, colour: 1 }], 'BL02'),
      (error: unknown) =>
        error instanceof Error &&
        /BL02\.suspenders\[0\]\.kind must be one of below, device-fault/.test(error.message) &&
        /BL02\.suspenders\[0\]\.device must be a device name/.test(error.message) &&
        /BL02\.suspenders\[1\]\.resume_above must be a number >= below/.test(error.message) &&
        /BL02\.suspenders\[1\]\.colour is not a field/.test(error.message),
    );
  });
});
