import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { Msg, Plan } from '../../actors/plan/msg.js';
import {
  baselineWrapper, finalizeWrapper, monitorDuringWrapper, planMutator, relativeSetWrapper, resetPositionsWrapper, singleMsg, stageWrapper,
} from '../../actors/plan/preprocessors.js';
import { mv, readInto } from '../../actors/plan/plan-stubs.js';
import { CLOSE, drivePlan, drivePlanToError, simulatedBeamline } from './drive-plan.js';

function* inner(): Plan<string> {
  yield { cmd: 'open_run' };
  yield { cmd: 'checkpoint' };
  yield { cmd: 'set', device: 'm1', value: 1, group: 'mv' };
  yield { cmd: 'wait', group: 'mv' };
  yield { cmd: 'close_run' };
  return 'done';
}

function* cleanup(): Plan {
  yield { cmd: 'null' };
}

const failAt = (cmd: Msg['cmd']) => (msg: Msg) => {
  if (msg.cmd === cmd) throw new Error(`${cmd} failed`);
  return undefined;
};
/** Closes the plan with return() at the first `cmd` message, as an abort would. */
const closeAt = (cmd: Msg['cmd']) => {
  let closed = false;
  return (msg: Msg) => {
    if (closed || msg.cmd !== cmd) return undefined;
    closed = true;
    return CLOSE;
  };
};

describe('finalizeWrapper', () => {
  it('runs the final plan after a normal end and keeps the return value', () => {
    const { msgs, returnValue } = drivePlan(finalizeWrapper(inner(), cleanup));
    assert.deepEqual(msgs, [...inner(), { cmd: 'null' }]);
    assert.equal(returnValue, 'done');
  });

  it('runs the final plan when a message fails, then rethrows', () => {
    const { msgs, error } = drivePlanToError(finalizeWrapper(inner(), cleanup()), failAt('wait'));
    assert.deepEqual(msgs.map((m) => m.cmd), ['open_run', 'checkpoint', 'set', 'wait', 'null']);
    assert.match(String(error), /wait failed/);
  });

  it('runs the final plan when closed early with return()', () => {
    const { msgs, closed } = drivePlan(finalizeWrapper(inner(), cleanup), closeAt('set'));
    assert.ok(closed);
    assert.deepEqual(msgs.map((m) => m.cmd), ['open_run', 'checkpoint', 'set', 'null']);
  });

  it('runs the final plan when the plan itself throws', () => {
    function* broken(): Plan {
      yield { cmd: 'checkpoint' };
      throw new Error('bug');
    }
    const { msgs, error } = drivePlanToError(finalizeWrapper(broken(), cleanup));
    assert.deepEqual(msgs, [{ cmd: 'checkpoint' }, { cmd: 'null' }]);
    assert.match(String(error), /bug/);
  });

  it('nests: inner and outer cleanups both run on return(), innermost first', () => {
    const plan = finalizeWrapper(finalizeWrapper(inner(), () => mv([['m1', 0]], 'a')), () => mv([['m2', 0]], 'b'));
    const { msgs } = drivePlan(plan, closeAt('set'));
    assert.deepEqual(msgs.slice(3), [...mv([['m1', 0]], 'a'), ...mv([['m2', 0]], 'b')]);
  });
});

describe('planMutator', () => {
  it('replaces messages and sends the replacement\'s return value back as the reply', () => {
    const seen: unknown[] = [];
    function* reader(): Plan<unknown> {
      seen.push(yield { cmd: 'read', device: 'det' });
      return 'ok';
    }
    const plan = planMutator(reader(), (msg) =>
      msg.cmd === 'read'
        ? (function* (): Plan<unknown> {
            yield { cmd: 'checkpoint' };
            const reply = yield* singleMsg(msg);
            return { wrapped: reply };
          })()
        : undefined,
    );
    const { msgs, returnValue } = drivePlan(plan, (msg) => (msg.cmd === 'read' ? 'reading' : undefined));
    assert.deepEqual(msgs, [{ cmd: 'checkpoint' }, { cmd: 'read', device: 'det' }]);
    assert.deepEqual(seen, [{ wrapped: 'reading' }]);
    assert.equal(returnValue, 'ok');
  });

  it('throws a failure into the wrapped plan, which may recover', () => {
    function* recovering(): Plan<string> {
      try {
        yield { cmd: 'trigger', device: 'det' };
      } catch {
        yield { cmd: 'null' };
        return 'recovered';
      }
      return 'not reached';
    }
    const { msgs, returnValue } = drivePlan(planMutator(recovering(), () => undefined), failAt('trigger'));
    assert.deepEqual(msgs.map((m) => m.cmd), ['trigger', 'null']);
    assert.equal(returnValue, 'recovered');
  });

  it('closes the wrapped plan on return(), passing its cleanup through the mutation', () => {
    const plan = planMutator(finalizeWrapper(inner(), () => mv([['m1', 0]], 'back')), (msg) =>
      msg.cmd === 'set' ? singleMsg({ ...msg, value: (msg.value as number) * 10 }) : undefined,
    );
    const { msgs } = drivePlan(plan, closeAt('checkpoint'));
    assert.deepEqual(msgs, [
      { cmd: 'open_run' },
      { cmd: 'checkpoint' },
      { cmd: 'set', device: 'm1', value: 0, group: 'back' },
      { cmd: 'wait', group: 'back' },
    ]);
  });
});

