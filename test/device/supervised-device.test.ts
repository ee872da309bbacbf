import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { SimulatedClock } from 'xstate';
import { Operation, type DeviceBehaviour } from '../../actors/device/device-behaviour.js';
import { createDeviceHandle, type DeviceHandle } from '../../actors/device/device-handle.js';
import { DeviceFaultError, DeviceNotReadyError, OperationFaultedError } from '../../actors/device/errors.js';
import type { DeviceHealthInfo } from '../../actors/device/kinds/kind.js';
import { connectAll, readSignal, signalParts, watchChanges, watchConnection } from '../../actors/device/kinds/signal-group.js';
import { MockSignalBackend } from '../../actors/device/signals/mock-backend.js';
import { superviseDevice } from '../../actors/device/supervised-device.js';
import type { RestartPolicy } from '../../actors/supervisor/restart-policy.js';

const POLICY: RestartPolicy = { initialBackoffMs: 100, maxBackoffMs: 400, maxRestarts: 2, withinMs: 60_000 };

/** An axis whose checkSet has a bug: it throws (inside the machine's guard) while `bug.armed`. */
function buggyAxis(bug: { armed: boolean }, built: DeviceBehaviour[]): DeviceBehaviour {
  const readback = new MockSignalBackend('mock://ax.RBV', { value: 0 });
  const setpoint = new MockSignalBackend('mock://ax.VAL', { value: 0 });
  setpoint.onPut = (value) => {
    setpoint.setValue(value);
    readback.setValue(value);
  };
  const signals = { readback, setpoint };
  const behaviour: DeviceBehaviour = {
    name: 'ax',
    deviceClass: 'TestAxis',
    signals,
    configurationFields: [],
    hintedFields: ['ax'],
    stageSettings: [],
    connect: (timeoutMs, signal) => connectAll('ax', signalParts(signals), timeoutMs, signal),
    onConnection: (listener) => watchConnection(Object.values(signals), listener),
    onChange: (listener) => watchChanges([readback], listener),
    describe: () => ({ ax: { source: readback.source, dtype: 'number', shape: [], units: 'mm', precision: 3, object_name: 'ax' } }),
    read: () => ({ ax: readSignal(readback) }),
    checkSet: () => {
      if (bug.armed) throw new TypeError("Cannot read properties of undefined (reading 'low')");
      return undefined;
    },
    set: async (value, context) => setpoint.put(value as number, { wait: true, timeoutMs: context.timeoutMs, signal: context.signal }),
    stop: async () => undefined,
    expectedDurationS: () => 1,
    close: () => Object.values(signals).forEach((s) => s.close()),
  };
  built.push(behaviour);
  return behaviour;
}

async function settle(): Promise<void> {
  for (let i = 0; i < 5; i++) await new Promise((resolve) => setImmediate(resolve));
}

function supervisedAxis() {
  const clock = new SimulatedClock();
  const bug = { armed: false };
  const built: DeviceBehaviour[] = [];
  const health: DeviceHealthInfo[] = [];
  const device: DeviceHandle = superviseDevice({
    name: 'ax',
    spawn: (sink) => createDeviceHandle({ behaviour: buggyAxis(bug, built), connectTimeoutMs: 1000, now: () => 1_700_000_000, clock, sink }),
    policy: POLICY,
    clock,
    now: () => 1_700_000_000,
  });
  device.onHealth((h) => health.push(h));
  return { clock, bug, built, health, device };
}

