import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createActor, fromPromise, SimulatedClock, waitFor } from 'xstate';
import { simMotorMachine, parseDeviceConfigs, type SimMotorConfig, type StatusEvent } from '../../actors/device/mod.js';
import { ErrorCode } from '../../lib/errors.js';

const [config] = parseDeviceConfigs(
  [{ kind: 'sim-motor', name: 'm1', velocity: 1, limits: [-10, 10], initial: 0, tick_ms: 50 }],
  'BL01',
) as [SimMotorConfig];

/** A started, connected motor on a simulated clock; wall time is the clock's, in seconds. */
async function connectedMotor(logic = simMotorMachine) {
  const clock = new SimulatedClock();
  const actor = createActor(logic, { clock, input: { config, now: () => 1_700_000_000 + clock.now() / 1000 } });
  const statuses: StatusEvent[] = [];
  actor.on('status', (event) => statuses.push(event));
  actor.start();
  actor.send({ type: 'CONNECT' });
  await waitFor(actor, (s) => !s.matches('connecting'));
  // SimulatedClock fires one timer per increment, so time advances tick by tick.
  const advance = (ms: number): void => {
    for (let t = 0; t < ms; t += config.tick_ms) clock.increment(config.tick_ms);
  };
  return { actor, clock, statuses, advance };
}

describe('sim motor machine', () => {
  it('connects into ready.idle at its initial position', async () => {
    const { actor } = await connectedMotor();
    assert.ok(actor.getSnapshot().matches({ ready: 'idle' }));
    assert.equal(actor.getSnapshot().context.position, 0);
  });

  it('takes distance / velocity to move, with intermediate readbacks', async () => {
    const { actor, statuses, advance } = await connectedMotor();
    actor.send({ type: 'SET', value: 2, statusId: 's1' });
    assert.ok(actor.getSnapshot().matches({ ready: 'busy' }));

    advance(1000);
    assert.ok(Math.abs(actor.getSnapshot().context.position - 1) < 1e-9, `at ${actor.getSnapshot().context.position}`);
    assert.ok(actor.getSnapshot().matches({ ready: 'busy' }));
    assert.equal(actor.getSnapshot().context.timestamp, 1_700_000_001);

    advance(950);
    assert.ok(actor.getSnapshot().matches({ ready: 'busy' }), 'still moving 50 ms before arrival');
    assert.deepEqual(statuses, []);

    advance(50);
    assert.ok(actor.getSnapshot().matches({ ready: 'idle' }));
    assert.equal(actor.getSnapshot().context.position, 2);
    assert.deepEqual(statuses, [{ type: 'status', statusId: 's1', success: true }]);
  });

  it('moves backwards too', async () => {
    const { actor, advance } = await connectedMotor();
    actor.send({ type: 'SET', value: -0.5, statusId: 's1' });
    advance(250);
    assert.ok(Math.abs(actor.getSnapshot().context.position + 0.25) < 1e-9);
    advance(250);
    assert.equal(actor.getSnapshot().context.position, -0.5);
    assert.ok(actor.getSnapshot().matches({ ready: 'idle' }));
  });

  it('completes a set to where it already is at once', async () => {
    const { actor, statuses } = await connectedMotor();
    actor.send({ type: 'SET', value: 0, statusId: 's1' });
    assert.ok(actor.getSnapshot().matches({ ready: 'idle' }));
    assert.deepEqual(statuses, [{ type: 'status', statusId: 's1', success: true }]);
  });

  it('refuses a set outside its limits, naming value and limits', async () => {
    const { actor, statuses } = await connectedMotor();
    actor.send({ type: 'SET', value: 11, statusId: 's1' });
    assert.ok(actor.getSnapshot().matches({ ready: 'idle' }));
    const [status] = statuses;
    assert.ok(status && !status.success);
    assert.equal(status.error.code, ErrorCode.OutOfRange);
    assert.match(status.error.message, /m1 to 11 mm.*limits \[-10, 10\]/);
  });

  it('stops mid-move where it is and fails the pending set', async () => {
    const { actor, statuses, advance } = await connectedMotor();
    actor.send({ type: 'SET', value: 5, statusId: 's1' });
    advance(500);
    actor.send({ type: 'STOP', success: false });
    assert.ok(actor.getSnapshot().matches({ ready: 'idle' }));
    const position = actor.getSnapshot().context.position;
    assert.ok(Math.abs(position - 0.5) < 1e-9);
    advance(500);
    assert.equal(actor.getSnapshot().context.position, position, 'no motion after stop');
    const [status] = statuses;
    assert.ok(status && !status.success);
    assert.equal(status.statusId, 's1');
    assert.equal(status.error.code, ErrorCode.Aborted);
    assert.match(status.error.message, /stopped at 0\.500 mm/);
  });

  it('refuses a set while busy, saying what it is doing', async () => {
    const { actor, statuses, advance } = await connectedMotor();
    actor.send({ type: 'SET', value: 3, statusId: 's1' });
    advance(100);
    actor.send({ type: 'SET', value: -3, statusId: 's2' });
    const [status] = statuses;
    assert.ok(status && !status.success);
    assert.equal(status.statusId, 's2');
    assert.equal(status.error.code, ErrorCode.FailedPrecondition);
    assert.match(status.error.message, /cannot set m1 to -3 mm: m1 is busy moving to 3 mm \(now at 0\.100 mm\)/);
    advance(2900);
    assert.equal(actor.getSnapshot().context.position, 3, 'the first move went on');
    assert.deepEqual(statuses[1], { type: 'status', statusId: 's1', success: true });
  });

  it('refuses commands before it is connected', () => {
    const actor = createActor(simMotorMachine, { input: { config, now: () => 0 } });
    const statuses: StatusEvent[] = [];
    actor.on('status', (event) => statuses.push(event));
    actor.start();
    actor.send({ type: 'SET', value: 1, statusId: 's1' });
    const [status] = statuses;
    assert.ok(status && !status.success);
    assert.equal(status.error.code, ErrorCode.Unavailable);
    assert.match(status.error.message, /m1 is disconnected/);
    actor.stop();
  });

  it('goes to fault when connect fails, and refuses with the reason', async () => {
    const failing = simMotorMachine.provide({
      actors: { connect: fromPromise<void, { name: string }>(async () => Promise.reject(new Error('no IOC'))) },
    });
    const { actor, statuses } = await connectedMotor(failing);
    assert.ok(actor.getSnapshot().matches('fault'));
    actor.send({ type: 'SET', value: 1, statusId: 's1' });
    const [status] = statuses;
    assert.ok(status && !status.success);
    assert.match(status.error.message, /in fault \(connect failed: no IOC\)/);
  });

  it('fails a pending set when it faults mid-move', async () => {
    const { actor, statuses, advance } = await connectedMotor();
    actor.send({ type: 'SET', value: 1, statusId: 's1' });
    advance(100);
    actor.send({ type: 'FAULT', reason: 'amplifier tripped' });
    assert.ok(actor.getSnapshot().matches('fault'));
    const [status] = statuses;
    assert.ok(status && !status.success);
    assert.match(status.error.message, /amplifier tripped/);
  });
});
