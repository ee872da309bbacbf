// Plans on beamlines using a shared device: run engines whose plans move the facility's mono (FAC
// device host, on simulated IOC records) over a real nats-server, with the lease manager deciding
// who may move it. BL01 holds the mono by hand (as `brightline lease acquire` would); BL02's plan
// waits in the queue for it, BL03's is refused at once, both naming the holder.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { setTimeout as sleep } from 'node:timers/promises';
import { loadEventModelValidator, type DocumentValidator } from '../../actors/plan/document-schemas.js';
import { startRunEngine } from '../../actors/plan/run-engine-host.js';
import type { SharedDevicesOptions } from '../../actors/plan/shared-devices.js';
import { LeaseClient } from '../../actors/supervisor/lease-client.js';
import { startLeaseManager, type LeaseManager } from '../../actors/supervisor/lease-manager.js';
import { LeaseState } from '../../actors/supervisor/lease-model.js';
import { brightline } from '../../gen/proto.js';
import { Bus, PlanVerb, subjects } from '../../actors/transport/mod.js';
import { toWireMap } from '../../lib/values.js';
import { EVENT_MODEL_SCHEMAS } from '../harness/event-model.js';
import { startNatsServer, type NatsServerHandle } from '../harness/nats-server.js';
import { DocumentLog, RunEngineClient, assertSeqNums, eventuallyAsync, startSimBeamline, type SimBeamline } from '../plan/real-beamline.js';
import { parseSuspenders, type SuspenderConfig } from '../../actors/plan/suspenders.js';

const v1 = brightline.v1;
const FAC = 'FAC';
/** The shared devices on the facility's simulated records: a fast mono so scans stay short. */
const FAC_RECORDS = [
  { type: 'motor', name: 'mono', egu: 'eV', velo: 4000, accl: 0.05, llm: 4000, hlm: 25000, prec: 2, value: 8979, tickMs: 20 },
  { type: 'bo', name: 'fe_shutter', znam: 'closed', onam: 'open', value: 0 },
  { type: 'ao', name: 'ring', egu: 'mA', prec: 2, value: 200 },
];
const FAC_DEVICES = [
  { kind: 'motor', name: 'mono', pv: 'sim://LPF:mono', shared: true },
  { kind: 'shutter', name: 'fe_shutter', pv: 'sim://LPF:fe_shutter', shared: true, safe_state: 'closed' },
  { kind: 'ring-current', name: 'storage_ring', pv: 'sim://LPF:ring', beam_threshold_ma: 10, shared: true },
];
const SCAN = { detectors: ['det'], motor: 'mono', start: 8000, stop: 9000, num: 3 };

interface Rig {
  client: RunEngineClient;
  docs: DocumentLog;
}