describe('a device handle whose actor crashes', () => {
  it('fails the operation in flight, halts the hardware and refuses what comes after, instead of hanging', async () => {
    const bug = { armed: false };
    const built: DeviceBehaviour[] = [];
    const behaviour = buggyAxis(bug, built);
    const halts: boolean[] = [];
    const stopFailures: string[] = [];
    let stopThrows = true;
    behaviour.stop = (success) => {
      halts.push(success);
      // a driver bug: throws instead of returning a rejected promise
      if (stopThrows) throw new RangeError('stop driver lost its channel table');
      return Promise.resolve();
    };
    const setpoint = behaviour.signals['setpoint'] as MockSignalBackend;
    const device = createDeviceHandle({
      behaviour, connectTimeoutMs: 1000, now: () => 1_700_000_000, clock: new SimulatedClock(), onStopFailed: (_name, error) => stopFailures.push(error.message),
    });
    await device.start();
    setpoint.holdPuts();
    const moving = device.run(Operation.Set, { value: 5 });
    await settle();
    assert.equal(device.health().state, 'busy');
    device.stop(false);
    await assert.rejects(moving, (error: unknown) => {
      assert.ok(error instanceof OperationFaultedError, String(error));
      assert.match(error.message, /^set ax to 5 failed: ax crashed: .*stop driver lost its channel table$/);
      return true;
    });
    assert.deepEqual(halts, [false, false], 'the crash handler tried to halt what was moving once more');
    assert.deepEqual(stopFailures, ['stop driver lost its channel table']);
    assert.equal(device.health().state, 'fault');
    assert.match(device.health().reason, /^ax crashed: /);
    stopThrows = false;
    await assert.rejects(device.run(Operation.Set, { value: 1 }), DeviceFaultError);
    assert.throws(() => device.read(), DeviceFaultError);
    device.shutdown();
  });
});

describe('supervised device', () => {
  it('fails the command that crashed the actor, says it is restarting, and serves a fresh actor after the back-off', async () => {
    const { clock, bug, built, health, device } = supervisedAxis();
    assert.equal((await device.start()).state, 'idle');
    const changes: number[] = [];
    device.behaviour.onChange(() => changes.push(1));

    bug.armed = true;
    await assert.rejects(device.run(Operation.Set, { value: 3 }), (error: unknown) => {
      assert.ok(error instanceof OperationFaultedError, String(error));
      assert.match(error.message, /^set ax to 3 failed: ax crashed: Unable to evaluate guard 'invalidSet' .* Cannot read properties of undefined/);
      return true;
    });
    assert.equal(device.health().state, 'connecting');
    assert.match(device.health().reason, /^restarting after a crash: Unable to evaluate guard .* Cannot read properties .* \(attempt 1, in 100 ms\)$/);
    assert.throws(() => device.read(), (error: unknown) => error instanceof DeviceNotReadyError && /restarting after a crash/.test(error.message));
    await assert.rejects(device.set(1, 0), DeviceNotReadyError);
    assert.equal(built.length, 1);

    bug.armed = false;
    clock.increment(100);
    assert.equal(built.length, 2, 'a fresh behaviour after the back-off');
    await settle();
    assert.equal(device.health().state, 'idle');
    await device.run(Operation.Set, { value: 4 });
    assert.equal(device.read()['ax']?.value, 4);
    assert.ok(changes.length > 0, 'onChange of the stable behaviour follows the new actor');
    assert.equal(device.behaviour.read()['ax']?.value, 4);
    const crashAt = health.findIndex((h) => h.reason.startsWith('restarting'));
    assert.deepEqual(health.slice(crashAt).map((h) => h.state), ['connecting', 'connecting', 'idle', 'busy', 'idle']);
    device.shutdown();
  });

  it('stays in fault with the reason once the restart budget is spent, refusing commands', async () => {
    const { clock, bug, built, device } = supervisedAxis();
    await device.start();
    bug.armed = true;
    for (let crash = 1; crash <= 3; crash++) {
      await assert.rejects(device.set(crash, 0), OperationFaultedError);
      clock.increment(1_000);
      await settle();
    }
    assert.equal(built.length, 3, 'two restarts, then no more');
    assert.equal(device.health().state, 'fault');
    assert.match(
      device.health().reason,
      /^crashed 3 times in 60 s, last: Unable to evaluate guard .* Cannot read properties .*; not restarting — restart the device host to try again$/,
    );
    await assert.rejects(device.set(1, 0), (error: unknown) => error instanceof DeviceFaultError && /crashed 3 times in 60 s/.test(error.message));
    assert.throws(() => device.describe(), DeviceFaultError);
    await assert.rejects(device.whenReady(new AbortController().signal), DeviceFaultError);
    clock.increment(120_000);
    assert.equal(built.length, 3);
    device.shutdown();
  });

  it('shutdown cancels a restart that is waiting', async () => {
    const { clock, bug, built, device } = supervisedAxis();
    await device.start();
    bug.armed = true;
    await assert.rejects(device.set(1, 0), OperationFaultedError);
    device.shutdown();
    clock.increment(10_000);
    assert.equal(built.length, 1);
    assert.throws(() => device.read(), /stopping/);
  });
});
