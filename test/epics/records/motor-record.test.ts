import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { PutRejectedError, PutRejectReason, planMove, EventMask } from '../../../epics/server/records/mod.js';
import { database, first, record } from './record-helpers.js';

const motor = (extra: Record<string, unknown> = {}) => database([
  { type: 'motor', name: 'm1', egu: 'mm', velo: 2, accl: 0, hlm: 10, llm: -10, prec: 3, tickMs: 100, ...extra },
]);

/** Settles pending promise callbacks, so `done` below reflects what resolved. */
const flushPromises = () => new Promise<void>((resolve) => setImmediate(resolve));

describe('motor record', () => {
  it('moves at VELO with RBV updating each tick; DMOV/MOVN flip and the put resolves at the end', async () => {
    const { clock, pv } = motor();
    const rbv = record(pv('m1.RBV'));
    const dmov = record(pv('m1.DMOV'));
    const movn = record(pv('m1.MOVN'));
    let done = false;
    const put = pv('m1.VAL').put([1]).then(() => { done = true; });

    assert.deepEqual(dmov.values(), [0]);
    assert.deepEqual(movn.values(), [1]);
    clock.advance(100);
    assert.equal(first(pv('m1.RBV')), 0.2);
    clock.advance(300);
    assert.ok(Math.abs(Number(first(pv('m1.RBV'))) - 0.8) < 1e-9);
    await flushPromises();
    assert.equal(done, false, 'still moving');
    assert.equal(first(pv('m1.DMOV')), 0);

    clock.advance(100);
    await put;
    assert.equal(done, true);
    assert.equal(first(pv('m1.RBV')), 1);
    assert.deepEqual(dmov.values(), [0, 1]);
    assert.deepEqual(movn.values(), [1, 0]);
    assert.equal(rbv.values().length, 5, 'four intermediate readbacks and the final one');
    assert.equal(rbv.values().at(-1), 1);
    assert.equal(clock.pendingTimers, 0, 'no timer left after the move');
  });

  it('honours ACCL: a trapezoid takes distance/VELO + ACCL and starts slowly', async () => {
    const { clock, pv } = motor({ accl: 0.5 });
    const put = pv('m1.VAL').put([2]);
    clock.advance(100);
    // 0.5 * (2 / 0.5) * 0.1^2 = 0.02 after 0.1 s of acceleration
    assert.ok(Math.abs(Number(first(pv('m1.RBV'))) - 0.02) < 1e-9);
    clock.advance(1300);
    assert.equal(first(pv('m1.DMOV')), 0, 'total time is 2 mm / 2 mm/s + 0.5 s of ramps');
    clock.advance(100);
    await put;
    assert.equal(first(pv('m1.RBV')), 2);
  });

  it('plans triangles for short moves and exact trapezoids for long ones', () => {
    const long = planMove(0, 10, 2, 1);
    assert.equal(long.durationMs, 6000);
    assert.equal(long.positionAt(1000), 1);
    assert.equal(long.positionAt(3000), 5);
    assert.equal(long.positionAt(5000), 9);
    const short = planMove(0, -1, 2, 1);
    const half = Math.sqrt(0.5) * 1000;
    assert.ok(Math.abs(short.durationMs - 2 * half) < 1e-9, 'accelerates at 2 units/s^2 to the middle, then brakes');
    assert.ok(Math.abs(short.positionAt(half) + 0.5) < 1e-9);
    assert.ok(short.positionAt(half) > -1 && short.positionAt(2 * half - 1) > -1);
    assert.equal(planMove(3, 3, 1, 1).durationMs, 0);
  });

  it('STOP halts the motion where it is; VAL follows and the pending put completes', async () => {
    const { clock, pv } = motor();
    const put = pv('m1.VAL').put([-5]);
    clock.advance(1000);
    await pv('m1.STOP').put([1]);
    await put;
    assert.equal(first(pv('m1.RBV')), -2);
    assert.equal(first(pv('m1.VAL')), -2);
    assert.equal(first(pv('m1.DMOV')), 1);
    assert.equal(first(pv('m1.MOVN')), 0);
    assert.equal(first(pv('m1.STOP')), 0);
    clock.advance(5000);
    assert.equal(first(pv('m1.RBV')), -2, 'it does not move on');
    assert.equal(clock.pendingTimers, 0);
  });

  it('refuses a VAL outside HLM/LLM with a reason, sets LVIO and does not move', async () => {
    const { clock, pv } = motor();
    const dmov = record(pv('m1.DMOV'));
    await assert.rejects(pv('m1.VAL').put([10.5]), (error: unknown) => {
      assert.ok(error instanceof PutRejectedError);
      assert.equal(error.reason, PutRejectReason.OutOfLimits);
      assert.match(error.message, /outside LLM\.\.HLM -10\.\.10 mm/);
      return true;
    });
    assert.equal(first(pv('m1.LVIO')), 1);
    assert.equal(first(pv('m1.VAL')), 0);
    assert.deepEqual(dmov.values(), []);
    assert.equal(clock.pendingTimers, 0);
    const put = pv('m1.VAL').put([10]);
    assert.equal(first(pv('m1.LVIO')), 0, 'a good move clears LVIO');
    clock.advance(5000);
    await put;
  });

  it('has no soft limits when HLM equals LLM', async () => {
    const { clock, pv } = motor({ hlm: 0, llm: 0 });
    const put = pv('m1.VAL').put([100]);
    clock.advance(50_000);
    await put;
    assert.equal(first(pv('m1.RBV')), 100);
  });

  it('retargets a move in progress; both put-callbacks complete when the final move ends', async () => {
    const { clock, pv } = motor();
    const order: string[] = [];
    const firstPut = pv('m1.VAL').put([4]).then(() => order.push('first'));
    clock.advance(500);
    const secondPut = pv('m1.VAL').put([0]).then(() => order.push('second'));
    clock.advance(400);
    await flushPromises();
    assert.deepEqual(order, []);
    assert.ok(Math.abs(Number(first(pv('m1.RBV'))) - 0.2) < 1e-9, 'heading back from 1');
    clock.advance(100);
    await Promise.all([firstPut, secondPut]);
    assert.deepEqual(order, ['first', 'second']);
    assert.equal(first(pv('m1.RBV')), 0);
  });

  it('pulses DMOV on a null move and completes at once', async () => {
    const { pv } = motor({ value: 3 });
    const dmov = record(pv('m1.DMOV'));
    await pv('m1.VAL').put([3]);
    assert.deepEqual(dmov.values(), [0, 1]);
  });

  it('posts the final RBV before DMOV = 1', async () => {
    const { clock, pv } = motor();
    const seen: string[] = [];
    pv('m1.RBV').subscribe((snapshot) => seen.push(`RBV ${snapshot.value[0]}`));
    pv('m1.DMOV').subscribe((snapshot) => seen.push(`DMOV ${snapshot.value[0]}`));
    const put = pv('m1.VAL').put([0.2]);
    clock.advance(100);
    await put;
    assert.deepEqual(seen, ['DMOV 0', 'RBV 0.2', 'DMOV 1']);
  });

  it('serves EGU, PREC and HLM/LLM as metadata; changing them posts DBE_PROPERTY', async () => {
    const { pv } = motor();
    const snapshot = pv('m1.RBV').snapshot();
    assert.equal(snapshot.units, 'mm');
    assert.equal(snapshot.precision, 3);
    assert.deepEqual(snapshot.control, { low: -10, high: 10 });
    const val = record(pv('m1.VAL'));
    await pv('m1.EGU').put(['um']);
    await pv('m1.HLM').put([20]);
    assert.deepEqual(val.masks(), [EventMask.Property, EventMask.Property]);
    assert.equal(val.events[0]?.snapshot.units, 'um');
    assert.deepEqual(val.events[1]?.snapshot.display, { low: -10, high: 20 });
  });

  it('keeps RBV, DMOV and MOVN read-only and VELO positive', async () => {
    const { pv } = motor();
    for (const name of ['m1.RBV', 'm1.DMOV', 'm1.MOVN']) {
      assert.equal(pv(name).writable, false);
      await assert.rejects(pv(name).put([1]), { reason: PutRejectReason.ReadOnly });
    }
    await assert.rejects(pv('m1.VELO').put([0]), { reason: PutRejectReason.InvalidValue });
    await assert.rejects(pv('m1.VAL').put(['far']), { reason: PutRejectReason.NotANumber });
    await pv('m1.VELO').put([4]);
    assert.equal(first(pv('m1.VELO')), 4);
  });

  it('uses VELO changes from the next move', async () => {
    const { clock, pv } = motor();
    await pv('m1.VELO').put([10]);
    const put = pv('m1.VAL').put([1]);
    clock.advance(100);
    await put;
    assert.equal(first(pv('m1.RBV')), 1);
  });

  it('applies MDEL to RBV monitors while moving, but always posts where the move ended', async () => {
    const { clock, pv } = motor({ mdel: 0.5 });
    const rbv = record(pv('m1.RBV'));
    const put = pv('m1.VAL').put([2]);
    clock.advance(1000);
    await put;
    const valueEvents = rbv.events.filter((event) => event.mask & EventMask.Value).map((event) => event.snapshot.value[0]);
    assert.deepEqual(valueEvents.map((v) => Number(v).toFixed(9)), ['0.600000000', '1.200000000', '1.800000000', '2.000000000']);
  });

  it('closing the database stops motion and completes pending puts', async () => {
    const { db, clock, pv } = motor();
    const put = pv('m1.VAL').put([5]);
    clock.advance(300);
    db.close();
    await put;
    assert.equal(clock.pendingTimers, 0);
    assert.ok(Math.abs(Number(first(pv('m1.RBV'))) - 0.6) < 1e-9);
  });
});
