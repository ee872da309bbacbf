import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { MAX_FRAMES_PER_PERIOD, SearchPacer } from '../../../epics/client/search-pacing.js';

/** One period: `names` sent, `answers` of them answered before the next one starts. */
function period(pacer: SearchPacer, names: number, answers: number): number {
  pacer.sent(names);
  for (let i = 0; i < answers; i += 1) pacer.answered();
  pacer.evaluate();
  return pacer.framesPerPeriod;
}

describe('SearchPacer', () => {
  it('starts with one datagram and doubles while searches are answered, up to the maximum', () => {
    const pacer = new SearchPacer();
    assert.equal(pacer.framesPerPeriod, 1);
    const frames = Array.from({ length: 8 }, () => period(pacer, 10, 10));
    assert.deepEqual(frames, [2, 4, 8, 16, 32, 32, 32, 32].map((n) => Math.min(n, MAX_FRAMES_PER_PERIOD)));
  });

  it('falls back to one on loss, then grows by one past half the size that lost', () => {
    const pacer = new SearchPacer();
    for (let i = 0; i < 4; i += 1) period(pacer, 10, 10); // 16 frames
    assert.equal(period(pacer, 100, 10), 1);
    assert.deepEqual([1, 2, 3, 4].map(() => period(pacer, 10, 10)), [2, 4, 8, 9]);
  });

  it('holds between half and 15/16 answered, and ignores periods with nothing sent', () => {
    const pacer = new SearchPacer();
    period(pacer, 10, 10);
    assert.equal(period(pacer, 16, 12), 2);
    assert.equal(period(pacer, 0, 5), 2);
  });

  it('restart forgets the loss: the next burst starts slow but doubles again', () => {
    const pacer = new SearchPacer();
    for (let i = 0; i < 4; i += 1) period(pacer, 10, 10);
    period(pacer, 100, 0);
    pacer.restart();
    assert.deepEqual([1, 2, 3, 4, 5].map(() => period(pacer, 10, 10)), [2, 4, 8, 16, 32]);
  });
});
