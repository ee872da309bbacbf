// Pause, resume, abort, stop, halt and suspenders of the run engine, requested over a real
// nats-server, against a real device host whose devices read simulated IOC records: the motor
// really moves (and really stops), the shutter really closes, the ring current really drops.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { setTimeout as sleep } from 'node:timers/promises';
import { loadEventModelValidator, type DocumentValidator } from '../../actors/plan/document-schemas.js';
import { startRunEngine } from '../../actors/plan/run-engine-host.js';
import { parseSuspenders } from '../../actors/plan/suspenders.js';
import { Bus } from '../../actors/transport/mod.js';
import { CaClient } from '../../epics/client/mod.js';
import { EVENT_MODEL_SCHEMAS } from '../harness/event-model.js';
import { startNatsServer, type NatsServerHandle } from '../harness/nats-server.js';
import { startSimIoc, type SimIoc } from '../harness/sim-ioc.js';
import {
  DocumentLog, RunEngineClient, assertSeqNums, beamlineDevices, beamlineRecords, eventually, startSimBeamline,
  type Doc, type SimBeamline, type SimBeamlineOptions,
} from './real-beamline.js';

/** Six points 0.5 mm apart: each step is a move of about half a second, then an event. */
const POSITIONS = [0, 0.5, 1, 1.5, 2, 2.5];
const SCAN = { detectors: ['det'], motor: 'm1', start: 0, stop: 2.5, num: POSITIONS.length };
/** Long enough to see that nothing happens while paused, without asserting on how fast anything is. */
const QUIET_MS = 400;

interface Rig {
  beamline: SimBeamline;
  client: RunEngineClient;
  docs: DocumentLog;
}

