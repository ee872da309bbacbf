import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createActor, waitFor } from 'xstate';
import { runEngineMachine, runEngineState, type ExecutePlan } from '../../actors/plan/run-engine.machine.js';
import { count } from '../../actors/plan/plans.js';

describe('run engine machine', () => {
  it('goes idle -> running -> aborting -> idle and remembers the outcome', async () => {
    let seenSignal: AbortSignal | undefined;
    const execute: ExecutePlan = (_item, hooks) => {
      seenSignal = hooks.signal;
      hooks.onProgress({ runUids: ['r1'], step: 1, totalSteps: 3 });
      return new Promise((resolve) =>
        hooks.signal.addEventListener('abort', () => resolve({ exitStatus: 'abort', reason: `aborted: ${String(hooks.signal.reason)}`, runUids: ['r1'] })),
      );
    };
    const actor = createActor(runEngineMachine, { input: { execute } }).start();
    assert.equal(runEngineState(actor.getSnapshot()), 'idle');
    actor.send({ type: 'SUBMIT', item: { itemUid: 'i1', planName: 'count', plan: count(['det']), metadata: {} } });
    assert.equal(runEngineState(actor.getSnapshot()), 'running');
    assert.deepEqual(actor.getSnapshot().context.current?.progress, { runUids: ['r1'], step: 1, totalSteps: 3 });
    actor.send({ type: 'SUBMIT', item: { itemUid: 'i2', planName: 'count', plan: count(['det']), metadata: {} } });
    assert.equal(actor.getSnapshot().context.current?.item.itemUid, 'i1', 'a second submit does not replace the running plan');
    actor.send({ type: 'ABORT', reason: 'beam lost' });
    assert.equal(runEngineState(actor.getSnapshot()), 'aborting');
    assert.equal(seenSignal?.aborted, true);
    const idle = await waitFor(actor, (s) => runEngineState(s) === 'idle');
    assert.deepEqual(idle.context.last, { exitStatus: 'abort', reason: 'aborted: beam lost', runUids: ['r1'], itemUid: 'i1', planName: 'count' });
    actor.stop();
  });
});