describe('stageWrapper', () => {
  it('stages before the plan and unstages in reverse order after it', () => {
    const { msgs, returnValue } = drivePlan(stageWrapper(inner(), ['det', 'm1', 'det']));
    assert.deepEqual(msgs, [
      { cmd: 'stage', device: 'det' },
      { cmd: 'stage', device: 'm1' },
      ...inner(),
      { cmd: 'unstage', device: 'm1' },
      { cmd: 'unstage', device: 'det' },
    ]);
    assert.equal(returnValue, 'done');
  });

  it('unstages only what was staged when a stage fails', () => {
    const { msgs } = drivePlanToError(stageWrapper(inner(), ['det', 'm1']), (msg) => {
      if (msg.cmd === 'stage' && msg.device === 'm1') throw new Error('cannot stage m1');
      return undefined;
    });
    assert.deepEqual(msgs, [{ cmd: 'stage', device: 'det' }, { cmd: 'stage', device: 'm1' }, { cmd: 'unstage', device: 'det' }]);
  });

  it('unstages the others when one unstage fails, then reports it', () => {
    const { msgs, error } = drivePlanToError(stageWrapper(inner(), ['det', 'm1']), (msg) => {
      if (msg.cmd === 'unstage' && msg.device === 'm1') throw new Error('cannot unstage m1');
      return undefined;
    });
    assert.deepEqual(msgs.slice(-2), [{ cmd: 'unstage', device: 'm1' }, { cmd: 'unstage', device: 'det' }]);
    assert.match(String(error), /cannot unstage m1/);
  });

  it('unstages when the run is aborted with return()', () => {
    const { msgs } = drivePlan(stageWrapper(inner(), ['det']), closeAt('wait'));
    assert.deepEqual(msgs.at(-1), { cmd: 'unstage', device: 'det' });
  });
});

describe('baselineWrapper', () => {
  it('reads the devices after open_run and before close_run, and passes the run uid through', () => {
    function* plan(): Plan<unknown> {
      const uid = yield { cmd: 'open_run' };
      yield { cmd: 'close_run' };
      return uid;
    }
    const { msgs, returnValue } = drivePlan(baselineWrapper(plan(), ['m1', 't1']), (msg) => (msg.cmd === 'open_run' ? 'uid-1' : undefined));
    const baseline = [...readInto(['m1', 't1'], 'baseline')];
    assert.deepEqual(msgs, [{ cmd: 'open_run' }, ...baseline, ...baseline, { cmd: 'close_run' }]);
    assert.deepEqual(baseline, [
      { cmd: 'create', name: 'baseline' },
      { cmd: 'read', device: 'm1' },
      { cmd: 'read', device: 't1' },
      { cmd: 'save' },
    ]);
    assert.equal(returnValue, 'uid-1');
  });

  it('changes nothing without devices', () => {
    assert.deepEqual([...baselineWrapper(inner(), [])], [...inner()]);
  });
});

describe('monitorDuringWrapper', () => {
  it('monitors after open_run and unmonitors before close_run', () => {
    assert.deepEqual([...monitorDuringWrapper(inner(), ['ring', 't1'])], [
      { cmd: 'open_run' },
      { cmd: 'monitor', device: 'ring' },
      { cmd: 'monitor', device: 't1' },
      { cmd: 'checkpoint' },
      { cmd: 'set', device: 'm1', value: 1, group: 'mv' },
      { cmd: 'wait', group: 'mv' },
      { cmd: 'unmonitor', device: 'ring' },
      { cmd: 'unmonitor', device: 't1' },
      { cmd: 'close_run' },
    ]);
  });

  it('unmonitors in finally when the plan fails before closing the run', () => {
    const { msgs } = drivePlanToError(monitorDuringWrapper(inner(), ['ring']), failAt('wait'));
    assert.deepEqual(msgs.slice(-2), [{ cmd: 'wait', group: 'mv' }, { cmd: 'unmonitor', device: 'ring' }]);
  });
});