describe('plans moving a shared device, with leases, over NATS', () => {
  let nats: NatsServerHandle;
  let engineBus: Bus;
  let hostBus: Bus;
  let clientBus: Bus;
  let bl01Bus: Bus;
  let validate: DocumentValidator;
  let facility: SimBeamline;
  let manager: LeaseManager;
  let leases: LeaseClient;
  let bl01: LeaseClient;
  const cleanups: Array<() => Promise<void> | void> = [];

  before(async () => {
    nats = await startNatsServer();
    [engineBus, hostBus, clientBus, bl01Bus] = (await Promise.all(
      ['run-engines', 'device-hosts', 'client', 'bl01'].map((name) => Bus.connect({ servers: nats.url, name })),
    )) as [Bus, Bus, Bus, Bus];
    validate = await loadEventModelValidator(EVENT_MODEL_SCHEMAS);
    facility = await startSimBeamline({ bus: hostBus, beamline: FAC, prefix: 'LPF:', records: FAC_RECORDS, devices: FAC_DEVICES });
    manager = await startLeaseManager({ bus: hostBus, devices: ['mono', 'fe_shutter'], safeStates: { fe_shutter: 'closed' } });
    leases = new LeaseClient({ bus: clientBus });
    bl01 = new LeaseClient({ bus: bl01Bus });
  });

  after(async () => {
    for (const cleanup of cleanups.reverse()) await Promise.resolve(cleanup()).catch(() => undefined);
    await manager?.stop();
    await facility?.close();
    for (const bus of [bl01Bus, clientBus, hostBus, engineBus]) await bus?.close();
    await nats?.stop();
  });

  async function setUp(id: string, shared: Partial<Omit<SharedDevicesOptions, 'bus' | 'beamline'>> = {}, suspenders: SuspenderConfig[] = []): Promise<Rig> {
    const beamline = await startSimBeamline({ bus: hostBus, beamline: id, prefix: `${id}:` });
    cleanups.push(() => beamline.close());
    const engine = await startRunEngine({
      bus: engineBus,
      beamline: id,
      validateDocuments: validate,
      heartbeatIntervalMs: 200,
      shared: { devices: ['mono', 'fe_shutter', 'storage_ring'], leaseTtlMs: 1_500, ...shared },
      suspenders,
    });
    cleanups.push(() => engine.stop());
    const client = new RunEngineClient(clientBus, id);
    cleanups.push(() => client.close());
    const docs = await DocumentLog.start(clientBus, id, validate);
    cleanups.push(() => docs.close());
    return { client, docs };
  }

  async function monoLease() {
    return (await leases.list('mono')).leases[0];
  }

  async function historyOf(client: RunEngineClient, itemUid: string) {
    const entries = await client.historyIncluding([itemUid], 30_000);
    const entry = entries.find((e) => e.item?.item_uid === itemUid);
    assert.ok(entry);
    return entry;
  }

  let bl02: Rig | undefined;

  it('a plan on BL02 moves the shared mono under a lease it takes on first use and releases at the end', async () => {
    bl02 = await setUp('BL02');
    const { client, docs } = bl02;
    const item = await client.submit('scan', SCAN);
    // Seen while the plan runs: BL02 holds the mono, for this plan.
    await eventuallyAsync('BL02 holding the mono', async () => (await monoLease())?.holder === 'BL02', 20_000);
    assert.match((await monoLease())?.client ?? '', new RegExp(`plan scan \\(item ${item}\\)`));
    const stopped = await docs.untilStopped(item, 30_000);
    assert.equal(stopped.at(-1)?.body['exit_status'], 'success', String(stopped.at(-1)?.body['reason']));
    const positions = docs.primaryEvents(item).map((e) => Math.round(Number((e['data'] as Record<string, unknown>)['mono'])));
    assert.deepEqual(positions, [8000, 8500, 9000]);
    assert.equal(Math.round(Number(facility.value('mono.RBV'))), 9000);
    await eventuallyAsync('the lease released', async () => (await monoLease())?.state === LeaseState.Free, 20_000);
    assert.match((await monoLease())?.note ?? '', /^released by BL02 \(plan scan/);
  });

  it("BL02's plan waits while BL01 holds the mono, and goes on when BL01 releases it", async () => {
    bl02 ??= await setUp('BL02');
    const { client, docs } = bl02;
    const held = await bl01.acquire('mono', { holder: 'BL01', client: 'alice@bl01-console' });
    const item = await client.submit('scan', SCAN);
    await eventuallyAsync('BL02 waiting for the mono', async () => (await leases.list('mono')).waiters.some((w) => w.holder === 'BL02'), 20_000);
    const before = Number(facility.value('mono.RBV'));
    await sleep(300);
    assert.equal(docs.primaryEvents(item).length, 0, 'nothing happens while it waits');
    assert.equal(Number(facility.value('mono.RBV')), before, 'the mono did not move');
    const waiting = await client.status();
    assert.equal(waiting.state, 'running');
    assert.match(waiting.reason, /^waiting for the lease on mono: mono is leased to BL01 \(alice@bl01-console\)/, 'the status says what the plan waits for');
    await held.release();
    const stopped = await docs.untilStopped(item, 30_000);
    assert.equal(stopped.at(-1)?.body['exit_status'], 'success', String(stopped.at(-1)?.body['reason']));
    assert.equal(docs.primaryEvents(item).length, 3);
    assert.equal((await client.status()).reason, '', 'no longer waiting');
    await eventuallyAsync('the lease released', async () => (await monoLease())?.state === LeaseState.Free, 20_000);
  });

  it("BL03's plan is refused at once while BL01 holds the mono, naming the holder; reading it needs no lease", async () => {
    const { client, docs } = await setUp('BL03', { waitForLease: false });
    const held = await bl01.acquire('mono', { holder: 'BL01', client: 'alice@bl01-console' });
    try {
      // The mono in the baseline: read at the start and end of the run, never staged or triggered.
      const counted = (
        await clientBus.request(subjects.plan('BL03', PlanVerb.Submit), v1.SubmitPlanRequest, { plan_name: 'count', args: toWireMap({ detectors: ['det'], num: 2 }), baseline: ['mono'] }, v1.SubmitPlanReply, { timeoutMs: 5_000 })
      ).item_uid;
      const countStop = await docs.untilStopped(counted, 30_000);
      assert.equal(countStop.at(-1)?.body['exit_status'], 'success', String(countStop.at(-1)?.body['reason']));
      const baseline = countStop.filter((d) => d.name === 'event' && 'mono' in (d.body['data'] as object));
      assert.equal(baseline.length, 2, 'the mono read at the start and the end');
      const item = await client.submit('scan', SCAN);
      const entry = await historyOf(client, item);
      assert.equal(entry.exit_status, 'fail');
      assert.match(entry.reason ?? '', /stage of 'mono' failed: no lease on mono for BL03: mono is leased to BL01 \(alice@bl01-console\) since \S+ until \S+/);
      assert.equal(docs.primaryEvents(item).length, 0);
      assert.equal((await monoLease())?.holder, 'BL01', 'the holder keeps it');
    } finally {
      await held.release();
    }
  });

  it('a plan waiting too long fails naming the holder; an aborted wait leaves the queue', async () => {
    const { client } = await setUp('BL04', { leaseWaitTimeoutMs: 500 });
    const held = await bl01.acquire('mono', { holder: 'BL01', client: 'bob@bl01' });
    try {
      const item = await client.submit('scan', SCAN);
      const entry = await historyOf(client, item);
      assert.equal(entry.exit_status, 'fail');
      assert.match(entry.reason ?? '', /no lease on mono for BL04: gave up after waiting [\d.]+ s: mono is leased to BL01 \(bob@bl01\)/);

      const { client: patient } = await setUp('BL05', { leaseWaitTimeoutMs: 60_000 });
      const waiting = await patient.submit('scan', SCAN);
      await eventuallyAsync('BL05 waiting', async () => (await leases.list('mono')).waiters.some((w) => w.holder === 'BL05'), 20_000);
      await patient.control('abort', { reason: 'not today' });
      const aborted = await historyOf(patient, waiting);
      assert.equal(aborted.exit_status, 'abort');
      await eventuallyAsync('BL05 out of the queue', async () => (await leases.list('mono')).waiters.length === 0, 20_000);
      assert.equal((await monoLease())?.holder, 'BL01');
    } finally {
      await held.release();
    }
  });

  it('a plan that fails half way still releases its lease', async () => {
    const { client } = await setUp('BL06');
    const item = await client.submit('scan', { ...SCAN, stop: 30_000 }); // past the mono's high limit
    const entry = await historyOf(client, item);
    assert.equal(entry.exit_status, 'fail');
    await eventuallyAsync('the lease released', async () => (await monoLease())?.state === LeaseState.Free, 20_000);
    assert.match((await monoLease())?.note ?? '', /released by BL06/);
  });

  it('suspends a plan when the shared storage ring current drops, and resumes it when the beam is back', async () => {
    const { client, docs } = await setUp('BL07', {}, parseSuspenders([{ kind: 'below', device: 'storage_ring', below: 10, resume_above: 150, resume_delay_s: 0 }], 'BL07'));
    const scan = { detectors: ['det'], motor: 'm1', start: 0, stop: 1, num: 12 };
    const item = await client.submit('scan', scan);
    await eventuallyAsync('2 events', async () => docs.primaryEvents(item).length >= 2, 20_000).catch(async (error: unknown) => {
      throw new Error(`${String(error)}; status ${JSON.stringify(await client.status())}; history ${JSON.stringify((await client.history()).map((e) => [e.exit_status, e.reason]))}`);
    });
    await facility.pv('ring').put([2]);
    const suspended = await client.untilState('suspended', 20_000);
    assert.match(suspended.reason, /storage_ring is 2, below 10/);
    await facility.pv('ring').put([200]);
    const stopped = await docs.untilStopped(item, 30_000);
    assert.equal(stopped.at(-1)?.body['exit_status'], 'success', String(stopped.at(-1)?.body['reason']));
    assertSeqNums(docs.primaryEvents(item), scan.num);
  });
});
