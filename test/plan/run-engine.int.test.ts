import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { brightline } from '../../gen/proto.js';
import { Bus, subjects, DOCUMENT_STREAM, PlanVerb, QueueVerb } from '../../actors/transport/mod.js';
import { startRunEngine, type RunEngineHost } from '../../actors/plan/run-engine-host.js';
import { loadEventModelValidator, type DocumentValidator } from '../../actors/plan/document-schemas.js';
import { BrightlineError, ErrorCode } from '../../lib/errors.js';
import { toWireMap, type PlainValue } from '../../lib/values.js';
import { startNatsServer, type NatsServerHandle } from '../harness/nats-server.js';
import { startFakeDeviceHost, type FakeDeviceHost } from './fake-device-host.js';
import { EVENT_MODEL_SCHEMAS } from '../harness/event-model.js';

const v1 = brightline.v1;
const SCHEMAS = EVENT_MODEL_SCHEMAS;

interface Doc {
  name: string;
  body: Record<string, unknown>;
}

describe('run engine against a real nats-server and a fake device host', () => {
  let server: NatsServerHandle;
  let engineBus: Bus;
  let hostBus: Bus;
  let client: Bus;
  let validate: DocumentValidator;
  const cleanups: Array<() => Promise<void>> = [];

  before(async () => {
    server = await startNatsServer();
    engineBus = await Bus.connect({ servers: server.url, name: 'engine' });
    hostBus = await Bus.connect({ servers: server.url, name: 'device-host' });
    client = await Bus.connect({ servers: server.url, name: 'client' });
    validate = await loadEventModelValidator(SCHEMAS);
  });

  after(async () => {
    for (const cleanup of cleanups.reverse()) await cleanup().catch(() => undefined);
    await client.close();
    await hostBus.close();
    await engineBus.close();
    await server.stop();
  });

  async function setUp(beamline: string, hostOptions: Parameters<typeof startFakeDeviceHost>[2] = {}): Promise<{ host: FakeDeviceHost; engine: RunEngineHost }> {
    const host = await startFakeDeviceHost(hostBus, beamline, hostOptions);
    const engine = await startRunEngine({ bus: engineBus, beamline, validateDocuments: validate, heartbeatIntervalMs: 200 });
    cleanups.push(() => host.close(), () => engine.stop());
    return { host, engine };
  }

  function submit(beamline: string, planName: string, args: Record<string, PlainValue>): Promise<string> {
    return client
      .request(subjects.plan(beamline, PlanVerb.Submit), v1.SubmitPlanRequest, { plan_name: planName, args: toWireMap(args), metadata: toWireMap({ operator: 'test' }) }, v1.SubmitPlanReply, { timeoutMs: 5000 })
      .then((reply) => reply.item_uid ?? '');
  }

  /** Reads the beamline's documents from the stream until the RunStop of the item's run; validates each. */
  async function documentsOf(beamline: string, itemUid: string, onEvent?: (seq: number) => void, timeoutMs = 10_000): Promise<Doc[]> {
    const docs: Doc[] = [];
    let runUid: string | undefined;
    let stopReader: () => Promise<void> = async () => undefined;
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no RunStop within ${timeoutMs} ms; got ${docs.map((d) => d.name).join(', ')}`)), timeoutMs);
      client
        .readStream(DOCUMENT_STREAM, subjects.documents(beamline, '*'), v1.DocumentEnvelope, { kind: 'all' }, (envelope) => {
          const body = JSON.parse(envelope.json ?? '{}') as Record<string, unknown>;
          if (envelope.name === 'start' && body['plan_item_uid'] === itemUid) runUid = envelope.run_uid ?? '';
          if (runUid === undefined || envelope.run_uid !== runUid) return;
          assert.equal(envelope.beamline, beamline);
          validate(envelope.name ?? '', body);
          docs.push({ name: envelope.name ?? '', body });
          if (envelope.name === 'event') onEvent?.(body['seq_num'] as number);
          if (envelope.name === 'stop') {
            clearTimeout(timer);
            resolve();
          }
        })
        .then((reader) => (stopReader = () => reader.stop()), reject);
    });
    await stopReader();
    return docs;
  }

  function status(beamline: string): Promise<brightline.v1.PlanStatus.$Properties> {
    return client.request(subjects.plan(beamline, PlanVerb.Status), v1.PlanStatusRequest, {}, v1.PlanStatus, { timeoutMs: 2000 });
  }

  async function until(what: string, check: () => Promise<boolean>, timeoutMs = 5000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (!(await check())) {
      if (Date.now() > deadline) assert.fail(`timed out waiting for ${what}`);
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
  }

  it('runs a scan and publishes valid documents in order', async () => {
    await setUp('BL01');
    const itemUid = await submit('BL01', 'scan', { detectors: ['det'], motor: 'm1', start: -1, stop: 1, num: 5 });
    const docs = await documentsOf('BL01', itemUid);
    assert.deepEqual(docs.map((d) => d.name), ['start', 'descriptor', 'event', 'event', 'event', 'event', 'event', 'stop']);
    const events = docs.filter((d) => d.name === 'event').map((d) => d.body);
    assert.deepEqual(events.map((e) => e['seq_num']), [1, 2, 3, 4, 5]);
    assert.deepEqual(events.map((e) => (e['data'] as Record<string, number>)['m1']), [-1, -0.5, 0, 0.5, 1]);
    assert.deepEqual(events.map((e) => (e['data'] as Record<string, number>)['det']), [1, 0.25, 0, 0.25, 1]);
    const start = docs[0]?.body ?? {};
    assert.equal(start['scan_id'], 1);
    assert.equal(start['operator'], 'test');
    assert.equal(start['beamline'], 'BL01');
    const stop = docs.at(-1)?.body ?? {};
    assert.equal(stop['exit_status'], 'success');
    assert.deepEqual(stop['num_events'], { primary: 5 });
    await until('idle', async () => (await status('BL01')).state === 'idle');
    const after = await status('BL01');
    assert.equal(after.last_exit_status, 'success');
    assert.deepEqual(after.run_uids, [start['uid']]);
  });

  it('passes a file-writing detector\'s Resource and Datums on before the Events, and text readings into Events', async () => {
    const { host } = await setUp('BL09');
    const itemUid = await submit('BL09', 'count', { detectors: ['cam', 'shutter'], num: 3 });
    const docs = await documentsOf('BL09', itemUid);
    assert.deepEqual(docs.map((d) => d.name), ['start', 'descriptor', 'resource', 'datum', 'event', 'datum', 'event', 'datum', 'event', 'stop']);
    const runUid = docs[0]?.body['uid'];
    const dataKeys = docs[1]?.body['data_keys'] as Record<string, Record<string, unknown>>;
    assert.equal(dataKeys['cam_image']?.['external'], 'FILESTORE:');
    assert.deepEqual(dataKeys['cam_image']?.['shape'], [8, 8]);
    assert.deepEqual(dataKeys['shutter']?.['choices'], ['closed', 'open']);
    assert.equal(dataKeys['shutter']?.['precision'], undefined, 'only numbers have a precision');
    const resource = docs[2]?.body ?? {};
    assert.equal(resource['uid'], host.camResource);
    assert.equal(resource['run_start'], runUid);
    const datums = docs.filter((d) => d.name === 'datum').map((d) => d.body);
    const events = docs.filter((d) => d.name === 'event').map((d) => d.body);
    assert.deepEqual(datums.map((d) => d['datum_id']), [0, 1, 2].map((i) => `${host.camResource}/${i}`));
    assert.ok(datums.every((d) => d['resource'] === host.camResource));
    assert.deepEqual(events.map((e) => (e['data'] as Record<string, unknown>)['cam_image']), datums.map((d) => d['datum_id']));
    assert.deepEqual(events.map((e) => (e['data'] as Record<string, unknown>)['shutter']), ['open', 'open', 'open']);
    assert.ok(events.every((e) => JSON.stringify(e['filled']) === JSON.stringify({ cam_image: false })));

    // The same Resource handed to the next run is that run's too: the stream must not drop it as a duplicate.
    await until('idle', async () => (await status('BL09')).state === 'idle');
    const next = await documentsOf('BL09', await submit('BL09', 'count', { detectors: ['cam'], num: 1 }));
    assert.deepEqual(next.map((d) => d.name), ['start', 'descriptor', 'resource', 'datum', 'event', 'stop']);
    assert.equal(next[2]?.body['uid'], host.camResource);
    assert.equal(next[2]?.body['run_start'], next[0]?.body['uid']);
  });

  it('fails the run, naming the lost device host, when the host dies mid-scan; then runs the next plan', async () => {
    const { host } = await setUp('BL02', { triggerMs: 150 });
    const itemUid = await submit('BL02', 'scan', { detectors: ['det'], motor: 'm1', start: 0, stop: 1, num: 10 });
    const began = Date.now();
    let killedAt = 0;
    const docs = await documentsOf('BL02', itemUid, (seq) => {
      if (seq === 2) {
        host.kill();
        killedAt = Date.now();
      }
    });
    const stop = docs.at(-1)?.body ?? {};
    assert.equal(stop['exit_status'], 'fail');
    assert.match(String(stop['reason']), /device host of beamline 'BL02' lost during '(set|trigger)' of '(m1|det)': it (has sent no heartbeat for \d|no longer answers)/);
    assert.ok(killedAt > began, 'the host was killed during the run');
    assert.equal(docs.filter((d) => d.name === 'stop').length, 1);

    await until('idle', async () => (await status('BL02')).state === 'idle');
    await host.close();
    await startFakeDeviceHost(hostBus, 'BL02').then((revived) => cleanups.push(() => revived.close()));
    const next = await submit('BL02', 'count', { detectors: ['det'], num: 2 });
    const nextDocs = await documentsOf('BL02', next);
    assert.equal(nextDocs.at(-1)?.body['exit_status'], 'success');
    assert.equal(nextDocs[0]?.body['scan_id'], 2);
  });

  it('fails the run when the device host is restarted faster than its silence limit', async () => {
    // A long trigger keeps the command in flight while the host is replaced under it.
    const { host } = await setUp('BL07', { triggerMs: 5000, pid: 100 });
    const itemUid = await submit('BL07', 'count', { detectors: ['det'], num: 3 });
    await until('running', async () => (await status('BL07')).state === 'running');
    await new Promise((resolve) => setTimeout(resolve, 100));
    host.kill();
    const replacement = await startFakeDeviceHost(hostBus, 'BL07', { pid: 101 });
    cleanups.push(() => replacement.close());
    const docs = await documentsOf('BL07', itemUid);
    const stop = docs.at(-1)?.body ?? {};
    assert.equal(stop['exit_status'], 'fail');
    assert.match(String(stop['reason']), /device host of beamline 'BL07' lost during 'trigger' of 'det': it was restarted/);
  });

  it('fails at once when the device host announces it is stopping', async () => {
    const { host } = await setUp('BL05', { triggerMs: 2000 });
    const itemUid = await submit('BL05', 'count', { detectors: ['det'], num: 3 });
    await until('running', async () => (await status('BL05')).step === 0 && (await status('BL05')).state === 'running');
    await new Promise((resolve) => setTimeout(resolve, 100));
    await host.stopCleanly();
    const docs = await documentsOf('BL05', itemUid, undefined, 1500);
    assert.equal(docs.at(-1)?.body['exit_status'], 'fail');
    assert.match(String(docs.at(-1)?.body['reason']), /announced it is stopping/);
  });

  it('aborts mid-run; a plan submitted meanwhile waits in the queue and runs next', async () => {
    await setUp('BL03', { triggerMs: 100 });
    const itemUid = await submit('BL03', 'scan', { detectors: ['det'], motor: 'm1', start: 0, stop: 1, num: 20 });
    const queued = await submit('BL03', 'count', { detectors: ['det'] });
    assert.equal((await status('BL03')).queued, 1);
    // A request naming another plan (a late Ctrl-C of a client whose plan already ended) changes nothing.
    await assert.rejects(
      client.request(subjects.plan('BL03', PlanVerb.Abort), v1.PlanControlRequest, { reason: 'late', item_uid: queued }, v1.PlanControlReply, { timeoutMs: 2000 }),
      (error: unknown) => error instanceof BrightlineError && error.code === ErrorCode.FailedPrecondition && error.message.includes(`not ${queued}`),
    );
    const docs = await documentsOf('BL03', itemUid, (seq) => {
      if (seq === 2) {
        void client.request(subjects.plan('BL03', PlanVerb.Abort), v1.PlanControlRequest, { reason: 'beam lost' }, v1.PlanControlReply, { timeoutMs: 2000 })
          .then((reply) => assert.equal(reply.state, 'aborting'));
      }
    });
    const stop = docs.at(-1)?.body ?? {};
    assert.equal(stop['exit_status'], 'abort');
    assert.match(String(stop['reason']), /beam lost/);
    const next = await documentsOf('BL03', queued);
    assert.equal(next.at(-1)?.body['exit_status'], 'success');
    await until('idle', async () => (await status('BL03')).state === 'idle');
    // The history entry is written just after the engine goes idle.
    const historyOf = () => client.request(subjects.queue('BL03', QueueVerb.History), v1.QueueHistoryRequest, {}, v1.QueueHistoryReply, { timeoutMs: 2000 });
    await until('both in the history', async () => (await historyOf()).entries.length === 2);
    const history = await historyOf();
    assert.deepEqual(history.entries.map((e) => [e.item?.plan_name, e.exit_status]), [['scan', 'abort'], ['count', 'success']]);
  });

  it('refuses bad plan arguments with every problem listed', async () => {
    await setUp('BL04');
    await assert.rejects(
      submit('BL04', 'scan', { detectors: ['det'], motor: 'm1', start: 0, num: 0.5, bogus: 1 }),
      (error: unknown) =>
        error instanceof BrightlineError &&
        error.code === ErrorCode.InvalidArgument &&
        /missing required argument 'stop'/.test(error.message) &&
        /'num' must be an integer/.test(error.message) &&
        /unexpected argument 'bogus'/.test(error.message),
    );
    await assert.rejects(submit('BL04', 'warp', {}), (error: unknown) => error instanceof BrightlineError && /unknown plan 'warp'/.test(error.message));
    await assert.rejects(
      submit('BL04', 'scan', { detectors: ['det', 'ghost'], motor: 'm9', start: 0, stop: 1, num: 2 }),
      (error: unknown) =>
        error instanceof BrightlineError &&
        error.code === ErrorCode.InvalidArgument &&
        /BL04 has no device 'ghost', 'm9' \(its devices: m1, det, cam, shutter\)/.test(error.message),
    );
    assert.equal((await status('BL04')).state, 'idle', 'nothing was started for a refused plan');
  });

  it('refuses a plan when no device host of the beamline is running', async () => {
    const engine = await startRunEngine({ bus: engineBus, beamline: 'BL08', heartbeatIntervalMs: 200 });
    cleanups.push(() => engine.stop());
    await assert.rejects(
      submit('BL08', 'count', { detectors: ['det'] }),
      (error: unknown) =>
        error instanceof BrightlineError && error.code === ErrorCode.Unavailable && /no device host of 'BL08' is running/.test(error.message),
    );
  });

  it('keeps counting scan ids across a run engine restart', async () => {
    const { engine } = await setUp('BL06');
    const first = await documentsOf('BL06', await submit('BL06', 'count', { detectors: ['det'] }));
    assert.equal(first[0]?.body['scan_id'], 1);
    await engine.stop();
    const restarted = await startRunEngine({ bus: engineBus, beamline: 'BL06', validateDocuments: validate });
    cleanups.push(() => restarted.stop());
    const second = await documentsOf('BL06', await submit('BL06', 'count', { detectors: ['det'] }));
    assert.equal(second[0]?.body['scan_id'], 2);
  });
});