describe('run engine interruptions over NATS against simulated devices', () => {
  let nats: NatsServerHandle;
  let engineBus: Bus;
  let hostBus: Bus;
  let clientBus: Bus;
  let validate: DocumentValidator;
  const cleanups: Array<() => Promise<void> | void> = [];

  before(async () => {
    nats = await startNatsServer();
    engineBus = await Bus.connect({ servers: nats.url, name: 'run-engine' });
    hostBus = await Bus.connect({ servers: nats.url, name: 'device-host' });
    clientBus = await Bus.connect({ servers: nats.url, name: 'client' });
    validate = await loadEventModelValidator(EVENT_MODEL_SCHEMAS);
  });

  after(async () => {
    for (const cleanup of cleanups.reverse()) await Promise.resolve(cleanup()).catch(() => undefined);
    await clientBus?.close();
    await hostBus?.close();
    await engineBus?.close();
    await nats?.stop();
  });

  async function setUp(id: string, options: { suspenders?: unknown[]; beamline?: Partial<SimBeamlineOptions> } = {}): Promise<Rig> {
    const beamline = await startSimBeamline({ bus: hostBus, beamline: id, prefix: `${id}:`, ...options.beamline });
    cleanups.push(() => beamline.close());
    const engine = await startRunEngine({
      bus: engineBus,
      beamline: id,
      validateDocuments: validate,
      heartbeatIntervalMs: 200,
      suspenders: parseSuspenders(options.suspenders, id),
    });
    cleanups.push(() => engine.stop());
    const client = new RunEngineClient(clientBus, id);
    cleanups.push(() => client.close());
    const docs = await DocumentLog.start(clientBus, id, validate);
    cleanups.push(() => docs.close());
    return { beamline, client, docs };
  }

  /** Waits until `events` events are out and the motor is moving to the next point; returns where it is going. */
  async function midMove({ beamline, docs }: Rig, itemUid: string, events: number, motor = 'm1'): Promise<number> {
    await eventually(
      () => `${events} events and ${motor} moving (${docs.primaryEvents(itemUid).length} events, DMOV ${String(beamline.value(`${motor}.DMOV`))})`,
      () => docs.primaryEvents(itemUid).length === events && beamline.value(`${motor}.DMOV`) === 0,
    );
    return Number(beamline.value(motor));
  }

  /** The motor is at rest and stays where it is. */
  async function assertMotorAtRest(beamline: SimBeamline, motor = 'm1'): Promise<number> {
    await eventually(`${motor} at rest`, () => beamline.value(`${motor}.DMOV`) === 1);
    const rbv = Number(beamline.value(`${motor}.RBV`));
    await sleep(QUIET_MS);
    assert.equal(beamline.value(`${motor}.DMOV`), 1, `${motor} moved again`);
    assert.equal(Number(beamline.value(`${motor}.RBV`)), rbv, `${motor} readback changed while at rest`);
    return rbv;
  }

  function assertCompleteRun(docs: Doc[], events: ReadonlyArray<Record<string, unknown>>, log: DocumentLog, motor = 'm1'): void {
    assert.deepEqual(log.invalid, [], 'every document is schema-valid');
    assert.equal(docs.filter((d) => d.name === 'start').length, 1);
    assert.equal(docs.filter((d) => d.name === 'stop').length, 1);
    const stop = docs.at(-1);
    assert.equal(stop?.name, 'stop');
    assert.equal(stop?.body['exit_status'], 'success', String(stop?.body['reason']));
    assertSeqNums(events, POSITIONS.length);
    assert.deepEqual(stop?.body['num_events'], { primary: POSITIONS.length });
    const positions = events.map((e) => Math.round(Number((e['data'] as Record<string, unknown>)[motor]) * 1000) / 1000);
    assert.deepEqual(positions, POSITIONS, 'one event per point, each taken at its point');
  }

  it('pauses at once over NATS: the motor stops mid-move; resumed, the run ends with every event exactly once', async () => {
    const rig = await setUp('PZ1');
    const { beamline, client, docs } = rig;
    const item = await client.submit('scan', SCAN);
    const target = await midMove(rig, item, 2);

    await client.control('pause', { immediate: true, reason: 'operator break' });
    const paused = await client.untilState('paused');
    assert.equal(paused.reason, 'operator break');
    assert.equal(paused.item_uid, item);
    const stoppedAt = await assertMotorAtRest(beamline);
    assert.ok(Math.abs(stoppedAt - target) > 1e-3, `m1 stopped short of ${target} (at ${stoppedAt}), not at the end of its move`);
    assert.equal(docs.primaryEvents(item).length, 2, 'no event while paused');

    await client.control('resume');
    const all = await docs.untilStopped(item);
    assertCompleteRun(all, docs.primaryEvents(item), docs);
    await client.untilState('idle');
    assert.ok(client.published.includes('paused'), `published states: ${client.published.join(' → ')}`);
    const [entry] = (await client.historyIncluding([item])).slice(-1);
    assert.equal(entry?.exit_status, 'success');
  });

  it('pauses deferred: the step under way finishes (its move and its event) before the engine is paused', async () => {
    const rig = await setUp('PZ2');
    const { beamline, client, docs } = rig;
    const item = await client.submit('scan', SCAN);
    const target = await midMove(rig, item, 2);

    assert.equal(await client.control('pause', { reason: 'at the next point' }), 'pausing');
    await client.untilState('paused');
    // The event of the step that was under way may still be on its way to the stream.
    await eventually('the third event', () => docs.primaryEvents(item).length === 3);
    const rbv = await assertMotorAtRest(beamline);
    assert.ok(Math.abs(rbv - target) < 1e-3, `m1 finished its move to ${target} (at ${rbv})`);
    assert.equal(docs.primaryEvents(item).length, 3, 'nothing more while paused');
    const published = client.published.join(' → ');
    assert.match(published, /running → pausing → paused/, published);

    await client.control('resume');
    const all = await docs.untilStopped(item);
    assertCompleteRun(all, docs.primaryEvents(item), docs);
  });

  it('aborts a paused plan, stops and halts running ones: RunStop and the queue history say how each ended', async () => {
    const rig = await setUp('PZ3');
    const { beamline, client, docs } = rig;

    const aborted = await client.submit('scan', SCAN);
    await midMove(rig, aborted, 2);
    await client.control('pause', { immediate: true });
    await client.untilState('paused');
    await client.control('abort', { reason: 'sample fell off' });
    const abortStop = (await docs.untilStopped(aborted)).at(-1)?.body ?? {};
    assert.equal(abortStop['exit_status'], 'abort');
    assert.match(String(abortStop['reason']), /sample fell off/);
    assert.deepEqual(abortStop['num_events'], { primary: 2 });
    await client.untilState('idle');

    const stopped = await client.submit('scan', SCAN);
    await midMove(rig, stopped, 2);
    await client.control('stop', { reason: 'enough data' });
    const stopStop = (await docs.untilStopped(stopped)).at(-1)?.body ?? {};
    assert.equal(stopStop['exit_status'], 'success', 'a stopped plan ended as its operator wanted');
    assert.ok(docs.primaryEvents(stopped).length < POSITIONS.length, 'it ended before its last point');
    await client.untilState('idle');

    const halted = await client.submit('scan', SCAN);
    await midMove(rig, halted, 2);
    await client.control('halt', { reason: 'collision' });
    const haltStop = (await docs.untilStopped(halted)).at(-1)?.body ?? {};
    assert.equal(haltStop['exit_status'], 'abort');
    assert.match(String(haltStop['reason']), /collision/);
    await assertMotorAtRest(beamline);
    await client.untilState('idle');

    for (const item of [aborted, stopped, halted]) assertSeqNums(docs.primaryEvents(item), docs.primaryEvents(item).length);
    assert.deepEqual(docs.invalid, []);
    const history = (await client.historyIncluding([aborted, stopped, halted])).slice(-3);
    assert.deepEqual(
      history.map((entry) => [entry.item?.item_uid, entry.exit_status]),
      [[aborted, 'abort'], [stopped, 'success'], [halted, 'abort']],
    );
    assert.match(history[0]?.reason ?? '', /sample fell off/);
    assert.match(history[2]?.reason ?? '', /collision/);
    assert.equal((await client.status()).last_exit_status, 'abort');
  });

  it('suspends on a beam dump (shutter closed), and resumes by itself once the beam is back (shutter open)', async () => {
    const rig = await setUp('SU1', {
      suspenders: [{ kind: 'below', device: 'ring_current', below: 10, resume_above: 150, resume_delay_s: 0.3, before: { shutter: 'closed' }, after: { shutter: 'open' } }],
    });
    const { beamline, client, docs } = rig;
    const item = await client.submit('scan', SCAN);
    await midMove(rig, item, 2);

    await beamline.pv('ring').put([2]);
    const suspended = await client.untilState('suspended');
    assert.match(suspended.reason, /ring_current is 2, below 10/);
    await eventually('the shutter closed', () => beamline.value('shutter') === 0);
    await assertMotorAtRest(beamline);
    assert.equal(docs.primaryEvents(item).length, 2, 'no event while suspended');
    assert.equal((await client.status()).state, 'suspended', 'it stays suspended while the beam is down');

    await beamline.pv('ring').put([200]);
    const all = await docs.untilStopped(item);
    assertCompleteRun(all, docs.primaryEvents(item), docs);
    assert.equal(beamline.value('shutter'), 1, 'the shutter was opened again');
    const published = client.published.join(' → ');
    assert.match(published, /running → suspended → running/, published);
  });

  it('resumes a suspended plan when the beam comes back while the shutter is still closing', async () => {
    // The shutter's blade moves when the test says so: its status PV follows the command only while released.
    const records = [...beamlineRecords(), { type: 'bo', name: 'blade', znam: 'closed', onam: 'open', value: 1 }];
    const devices = beamlineDevices('SU2:').map((d) =>
      (d as { name: string }).name === 'shutter' ? { kind: 'shutter', name: 'shutter', pv: 'sim://SU2:shutter', status: 'sim://SU2:blade' } : d,
    );
    const rig = await setUp('SU2', {
      beamline: { records, devices },
      suspenders: [{ kind: 'below', device: 'ring_current', below: 10, resume_above: 150, resume_delay_s: 0, before: { shutter: 'closed' }, after: { shutter: 'open' } }],
    });
    const { beamline, client, docs } = rig;
    let released = false;
    const follow = (): void => {
      if (released && beamline.value('blade') !== beamline.value('shutter')) void beamline.pv('blade').put([Number(beamline.value('shutter'))]);
    };
    const unsubscribe = beamline.pv('shutter').subscribe(follow);
    cleanups.push(unsubscribe);
    released = true;

    const item = await client.submit('scan', SCAN);
    await midMove(rig, item, 2);
    released = false;
    await beamline.pv('ring').put([2]);
    await client.untilState('suspended');
    await eventually('the shutter commanded closed', () => beamline.value('shutter') === 0);
    assert.equal(beamline.value('blade'), 1, 'the blade is still on its way');
    // A short dip: the beam is back before the shutter has closed.
    await beamline.pv('ring').put([200]);
    await sleep(QUIET_MS);
    released = true;
    follow();
    await eventually('the shutter closed', () => beamline.value('blade') === 0);

    // The condition cleared while the engine was closing the shutter: once it is closed, nothing holds the plan.
    await client.untilState('running', 10_000);
    const all = await docs.untilStopped(item, 15_000);
    assertCompleteRun(all, docs.primaryEvents(item), docs);
    assert.equal(beamline.value('blade'), 1, 'the shutter was opened again');
  });

  it('suspends while a device is disconnected (its IOC killed) and resumes when it is back', async () => {
    // m2 lives on an IOC of its own, served over Channel Access, that the test kills and restarts.
    const M2 = [{ type: 'motor', name: 'm2', egu: 'mm', velo: 1, accl: 0.05, llm: -10, hlm: 10, prec: 3, value: 0, tickMs: 20 }];
    let ioc: SimIoc = await startSimIoc('FLT:', M2);
    cleanups.push(() => ioc.stop());
    const ca = new CaClient({ addrList: [ioc.address], autoAddrList: false, listenForBeacons: false, env: {}, maxSearchPeriodMs: 200 });
    cleanups.push(() => ca.close());
    const rig = await setUp('SU3', {
      beamline: { ca, devices: [...beamlineDevices('SU3:'), { kind: 'motor', name: 'm2', pv: 'ca://FLT:m2' }] },
      suspenders: [{ kind: 'device-fault', device: 'm2', resume_delay_s: 0.2 }],
    });
    const { client, docs } = rig;
    const item = await client.submit('scan', { ...SCAN, motor: 'm2' });
    await eventually('m2 moving after 2 events', () => docs.primaryEvents(item).length === 2 && ioc.database.find('FLT:m2.DMOV')?.snapshot().value[0] === 0);

    const { udpPort, tcpPort } = ioc;
    await ioc.stop();
    const suspended = await client.untilState('suspended');
    assert.match(suspended.reason, /m2 is disconnected/);
    await sleep(QUIET_MS);
    assert.equal((await client.status()).state, 'suspended', 'it stays suspended while m2 is away');
    assert.equal(docs.primaryEvents(item).length, 2, 'no event while suspended');

    ioc = await startSimIoc('FLT:', M2, { udpPort, tcpPort });
    const all = await docs.untilStopped(item, 30_000);
    assertCompleteRun(all, docs.primaryEvents(item), docs, 'm2');
    const published = client.published.join(' → ');
    assert.match(published, /running → suspended → running/, published);
  });
});
