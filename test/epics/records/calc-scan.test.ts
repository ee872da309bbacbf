import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createDatabase, ManualScheduler, RecordConfigError } from '../../../epics/server/records/mod.js';
import { database, first, record, sequence } from './record-helpers.js';

function problemsOf(definitions: readonly unknown[]): string[] {
  try {
    createDatabase('SIM:', definitions, { scheduler: new ManualScheduler() });
  } catch (error) {
    assert.ok(error instanceof RecordConfigError, String(error));
    return [...error.problems];
  }
  assert.fail('expected a RecordConfigError');
}

const near = (actual: unknown, expected: number, message?: string): void => {
  assert.ok(Math.abs(Number(actual) - expected) < 1e-9, `${message ?? ''} ${String(actual)} != ${expected}`);
};

describe('calc record: periodic scan and NPP links', () => {
  it('lags a temperature toward its setpoint one step per scan, reading itself through NPP', async () => {
    const { db, clock, pv } = database([
      { type: 'ao', name: 'temp_sp', value: 100 },
      { type: 'calc', name: 'temp', calc: 'A+(B-A)*0.1', inputs: { A: 'temp NPP', B: 'temp_sp NPP' }, scan: 0.1 },
    ]);
    // linking computes once: from 0 (never defined) a tenth of the way to 100
    near(first(pv('temp')), 10);
    clock.advance(100);
    near(first(pv('temp')), 19);
    clock.advance(4900);
    near(first(pv('temp')), 100 * (1 - 0.9 ** 51), 'after 50 more scans');
    assert.ok(Number(first(pv('temp'))) > 99.5);

    const before = first(pv('temp'));
    await pv('temp_sp').put([20]);
    assert.equal(first(pv('temp')), before, 'an NPP input does not make the record compute');
    clock.advance(10_000);
    near(first(pv('temp')), 20 + (Number(before) - 20) * 0.9 ** 100);
    assert.equal(first(pv('temp.INPA')), 'temp NPP', 'INPA shows the link as written');

    db.close();
    assert.equal(clock.pendingTimers, 0, 'closing stops the scan');
  });

  it('decays a ring current each second and refills it below the threshold', () => {
    const { clock, pv } = database([
      { type: 'calc', name: 'ring', calc: 'A<B?C:A*0.999', inputs: { A: 'ring NPP', B: 180, C: 200 }, scan: 1 },
    ]);
    assert.equal(first(pv('ring')), 200, 'the first compute reads 0 and fills');
    const events = record(pv('ring'));
    // 200 * 0.999**106 is the first value below 180
    clock.advance(106_000);
    near(first(pv('ring')), 200 * 0.999 ** 106);
    assert.ok(Number(first(pv('ring'))) < 180);
    clock.advance(1000);
    assert.equal(first(pv('ring')), 200, 'refilled');
    const values = events.values().map(Number);
    assert.equal(values.length, 107, 'one post per scan');
    assert.ok(values.slice(0, 106).every((value, i) => i === 0 || value < (values[i - 1] ?? 0)), 'decays monotonically');
  });

  it('reads an NPP input when something else makes it compute, and a CP input on change', async () => {
    const { pv } = database([
      { type: 'ao', name: 'x', value: 1 },
      { type: 'ao', name: 'y', value: 10 },
      { type: 'calc', name: 'c', calc: 'A+B+C', inputs: { A: 'SIM:x.VAL NPP', B: 'y CP', C: 0 } },
    ]);
    assert.equal(first(pv('c')), 11);
    await pv('x').put([2]);
    assert.equal(first(pv('c')), 11, 'NPP: no recompute');
    await pv('y').put([20]);
    assert.equal(first(pv('c')), 22, 'CP: recomputes, and reads the NPP input then');
    await pv('x').put([3]);
    await pv('c.C').put([100]);
    assert.equal(first(pv('c')), 123, 'a put to a constant input computes and reads NPP inputs');
    assert.equal(first(pv('c.A')), 3, 'the input field shows what it read');
  });

  it('serves SCAN as its period', () => {
    const { pv } = database([
      { type: 'calc', name: 'p', calc: '1' },
      { type: 'calc', name: 's', calc: '1', scan: 0.5 },
    ]);
    const scanned = pv('s.SCAN').snapshot();
    assert.equal(scanned.enumStrings?.[Number(scanned.value[0])], '0.5 second');
    const passive = pv('p.SCAN').snapshot();
    assert.equal(passive.enumStrings?.[Number(passive.value[0])], 'Passive');
    assert.equal(pv('s.SCAN').writable, false);
  });

  it('draws RNDM from the database random source', () => {
    const { clock, pv } = database([{ type: 'calc', name: 'noise', calc: '10+RNDM', scan: 1 }], { random: sequence(0.25, 0.5, 0.75) });
    const seen = [first(pv('noise'))];
    for (let i = 0; i < 3; i += 1) {
      clock.advance(1000);
      seen.push(first(pv('noise')));
    }
    assert.deepEqual(seen, [10.25, 10.5, 10.75, 10.25]);
  });

  it('refuses a CP link to the record itself, a bad modifier and a bad scan, listing them all', () => {
    assert.deepEqual(problemsOf([
      { type: 'calc', name: 'a', calc: 'A', inputs: { A: 'a' }, scan: 0 },
      { type: 'calc', name: 'b', calc: 'A', inputs: { A: 'SIM:b.VAL CP' }, scan: 'fast' },
      { type: 'calc', name: 'c', calc: 'A+B', inputs: { A: 'c PP', B: 'c NPP MS' } },
    ]), [
      'records[0] (a).scan: must be a finite number > 0',
      'records[1] (b).scan: must be a finite number > 0',
      "records[2] (c).inputs.A: 'c PP': unknown link modifier 'PP' (supported: CP, NPP)",
      "records[2] (c).inputs.B: 'c NPP MS' has 2 modifiers, at most one of CP, NPP is supported",
    ]);
    assert.deepEqual(problemsOf([
      { type: 'calc', name: 'a', calc: 'A', inputs: { A: 'a' } },
      { type: 'calc', name: 'b', calc: 'A+B', inputs: { A: 'SIM:b.VAL CP', B: 'b.HIHI NPP' } },
      { type: 'calc', name: 'c', calc: 'A', inputs: { A: 'nowhere NPP' } },
    ]), [
      "records[0] (a).inputs.A: 'a' is this record itself, and a CP link to it would recompute on its own output; read it with 'a NPP'",
      "records[1] (b).inputs.A: 'SIM:b.VAL' is this record itself, and a CP link to it would recompute on its own output; read it with 'SIM:b.VAL NPP'",
      "records[2] (c).inputs.A: no PV 'nowhere' in this database",
    ]);
  });
});