describe('relativeSetWrapper and resetPositionsWrapper', () => {
  function* moves(): Plan<string> {
    yield { cmd: 'set', device: 'm1', value: 1, group: 'a' };
    yield { cmd: 'set', device: 'm2', value: 1, group: 'a' };
    yield { cmd: 'set', device: 'm1', value: -1, group: 'a' };
    yield { cmd: 'wait', group: 'a' };
    return 'moved';
  }

  it('reads a device at its first set and makes its sets relative to that', () => {
    const sim = simulatedBeamline({ motors: { m1: 10, m2: 20 } });
    const { msgs, returnValue } = drivePlan(relativeSetWrapper(moves(), ['m1']), sim.replies);
    assert.deepEqual(msgs, [
      { cmd: 'read', device: 'm1' },
      { cmd: 'set', device: 'm1', value: 11, group: 'a' },
      { cmd: 'set', device: 'm2', value: 1, group: 'a' },
      { cmd: 'set', device: 'm1', value: 9, group: 'a' },
      { cmd: 'wait', group: 'a' },
    ]);
    assert.equal(returnValue, 'moved');
  });

  it('without devices, every device set is relative', () => {
    const sim = simulatedBeamline({ motors: { m1: 10, m2: 20 } });
    const { msgs } = drivePlan(relativeSetWrapper(moves()), sim.replies);
    assert.deepEqual(msgs.filter((m) => m.cmd === 'set').map((m) => (m.cmd === 'set' ? m.value : null)), [11, 21, 9]);
  });

  it('a relative set of a non-number fails the wrapped plan at that set', () => {
    function* shutter(): Plan {
      yield { cmd: 'set', device: 'sh', value: 'open' };
    }
    const { msgs, error } = drivePlanToError(relativeSetWrapper(shutter(), ['sh']));
    assert.deepEqual(msgs, []);
    assert.match(String(error), /relative set of 'sh' needs a number, got "open"/);
  });

  it('resetPositionsWrapper reads before the first set of each device and moves them back at the end', () => {
    const sim = simulatedBeamline({ motors: { m1: 10, m2: 20 } });
    const { msgs } = drivePlan(resetPositionsWrapper(moves(), ['m1', 'm2']), sim.replies);
    assert.deepEqual(msgs, [
      { cmd: 'read', device: 'm1' },
      { cmd: 'set', device: 'm1', value: 1, group: 'a' },
      { cmd: 'read', device: 'm2' },
      { cmd: 'set', device: 'm2', value: 1, group: 'a' },
      { cmd: 'set', device: 'm1', value: -1, group: 'a' },
      { cmd: 'wait', group: 'a' },
      ...mv([['m1', 10], ['m2', 20]], 'reset_positions'),
    ]);
    assert.deepEqual([...sim.positions], [['m1', 10], ['m2', 20]]);
  });

  it('resetPositionsWrapper moves back when the plan fails or is closed early', () => {
    const failing = drivePlanToError(resetPositionsWrapper(moves(), ['m1']), (msg) => {
      if (msg.cmd === 'wait' && msg.group === 'a') throw new Error('stalled');
      return msg.cmd === 'read' ? { m1: { value: 10, timestamp: 0 } } : undefined;
    });
    assert.deepEqual(failing.msgs.slice(-2), [...mv([['m1', 10]], 'reset_positions')]);
    const closed = drivePlan(resetPositionsWrapper(moves(), ['m1']), (msg) =>
      msg.cmd === 'read' ? { m1: { value: 10, timestamp: 0 } } : msg.cmd === 'set' && msg.device === 'm2' ? CLOSE : undefined,
    );
    assert.deepEqual(closed.msgs.slice(-3), [{ cmd: 'set', device: 'm2', value: 1, group: 'a' }, ...mv([['m1', 10]], 'reset_positions')]);
  });

  it('composed as rel_scan does: relative targets, then back to the start', () => {
    const sim = simulatedBeamline({ motors: { m1: 10, m2: 20 } });
    const { msgs } = drivePlan(resetPositionsWrapper(relativeSetWrapper(moves(), ['m1']), ['m1']), sim.replies);
    assert.deepEqual(msgs.slice(0, 3), [
      { cmd: 'read', device: 'm1' },
      { cmd: 'read', device: 'm1' },
      { cmd: 'set', device: 'm1', value: 11, group: 'a' },
    ]);
    assert.deepEqual(msgs.slice(-2), [...mv([['m1', 10]], 'reset_positions')]);
    assert.equal(sim.positions.get('m1'), 10);
  });
});
