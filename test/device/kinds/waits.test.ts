import { describe, it, type TestContext } from 'node:test';
import assert from 'node:assert/strict';
import { getEventListeners } from 'node:events';
import { delay, settle, unlessAborted, until } from '../../../actors/device/kinds/waits.js';
import { mockEnv, settled, track } from './mock-env.js';

const SOURCE = 'mock://BL01:value';

/** A connected mock signal whose monitor listeners the test can count. */
async function watchedSignal(value = 0) {
  const mock = mockEnv();
  mock.registry.define(SOURCE, { value });
  const signal = mock.env.signals.resolve(SOURCE);
  await signal.connect({ timeoutMs: 100 });
  return { signal: mock.registry.existing(SOURCE), subscribers: () => mock.subscribers(SOURCE) };
}

function abortListeners(controller: AbortController): number {
  return getEventListeners(controller.signal, 'abort').length;
}

describe('kind waits', () => {
  describe('delay', () => {
    it('resolves after the time, leaving no abort listener', async (t: TestContext) => {
      t.mock.timers.enable({ apis: ['setTimeout'] });
      const controller = new AbortController();
      const wait = track(delay(100, controller.signal));
      t.mock.timers.tick(99);
      await settled();
      assert.equal(wait.done, false);
      t.mock.timers.tick(1);
      await settled();
      assert.deepEqual(wait, { done: true, error: undefined });
      assert.equal(abortListeners(controller), 0);
    });

    it('rejects with the abort reason, or the error a kind names', async () => {
      const byReason = new AbortController();
      const named = new AbortController();
      const first = delay(100, byReason.signal);
      const second = delay(100, named.signal, () => new Error('stopped during the exposure'));
      byReason.abort(new Error('stop requested'));
      named.abort(new Error('not this one'));
      await assert.rejects(first, /stop requested/);
      await assert.rejects(second, /stopped during the exposure/);
      assert.equal(abortListeners(byReason) + abortListeners(named), 0);
    });

    it('rejects at once when already aborted', async () => {
      const controller = new AbortController();
      controller.abort(new Error('too late'));
      await assert.rejects(delay(100, controller.signal), /too late/);
    });
  });

  describe('unlessAborted', () => {
    it('settles as the promise does', async () => {
      const controller = new AbortController();
      assert.equal(await unlessAborted(Promise.resolve(42), controller.signal), 42);
      await assert.rejects(unlessAborted(Promise.reject(new Error('move failed')), controller.signal), /move failed/);
      assert.equal(abortListeners(controller), 0);
    });

    it('rejects with stopped() when the abort comes first, and ignores the promise afterwards', async () => {
      const controller = new AbortController();
      let fail: (error: Error) => void = () => undefined;
      const flight = new Promise<never>((_resolve, reject) => {
        fail = reject;
      });
      const wait = unlessAborted(flight, controller.signal, () => new Error('stopped while flying'));
      controller.abort();
      await assert.rejects(wait, /stopped while flying/);
      assert.equal(abortListeners(controller), 0);
      fail(new Error('landed badly')); // handled: no unhandled rejection
      await settled();
    });
  });

  describe('until', () => {
    it('resolves at once when the cached value already satisfies it', async () => {
      const { signal, subscribers } = await watchedSignal(1);
      await until(signal, (reading) => reading.value === 1, new AbortController().signal);
      assert.equal(subscribers(), 0);
    });

    it('waits for an update that satisfies it, then unsubscribes', async () => {
      const { signal, subscribers } = await watchedSignal(0);
      const controller = new AbortController();
      const wait = track(until(signal, (reading) => reading.value === 1, controller.signal));
      signal.setValue(2);
      await settled();
      assert.equal(wait.done, false);
      assert.equal(subscribers(), 1);
      signal.setValue(1);
      await settled();
      assert.deepEqual(wait, { done: true, error: undefined });
      assert.equal(subscribers(), 0);
      assert.equal(abortListeners(controller), 0);
    });

    it('rejects with the abort reason, its monitor listener removed', async () => {
      const { signal, subscribers } = await watchedSignal(0);
      const controller = new AbortController();
      const wait = until(signal, (reading) => reading.value === 1, controller.signal);
      controller.abort(new Error('stop requested'));
      await assert.rejects(wait, /stop requested/);
      assert.equal(subscribers(), 0);
      assert.equal(abortListeners(controller), 0);
    });
  });

  describe('settle', () => {
    const inBand = (value: number): boolean => Math.abs(value - 30) <= 0.5;

    it('resolves once the value has held in the band for the settle time without a break', async (t: TestContext) => {
      t.mock.timers.enable({ apis: ['setTimeout'] });
      const { signal, subscribers } = await watchedSignal(20);
      const controller = new AbortController();
      const wait = track(settle(signal, inBand, 2_000, controller.signal));
      signal.setValue(29.7);
      t.mock.timers.tick(1_500);
      signal.setValue(30.8); // out of the band: the timer is cancelled
      t.mock.timers.tick(1_000);
      await settled();
      assert.equal(wait.done, false);
      signal.setValue(30.2);
      t.mock.timers.tick(1_999);
      signal.setValue(29.9); // still in the band: the timer keeps running
      await settled();
      assert.equal(wait.done, false);
      t.mock.timers.tick(1);
      await settled();
      assert.deepEqual(wait, { done: true, error: undefined });
      assert.equal(subscribers(), 0);
      assert.equal(abortListeners(controller), 0);
    });

    it('counts a cached value in the band', async (t: TestContext) => {
      t.mock.timers.enable({ apis: ['setTimeout'] });
      const { signal } = await watchedSignal(30);
      const wait = track(settle(signal, inBand, 2_000, new AbortController().signal));
      t.mock.timers.tick(2_000);
      await settled();
      assert.deepEqual(wait, { done: true, error: undefined });
    });

    it('rejects with the abort reason, its listeners gone', async () => {
      const { signal, subscribers } = await watchedSignal(30);
      const controller = new AbortController();
      const wait = settle(signal, inBand, 2_000, controller.signal);
      controller.abort(new Error('stop requested'));
      await assert.rejects(wait, /stop requested/);
      assert.equal(subscribers(), 0);
      assert.equal(abortListeners(controller), 0);
    });
  });
});
