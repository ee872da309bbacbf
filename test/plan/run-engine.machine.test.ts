import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createActor, waitFor } from 'xstate';
import { runEngineMachine, runEngineState, type RunningPlan, type StartPlan } from '../../actors/plan/run-engine.machine.js';
import type { InterpreterHooks, PlanOutcome } from '../../actors/plan/plan-interpreter.js';
import { count } from '../../actors/plan/plans.js';

/** A running plan the test steers: it records what the machine asks and reports phases when told. */
function fakePlan() {
  const calls: string[] = [];
  let hooks: InterpreterHooks | undefined;
  let finish: (outcome: PlanOutcome) => void = () => undefined;
  const start: StartPlan = (_item, given) => {
    hooks = given;
    const plan: RunningPlan = {
      run: () => new Promise((resolve) => (finish = resolve)),
      pause: (deferred) => calls.push(`pause ${deferred ? 'deferred' : 'now'}`) > 0,
      resume: () => void calls.push('resume'),
      suspend: (s) => void calls.push(`suspend ${s.reason}`),
      interrupt: (kind, reason) => void calls.push(`${kind} ${reason}`),
    };
    return plan;
  };
  return { start, calls, hooks: () => hooks, finish: (outcome: PlanOutcome) => finish(outcome) };
}

const submit = { type: 'SUBMIT', item: { itemUid: 'i1', planName: 'count', plan: count(['det']), metadata: {} } } as const;

describe('run engine machine', () => {
  it('pauses, resumes, and only takes the requests its state allows', async () => {
    const fake = fakePlan();
    const actor = createActor(runEngineMachine, { input: { start: fake.start } }).start();
    const state = (): string => runEngineState(actor.getSnapshot());
    assert.equal(state(), 'idle');
    assert.equal(actor.getSnapshot().can({ type: 'RESUME' }), false);
    actor.send(submit);
    assert.equal(state(), 'running');
    fake.hooks()?.onProgress?.({ runUids: ['r1'], step: 1, totalSteps: 3, etaS: 2 });
    assert.deepEqual(actor.getSnapshot().context.current?.progress, { runUids: ['r1'], step: 1, totalSteps: 3, etaS: 2 });
    actor.send({ type: 'PAUSE', deferred: true, reason: 'sample change' });
    assert.equal(state(), 'pausing');
    fake.hooks()?.onPhase?.('paused', 'sample change');
    assert.equal(state(), 'paused');
    assert.equal(actor.getSnapshot().context.current?.reason, 'sample change');
    assert.equal(actor.getSnapshot().can({ type: 'PAUSE', deferred: false, reason: '' }), false);
    actor.send({ type: 'RESUME' });
    fake.hooks()?.onPhase?.('running', '');
    assert.equal(state(), 'running');
    assert.deepEqual(fake.calls, ['pause deferred', 'resume']);
    fake.finish({ exitStatus: 'success', reason: '', runUids: ['r1'], result: 4 });
    const idle = await waitFor(actor, (s) => runEngineState(s) === 'idle');
    assert.equal(idle.context.last?.result, 4);
    actor.stop();
  });

  it('suspends by itself, refuses a user pause while suspended, and resumes when the suspension clears', () => {
    const fake = fakePlan();
    const actor = createActor(runEngineMachine, { input: { start: fake.start } }).start();
    actor.send(submit);
    actor.send({ type: 'SUSPEND', suspension: { reason: 'beam down' } });
    fake.hooks()?.onPhase?.('suspended', 'beam down');
    assert.equal(runEngineState(actor.getSnapshot()), 'suspended');
    assert.equal(actor.getSnapshot().can({ type: 'PAUSE', deferred: true, reason: '' }), false);
    actor.send({ type: 'SUSPENSION_CLEARED' });
    fake.hooks()?.onPhase?.('running', '');
    assert.equal(runEngineState(actor.getSnapshot()), 'running');
    assert.deepEqual(fake.calls, ['suspend beam down', 'resume']);
    actor.stop();
  });

  it('abort, stop and halt end the plan; halt overrides an abort under way', async () => {
    const fake = fakePlan();
    const actor = createActor(runEngineMachine, { input: { start: fake.start } }).start();
    actor.send(submit);
    actor.send({ type: 'ABORT', reason: 'wrong sample' });
    assert.equal(runEngineState(actor.getSnapshot()), 'aborting');
    actor.send({ type: 'HALT', reason: 'cleanup hangs' });
    assert.equal(runEngineState(actor.getSnapshot()), 'halting');
    assert.deepEqual(fake.calls, ['abort wrong sample', 'halt cleanup hangs']);
    fake.finish({ exitStatus: 'abort', reason: 'aborted: cleanup hangs', runUids: [] });
    await waitFor(actor, (s) => runEngineState(s) === 'idle');
    actor.stop();
  });
});
