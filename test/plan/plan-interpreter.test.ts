import { before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { interpretPlan, type InterpreterDeps, type PlanItem } from '../../actors/plan/plan-interpreter.js';
import { loadEventModelValidator, type DocumentValidator } from '../../actors/plan/document-schemas.js';
import type { AnyDocument } from '../../actors/plan/documents.js';
import type { Msg, Plan } from '../../actors/plan/msg.js';
import { count, scan } from '../../actors/plan/plans.js';
import { FakeDevices } from './fake-devices.js';
import { EVENT_MODEL_SCHEMAS } from '../harness/event-model.js';

const SCHEMAS = EVENT_MODEL_SCHEMAS;

interface Emitted {
  name: string;
  doc: AnyDocument;
  runUid: string;
}

function harness(devices = new FakeDevices(), validate?: DocumentValidator): { deps: InterpreterDeps; docs: Emitted[] } {
  const docs: Emitted[] = [];
  let uid = 0;
  let clock = 1_700_000_000_000;
  let scanId = 41;
  const deps: InterpreterDeps = {
    devices,
    beamline: 'BL01',
    now: () => (clock += 10),
    newUid: () => `uid-${++uid}`,
    sleep: async (ms) => void (clock += ms),
    nextScanId: () => ++scanId,
    emit: async (name, doc, runUid) => {
      validate?.(name, doc);
      docs.push({ name, doc, runUid });
    },
  };
  return { deps, docs };
}

const item = (plan: Plan<unknown>, planName = 'test'): PlanItem => ({ itemUid: 'item-1', planName, plan, metadata: { sample: 'Si' } });
const live = (): { signal: AbortSignal } => ({ signal: new AbortController().signal });

describe('plan interpreter', () => {
  let validate: DocumentValidator;
  before(async () => {
    validate = await loadEventModelValidator(SCHEMAS);
  });

  it('runs a scan into valid start, descriptor, events and stop documents', async () => {
    const { deps, docs } = harness(undefined, validate);
    const progress: number[] = [];
    const outcome = await interpretPlan(item(scan(['det'], 'm1', 0, 2, 3), 'scan'), deps, { ...live(), onProgress: (p) => progress.push(p.step) });
    assert.equal(outcome.exitStatus, 'success', outcome.reason);
    assert.deepEqual(docs.map((d) => d.name), ['start', 'descriptor', 'event', 'event', 'event', 'stop']);
    const [start, descriptor, , , last, stop] = docs.map((d) => d.doc as unknown as Record<string, unknown>);
    assert.equal(start?.['scan_id'], 42);
    assert.equal(start?.['plan_name'], 'scan');
    assert.equal(start?.['sample'], 'Si');
    assert.equal(start?.['plan_item_uid'], 'item-1');
    assert.deepEqual(start?.['hints'], { dimensions: [[['m1'], 'primary']] });
    assert.deepEqual(descriptor?.['object_keys'], { m1: ['m1', 'm1_setpoint'], det: ['det'] });
    assert.deepEqual(descriptor?.['hints'], { m1: { fields: ['m1'] }, det: { fields: ['det'] } });
    assert.deepEqual((descriptor?.['data_keys'] as Record<string, unknown>)['m1'], {
      source: 'sim://m1', dtype: 'number', shape: [], units: 'mm', precision: 3, limits: { control: { low: -10, high: 10 } }, object_name: 'm1',
    });
    assert.deepEqual(last?.['data'], { m1: 2, m1_setpoint: 2, det: 4 });
    assert.equal(last?.['seq_num'], 3);
    assert.deepEqual(stop?.['num_events'], { primary: 3 });
    assert.equal(stop?.['exit_status'], 'success');
    assert.ok(docs.every((d) => d.runUid === start?.['uid']));
    assert.deepEqual(progress, [0, 1, 2, 3]);
  });

  it('emits a file-writing detector\'s Resource once and each Datum before the Event that refers to it', async () => {
    const { deps, docs } = harness(undefined, validate);
    const outcome = await interpretPlan(item(count(['cam'], 3), 'count'), deps, live());
    assert.equal(outcome.exitStatus, 'success', outcome.reason);
    assert.deepEqual(docs.map((d) => d.name), ['start', 'descriptor', 'resource', 'datum', 'event', 'datum', 'event', 'datum', 'event', 'stop']);
    const body = (i: number): Record<string, unknown> => docs[i]?.doc as unknown as Record<string, unknown>;
    const runUid = body(0)['uid'];
    assert.equal((body(1)['data_keys'] as Record<string, { external?: string }>)['cam_image']?.external, 'FILESTORE:');
    assert.equal(body(2)['uid'], 'res-1');
    assert.equal(body(2)['run_start'], runUid);
    assert.deepEqual([3, 5, 7].map((i) => body(i)['datum_id']), ['res-1/0', 'res-1/1', 'res-1/2']);
    assert.deepEqual([4, 6, 8].map((i) => (body(i)['data'] as Record<string, unknown>)['cam_image']), ['res-1/0', 'res-1/1', 'res-1/2']);
    assert.deepEqual(body(4)['filled'], { cam_image: false });
  });

  it('emits no Datum twice in a run, and none for a dropped event', async () => {
    function* plan(): Plan {
      yield { cmd: 'open_run' };
      yield { cmd: 'trigger', device: 'cam', group: 'g' };
      yield { cmd: 'wait', group: 'g' };
      for (const end of ['drop', 'save', 'save'] as const) {
        yield { cmd: 'create', name: 'primary' };
        yield { cmd: 'read', device: 'cam' };
        yield { cmd: end };
      }
    }
    const { deps, docs } = harness(undefined, validate);
    const outcome = await interpretPlan(item(plan()), deps, live());
    assert.equal(outcome.exitStatus, 'success', outcome.reason);
    assert.deepEqual(docs.map((d) => d.name), ['start', 'descriptor', 'resource', 'datum', 'event', 'event', 'stop']);
  });

  it('fails the run with a reason naming the failed device command', async () => {
    const devices = new FakeDevices();
    devices.failOn = 'trigger det';
    const { deps, docs } = harness(devices, validate);
    const outcome = await interpretPlan(item(count(['det'], 3)), deps, live());
    assert.equal(outcome.exitStatus, 'fail');
    assert.match(outcome.reason, /trigger of 'det' failed: .*device in fault/);
    const stop = docs.at(-1);
    assert.equal(stop?.name, 'stop');
    assert.equal((stop?.doc as { exit_status?: string }).exit_status, 'fail');
    assert.equal(docs.filter((d) => d.name === 'stop').length, 1);
    assert.ok(devices.calls.includes('stop det'), 'a failed plan stops what it touched');
  });

  it('fails on an unknown command with a reason and still closes the run', async () => {
    function* bad(): Plan {
      yield { cmd: 'open_run' };
      yield { cmd: 'teleport' } as unknown as Msg;
    }
    const { deps, docs } = harness(undefined, validate);
    const outcome = await interpretPlan(item(bad()), deps, live());
    assert.equal(outcome.exitStatus, 'fail');
    assert.match(outcome.reason, /unknown command 'teleport'/);
    assert.deepEqual(docs.map((d) => d.name), ['start', 'stop']);
  });

  it('rejects protocol misuse: save without create, read twice in one event', async () => {
    function* noCreate(): Plan {
      yield { cmd: 'open_run' };
      yield { cmd: 'save' };
    }
    const { deps } = harness();
    assert.match((await interpretPlan(item(noCreate()), deps, live())).reason, /'save' without 'create'/);
    function* twice(): Plan {
      yield { cmd: 'open_run' };
      yield { cmd: 'create', name: 'primary' };
      yield { cmd: 'read', device: 'det' };
      yield { cmd: 'read', device: 'det' };
    }
    assert.match((await interpretPlan(item(twice()), harness().deps, live())).reason, /'det' read twice/);
  });

  it('ends with abort when aborted mid-plan, stopping devices', async () => {
    const devices = new FakeDevices();
    let release: () => void = () => undefined;
    devices.triggerGate = new Promise<void>((resolve) => (release = resolve));
    const { deps, docs } = harness(devices, validate);
    const controller = new AbortController();
    const running = interpretPlan(item(scan(['det'], 'm1', 0, 1, 5)), deps, { signal: controller.signal });
    await new Promise((resolve) => setImmediate(resolve));
    controller.abort('operator said so');
    const outcome = await running;
    release();
    assert.equal(outcome.exitStatus, 'abort');
    assert.match(outcome.reason, /operator said so/);
    assert.equal((docs.at(-1)?.doc as { exit_status?: string }).exit_status, 'abort');
    assert.ok(devices.calls.includes('stop m1'));
  });
});
