import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { SimulatedClock } from 'xstate';
import { createDeviceHandle, type DeviceHandle } from '../../actors/device/device-handle.js';
import { Operation, type DeviceBehaviour } from '../../actors/device/device-behaviour.js';
import {
  DeviceBusyError, DeviceConnectError, DeviceFaultError, DeviceNotReadyError, OperationFaultedError, OperationStoppedError, SetpointOutOfRangeError,
  UnsupportedVerbError,
} from '../../actors/device/errors.js';
import { MockSignalBackend } from '../../actors/device/signals/mock-backend.js';
import { connectAll, readSignal, signalParts, watchChanges, watchConnection } from '../../actors/device/kinds/signal-group.js';
import { TimeoutError } from '../../lib/errors.js';

/** A minimal axis over mock signals: enough behaviour to exercise every rule of the machine. */
function testAxis(options: { unreachable?: boolean; withTrigger?: boolean } = {}) {
  const readback = new MockSignalBackend('mock://ax.RBV', { value: 0, unreachable: options.unreachable ?? false });
  const setpoint = new MockSignalBackend('mock://ax.VAL', { value: 0 });
  const velocity = new MockSignalBackend('mock://ax.VELO', { value: 1 });
  setpoint.onPut = (value) => {
    setpoint.setValue(value);
    readback.setValue(value);
  };
  const stops: boolean[] = [];
  const signals = { readback, setpoint, velocity };
  const behaviour: DeviceBehaviour = {
    name: 'ax',
    deviceClass: 'TestAxis',
    signals,
    configurationFields: ['velocity'],
    hintedFields: ['ax'],
    stageSettings: [['velocity', 5]],
    connect: (timeoutMs, signal) => connectAll('ax', signalParts(signals), timeoutMs, signal),
    onConnection: (listener) => watchConnection(Object.values(signals), listener),
    onChange: (listener) => watchChanges([readback], listener),
    describe: () => ({ ax: { source: readback.source, dtype: 'number', shape: [], units: 'mm', precision: 3, object_name: 'ax' } }),
    read: () => ({ ax: readSignal(readback) }),
    checkSet: (value) => (typeof value === 'number' && Math.abs(value) > 10 ? new SetpointOutOfRangeError('ax', value, { low: -10, high: 10 }, 'mm') : undefined),
    set: async (value, context) => {
      context.progress({ initial: 0, current: 0, target: value as number, units: 'mm' });
      await setpoint.put(value as number, { wait: true, timeoutMs: context.timeoutMs, signal: context.signal });
    },
    ...(options.withTrigger ? { trigger: async () => undefined } : {}),
    stop: async (success) => void stops.push(success),
    expectedDurationS: () => 1,
    close: () => Object.values(signals).forEach((s) => s.close()),
  };
  return { behaviour, readback, setpoint, velocity, stops };
}

function handleFor(behaviour: DeviceBehaviour, clock = new SimulatedClock()): { device: DeviceHandle; clock: SimulatedClock } {
  const device = createDeviceHandle({ behaviour, connectTimeoutMs: 1000, now: () => 1_700_000_000, clock, retryDelayMs: 500 });
  return { device, clock };
}

async function settle(): Promise<void> {
  for (let i = 0; i < 5; i++) await new Promise((resolve) => setImmediate(resolve));
}

