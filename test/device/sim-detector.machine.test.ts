import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createActor, SimulatedClock, waitFor } from 'xstate';
import {
  parseDeviceConfigs,
  peakSignal,
  seededRandom,
  simDetectorMachine,
  SimWorld,
  type SimDetectorConfig,
  type StatusEvent,
} from '../../actors/device/mod.js';
import { ErrorCode } from '../../lib/errors.js';

const entry = { kind: 'sim-detector', name: 'det', follows: 'm1', center: 1, width: 0.5, amplitude: 1000, background: 10, exposure_s: 0.1 };
const motor = { kind: 'sim-motor', name: 'm1', velocity: 1, limits: [-10, 10] };

function detectorConfig(extra: Record<string, unknown> = {}): SimDetectorConfig {
  const configs = parseDeviceConfigs([motor, { ...entry, ...extra }], 'BL01');
  return configs[1] as SimDetectorConfig;
}

async function connectedDetector(config: SimDetectorConfig, seed = 42) {
  const clock = new SimulatedClock();
  let x = 0;
  const world = new SimWorld();
  world.addMotor('m1', () => x);
  const actor = createActor(simDetectorMachine, {
    clock,
    input: { config, world, now: () => 1_700_000_000 + clock.now() / 1000, random: seededRandom(seed) },
  });
  const statuses: StatusEvent[] = [];
  actor.on('status', (event) => statuses.push(event));
  actor.start();
  actor.send({ type: 'CONNECT' });
  await waitFor(actor, (s) => !s.matches('connecting'));
  const acquireAt = (position: number): number => {
    x = position;
    actor.send({ type: 'TRIGGER', statusId: `t${statuses.length}` });
    clock.increment(config.exposure_s * 1000);
    return actor.getSnapshot().context.reading.value;
  };
  return { actor, clock, statuses, acquireAt, moveTo: (position: number) => (x = position) };
}

describe('sim detector machine', () => {
  it('shapes its signal as a Gaussian peak over the followed motor', async () => {
    const { acquireAt } = await connectedDetector(detectorConfig());
    const atCenter = acquireAt(1);
    const halfWidthOff = acquireAt(1.5);
    const farOff = acquireAt(6);
    assert.equal(atCenter, 1010);
    assert.ok(Math.abs(halfWidthOff - (10 + 1000 * Math.exp(-0.5))) < 1e-9);
    assert.ok(atCenter > halfWidthOff && halfWidthOff > farOff);
    assert.ok(Math.abs(farOff - 10) < 1e-6, 'far off the peak only background remains');
    assert.equal(acquireAt(0.5), halfWidthOff, 'symmetric about the center');
  });

  it('is busy for the exposure and reads the motor where it is when the exposure ends', async () => {
    const config = detectorConfig();
    const { actor, clock, statuses, moveTo } = await connectedDetector(config);
    moveTo(5);
    actor.send({ type: 'TRIGGER', statusId: 't1' });
    assert.ok(actor.getSnapshot().matches({ ready: 'busy' }));
    clock.increment(99);
    assert.ok(actor.getSnapshot().matches({ ready: 'busy' }));
    moveTo(1);
    clock.increment(1);
    assert.ok(actor.getSnapshot().matches({ ready: 'idle' }));
    assert.deepEqual(statuses, [{ type: 'status', statusId: 't1', success: true }]);
    const { reading } = actor.getSnapshot().context;
    assert.equal(reading.value, 1010);
    assert.equal(reading.timestamp, 1_700_000_000.1);
    assert.equal(reading.alarm_severity, 'NO_ALARM');
    assert.equal(reading.alarm_status, '');
  });

  it('is deterministic for a seed, and noisy around the noiseless value', async () => {
    const config = detectorConfig({ noise: 0.05 });
    const series = async (seed: number) => {
      const { acquireAt } = await connectedDetector(config, seed);
      return Array.from({ length: 20 }, () => acquireAt(1));
    };
    const a = await series(7);
    assert.deepEqual(await series(7), a);
    assert.notDeepEqual(await series(8), a);
    assert.ok(new Set(a).size > 1, 'the noise varies between readings');
    const mean = a.reduce((sum, v) => sum + v, 0) / a.length;
    assert.ok(Math.abs(mean - 1010) < 50, `mean ${mean}`);
    assert.ok(a.every((v) => Math.abs(v - 1010) < 1000 * 0.05 * 5));
  });

  it('refuses a trigger while busy, and a set always', async () => {
    const { actor, statuses, clock } = await connectedDetector(detectorConfig());
    actor.send({ type: 'TRIGGER', statusId: 't1' });
    actor.send({ type: 'TRIGGER', statusId: 't2' });
    actor.send({ type: 'SET', value: 1, statusId: 's1' });
    const [busy, set] = statuses;
    assert.ok(busy && !busy.success && busy.statusId === 't2');
    assert.equal(busy.error.code, ErrorCode.FailedPrecondition);
    assert.match(busy.error.message, /det is busy acquiring \(exposure 0\.1 s\)/);
    assert.ok(set && !set.success && set.error.code === ErrorCode.Unimplemented);
    clock.increment(100);
    assert.deepEqual(statuses[2], { type: 'status', statusId: 't1', success: true });
  });

  it('stops an acquisition, failing its trigger and keeping the last reading', async () => {
    const { actor, statuses, clock } = await connectedDetector(detectorConfig());
    const before = actor.getSnapshot().context.reading;
    actor.send({ type: 'TRIGGER', statusId: 't1' });
    clock.increment(50);
    actor.send({ type: 'STOP', success: false });
    assert.ok(actor.getSnapshot().matches({ ready: 'idle' }));
    const [status] = statuses;
    assert.ok(status && !status.success && status.error.code === ErrorCode.Aborted);
    assert.equal(actor.getSnapshot().context.reading, before);
  });

  it('faults at connect when the followed motor is not in its world', async () => {
    const actor = createActor(simDetectorMachine, {
      input: { config: detectorConfig(), world: new SimWorld(), now: () => 0, random: seededRandom(1) },
    });
    actor.start();
    actor.send({ type: 'CONNECT' });
    const snapshot = await waitFor(actor, (s) => s.matches('fault'));
    assert.match(snapshot.context.fault, /follows 'm1'/);
    actor.stop();
  });

  it('computes the documented formula', () => {
    const shape = { center: 2, width: 1, amplitude: 100, background: 5, noise: 0.1 };
    assert.equal(peakSignal(2, shape, 0), 105);
    assert.equal(peakSignal(2, shape, 1), 5 + 100 * 1.1);
    assert.ok(Math.abs(peakSignal(3, shape, 0) - (5 + 100 * Math.exp(-0.5))) < 1e-12);
  });
});
