import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createDatabase, EventMask, ManualScheduler, PutRejectReason, RecordConfigError, ScalerRecord } from '../../../epics/server/records/mod.js';
import { database, first, flushPromises } from './record-helpers.js';

const scaler = (extra: Record<string, unknown> = {}, others: readonly unknown[] = []) => database([
  ...others,
  {
    type: 'scaler', name: 'sc', freq: 1e6, tp: 1, tickMs: 100,
    channels: [{ name: 'I0', rate: 1000 }, { name: 'det', rate: 2500.5 }],
    ...extra,
  },
]);

const counts = (pv: (name: string) => { snapshot(): { value: readonly unknown[] } }): unknown[] =>
  [1, 2, 3, 4, 5, 6, 7, 8].map((n) => pv(`sc.S${n}`).snapshot().value[0]);

function problemsOf(definitions: readonly unknown[]): string[] {
  try {
    createDatabase('SIM:', definitions, { scheduler: new ManualScheduler() });
  } catch (error) {
    assert.ok(error instanceof RecordConfigError, String(error));
    return [...error.problems];
  }
  assert.fail('expected a RecordConfigError');
}

describe('scaler record', () => {
  it('counts for TP seconds: the CNT put completes at the end with counts = rate * TP', async () => {
    const { db, clock, pv } = scaler();
    assert.ok(db.record('sc') instanceof ScalerRecord);
    let done = false;
    const put = pv('sc.CNT').put([1]).then(() => { done = true; });
    assert.equal(first(pv('sc.CNT')), 1);
    clock.advance(900);
    await flushPromises();
    assert.equal(done, false, 'still counting');
    assert.ok(Math.abs(Number(first(pv('sc.T'))) - 0.9) < 1e-9);
    assert.equal(first(pv('sc.S2')), 900);
    clock.advance(100);
    await put;
    assert.equal(first(pv('sc.CNT')), 0);
    assert.equal(first(pv('sc.T')), 1);
    const [s1, s2, s3, ...rest] = counts(pv);
    assert.deepEqual([s1, s2], [1e6, 1000]);
    assert.ok(Math.abs(Number(s3) - 2500.5) <= 0.5, `S3 = ${String(s3)} is 2500.5 rounded`);
    assert.deepEqual(rest, [0, 0, 0, 0, 0], 'channels beyond those defined read 0');
    assert.equal(clock.pendingTimers, 0, 'no timer after the count');
  });

  it('names its channels and serves its settings', () => {
    const { pv } = scaler();
    assert.deepEqual([1, 2, 3, 4].map((n) => first(pv(`sc.NM${n}`))), ['clock', 'I0', 'det', '']);
    assert.equal(first(pv('sc.NCH')), 3);
    assert.equal(first(pv('sc.FREQ')), 1e6);
    assert.equal(first(pv('sc.TP')), 1);
    assert.deepEqual(pv('sc.CNT').snapshot().enumStrings, ['Done', 'Count']);
    assert.equal(first(pv('sc.RTYP')), 'scaler');
  });

  it('follows a linked rate at each tick', async () => {
    const { clock, pv } = scaler({ tp: 2, channels: [{ name: 'I0', rate: 'beam' }, { name: 'I1', rate: 'SIM:beam.VAL NPP' }] }, [
      { type: 'ao', name: 'beam', value: 100 },
    ]);
    const put = pv('sc.CNT').put([1]);
    clock.advance(1000);
    await pv('beam').put([300]);
    clock.advance(1000);
    await put;
    assert.deepEqual([first(pv('sc.S2')), first(pv('sc.S3'))], [400, 400]);
  });

  it('stops early on CNT = 0, between ticks, completing the pending put', async () => {
    const { clock, pv } = scaler({ tp: 10 });
    const order: string[] = [];
    const count = pv('sc.CNT').put([1]).then(() => order.push('count'));
    clock.advance(2550);
    await pv('sc.CNT').put([0]).then(() => order.push('stop'));
    await count;
    assert.deepEqual(order, ['count', 'stop'], 'the count completes as the stop is processed');
    assert.equal(first(pv('sc.CNT')), 0);
    assert.ok(Math.abs(Number(first(pv('sc.T'))) - 2.55) < 1e-9, 'counted up to the stop, not the last tick');
    assert.equal(first(pv('sc.S1')), 2_550_000);
    assert.equal(first(pv('sc.S2')), 2550);
    assert.equal(clock.pendingTimers, 0);
    clock.advance(10_000);
    assert.equal(first(pv('sc.S2')), 2550, 'nothing counts after the stop');
    await pv('sc.CNT').put([0]);
    assert.equal(first(pv('sc.CNT')), 0, 'a stop while idle does nothing');
  });

  it('posts the counts, then CNT 1 -> 0, then completes the put; a new count resets to 0', async () => {
    const { clock, pv } = scaler({ tp: 0.2 });
    const seen: string[] = [];
    for (const field of ['T', 'S2', 'CNT']) {
      pv(`sc.${field}`).subscribe((snapshot, mask) => seen.push(`${field} ${String(snapshot.value[0])} ${mask}`));
    }
    const both = EventMask.Value | EventMask.Log;
    const firstCount = pv('sc.CNT').put([1]).then(() => seen.push('done'));
    clock.advance(200);
    await firstCount;
    assert.deepEqual(seen, [
      `CNT 1 ${both}`,
      `T 0.1 ${both}`, `S2 100 ${both}`,
      `T 0.2 ${both}`, `S2 200 ${both}`, `CNT 0 ${both}`,
      'done',
    ]);
    seen.length = 0;
    const secondCount = pv('sc.CNT').put(['Count']);
    assert.deepEqual(seen, [`T 0 ${both}`, `S2 0 ${both}`, `CNT 1 ${both}`], 'the reset precedes CNT = 1');
    clock.advance(200);
    await secondCount;
  });

  it('lets a second Count join the running count, and takes TP for the next count', async () => {
    const { clock, pv } = scaler();
    const order: string[] = [];
    const a = pv('sc.CNT').put([1]).then(() => order.push('a'));
    clock.advance(500);
    const b = pv('sc').put([1]).then(() => order.push('b'));
    await pv('sc.TP').put([0.5]);
    clock.advance(400);
    await flushPromises();
    assert.deepEqual(order, [], 'the running count keeps its TP of 1 s');
    clock.advance(100);
    await Promise.all([a, b]);
    assert.deepEqual(order, ['a', 'b']);
    assert.equal(first(pv('sc.T')), 1);
    const next = pv('sc.CNT').put([1]);
    clock.advance(500);
    await next;
    assert.equal(first(pv('sc.T')), 0.5, 'the next count uses the new TP');
  });

  it('keeps counts read-only and TP/FREQ positive', async () => {
    const { pv } = scaler();
    for (const name of ['sc.S1', 'sc.S2', 'sc.T', 'sc.NCH']) {
      assert.equal(pv(name).writable, false, name);
      await assert.rejects(pv(name).put([1]), { reason: PutRejectReason.ReadOnly });
    }
    await assert.rejects(pv('sc.TP').put([0]), { reason: PutRejectReason.InvalidValue });
    await assert.rejects(pv('sc.FREQ').put([-1]), { reason: PutRejectReason.InvalidValue });
    await assert.rejects(pv('sc.CNT').put([2]), { reason: PutRejectReason.BadEnumIndex });
  });

  it('takes its defaults: 1e7 Hz, TP 1 s, no channels', async () => {
    const { clock, pv } = database([{ type: 'scaler', name: 'sc' }]);
    assert.equal(first(pv('sc.NCH')), 1);
    const put = pv('sc').put([1]);
    clock.advance(1000);
    await put;
    assert.equal(first(pv('sc.S1')), 1e7);
    assert.equal(first(pv('sc.S2')), 0);
  });

  it('ends a count and completes its put when the database closes', async () => {
    const { db, clock, pv } = scaler();
    const put = pv('sc.CNT').put([1]);
    clock.advance(300);
    db.close();
    await put;
    assert.equal(first(pv('sc.CNT')), 0);
    assert.equal(first(pv('sc.S2')), 300);
    assert.equal(clock.pendingTimers, 0);
  });

  it('lists every problem of a scaler definition, then every bad link', () => {
    assert.deepEqual(problemsOf([{
      type: 'scaler', name: 's', freq: 0, tp: -1, tickMs: 'often', preset: 3,
      channels: [
        { name: 'a', rate: -5 }, { name: '', rate: 1 }, { name: 'c' }, { name: 'd', rate: 'x PP', gate: 1 }, 7,
        { name: 'f', rate: 1 }, { name: 'g', rate: 1 }, { name: 'h', rate: 1 },
      ],
    }]), [
      'records[0] (s).preset: not a scaler setting (known: type, name, desc, freq, tp, tickMs, channels)',
      'records[0] (s).freq: must be a finite number > 0',
      'records[0] (s).tp: must be a finite number > 0',
      'records[0] (s).tickMs: must be a finite number > 0',
      'records[0] (s).channels: has 8 channels, a scaler counts at most 7 besides its clock (S2..S8)',
      'records[0] (s).channels[0].rate: must be a finite number >= 0 or a PV name',
      'records[0] (s).channels[1].name: must be a non-empty string of at most 39 bytes',
      'records[0] (s).channels[2].rate: is required',
      'records[0] (s).channels[3].gate: not a scaler channel setting (known: name, rate)',
      "records[0] (s).channels[3].rate: 'x PP': unknown link modifier 'PP' (supported: CP, NPP)",
      'records[0] (s).channels[4]: must be an object { name, rate }',
    ]);
    assert.deepEqual(problemsOf([
      { type: 'stringin', name: 'label', value: 'x' },
      { type: 'scaler', name: 's', channels: [{ name: 'a', rate: 'nowhere' }, { name: 'b', rate: 'label' }, { name: 'c', rate: 's.S1' }] },
    ]), [
      "records[1] (s).channels[0].rate: no PV 'nowhere' in this database",
      "records[1] (s).channels[1].rate: 'label' is a string, a scaler rate must be numeric",
    ]);
  });
});
