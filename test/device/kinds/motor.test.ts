import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { motorKind } from '../../../actors/device/kinds/motor.js';
import { DeviceConnectError, InvalidSetValueError, SetpointOutOfRangeError } from '../../../actors/device/errors.js';
import { Operation } from '../../../actors/device/device-behaviour.js';
import type { MockSignalBackend } from '../../../actors/device/signals/mock-backend.js';
import { configOf, mockEnv, operationContext, parseEntry, settled, type MockEnv } from './mock-env.js';

const PV = 'mock://BL01:m1';
const STEPS = 4;

/** A motor record in miniature: a put to VAL walks RBV to it in a few timer steps, STOP halts it. */
function motorPhysics(mock: MockEnv, options: { hlm?: number; llm?: number } = {}): { stopped: () => boolean } {
  const { registry } = mock;
  const meta = { units: 'mm', precision: 3 };
  registry.define(`${PV}.RBV`, { value: 0, meta });
  registry.define(`${PV}.VAL`, { value: 0, meta });
  registry.define(`${PV}.DMOV`, { value: 1 });
  registry.define(`${PV}.VELO`, { value: 1 });
  registry.define(`${PV}.ACCL`, { value: 0.1 });
  registry.define(`${PV}.HLM`, { value: options.hlm ?? 10 });
  registry.define(`${PV}.LLM`, { value: options.llm ?? -10 });
  let halt = false;
  let stopped = false;
  registry.get(`${PV}.STOP`).onPut = () => {
    halt = true;
    stopped = true;
  };
  registry.get(`${PV}.VAL`).onPut = async (value, val: MockSignalBackend) => {
    const rbv = registry.get(`${PV}.RBV`);
    const dmov = registry.get(`${PV}.DMOV`);
    const from = rbv.latest()?.value as number;
    const to = value as number;
    val.setValue(to);
    dmov.setValue(0);
    halt = false;
    for (let step = 1; step <= STEPS && !halt; step += 1) {
      await new Promise((resolve) => setTimeout(resolve, 2));
      if (!halt) rbv.setValue(from + ((to - from) * step) / STEPS);
    }
    dmov.setValue(1);
  };
  return { stopped: () => stopped };
}

async function connectedMotor(options: { hlm?: number; llm?: number } = {}) {
  const mock = mockEnv();
  const physics = motorPhysics(mock, options);
  const motor = motorKind.create(configOf(motorKind, { name: 'm1', pv: PV }), mock.env);
  await motor.connect(100, new AbortController().signal);
  return { ...mock, ...physics, motor };
}

describe('motor kind', () => {
  it('describes and reads the readback under its name and the setpoint beside it', async () => {
    const { motor } = await connectedMotor();
    const keys = motor.describe();
    assert.deepEqual(Object.keys(keys), ['m1', 'm1_setpoint']);
    assert.equal(keys['m1']?.source, `${PV}.RBV`);
    assert.equal(keys['m1']?.units, 'mm');
    assert.deepEqual(keys['m1']?.limits, { low: -10, high: 10 });
    assert.equal(keys['m1_setpoint']?.source, `${PV}.VAL`);
    assert.deepEqual(Object.keys(motor.read()), ['m1', 'm1_setpoint']);
    assert.deepEqual(motor.hintedFields, ['m1']);
    assert.deepEqual(motor.configurationFields, ['velocity', 'acceleration']);
  });

  it('has no limits when LLM equals HLM, as the motor record', async () => {
    const { motor } = await connectedMotor({ hlm: 0, llm: 0 });
    assert.equal(motor.describe()['m1']?.limits, undefined);
    assert.equal(motor.checkSet?.(1e6), undefined);
  });

  it('refuses setpoints outside LLM..HLM and values that are not numbers', async () => {
    const { motor } = await connectedMotor();
    assert.ok(motor.checkSet?.(11) instanceof SetpointOutOfRangeError);
    assert.ok(motor.checkSet?.('far') instanceof InvalidSetValueError);
    assert.ok(motor.checkSet?.(Number.NaN) instanceof InvalidSetValueError);
    assert.equal(motor.checkSet?.(-10), undefined);
  });

  it('moves with a put-callback and reports progress from RBV', async () => {
    const { motor, registry, subscribers } = await connectedMotor();
    const { context, progress, abortListeners } = operationContext();
    await motor.set?.(2, context);
    assert.deepEqual(registry.existing(`${PV}.VAL`).puts, [2]);
    assert.deepEqual(progress.map((p) => p.current), [0, 0.5, 1, 1.5, 2]);
    assert.ok(progress.every((p) => p.initial === 0 && p.target === 2 && p.units === 'mm'));
    assert.deepEqual(motor.locate?.(), { setpoint: 2, readback: 2 });
    assert.equal(subscribers(`${PV}.RBV`), 0);
    assert.equal(abortListeners(), 0);
  });

  it('stops waiting when aborted, drops its listeners, and stop puts STOP', async () => {
    const { motor, stopped, subscribers } = await connectedMotor();
    const { context, controller, abortListeners } = operationContext();
    const move = motor.set?.(8, context);
    await settled();
    controller.abort(new Error('stopped by test'));
    await assert.rejects(move ?? Promise.resolve());
    assert.equal(subscribers(`${PV}.RBV`), 0);
    assert.equal(abortListeners(), 0);
    await motor.stop(false);
    assert.ok(stopped());
  });

  it('estimates a move from distance / VELO plus two ramps', async () => {
    const { motor } = await connectedMotor();
    assert.ok(Math.abs(motor.expectedDurationS(Operation.Set, 5) - 5.2) < 1e-9);
  });

  it('names every signal that did not connect', async () => {
    const { registry, env } = mockEnv();
    registry.define(`${PV}.RBV`, { unreachable: true });
    registry.define(`${PV}.DMOV`, { unreachable: true });
    const motor = motorKind.create(configOf(motorKind, { name: 'm1', pv: PV }), env);
    const error = await motor.connect(10, new AbortController().signal).then(() => undefined, (e: unknown) => e);
    assert.ok(error instanceof DeviceConnectError);
    assert.deepEqual(error.failures.map((f) => f.part).sort(), [`${PV}.DMOV`, `${PV}.RBV`]);
  });

  it('reports a lost PV and its return', async () => {
    const { motor, registry } = await connectedMotor();
    const changes: Array<[boolean, string]> = [];
    motor.onConnection((connected, reason) => changes.push([connected, reason]));
    registry.existing(`${PV}.RBV`).disconnect('IOC gone');
    registry.existing(`${PV}.RBV`).reconnect();
    assert.deepEqual(changes, [[false, `${PV}.RBV: IOC gone`], [true, '']]);
  });

  it('parses a record prefix and refuses a field suffix or unknown stage fields', () => {
    assert.equal(configOf(motorKind, { name: 'm1', pv: PV }).pv, PV);
    const { problems } = parseEntry(motorKind, { name: 'm1', pv: `${PV}.VAL` }, [['colour', 1]]);
    assert.equal(problems.length, 2);
    assert.match(problems[0] ?? '', /pv must name the motor record without a field/);
    assert.match(problems[1] ?? '', /stage 'colour' is not a settable field/);
  });
});
