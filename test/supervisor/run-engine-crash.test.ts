import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { createActor, waitFor } from 'xstate';
import { CRASH_EXIT_CODE, escalateCrash } from '../../actors/plan/run-engine-host.js';
import { runEngineMachine, runEngineState, type StartPlan } from '../../actors/plan/run-engine.machine.js';
import { ExitStatus } from '../../actors/plan/msg.js';
import type { PlanItem } from '../../actors/plan/plan-interpreter.js';
import type { Logger } from '../../lib/log.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

function item(itemUid: string): PlanItem {
  return { itemUid, planName: 'count', plan: (function* () {})(), metadata: {} };
}

function recordingLogger(): Logger & { errors: string[] } {
  const errors: string[] = [];
  return { errors, info: () => undefined, warn: () => undefined, error: (message) => errors.push(message) };
}

/** The interpreter's constructor has a bug: the plan actor dies as it starts, and the machine with it. */
const buggyStart: StartPlan = () => {
  throw new TypeError("Cannot read properties of undefined (reading 'signal')");
};

describe('a crash of the run engine machine', () => {
  it('is escalated once, with a log line that says what happens next', () => {
    const actor = createActor(runEngineMachine, { input: { start: buggyStart } });
    const logger = recordingLogger();
    const crashes: unknown[] = [];
    escalateCrash(actor, logger, (error) => crashes.push(error));
    actor.start();
    actor.send({ type: 'SUBMIT', item: item('i1') });
    assert.equal(actor.getSnapshot().status, 'error');
    assert.equal(crashes.length, 1);
    assert.match(String(crashes[0]), /reading 'signal'/);
    assert.equal(logger.errors.length, 1);
    assert.match(logger.errors[0] ?? '', /^run engine machine crashed: Cannot read properties of undefined \(reading 'signal'\); .*process supervisor restarts it/);
    actor.send({ type: 'SUBMIT', item: item('i2') });
    assert.equal(crashes.length, 1, 'a dead machine takes no more events and crashes only once');
  });

  it('is not what a failing plan is: that run ends fail and the engine goes on', async () => {
    const failing: StartPlan = () => ({
      run: async () => ({ exitStatus: ExitStatus.Fail, reason: 'detector timed out', runUids: ['r1'] }),
      pause: () => false,
      resume: () => undefined,
      suspend: () => undefined,
      interrupt: () => undefined,
    });
    const actor = createActor(runEngineMachine, { input: { start: failing } });
    const crashes: unknown[] = [];
    escalateCrash(actor, recordingLogger(), (error) => crashes.push(error));
    actor.start();
    actor.send({ type: 'SUBMIT', item: item('i1') });
    const done = await waitFor(actor, (s) => s.context.last !== undefined, { timeout: 5_000 });
    assert.equal(runEngineState(done), 'idle');
    assert.equal(done.context.last?.exitStatus, ExitStatus.Fail);
    assert.deepEqual(crashes, []);
    actor.stop();
  });

  it('exits the process with CRASH_EXIT_CODE by default, for its supervisor to restart it', () => {
    const script = `
      import { createActor } from 'xstate';
      import { escalateCrash } from './actors/plan/run-engine-host.ts';
      import { runEngineMachine } from './actors/plan/run-engine.machine.ts';
      import { createLogger } from './lib/log.ts';
      const actor = createActor(runEngineMachine, { input: { start: () => { throw new TypeError('interpreter bug'); } } });
      escalateCrash(actor, createLogger('BL01 run-engine'));
      actor.start();
      actor.send({ type: 'SUBMIT', item: { itemUid: 'i1', planName: 'count', plan: [][Symbol.iterator](), metadata: {} } });
      setTimeout(() => console.log('still running'), 2000);
    `;
    const child = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], { cwd: ROOT, encoding: 'utf8', timeout: 60_000 });
    assert.equal(child.status, CRASH_EXIT_CODE, child.stderr);
    assert.match(child.stderr, /ERROR \[BL01 run-engine\] run engine machine crashed: interpreter bug; /);
    assert.doesNotMatch(child.stdout, /still running/);
  });
});
