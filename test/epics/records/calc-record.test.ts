import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { AlarmSeverity, AlarmStatus, EventMask, PutRejectReason } from '../../../epics/server/records/mod.js';
import { database, first, record } from './record-helpers.js';

describe('calc record', () => {
  it('computes the facility Gaussian over a motor readback and follows it while it moves', async () => {
    const { clock, pv } = database([
      { type: 'motor', name: 'm1', egu: 'mm', velo: 1, accl: 0, hlm: 10, llm: -10 },
      { type: 'calc', name: 'det', calc: 'A*EXP(-((B-C)**2)/(2*D*D))', inputs: { A: 1000, B: 'SIM:m1.RBV', C: 0.5, D: 0.3 }, prec: 1 },
    ]);
    const det = pv('det');
    const expected = (x: number) => 1000 * Math.exp(-((x - 0.5) ** 2) / (2 * 0.3 * 0.3));
    assert.ok(Math.abs(Number(first(det)) - expected(0)) < 1e-9);
    assert.equal(det.snapshot().severity, 0);
    const events = record(det);
    const move = pv('m1').put([0.5]);
    clock.advance(200);
    assert.ok(Math.abs(Number(first(det)) - expected(0.2)) < 1e-9);
    clock.advance(300);
    await move;
    assert.equal(first(det), 1000);
    assert.equal(events.events.length, 5, 'one post per RBV update');
    assert.equal(first(pv('det.B')), 0.5, 'a linked input shows what it read');
  });

  it('recomputes when a constant input is put, and a linked input is read-only', async () => {
    const { pv } = database([
      { type: 'ao', name: 'x', value: 2 },
      { type: 'calc', name: 'c', calc: 'A*B', inputs: { A: 'x', B: 3 } },
    ]);
    assert.equal(first(pv('c')), 6);
    await pv('c.B').put([10]);
    assert.equal(first(pv('c')), 20);
    await pv('x').put([-1]);
    assert.equal(first(pv('c')), -10);
    await assert.rejects(pv('c.A').put([5]), { reason: PutRejectReason.ReadOnly });
    await assert.rejects(pv('c').put([5]), { reason: PutRejectReason.ReadOnly });
    assert.equal(first(pv('c.INPA')), 'x');
  });

  it('raises CALC/INVALID for a non-finite result, keeping the value, and clears it after', async () => {
    const { pv } = database([{ type: 'calc', name: 'r', calc: 'A/B', inputs: { A: 1, B: 1 } }]);
    const events = record(pv('r'));
    await pv('r.B').put([0]);
    assert.equal(first(pv('r')), Infinity);
    assert.deepEqual([pv('r').snapshot().status, pv('r').snapshot().severity], [AlarmStatus.Calc, AlarmSeverity.Invalid]);
    await pv('r.B').put([2]);
    assert.equal(first(pv('r')), 0.5);
    assert.equal(pv('r').snapshot().severity, AlarmSeverity.NoAlarm);
    assert.deepEqual(events.masks(), [EventMask.Value | EventMask.Log | EventMask.Alarm, EventMask.Value | EventMask.Log | EventMask.Alarm]);
  });

  it('has limit alarms like an ai', async () => {
    const { pv } = database([{ type: 'calc', name: 'c', calc: 'A+1', inputs: { A: 0 }, high: 5 }]);
    await pv('c.A').put([4]);
    assert.deepEqual([pv('c').snapshot().status, pv('c').snapshot().severity], [AlarmStatus.High, AlarmSeverity.Minor]);
  });

  it('takes a new expression through CALC and refuses one that does not parse', async () => {
    const { pv } = database([{ type: 'calc', name: 'c', calc: 'A+1', inputs: { A: 2 } }]);
    await pv('c.CALC').put(['A*A']);
    assert.equal(first(pv('c')), 4);
    await assert.rejects(pv('c.CALC').put(['A*']), (error: unknown) => {
      assert.ok(error instanceof Error && 'reason' in error && error.reason === PutRejectReason.InvalidValue);
      assert.match(error.message, /column 3/);
      return true;
    });
    assert.equal(first(pv('c.CALC')), 'A*A');
  });

  it('survives a loop of calcs following each other', async () => {
    const { pv } = database([
      { type: 'calc', name: 'a', calc: 'A+1', inputs: { A: 'b' } },
      { type: 'calc', name: 'b', calc: 'A', inputs: { A: 'a' } },
    ]);
    assert.ok(Number.isFinite(Number(first(pv('a')))));
  });

  it('posts an input change below MDEL of the input to nobody', async () => {
    const { pv } = database([
      { type: 'ai', name: 'x', value: 0, mdel: 1 },
      { type: 'calc', name: 'c', calc: 'A', inputs: { A: 'x' } },
    ]);
    await pv('x').put([0.5]);
    assert.equal(first(pv('c')), 0, 'a CP link follows monitors, so the deadband applies');
    await pv('x').put([1.5]);
    assert.equal(first(pv('c')), 1.5);
  });
});