describe('device machine', () => {
  it('connects, reads, and completes a set with progress', async () => {
    const { behaviour, readback } = testAxis();
    const { device } = handleFor(behaviour);
    const health = await device.start();
    assert.equal(health.state, 'idle');
    const progress: number[] = [];
    device.onProgress((update) => progress.push(update.progress.target));
    await device.run(Operation.Set, { value: 3, statusId: 'mine' });
    assert.equal(readback.latest()?.value, 3);
    assert.equal(device.read()['ax']?.value, 3);
    assert.deepEqual(progress, [3]);
    device.shutdown();
  });

  it('refuses a set outside limits, an unsupported trigger, and a second command while busy', async () => {
    const { behaviour, setpoint } = testAxis();
    const { device } = handleFor(behaviour);
    await device.start();
    await assert.rejects(device.run(Operation.Set, { value: 20 }), SetpointOutOfRangeError);
    await assert.rejects(device.run(Operation.Trigger, {}), UnsupportedVerbError);
    setpoint.holdPuts();
    const first = device.run(Operation.Set, { value: 1 });
    await settle();
    assert.equal(device.health().state, 'busy');
    await assert.rejects(device.run(Operation.Set, { value: 2 }), (error: unknown) => error instanceof DeviceBusyError && /set ax to 1/.test(error.message));
    setpoint.releasePuts();
    await first;
    assert.equal(device.health().state, 'idle');
    device.shutdown();
  });

  it('fails an operation at its deadline and halts the hardware', async () => {
    const { behaviour, setpoint, stops } = testAxis();
    const { device, clock } = handleFor(behaviour);
    await device.start();
    setpoint.holdPuts();
    const pending = device.run(Operation.Set, { value: 1, timeoutS: 2 });
    await settle();
    clock.increment(2000);
    await assert.rejects(pending, TimeoutError);
    assert.deepEqual(stops, [false]);
    assert.equal(device.health().state, 'idle');
    device.shutdown();
  });

  it('stop(false) fails the move, stop(true) completes it where it stands', async () => {
    const { behaviour, setpoint, stops } = testAxis();
    const { device } = handleFor(behaviour);
    await device.start();
    setpoint.holdPuts();
    const abandoned = device.run(Operation.Set, { value: 1 });
    await settle();
    device.stop(false);
    await assert.rejects(abandoned, OperationStoppedError);
    const kept = device.run(Operation.Set, { value: 2 });
    await settle();
    device.stop(true);
    await kept;
    assert.deepEqual(stops, [false, true]);
    device.shutdown();
  });

  for (const ending of ['succeeds', 'fails'] as const) {
    it(`an abandoned operation that ${ending} late settles nothing: the next one keeps the device busy until it ends itself`, async () => {
      const { behaviour } = testAxis();
      // Hardware that ignores the abort: each set ends only when the test says so.
      const gates: Array<{ resolve: () => void; reject: (error: Error) => void }> = [];
      const seen: AbortSignal[] = [];
      behaviour.set = (_value, context) => {
        seen.push(context.signal);
        return new Promise<void>((resolve, reject) => gates.push({ resolve, reject }));
      };
      const { device } = handleFor(behaviour);
      await device.start();
      const abandoned = device.run(Operation.Set, { value: 1 });
      await settle();
      device.stop(false);
      await assert.rejects(abandoned, OperationStoppedError);
      assert.equal(seen[0]?.aborted, true, 'the abandoned operation is told through its signal');
      let keptDone = false;
      const kept = device.run(Operation.Set, { value: 2 }).then(() => (keptDone = true));
      await settle();
      assert.equal(gates.length, 2);
      if (ending === 'succeeds') gates[0]?.resolve();
      else gates[0]?.reject(new Error('the first move ended badly, late'));
      await settle();
      assert.equal(keptDone, false, 'the first set ending late does not settle the second');
      assert.equal(device.health().state, 'busy');
      gates[1]?.resolve();
      await kept;
      assert.equal(device.health().state, 'idle');
      device.shutdown();
    });
  }

  it('an operation that first looks at its abort signal after it was stopped finds it aborted', async () => {
    const { behaviour } = testAxis();
    let release: () => void = () => undefined;
    let abortedWhenLooked: boolean | undefined;
    behaviour.set = async (_value, context) => {
      await new Promise<void>((resolve) => (release = resolve));
      abortedWhenLooked = context.signal.aborted;
    };
    const { device } = handleFor(behaviour);
    await device.start();
    const stopped = device.run(Operation.Set, { value: 1 });
    await settle();
    device.stop(false);
    await assert.rejects(stopped, OperationStoppedError);
    release();
    await settle();
    assert.equal(abortedWhenLooked, true);
    device.shutdown();
  });

  it('goes to fault when a signal does not connect, names it, retries, and connects when it appears', async () => {
    const { behaviour, readback } = testAxis({ unreachable: true });
    const clock = new SimulatedClock();
    const { device } = handleFor(behaviour, clock);
    const starting = device.start();
    await settle();
    // The mock's connect timeout is a real timer of connectTimeoutMs (1 s); wait for it.
    const health = await starting;
    assert.equal(health.state, 'fault');
    assert.match(health.reason, /mock:\/\/ax\.RBV/);
    await assert.rejects(device.run(Operation.Set, { value: 1 }), DeviceFaultError);
    assert.throws(() => device.read(), DeviceFaultError);
    readback.reconnect();
    await settle();
    assert.equal(device.health().state, 'idle');
    device.shutdown();
  });

  it('retries a failed connect after its back-off delay, on the injected clock', async () => {
    const { behaviour } = testAxis();
    let attempts = 0;
    const flaky: DeviceBehaviour = {
      ...behaviour,
      connect: async (timeoutMs, signal) => {
        attempts += 1;
        if (attempts === 1) throw new DeviceConnectError('ax', [{ part: 'mock://ax.RBV', reason: 'IOC not up yet' }]);
        return behaviour.connect(timeoutMs, signal);
      },
    };
    const { device, clock } = handleFor(flaky);
    const health = await device.start();
    assert.equal(health.state, 'fault');
    assert.match(health.reason, /IOC not up yet/);
    clock.increment(499);
    await settle();
    assert.equal(attempts, 1, 'no retry before the delay');
    clock.increment(1);
    await settle();
    assert.equal(attempts, 2);
    assert.equal(device.health().state, 'idle');
    device.shutdown();
  });

  it('a lost connection fails the operation in flight and the device reconnects by itself', async () => {
    const { behaviour, setpoint, readback } = testAxis();
    const { device } = handleFor(behaviour);
    await device.start();
    const states: string[] = [];
    device.onHealth((h) => states.push(h.state));
    setpoint.holdPuts();
    const pending = device.run(Operation.Set, { value: 1 });
    await settle();
    readback.disconnect('IOC killed');
    await assert.rejects(pending, (error: unknown) => error instanceof OperationFaultedError && /IOC killed/.test(error.message));
    assert.equal(device.health().state, 'disconnected');
    await assert.rejects(device.run(Operation.Set, { value: 1 }), DeviceNotReadyError);
    setpoint.releasePuts();
    readback.reconnect();
    await settle();
    assert.equal(device.health().state, 'idle');
    assert.deepEqual(states, ['busy', 'disconnected', 'connecting', 'idle']);
    device.shutdown();
  });

  it('stage applies the stage settings and unstage restores them; staging twice is harmless', async () => {
    const { behaviour, velocity } = testAxis();
    const { device } = handleFor(behaviour);
    await device.start();
    await device.run(Operation.Stage, {});
    assert.equal(device.health().state, 'staged');
    assert.equal(velocity.latest()?.value, 5);
    await device.run(Operation.Stage, {});
    await device.run(Operation.Set, { value: 2 });
    assert.equal(device.health().state, 'staged');
    await device.run(Operation.Unstage, {});
    assert.equal(device.health().state, 'idle');
    assert.equal(velocity.latest()?.value, 1);
    device.shutdown();
  });

  it('configure reports old and new configuration and refuses unknown fields', async () => {
    const { behaviour } = testAxis();
    const { device } = handleFor(behaviour);
    await device.start();
    const result = await device.configure({ velocity: 2 });
    assert.equal(result.old['ax_velocity']?.value, 1);
    assert.equal(result.new['ax_velocity']?.value, 2);
    await assert.rejects(device.configure({ colour: 'red' }), /not configuration fields: colour/);
    device.shutdown();
  });

  it('a connect error lists every signal that failed', async () => {
    const a = new MockSignalBackend('mock://a', { unreachable: true });
    const b = new MockSignalBackend('mock://b', { unreachable: true });
    const c = new MockSignalBackend('mock://c');
    await assert.rejects(
      connectAll('dev', signalParts({ a, b, c }), 10, new AbortController().signal),
      (error: unknown) => error instanceof DeviceConnectError && error.failures.length === 2 && /mock:\/\/a.*mock:\/\/b/.test(error.message),
    );
  });

  it('pending operations fail when the host shuts the device down', async () => {
    const { behaviour, setpoint } = testAxis();
    const { device } = handleFor(behaviour);
    await device.start();
    setpoint.holdPuts();
    const pending = device.run(Operation.Set, { value: 1 });
    await settle();
    device.shutdown();
    await assert.rejects(pending, /stopping/);
  });
});
