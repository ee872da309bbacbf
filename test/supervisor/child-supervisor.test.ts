import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { SimulatedClock } from 'xstate';
import { ChildSupervisor, SupervisorState, type ChildSupervisorOptions, type SupervisedChild } from '../../actors/supervisor/child-supervisor.js';
import type { RestartPolicy } from '../../actors/supervisor/restart-policy.js';

const POLICY: RestartPolicy = { initialBackoffMs: 100, maxBackoffMs: 400, maxRestarts: 3, withinMs: 60_000, stableAfterMs: 5_000 };

class FakeChild implements SupervisedChild {
  stops = 0;
  #failure: { error: unknown } | undefined;
  readonly #listeners = new Set<(error: unknown) => void>();

  constructor(readonly id: number) {}

  onFailure(listener: (error: unknown) => void): () => void {
    if (this.#failure) {
      listener(this.#failure.error);
      return () => undefined;
    }
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  fail(error: unknown): void {
    this.#failure = { error };
    for (const listener of [...this.#listeners]) listener(error);
  }

  stop(): void {
    this.stops += 1;
  }
}

type Event = readonly [string, ...unknown[]];

function harness(overrides: Partial<ChildSupervisorOptions<FakeChild>> = {}) {
  const clock = new SimulatedClock();
  const children: FakeChild[] = [];
  const events: Event[] = [];
  const supervisor = new ChildSupervisor<FakeChild>({
    start: () => {
      const child = new FakeChild(children.length + 1);
      children.push(child);
      return child;
    },
    policy: POLICY,
    clock,
    onRestarting: (attempt, delayMs, error) => events.push(['restarting', attempt, delayMs, error]),
    onRestarted: (child, attempt) => events.push(['restarted', child.id, attempt]),
    onEscalated: (reason, error) => events.push(['escalated', reason, error]),
    ...overrides,
  });
  return { clock, children, events, supervisor };
}

describe('child supervisor', () => {
  it('stops a failed child and starts a fresh one when the back-off ends, on the injected clock', () => {
    const { clock, children, events, supervisor } = harness();
    const first = supervisor.start();
    assert.equal(supervisor.state, SupervisorState.Running);
    assert.equal(supervisor.child, first);

    first.fail('boom');
    assert.equal(first.stops, 1, 'the dead child is released at once');
    assert.equal(supervisor.state, SupervisorState.Restarting);
    assert.equal(supervisor.child, undefined);
    assert.deepEqual(events, [['restarting', 1, 100, 'boom']]);

    clock.increment(99);
    assert.equal(children.length, 1, 'not before the back-off has passed');
    clock.increment(1);
    assert.equal(children.length, 2);
    assert.equal(supervisor.child, children[1]);
    assert.equal(supervisor.state, SupervisorState.Running);
    assert.deepEqual(events.at(-1), ['restarted', 2, 1]);
  });

  it('doubles the delay on each crash and escalates with the last error once the budget is spent', () => {
    const { clock, children, events, supervisor } = harness();
    supervisor.start();
    for (let i = 0; i < 4; i++) {
      clock.increment(10);
      children.at(-1)?.fail(new Error(`crash ${i + 1}`));
      clock.increment(1_000);
    }
    const restarting = events.filter((e) => e[0] === 'restarting').map((e) => [e[1], e[2]]);
    assert.deepEqual(restarting, [[1, 100], [2, 200], [3, 400]]);
    const escalated = events.at(-1);
    assert.equal(escalated?.[0], 'escalated');
    assert.equal(escalated?.[1], 'crashed 4 times in 60 s');
    assert.match(String(escalated?.[2]), /crash 4/);
    assert.equal(supervisor.state, SupervisorState.Escalated);
    assert.equal(supervisor.child, undefined);
    assert.equal(children.length, 4, 'three restarts, no fourth');
    clock.increment(120_000);
    assert.equal(children.length, 4, 'an escalated supervisor starts nothing more');
    assert.ok(children.every((c) => c.stops === 1));
  });

  it('starts the back-off afresh for a child that ran stably before failing', () => {
    const { clock, children, events, supervisor } = harness();
    supervisor.start();
    children[0]?.fail('early');
    clock.increment(100);
    children[1]?.fail('early again');
    clock.increment(200);
    clock.increment(6_000);
    children[2]?.fail('after a long run');
    const restarting = events.filter((e) => e[0] === 'restarting').map((e) => [e[1], e[2]]);
    assert.deepEqual(restarting, [[1, 100], [2, 200], [1, 100]]);
  });

  it('counts a child that cannot be created as one more failure and tries again', () => {
    let refusals = 1;
    const made: FakeChild[] = [];
    const { clock, events, supervisor } = harness({
      start: () => {
        if (made.length === 1 && refusals-- > 0) throw new Error('cannot build it');
        const child = new FakeChild(made.length + 1);
        made.push(child);
        return child;
      },
    });
    supervisor.start();
    made[0]?.fail('crash');
    clock.increment(100);
    assert.deepEqual(events.at(-1)?.slice(0, 3), ['restarting', 2, 200]);
    assert.match(String(events.at(-1)?.[3]), /cannot build it/);
    clock.increment(200);
    assert.equal(supervisor.child, made[1]);
    assert.deepEqual(events.at(-1), ['restarted', 2, 2]);
  });

  it('lets the first creation error through to the caller', () => {
    const { supervisor } = harness({
      start: () => {
        throw new Error('bad config');
      },
    });
    assert.throws(() => supervisor.start(), /bad config/);
  });

  it('supervises a child it is given, and one that failed before supervision reports at once', () => {
    const { children, events, supervisor } = harness();
    const given = new FakeChild(0);
    given.fail('dead on arrival');
    supervisor.start(given);
    assert.equal(given.stops, 1);
    assert.deepEqual(events, [['restarting', 1, 100, 'dead on arrival']]);
    assert.equal(children.length, 0);
  });

  it('stop cancels a pending restart, stops the child, and ignores late failures', () => {
    const { clock, children, events, supervisor } = harness();
    const first = supervisor.start();
    first.fail('crash');
    supervisor.stop();
    clock.increment(10_000);
    assert.equal(children.length, 1, 'no restart after stop');
    assert.equal(supervisor.state, SupervisorState.Stopped);

    const other = harness();
    const running = other.supervisor.start();
    other.supervisor.stop();
    assert.equal(running.stops, 1);
    running.fail('too late');
    assert.deepEqual(other.events, []);
    assert.throws(() => other.supervisor.start(), /already stopped/);
    assert.equal(events.length, 1);
  });
});
