import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createDatabase, ManualScheduler, RecordConfigError, MotorRecord, type RecordDefinition } from '../../../epics/server/records/mod.js';
import type { PvSource } from '../../../epics/server/pv-source.js';
import { ErrorCode } from '../../../lib/errors.js';

const definitions = [
  { type: 'motor', name: 'm1', egu: 'mm', velo: 2, hlm: 10, llm: -10, prec: 3 },
  { type: 'ai', name: 'temp', value: 20, egu: 'C', hihi: 80, high: 60 },
  { type: 'calc', name: 'det', calc: 'A*EXP(-((B-C)**2)/(2*D*D))', inputs: { A: 1000, B: 'SIM:m1.RBV', C: 0.5, D: 0.3 } },
] as const satisfies readonly RecordDefinition[];

function problemsOf(defs: readonly unknown[], prefix = 'SIM:'): string[] {
  try {
    createDatabase(prefix, defs, { scheduler: new ManualScheduler() });
  } catch (error) {
    assert.ok(error instanceof RecordConfigError, String(error));
    assert.equal(error.code, ErrorCode.InvalidArgument);
    return [...error.problems];
  }
  assert.fail('expected a RecordConfigError');
}

describe('record database', () => {
  it('finds a field by REC.FIELD and a record name alone as its VAL', () => {
    const db = createDatabase('SIM:', definitions, { scheduler: new ManualScheduler() });
    assert.equal(db.find('SIM:m1.RBV')?.name, 'SIM:m1.RBV');
    const bare = db.find('SIM:m1');
    assert.equal(bare?.name, 'SIM:m1');
    assert.equal(bare?.nativeType, 'double');
    assert.equal(bare?.writable, true);
    assert.equal(db.find('SIM:m1'), bare, 'the same PV object each time');
    assert.equal(db.find('SIM:m1.NOPE'), undefined);
    assert.equal(db.find('SIM:m2'), undefined);
    assert.equal(db.find('m1'), undefined, 'clients use full names');
    assert.equal(db.find('SIM:temp.VAL')?.snapshot().value[0], 20);
  });

  it('lists record names and every PV name', () => {
    const db = createDatabase('SIM:', definitions, { scheduler: new ManualScheduler() });
    assert.deepEqual(db.recordNames(), ['SIM:m1', 'SIM:temp', 'SIM:det']);
    const pvs = db.pvNames();
    for (const name of ['SIM:m1.VAL', 'SIM:m1.RBV', 'SIM:m1.DMOV', 'SIM:m1.MOVN', 'SIM:m1.VELO', 'SIM:m1.ACCL', 'SIM:m1.HLM', 'SIM:m1.LLM', 'SIM:m1.STOP', 'SIM:m1.EGU', 'SIM:m1.PREC', 'SIM:temp.HIHI', 'SIM:temp.SEVR', 'SIM:det.CALC', 'SIM:det.INPB']) {
      assert.ok(pvs.includes(name), name);
      assert.ok(db.find(name), name);
    }
    assert.ok(db.record('m1') instanceof MotorRecord);
    assert.equal(db.record('SIM:m1'), db.record('m1'));
  });

  it('is a PvSource for the Channel Access server', () => {
    const source: PvSource = createDatabase('SIM:', definitions, { scheduler: new ManualScheduler() });
    assert.ok(source.find('SIM:det'));
  });

  it('resolves calc links with or without the prefix, and rejects links to nothing or to strings', () => {
    const ok = createDatabase('SIM:', [
      { type: 'ai', name: 'x', value: 3 },
      { type: 'calc', name: 'c', calc: 'A+B', inputs: { A: 'x', B: 'SIM:x.VAL' } },
    ], { scheduler: new ManualScheduler() });
    assert.equal(ok.find('SIM:c')?.snapshot().value[0], 6);

    const problems = problemsOf([
      { type: 'stringin', name: 's', value: 'a' },
      { type: 'calc', name: 'c', calc: 'A+B+C', inputs: { A: 'nowhere', B: 's', C: 'SIM:m9.RBV' } },
    ]);
    assert.deepEqual(problems, [
      "records[1] (c).inputs.A: no PV 'nowhere' in this database",
      "records[1] (c).inputs.B: 's' is a string, a calc input must be numeric",
      "records[1] (c).inputs.C: no PV 'SIM:m9.RBV' in this database",
    ]);
  });

  it('lists every problem of the definitions at once, each with its path', () => {
    const problems = problemsOf([
      { type: 'motor', name: 'm1', velo: 0, hlm: -1, llm: 1, speed: 3 },
      { type: 'thermometer', name: 't' },
      { type: 'ai', name: 'm1', hhsv: 'LOUD', prec: 1.5 },
      { type: 'calc', name: 'c', calc: 'A+', inputs: { Z: 1 } },
      { type: 'calc', name: 'd', calc: 'A+B', inputs: { A: 1 } },
      { type: 'mbbo', name: 'mode', states: [], value: 3 },
      { type: 'bo', name: 'b', znam: 'Off', onam: 'On', value: 'Ajar' },
      { type: 'waveform', name: 'w', ftvl: 'complex', value: [1] },
      { type: 'waveform', name: 'w2', ftvl: 'char', nelm: 2, value: [1, 300, 3] },
      { type: 'ao', name: 'bad.name', drvl: 5, drvh: 1, outOfLimits: 'wrap' },
      { type: 'stringin', name: 'str', value: 'x'.repeat(40) },
      'not an object',
    ]);
    assert.deepEqual(problems, [
      'records[0] (m1).speed: not a motor setting (known: type, name, desc, egu, prec, velo, accl, hlm, llm, value, tickMs, mdel, adel)',
      'records[0] (m1).velo: must be a finite number > 0',
      'records[0] (m1).llm: 1 is above hlm -1',
      'records[1] (t).type: must be one of ai, ao, bi, bo, mbbi, mbbo, longin, longout, stringin, stringout, waveform, calc, motor, scaler',
      'records[2] (m1).prec: must be an integer 0..17',
      'records[2] (m1).hhsv: must be one of NO_ALARM, MINOR, MAJOR, INVALID or 0..3',
      "records[2] (m1).name: 'm1' is already defined by records[0]",
      "records[3] (c).calc: calc expression 'A+' at column 3: expected a number, an input A..L, a function or '(' but found the end",
      'records[3] (c).inputs.Z: calc inputs are A..L',
      'records[4] (d).inputs.B: the expression reads B but it is not set (set it to 0 if that is meant)',
      'records[5] (mode).states: must be a list of 1..16 state names',
      "records[6] (b).value: must be a state index 0..1 or one of 'Off', 'On'",
      'records[7] (w).ftvl: must be one of double, float, long, short, char, string',
      'records[7] (w).nelm: is required',
      'records[8] (w2).value: has 3 elements, more than nelm 2',
      'records[8] (w2).value[1]: must be an integer 0..255',
      "records[9] (bad.name).name: 'bad.name' may only use letters, digits and _-:;<>[] (no '.', it separates the field)",
      'records[9] (bad.name).drvl: 5 is above drvh 1',
      'records[9] (bad.name).outOfLimits: must be one of clamp, reject',
      'records[10] (str).value: must be a string of at most 39 bytes',
      'records[11]: must be an object',
    ]);
  });

  it('rejects a bad prefix and names too long for a PV', () => {
    assert.deepEqual(problemsOf([{ type: 'ai', name: 'x'.repeat(58) }], 'SIM:'), [
      `records[0] (${'x'.repeat(58)}).name: 'SIM:${'x'.repeat(58)}' is longer than 60 characters`,
    ]);
    assert.deepEqual(problemsOf([], 'SIM 1:'), ["prefix 'SIM 1:': only letters, digits and _-:;<>[] are allowed"]);
  });

  it('builds an empty database', () => {
    const db = createDatabase('', [], { scheduler: new ManualScheduler() });
    assert.deepEqual(db.recordNames(), []);
  });

  it('runs on the system scheduler when none is given', async () => {
    const db = createDatabase('T:', [{ type: 'motor', name: 'm', velo: 100, accl: 0, tickMs: 5 }]);
    const started = Date.now();
    // the database's timers are unref'd (a CA server's sockets keep an IOC alive); here nothing else would
    const keepAlive = setInterval(() => {}, 1000);
    await db.find('T:m')?.put([1]).finally(() => clearInterval(keepAlive));
    assert.equal(db.find('T:m.RBV')?.snapshot().value[0], 1);
    assert.ok(Math.abs(db.find('T:m.RBV')!.snapshot().timestampMs - Date.now()) < 1000);
    assert.ok(Date.now() - started < 2000);
    db.close();
  });
});
