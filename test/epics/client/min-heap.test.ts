import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { MinHeap } from '../../../epics/client/min-heap.js';

const drain = (heap: MinHeap<number>): number[] => {
  const out: number[] = [];
  for (let item = heap.pop(); item !== undefined; item = heap.pop()) out.push(item);
  return out;
};

describe('MinHeap', () => {
  it('pops in order, whatever the push order', () => {
    const heap = new MinHeap<number>((a, b) => a < b);
    const values = [5, 3, 9, 1, 1, 8, 2, 7, 0, 6, 4];
    for (const value of values) heap.push(value);
    assert.equal(heap.peek(), 0);
    assert.deepEqual(drain(heap), [...values].sort((a, b) => a - b));
    assert.equal(heap.size, 0);
  });

  it('reset replaces the contents and keeps the order', () => {
    const heap = new MinHeap<number>((a, b) => a < b);
    heap.push(100);
    const values = Array.from({ length: 1000 }, (_, i) => (i * 7919) % 1000);
    heap.reset(values);
    assert.deepEqual(drain(heap), [...values].sort((a, b) => a - b));
  });
});
