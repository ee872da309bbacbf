import { before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { PlanInterpreter, type InterpreterDeps, type InterpreterPhase, type PlanItem } from '../../actors/plan/plan-interpreter.js';
import { loadEventModelValidator, type DocumentValidator } from '../../actors/plan/document-schemas.js';
import type { AnyDocument } from '../../actors/plan/documents.js';
import type { Plan } from '../../actors/plan/msg.js';
import { Interruption } from '../../actors/plan/plan-errors.js';
import { count } from '../../actors/plan/plans.js';
import { FakeDevices } from './fake-devices.js';
import { EVENT_MODEL_SCHEMAS } from '../harness/event-model.js';

interface Emitted {
  name: string;
  doc: Record<string, unknown>;
}

function harness(devices: FakeDevices, validate: DocumentValidator): { deps: InterpreterDeps; docs: Emitted[] } {
  const docs: Emitted[] = [];
  let uid = 0;
  let clock = 1_700_000_000_000;
  const deps: InterpreterDeps = {
    devices,
    beamline: 'BL01',
    now: () => (clock += 10),
    newUid: () => `uid-${++uid}`,
    sleep: async (ms) => void (clock += ms),
    nextScanId: () => 7,
    emit: async (name, doc: AnyDocument) => {
      validate(name, doc);
      docs.push({ name, doc: doc as unknown as Record<string, unknown> });
    },
  };
  return { deps, docs };
}

const item = (plan: Plan<unknown>): PlanItem => ({ itemUid: 'item-1', planName: 'test', plan, metadata: {} });

async function until(what: string, predicate: () => boolean): Promise<void> {
  for (let i = 0; i < 500; i++) {
    if (predicate()) return;
    await new Promise((resolve) => setImmediate(resolve));
  }
  assert.fail(`never happened: ${what}`);
}

/** A gate a test opens: triggers wait on it. */
function gate(): { promise: Promise<void>; open(): void } {
  let open = (): void => undefined;
  const promise = new Promise<void>((resolve) => (open = resolve));
  return { promise, open };
}

function start(plan: Plan<unknown>, devices: FakeDevices, validate: DocumentValidator) {
  const { deps, docs } = harness(devices, validate);
  const phases: Array<[InterpreterPhase, string]> = [];
  const interpreter = new PlanInterpreter(item(plan), deps, { signal: new AbortController().signal, onPhase: (phase, reason) => phases.push([phase, reason]) });
  return { interpreter, docs, phases, outcome: interpreter.run() };
}

const events = (docs: Emitted[]): Emitted[] => docs.filter((d) => d.name === 'event');
const triggers = (devices: FakeDevices): number => devices.calls.filter((c) => c === 'trigger det').length;

describe('interrupting a plan', () => {
  let validate: DocumentValidator;
  before(async () => {
    validate = await loadEventModelValidator(EVENT_MODEL_SCHEMAS);
  });

  it('pauses at once, stops what moves, and on resume replays from the checkpoint: no event lost or doubled', async () => {
    const devices = new FakeDevices();
    const held = gate();
    devices.triggerGate = held.promise;
    devices.gateFromTrigger = 2;
    const run = start(count(['det'], 3), devices, validate);
    await until('the second trigger', () => triggers(devices) === 2);
    assert.equal(events(run.docs).length, 1);
    assert.equal(run.interpreter.pause(false, 'operator'), true);
    await until('paused', () => run.phases.some(([phase]) => phase === 'paused'));
    assert.ok(devices.calls.includes('stop det'), 'what was moving is stopped');
    devices.triggerGate = undefined;
    run.interpreter.resume();
    const outcome = await run.outcome;
    assert.equal(outcome.exitStatus, 'success', outcome.reason);
    assert.deepEqual(events(run.docs).map((e) => e.doc['seq_num']), [1, 2, 3]);
    assert.equal(triggers(devices), 4, 'the interrupted trigger ran again');
    assert.deepEqual(run.phases.map(([phase]) => phase), ['paused', 'running']);
    held.open();
  });

  it('a deferred pause waits for the next checkpoint and replays nothing', async () => {
    const devices = new FakeDevices();
    const held = gate();
    devices.triggerGate = held.promise;
    const run = start(count(['det'], 3), devices, validate);
    await until('the first trigger', () => triggers(devices) === 1);
    assert.equal(run.interpreter.pause(true), false);
    devices.triggerGate = undefined;
    held.open();
    await until('paused', () => run.phases.length === 1);
    assert.equal(events(run.docs).length, 1, 'the step under way finished before the pause');
    run.interpreter.resume();
    assert.equal((await run.outcome).exitStatus, 'success');
    assert.equal(triggers(devices), 3);
    assert.deepEqual(events(run.docs).map((e) => e.doc['seq_num']), [1, 2, 3]);
  });

  it('abort runs the plan cleanup and ends the run as abort; stop ends it as success; halt skips cleanup', async () => {
    function* withCleanup(): Plan {
      yield { cmd: 'stage', device: 'det' };
      try {
        yield* count(['det'], 5);
      } finally {
        yield { cmd: 'set', device: 'm1', value: 0, group: 'cleanup' };
        yield { cmd: 'wait', group: 'cleanup' };
      }
    }
    for (const [kind, exitStatus, cleaned] of [
      [Interruption.Abort, 'abort', true],
      [Interruption.Stop, 'success', true],
      [Interruption.Halt, 'abort', false],
    ] as const) {
      const devices = new FakeDevices();
      devices.position = 3;
      const held = gate();
      devices.triggerGate = held.promise;
      const run = start(withCleanup(), devices, validate);
      await until('a trigger', () => triggers(devices) === 1);
      run.interpreter.interrupt(kind, 'beam dump');
      const outcome = await run.outcome;
      assert.equal(outcome.exitStatus, exitStatus, kind);
      assert.match(outcome.reason, /beam dump/);
      assert.equal(devices.calls.includes('set m1 0'), cleaned, `${kind}: cleanup ran = ${cleaned}`);
      // The engine unstages what the plan left staged, except on halt, which skips every cleanup.
      assert.equal(devices.calls.includes('unstage det'), cleaned, `${kind}: unstaged = ${cleaned}`);
      const stop = run.docs.at(-1);
      assert.equal(stop?.name, 'stop');
      assert.equal(stop?.doc['exit_status'], exitStatus);
      held.open();
    }
  });

  it('abort while paused ends the run without resuming', async () => {
    const devices = new FakeDevices();
    const run = start(count(['det'], 3), devices, validate);
    run.interpreter.pause(true);
    await until('paused', () => run.phases.length === 1);
    run.interpreter.interrupt(Interruption.Abort, 'sample lost');
    const outcome = await run.outcome;
    assert.equal(outcome.exitStatus, 'abort');
    assert.ok(events(run.docs).length < 3);
  });

  it('a suspension runs its pre-plan, waits, runs its post-plan and resumes from the checkpoint', async () => {
    const devices = new FakeDevices();
    const held = gate();
    devices.triggerGate = held.promise;
    devices.gateFromTrigger = 2;
    const run = start(count(['det'], 3), devices, validate);
    await until('the second trigger', () => triggers(devices) === 2);
    run.interpreter.suspend({
      reason: 'ring current 2 mA below 10 mA',
      before: function* () { yield { cmd: 'set', device: 'shutter', value: 'closed' }; },
      after: function* () { yield { cmd: 'set', device: 'shutter', value: 'open' }; },
    });
    await until('suspended', () => run.phases.some(([phase]) => phase === 'suspended'));
    assert.match(run.phases[0]?.[1] ?? '', /ring current/);
    assert.ok(devices.calls.includes('set shutter "closed"'));
    devices.triggerGate = undefined;
    run.interpreter.resume();
    assert.equal((await run.outcome).exitStatus, 'success');
    assert.ok(devices.calls.includes('set shutter "open"'));
    assert.deepEqual(events(run.docs).map((e) => e.doc['seq_num']), [1, 2, 3]);
    held.open();
  });

  it('a plan may pause itself; resuming goes on after the pause', async () => {
    function* withPause(): Plan {
      yield { cmd: 'open_run' };
      yield { cmd: 'checkpoint' };
      yield { cmd: 'pause' };
      yield { cmd: 'create', name: 'primary' };
      yield { cmd: 'read', device: 'det' };
      yield { cmd: 'save' };
      yield { cmd: 'close_run' };
    }
    const devices = new FakeDevices();
    const run = start(withPause(), devices, validate);
    await until('paused', () => run.phases.length === 1);
    run.interpreter.resume();
    assert.equal((await run.outcome).exitStatus, 'success');
    assert.equal(events(run.docs).length, 1);
  });
});

describe('documents of the other messages', () => {
  let validate: DocumentValidator;
  before(async () => {
    validate = await loadEventModelValidator(EVENT_MODEL_SCHEMAS);
  });

  it('collect emits an EventPage; monitor a stream of its own; descriptors carry configuration; the return value reaches the outcome', async () => {
    function* plan(): Plan<{ centroid: number }> {
      yield { cmd: 'open_run' };
      yield { cmd: 'monitor', device: 'm1' };
      yield { cmd: 'kickoff', device: 'fly', params: { start: 0, stop: 1 }, group: 'fly' };
      yield { cmd: 'wait', group: 'fly' };
      yield { cmd: 'complete', device: 'fly', group: 'fly' };
      yield { cmd: 'wait', group: 'fly' };
      const collected = yield { cmd: 'collect', device: 'fly' };
      assert.equal(collected, 3);
      yield { cmd: 'create', name: 'primary' };
      yield { cmd: 'read', device: 'm1' };
      yield { cmd: 'save' };
      yield { cmd: 'unmonitor', device: 'm1' };
      yield { cmd: 'close_run' };
      return { centroid: 0.4 };
    }
    // Reading updates arrive while the flyer flies.
    const devices = new (class extends FakeDevices {
      override async kickoff(device: string, params: Record<string, number | string | boolean | never[]>): Promise<void> {
        await super.kickoff(device, params);
        this.publish('m1', 1);
        this.publish('m1', 2);
      }
    })();
    const run = start(plan(), devices, validate);
    const outcome = await run.outcome;
    assert.equal(outcome.exitStatus, 'success', outcome.reason);
    assert.deepEqual(outcome.result, { centroid: 0.4 });
    const names = run.docs.map((d) => d.name);
    assert.deepEqual(names.filter((n) => n === 'event_page'), ['event_page']);
    const page = run.docs.find((d) => d.name === 'event_page')?.doc;
    assert.deepEqual(page?.['seq_num'], [1, 2, 3]);
    const descriptors = run.docs.filter((d) => d.name === 'descriptor').map((d) => d.doc);
    assert.deepEqual(descriptors.map((d) => d['name']).sort(), ['fly', 'm1_monitor', 'primary']);
    const primary = descriptors.find((d) => d['name'] === 'primary');
    assert.deepEqual((primary?.['configuration'] as Record<string, { data: unknown }>)['m1']?.data, { m1_velocity: 1 });
    const monitorUid = descriptors.find((d) => d['name'] === 'm1_monitor')?.['uid'];
    assert.equal(run.docs.filter((d) => d.name === 'event' && d.doc['descriptor'] === monitorUid).length, 2);
    const stop = run.docs.at(-1)?.doc;
    assert.deepEqual(stop?.['num_events'], { m1_monitor: 2, fly: 3, primary: 1 });
  });
});
