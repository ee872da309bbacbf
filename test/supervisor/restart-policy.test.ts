import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  DEVICE_RESTART_POLICY, PROCESS_RESTART_POLICY, RestartTracker, backoffDelayMs, formatDuration, validateRestartPolicy, type RestartPolicy,
} from '../../actors/supervisor/restart-policy.js';
import { InvalidArgumentError } from '../../lib/errors.js';

const POLICY: RestartPolicy = { initialBackoffMs: 100, maxBackoffMs: 1_000, maxRestarts: 5, withinMs: 60_000, stableAfterMs: 10_000 };

describe('restart policy', () => {
  it('doubles the back-off from the initial delay up to the cap', () => {
    assert.deepEqual([1, 2, 3, 4, 5, 6].map((attempt) => backoffDelayMs(POLICY, attempt)), [100, 200, 400, 800, 1_000, 1_000]);
    assert.equal(backoffDelayMs(POLICY, 5_000), 1_000, 'a huge exponent stays at the cap');
  });

  it('restarts a child that keeps crashing with growing delays, then escalates on one failure more than allowed', () => {
    const tracker = new RestartTracker(POLICY);
    let started = 0;
    const decisions = [];
    for (let i = 0; i < 6; i++) {
      const failedAt = started + 50;
      const decision = tracker.failed(failedAt, started);
      decisions.push(decision);
      if (decision.action === 'restart') started = failedAt + decision.delayMs;
    }
    assert.deepEqual(decisions.slice(0, 5), [
      { action: 'restart', attempt: 1, delayMs: 100 },
      { action: 'restart', attempt: 2, delayMs: 200 },
      { action: 'restart', attempt: 3, delayMs: 400 },
      { action: 'restart', attempt: 4, delayMs: 800 },
      { action: 'restart', attempt: 5, delayMs: 1_000 },
    ]);
    assert.deepEqual(decisions[5], { action: 'escalate', failures: 6, reason: 'crashed 6 times in 60 s' });
  });

  it('starts the back-off afresh after a stable run, but still counts that failure in the window', () => {
    const tracker = new RestartTracker(POLICY);
    assert.equal(tracker.failed(1_000, 0).action, 'restart');
    assert.deepEqual(tracker.failed(1_500, 1_100), { action: 'restart', attempt: 2, delayMs: 200 });
    // ran 12 s (more than stableAfterMs) before failing again: attempt 1, shortest delay
    assert.deepEqual(tracker.failed(13_700, 1_700), { action: 'restart', attempt: 1, delayMs: 100 });
    assert.equal(tracker.failuresWithin(13_700).length, 3);
  });

  it('forgets failures older than the window', () => {
    const tracker = new RestartTracker({ ...POLICY, maxRestarts: 2, withinMs: 10_000 });
    assert.equal(tracker.failed(0, 0).action, 'restart');
    assert.equal(tracker.failed(1_000, 500).action, 'restart');
    // the first two are 10 s or more in the past: this is the only failure in the window
    assert.equal(tracker.failed(11_000, 10_000).action, 'restart');
    assert.deepEqual(tracker.failuresWithin(11_000), [11_000]);
    assert.equal(tracker.failed(11_100, 11_050).action, 'restart');
    const third = tracker.failed(11_200, 11_150);
    assert.deepEqual(third, { action: 'escalate', failures: 3, reason: 'crashed 3 times in 10 s' });
  });

  it('uses the window as the stable run when stableAfterMs is not given', () => {
    const { stableAfterMs: _unused, ...withoutStable } = POLICY;
    const tracker = new RestartTracker(withoutStable);
    tracker.failed(100, 0);
    assert.equal(tracker.failed(30_000, 200).action === 'restart' && tracker.attempt, 2, '30 s is not stable with a 60 s window');
    assert.equal(tracker.failed(100_000, 30_100).action === 'restart' && tracker.attempt, 1);
  });

  it('escalates the first failure when no restart is allowed, and reset forgets everything', () => {
    const tracker = new RestartTracker({ ...POLICY, maxRestarts: 0, withinMs: 1_500 });
    assert.deepEqual(tracker.failed(10, 0), { action: 'escalate', failures: 1, reason: 'crashed 1 time in 1.5 s' });
    tracker.reset();
    assert.equal(tracker.failuresWithin(20).length, 0);
    assert.equal(tracker.attempt, 0);
  });

  it('refuses policies that would spin or never restart, naming each problem', () => {
    assert.throws(
      () => validateRestartPolicy({ initialBackoffMs: -1, maxBackoffMs: Number.NaN, maxRestarts: 1.5, withinMs: 0 }),
      (error: unknown) => {
        assert.ok(error instanceof InvalidArgumentError);
        assert.match(error.message, /initialBackoffMs must be a number >= 0, got -1/);
        assert.match(error.message, /maxBackoffMs must be a number >= 0, got NaN/);
        assert.match(error.message, /withinMs must be a number >= 1, got 0/);
        assert.match(error.message, /maxRestarts must be a whole number, got 1.5/);
        return true;
      },
    );
    assert.throws(() => new RestartTracker({ ...POLICY, initialBackoffMs: 2_000 }), /maxBackoffMs \(1000\) is below initialBackoffMs \(2000\)/);
  });

  it('ships defaults for device actors and OS processes that pass validation', () => {
    assert.equal(validateRestartPolicy(DEVICE_RESTART_POLICY), DEVICE_RESTART_POLICY);
    assert.equal(validateRestartPolicy(PROCESS_RESTART_POLICY), PROCESS_RESTART_POLICY);
    assert.deepEqual([DEVICE_RESTART_POLICY.initialBackoffMs, DEVICE_RESTART_POLICY.maxBackoffMs], [100, 5_000]);
    assert.deepEqual([PROCESS_RESTART_POLICY.initialBackoffMs, PROCESS_RESTART_POLICY.maxBackoffMs], [500, 30_000]);
  });

  it('formats windows as people read them', () => {
    assert.deepEqual([250, 1_000, 1_500, 60_000].map(formatDuration), ['250 ms', '1 s', '1.5 s', '60 s']);
  });
});
